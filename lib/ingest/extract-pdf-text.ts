// PDF text through pdf-parse (pdf.js). Pages are joined with form feeds so summaries can cite page numbers.
// Untrusted input: eval is disabled, and every failure becomes a PdfTextError whose message a person can act on.
import { InvalidPDFException, PDFParse, PasswordException, FormatError } from "pdf-parse";
import { recoverTables, type PdfDocumentLike, type PdfTable } from "./pdf-tables";

export type PdfProblem = "corrupt" | "encrypted" | "no-text" | "unreadable";

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
}

/** Extracts the text layer; throws PdfTextError for corrupt, encrypted and image-only (scanned) PDFs. */
export async function extractPdfText(data: Uint8Array): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: "" });
    const pages = result.pages.map((page) => page.text.replace(/\f/g, " ").trimEnd());
    const text = pages.join("\f");
    if (text.replace(/\s+/g, "").length === 0) {
      throw new PdfTextError(
        "no-text",
        `No text layer in ${result.total} page(s): the PDF looks scanned (images only), so there is nothing to summarise`,
        result.total,
      );
    }
    return { text, pageCount: result.total, tables: await readTables(parser) };
  } catch (error) {
    throw toPdfTextError(error);
  } finally {
    await parser.destroy().catch(() => {});
  }
}

// pdf-parse keeps the pdf.js document it parsed behind a private load(); reusing it costs no second parse. A
// failure here never loses the text: the document simply has no recovered tables.
async function readTables(parser: PDFParse): Promise<PdfTable[]> {
  try {
    const doc = await (parser as unknown as { load(): Promise<PdfDocumentLike> }).load();
    return await recoverTables(doc);
  } catch {
    return [];
  }
}

function toPdfTextError(error: unknown): PdfTextError {
  if (error instanceof PdfTextError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof PasswordException) return new PdfTextError("encrypted", `Encrypted PDF (password required): ${detail}`);
  if (error instanceof InvalidPDFException || error instanceof FormatError) {
    return new PdfTextError("corrupt", `Corrupt or truncated PDF: ${detail}`);
  }
  return new PdfTextError("unreadable", `The PDF could not be read: ${detail}`);
}
