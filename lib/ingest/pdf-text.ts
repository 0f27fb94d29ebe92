// What reading a PDF gives back, shared by the scraper's thread and the PDF worker thread (no pdf.js here, so the
// scraper's own thread never loads it).
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
}
