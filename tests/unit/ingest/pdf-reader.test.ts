// The PDF reader in its worker thread (lib/ingest/extract-pdf-text.ts → pdf-worker.mjs → pdf-read.ts): the same
// text and tables as the earlier reader, which ran pdf-parse's getText() and then walked every page again for the
// tables, on every PDF of both snapshots; a damaged PDF is a clear error; a PDF that needs more memory than the
// thread may use is "too large to read" and costs nothing else.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, StandardFonts, type PDFDict } from "pdf-lib";
import { InvalidPDFException, PDFParse, PasswordException, FormatError } from "pdf-parse";
import { afterAll, describe, expect, it } from "vitest";
import { PdfReader, PdfTextError, type PdfText } from "@/lib/ingest/extract-pdf-text";
import { findTables, mayHoldTable, type PdfTable, type PositionedText } from "@/lib/ingest/pdf-tables";
import { PAGES_PER_CLAIM, joinParts } from "@/lib/ingest/pdf-text";

const SNAPSHOTS = ["lib/replay/snapshot/harrow/documents", "lib/replay/snapshot/brent/documents"];
const snapshotPdfs = SNAPSHOTS.flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".pdf"))
    .sort()
    .map((f) => path.join(dir, f)),
);

// ---- the earlier reader, kept here as the reference (lib/ingest/extract-pdf-text.ts before the worker thread) ----
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}
interface Page {
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): unknown;
}
async function earlierTables(doc: { numPages: number; getPage(n: number): Promise<Page> }): Promise<PdfTable[]> {
  const tables: PdfTable[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    let page: Page | null = null;
    try {
      page = await doc.getPage(n);
      const content = await page.getTextContent();
      const raw = (content.items as TextItem[])
        .filter((i) => "str" in i && "transform" in i)
        .filter((i) => Math.abs(i.transform[1]!) < 0.01 && Math.abs(i.transform[2]!) < 0.01);
      const positioned = (bold: (fontName: string) => boolean | null): PositionedText[] =>
        raw.map((i) => ({
          text: i.str,
          x: i.transform[4]!,
          y: i.transform[5]!,
          width: i.width,
          size: Math.abs(i.transform[3]!) || i.height || 10,
          bold: bold(i.fontName),
        }));
      if (!mayHoldTable(positioned(() => null))) continue;
      const current = page;
      await current.getOperatorList();
      const fontBold = (fontName: string): boolean | null => {
        if (!current.commonObjs.has(fontName)) return null;
        const font = current.commonObjs.get(fontName) as { name?: unknown; bold?: unknown } | null;
        if (typeof font?.name !== "string") return null;
        return font.bold === true || /bold|black|heavy|semibold|,B\b/i.test(font.name);
      };
      tables.push(...findTables(positioned(fontBold), n));
    } catch {
      // a damaged page keeps its plain text
    } finally {
      page?.cleanup();
    }
  }
  return tables;
}
async function earlierReader(data: Uint8Array): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: "" });
    const text = result.pages.map((page) => page.text.replace(/\f/g, " ").trimEnd()).join("\f");
    if (text.replace(/\s+/g, "").length === 0) {
      throw new PdfTextError(
        "no-text",
        `No text layer in ${result.total} page(s): the PDF looks scanned (images only), so there is nothing to summarise`,
        result.total,
      );
    }
    let tables: PdfTable[] = [];
    try {
      tables = await earlierTables((await (parser as unknown as { load(): Promise<never> }).load()) as never);
    } catch {
      tables = [];
    }
    return { text, pageCount: result.total, tables };
  } catch (error) {
    if (error instanceof PdfTextError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof PasswordException)
      throw new PdfTextError("encrypted", `Encrypted PDF (password required): ${detail}`);
    if (error instanceof InvalidPDFException || error instanceof FormatError)
      throw new PdfTextError("corrupt", `Corrupt or truncated PDF: ${detail}`);
    throw new PdfTextError("unreadable", `The PDF could not be read: ${detail}`);
  } finally {
    await parser.destroy().catch(() => {});
  }
}
// ----

const outcome = (read: Promise<PdfText>) =>
  read.then(
    (pdf) => ({ ok: true as const, text: pdf.text, pageCount: pdf.pageCount, tables: pdf.tables }),
    (error: PdfTextError) => ({
      ok: false as const,
      problem: error.problem,
      message: error.message.slice(0, 60),
      pageCount: error.pageCount,
    }),
  );

/** A one-page PDF whose compressed content stream (a few kB) draws `lines` separate lines of text. */
async function textBomb(lines: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([600, 800]);
  page.drawText("x", { font, size: 1 });
  const fontKey = (page.node.Resources()!.lookup(PDFName.of("Font")) as PDFDict).keys()[0]!.asString();
  const ops = `BT ${fontKey} 1 Tf 10 790 Td ${"0 -0.001 Td (ab) Tj\n".repeat(lines)}ET`;
  page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.flateStream(ops)));
  return doc.save();
}

const readers: PdfReader[] = [];
const reader = (options: ConstructorParameters<typeof PdfReader>[0] = {}) => {
  const r = new PdfReader(options);
  readers.push(r);
  return r;
};
afterAll(async () => {
  await Promise.all(readers.map((r) => r.close()));
});

describe("the PDF reader in its worker thread", () => {
  it(`reads every snapshot PDF (${snapshotPdfs.length}) with the same text, pages, tables and errors as the earlier reader`, async () => {
    expect(snapshotPdfs.length).toBeGreaterThan(80);
    const pdfReader = reader();
    // Every PDF of two pages or more read by two threads at once (by default only long ones are), a claim of
    // PAGES_PER_CLAIM pages at a time each.
    const twoThreads = reader({ threads: 2, splitPages: 2 });
    let tables = 0;
    let failures = 0;
    let split = 0;
    for (const file of snapshotPdfs) {
      const data = new Uint8Array(fs.readFileSync(file));
      const before = await outcome(earlierReader(data));
      const now = await outcome(pdfReader.read(data));
      expect({ file, ...now }).toEqual({ file, ...before });
      expect({ file, ...(await outcome(twoThreads.read(data))) }).toEqual({ file, ...before });
      if (now.ok) tables += now.tables.length;
      else failures++;
      if (now.ok && now.pageCount > PAGES_PER_CLAIM) split++;
    }
    // The comparison covered tables and both kinds of planted failure, not only plain text, and PDFs long enough
    // for both threads to take pages.
    expect(tables).toBeGreaterThan(20);
    expect(failures).toBeGreaterThanOrEqual(2);
    expect(split).toBeGreaterThanOrEqual(1);
  });

  it("reads a long pack in two threads with the same text, pages and tables as in one, and as the earlier reader", async () => {
    // A pack bound from the snapshot's reports (as bench/build-pack.ts binds the benchmark's), long enough for
    // several claims per thread and, read with cleanupHeapShare 0, two clean-ups of pdf.js's caches.
    const pack = await PDFDocument.create({ updateMetadata: false });
    for (const file of snapshotPdfs.slice(0, 40)) {
      const source = await PDFDocument.load(fs.readFileSync(file)).catch(() => null);
      if (!source) continue;
      for (const page of await pack.copyPages(source, source.getPageIndices())) pack.addPage(page);
      if (pack.getPageCount() >= 130) break;
    }
    const data = await pack.save();
    const before = await outcome(earlierReader(data));
    const one = await outcome(reader({ threads: 1 }).read(data));
    // The second thread starts only once the first has opened the document, and a cold one (loading pdf.js) can
    // come too late for 130 pages: a first reading starts both, and the second reading is compared.
    const twoReader = reader({ threads: 2, splitPages: 40 });
    await twoReader.read(data);
    const twoThreads = await twoReader.read(data);
    // Two threads took pages (one only on a single-core machine, where the reader never starts a second).
    expect(twoThreads.threads).toBe(Math.min(2, os.availableParallelism()));
    // Both threads joined pdf.js's halves with SameThreadPort (the faster port), not pdf.js's own deep-copying one,
    // which would give the same output and so is not caught by the comparisons.
    expect(twoThreads.sameThreadPort).toBe(true);
    expect((await reader({ threads: 1 }).read(data)).sameThreadPort).toBe(true);
    // Both loaded pdf.js with pdfjs-patch.mjs's change (the comparisons here are then of the patched pdf.js against
    // the unpatched one the earlier reader runs in this thread).
    expect(twoThreads.pdfjsPatched).toBe(true);
    const two = await outcome(Promise.resolve(twoThreads));
    // pdf.js's caches are let go only when a thread's heap passes a share of its cap: none at the default on this
    // pack, and every 50 pages with a share of 0 (as before), with the same output.
    expect(twoThreads.cleanups).toBe(0);
    const tight = await reader({ threads: 1, cleanupHeapShare: 0 }).read(data);
    expect(tight.cleanups).toBe(2);
    expect(await outcome(Promise.resolve(tight))).toEqual(before);
    expect(before.ok && before.pageCount).toBeGreaterThanOrEqual(130);
    expect(before.ok && before.tables.length).toBeGreaterThan(10);
    expect(one).toEqual(before);
    expect(two).toEqual(before);
    // PDF_READER_PATCH_PDFJS=0 (patchPdfjs false): pdf.js as installed, the same output.
    const unpatched = await reader({ threads: 1, patchPdfjs: false }).read(data);
    expect(unpatched.pdfjsPatched).toBe(false);
    expect(await outcome(Promise.resolve(unpatched))).toEqual(before);
  });

  it("joins two threads' parts in page order, and fails as reading alone would: at the lowest page that failed", () => {
    const table = (page: number, cell: string): PdfTable => ({ page, header: [], rows: [[cell, "1"]] });
    const part = (pages: number[], failure: { page: number; error: PdfTextError } | null = null) => ({
      pageCount: 5,
      pageNumbers: pages,
      text: pages.map((n) => `page ${n}`).join("\f"),
      tables: pages.flatMap((n) => [table(n, `a${n}`), table(n, `b${n}`)]),
      failure,
    });
    const joined = joinParts([part([3, 4, 5]), part([1, 2])]);
    expect(joined.text).toBe("page 1\fpage 2\fpage 3\fpage 4\fpage 5");
    // Claims of pages taken in turn by two threads.
    expect(joinParts([part([1, 2, 5]), part([3, 4])]).text).toBe("page 1\fpage 2\fpage 3\fpage 4\fpage 5");
    expect(joinParts([part([1, 2, 3, 4, 5]), part([])]).text).toBe("page 1\fpage 2\fpage 3\fpage 4\fpage 5");
    expect(joined.tables.map((t) => t.rows[0]![0])).toEqual([
      "a1",
      "b1",
      "a2",
      "b2",
      "a3",
      "b3",
      "a4",
      "b4",
      "a5",
      "b5",
    ]);
    const at = (page: number) => ({ page, error: new PdfTextError("corrupt", `at ${page}`) });
    expect(() => joinParts([part([1, 2], at(3)), part([4], at(5))])).toThrow("at 3");
    expect(() => joinParts([part([4], at(5)), part([1, 2], at(3))])).toThrow("at 3");
    expect(() => joinParts([part([1, 2, 3]), part([], at(0))])).toThrow("at 0");
    expect(() => joinParts([part([1, 2]), part([4, 5])])).toThrow("some pages were not read");
    const blank = { ...part([1, 2, 3, 4, 5]), text: " \f \f \f \f " };
    expect(() => joinParts([blank])).toThrow(expect.objectContaining({ problem: "no-text", pageCount: 5 }));
  });

  it("gives a clear error for a truncated PDF and goes on reading the next one", async () => {
    const pdfReader = reader();
    const good = new Uint8Array(fs.readFileSync(snapshotPdfs.find((f) => f.endsWith("g66109-T10.pdf"))!));
    const error = await pdfReader.read(good.slice(0, Math.floor(good.length / 3))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfTextError);
    expect(error).toMatchObject({ problem: "corrupt", message: expect.stringMatching(/^Corrupt or truncated PDF: /) });
    const next = await pdfReader.read(good);
    expect(next.pageCount).toBeGreaterThan(1);
    expect(next.text).toContain("Harrow");
  });

  it('stops a PDF that needs more memory than the thread may use ("too large to read") and reads the next', async () => {
    const bomb = await textBomb(100_000);
    expect(bomb.length).toBeLessThan(50_000);
    const pdfReader = reader({ maxHeapMb: 32 });
    const error = await pdfReader.read(bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfTextError);
    expect(error).toMatchObject({
      problem: "too-large",
      message: expect.stringMatching(/^Too large to read: .*32 MB/),
    });
    // A fresh thread reads the next document.
    const next = await pdfReader.read(new Uint8Array(fs.readFileSync(snapshotPdfs[0]!)));
    expect(next.text.length).toBeGreaterThan(100);
  });

  it("reads the same bomb when the cap allows it: the error above is the cap, not a damaged file", async () => {
    const small = await textBomb(2_000);
    const pdf = await reader({ maxHeapMb: 32 }).read(small);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text.match(/ab/g)).toHaveLength(2_000);
  });
});
