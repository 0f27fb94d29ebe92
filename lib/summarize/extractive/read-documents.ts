import type { TextBlock } from "../text/blocks";
import { readPdfBlocks } from "../text/read-pdf-blocks";
import type { SummaryDocument } from "../types";

// Reads each document's text once and says, in words a resident understands, why a document could not be used.

export interface ReadDocument {
  doc: SummaryDocument;
  blocks: TextBlock[];
}

export function readDocuments(docs: SummaryDocument[]): {
  readable: Map<number, ReadDocument>;
  problems: Map<number, string>;
} {
  const readable = new Map<number, ReadDocument>();
  const problems = new Map<number, string>();
  for (const doc of docs) {
    if (doc.isRestricted) {
      problems.set(doc.id, `The document '${doc.title}' is exempt from publication, so it was not read`);
      continue;
    }
    const text = doc.text ?? "";
    const blocks = text.replace(/\s+/g, "") ? readPdfBlocks(text, 1, doc.tables ?? []) : [];
    if (blocks.length === 0) {
      problems.set(doc.id, `The document '${doc.title}' could not be read (${describeProblem(doc)})`);
      continue;
    }
    readable.set(doc.id, { doc, blocks });
  }
  return { readable, problems };
}

function describeProblem(doc: SummaryDocument): string {
  const error = doc.fetchError ?? "";
  if (/scan|no text|image/i.test(error)) return "scanned PDF with no text layer";
  if (/encrypt|password/i.test(error)) return "password-protected PDF";
  if (/corrupt|truncat|invalid/i.test(error)) return "damaged or incomplete file";
  if (/40\d|50\d|timeout|fetch|download|network/i.test(error)) return "it could not be downloaded";
  if (error) return error.length > 80 ? `${error.slice(0, 77)}...` : error;
  if (doc.text !== null && doc.text !== undefined)
    return doc.pageCount ? "scanned PDF with no text layer" : "empty document";
  return "no text was extracted";
}
