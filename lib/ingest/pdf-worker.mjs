// Entry point of the PDF worker thread (see extract-pdf-text.ts). Plain JavaScript on purpose: pdf.js is loaded
// here, natively, before the TypeScript loader is registered for the project's own modules. Loaded through the
// loader (with its source maps) pdf.js cost about 190 MB of heap before reading a single page; loaded natively,
// about 10 MB.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";
import { patchWorkerSource } from "./pdfjs-patch.mjs";

const nativePush = Array.prototype.push;
await import("pdf-parse");
// pdf.js looks for globalThis.pdfjsWorker before importing its worker module itself (which would go through
// the loader): import it now, from the pdf.js that pdf-parse uses.
const pdfjsWorker = createRequire(createRequire(import.meta.url).resolve("pdf-parse")).resolve(
  "pdfjs-dist/legacy/build/pdf.worker.mjs",
);
// pdf.js's parser half with one change to its source (pdfjs-patch.mjs: the glyph position maths without its
// intermediate arrays, same numbers), loaded from a file of its own in a private temporary folder (mkdtemp, 0700),
// removed once loaded (from a data: URL it kept ~20 MB more per thread). pdf.js as it is when the change does not
// apply, the file cannot be written or loaded, or the reader says not to (PdfThreadData.patchPdfjs, from
// PDF_READER_PATCH_PDFJS=0 through lib/env.ts).
globalThis.pdfjsPatched = false;
const patched = workerData?.patchPdfjs === false ? null : patchWorkerSource(readFileSync(pdfjsWorker, "utf8"));
if (patched !== null) {
  let dir = null;
  try {
    dir = mkdtempSync(path.join(os.tmpdir(), "pdfjs-patched-"));
    const file = path.join(dir, "pdf.worker.mjs");
    writeFileSync(file, patched);
    await import(pathToFileURL(file).href);
    globalThis.pdfjsPatched = true;
  } catch {
    // A folder that cannot be written, or a module that does not load: the unpatched pdf.js below.
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
if (!globalThis.pdfjsPatched) await import(pathToFileURL(pdfjsWorker).href);
// pdf.js's legacy build replaces Array.prototype.push with core-js's spec-exact copy (Node 20's push does not throw
// past 2^32 - 1 elements), which costs about a tenth of the reading time. The replacement only matters for arrays
// longer than memory allows here; this thread runs nothing else, so the native push is put back.
Object.defineProperty(Array.prototype, "push", {
  value: nativePush,
  writable: true,
  configurable: true,
  enumerable: false,
});

// Run through scripts/run-built.mjs, the thread's code is already compiled (no loader, 15–20 MB less memory).
const built = process.env.HARROW_BUILT_PDF_WORKER;
if (built) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  // The loader turns source maps on; stack traces here are never shown to a person, and pdf.js's maps are large.
  process.setSourceMapsEnabled(false);
  await import("./pdf-worker-main.ts");
}
