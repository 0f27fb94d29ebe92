// What reading a PDF gives back, shared by the scraper's thread and the PDF worker threads (no pdf.js here, so the
// scraper's own thread never loads it), and how the parts two threads read are put together.
import type { PdfTable } from "./pdf-tables";

/** too-large: reading it needed more memory than the PDF worker may use; timeout: it took longer than allowed. */
export type PdfProblem = "corrupt" | "encrypted" | "no-text" | "unreadable" | "too-large" | "timeout";

export class PdfTextError extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
    readonly pageCount: number | null = null,
  ) {
    super(message);
    this.name = "PdfTextError";
  }
}

export interface PdfText {
  /** Pages joined by "\f". */
  text: string;
  pageCount: number;
  /** Tables rebuilt from the text positions, per page (see pdf-tables.ts). */
  tables: PdfTable[];
  /** Time spent reading it (in the PDF thread, not waiting for it), in ms; set by extract-pdf-text.ts. */
  readMs?: number;
  /** How many threads read its pages (1, or 2 for a long PDF); set by extract-pdf-text.ts. */
  threads?: number;
  /** Every reading thread joined pdf.js's halves with SameThreadPort (pdf-read.ts); set by extract-pdf-text.ts. */
  sameThreadPort?: boolean;
  /** Every reading thread loaded pdf.js with the change of pdfjs-patch.mjs; set by extract-pdf-text.ts. */
  pdfjsPatched?: boolean;
  /** How often the reading threads let pdf.js's caches go; set by extract-pdf-text.ts. */
  cleanups?: number;
}

/**
 * Which pages a reading takes: a counter of pages handed out, shared by the threads that read one PDF together
 * (Int32Array over a SharedArrayBuffer: [pages handed out, lowest page that failed]). Each thread takes the next
 * PAGES_PER_CLAIM pages, so the pages a thread reads mostly follow one another (the fonts they share are loaded
 * once per thread), and a thread that starts late simply takes fewer.
 */
export type PageClaims = Int32Array;
export const PAGES_PER_CLAIM = 16;
export const NO_FAILURE = 0x7fffffff;

export function newPageClaims(shared: boolean): PageClaims {
  const claims = new Int32Array(shared ? new SharedArrayBuffer(8) : new ArrayBuffer(8));
  claims[1] = NO_FAILURE;
  return claims;
}

/** The pages one thread read, in the order it read them, and its tables; or where and why it stopped. */
export interface PdfPart {
  pageCount: number;
  /** The pages it read (1-based), in the order of `text`. */
  pageNumbers: number[];
  /** Their text, joined by "\f" (a page's own form feeds are spaces): one string, not one per page, so the
   * whole document read by one thread crosses to the scraper's thread as it is stored. */
  text: string;
  tables: PdfTable[];
  /** The page it failed on (0: the document could not be opened), and the error. */
  failure: { page: number; error: PdfTextError } | null;
  /** How often it let pdf.js's caches go (pdf-read.ts, PAGES_PER_CLEANUP). */
  cleanups?: number;
}

/**
 * The document's text and tables from the parts its threads read: pages in order, tables in page order. The error
 * is the one of the lowest page that failed, which is the error reading alone gives (it stops at the first).
 */
export function joinParts(parts: PdfPart[]): PdfText {
  const failed = parts
    .map((p) => p.failure)
    .filter((f) => f !== null)
    .sort((a, b) => a.page - b.page)[0];
  if (failed) throw failed.error;
  const pageCount = parts[0]!.pageCount;
  const whole = parts.find((p) => p.pageNumbers.length === pageCount && p.pageNumbers.every((n, i) => n === i + 1));
  let text = whole?.text;
  if (text === undefined) {
    const pages = Array.from({ length: pageCount }, (): string | undefined => undefined);
    for (const part of parts) {
      if (part.pageNumbers.length === 0) continue;
      const texts = part.text.split("\f");
      part.pageNumbers.forEach((n, i) => (pages[n - 1] = texts[i]));
    }
    if (pages.includes(undefined)) {
      throw new PdfTextError("unreadable", "The PDF could not be read: some pages were not read");
    }
    text = pages.join("\f");
  }
  // Nothing but white space (tested without copying the text: this runs in the scraper's thread).
  if (!/\S/.test(text)) {
    throw new PdfTextError(
      "no-text",
      `No text layer in ${pageCount} page(s): the PDF looks scanned (images only), so there is nothing to summarise`,
      pageCount,
    );
  }
  // Stable: a page's tables keep their order.
  const tables = parts.flatMap((p) => p.tables).sort((a, b) => a.page - b.page);
  return { text, pageCount, tables };
}
