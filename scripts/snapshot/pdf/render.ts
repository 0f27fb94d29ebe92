import { PDFDocument, StandardFonts, grayscale, type PDFFont } from "pdf-lib";
import { PAGE, type FontName, type LaidPage, type Measure, type Op } from "./layout";

// Writes laid-out pages with pdf-lib. Every input that could vary between runs is pinned: metadata dates come
// from the document's publication date, and updateMetadata is off so pdf-lib never stamps "now".

export interface PdfMeta {
  title: string;
  subject?: string;
  /** ISO timestamp used for both CreationDate and ModDate. */
  date: string;
  /** The publishing council (default Harrow Council), for a second council's snapshot. */
  author?: string;
}

/** Page furniture drawn around the body: header ops before it, footer ops after it (pdf.js keeps draw order). */
export interface Furniture {
  header?: Op[];
  footer?: Op[];
}

let measureCache: Measure | undefined;

/** Width of text in the standard Helvetica faces, shared by every layout. */
export async function getMeasure(): Promise<Measure> {
  if (measureCache) return measureCache;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  measureCache = (text, size, font) => fonts[font].widthOfTextAtSize(text, size);
  return measureCache;
}

async function embedFonts(doc: PDFDocument): Promise<Record<FontName, PDFFont>> {
  return {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
}

export async function writePdf(
  pages: LaidPage[],
  meta: PdfMeta,
  furniture: (index: number, total: number) => Furniture,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const date = new Date(meta.date);
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author ?? "Harrow Council");
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setCreator(
    `${meta.author?.replace(/ Council$/, "") ?? "Harrow"} replay snapshot builder (fictionalised content)`,
  );
  doc.setProducer("pdf-lib 1.17.1");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  pages.forEach((laid, index) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const extra = furniture(index, pages.length);
    for (const op of [...(extra.header ?? []), ...laid.ops, ...(extra.footer ?? [])]) {
      if (op.kind === "text") {
        try {
          page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: fonts[op.font] });
        } catch (error) {
          throw new Error(`cannot encode ${JSON.stringify(op.text)} in "${meta.title}": ${(error as Error).message}`);
        }
      } else {
        page.drawRectangle({
          x: op.x,
          y: op.y,
          width: op.w,
          height: op.h,
          color: op.fill === undefined ? undefined : grayscale(op.fill),
          borderColor: op.stroke === undefined ? undefined : grayscale(0.2),
          borderWidth: op.stroke,
        });
      }
    }
  });
  return doc.save({ useObjectStreams: false });
}

/** Centred single-line text op, for page numbers and stamps. */
export function centred(text: string, y: number, size: number, measure: Measure, font: FontName = "regular"): Op {
  return { kind: "text", text, x: (PAGE.width - measure(text, size, font)) / 2, y, size, font };
}

export function rightAligned(text: string, y: number, size: number, measure: Measure, font: FontName = "regular"): Op {
  return { kind: "text", text, x: PAGE.width - PAGE.right - measure(text, size, font), y, size, font };
}
