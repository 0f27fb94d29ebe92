// Writes the benchmark's reports pack: the snapshot's PDFs copied page by page into one file until it has the
// pages asked for, as a Cabinet pack is bound from its reports. Run by bench/scrape.ts in a process of its own so
// pdf-lib's memory is not counted against the scraper's.
//   npx tsx bench/build-pack.ts <out.pdf> [pages]
import fs from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";

const [out, pagesArg] = process.argv.slice(2);
const pages = Number(pagesArg) || 600;
const SNAPSHOT_PDFS = "lib/replay/snapshot/harrow/documents";
const pack = await PDFDocument.create({ updateMetadata: false });
const sources = fs
  .readdirSync(SNAPSHOT_PDFS)
  .filter((f) => f.endsWith(".pdf"))
  .sort();
for (let i = 0; pack.getPageCount() < pages; i++) {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(fs.readFileSync(path.join(SNAPSHOT_PDFS, sources[i % sources.length]!)));
  } catch {
    continue; // the snapshot's deliberately damaged PDFs
  }
  for (const page of await pack.copyPages(source, source.getPageIndices())) pack.addPage(page);
}
fs.writeFileSync(out!, await pack.save());
