// What changed between two versions of a paper's text (issue 15, part 4): the pages whose words differ and a short
// sentence diff of those pages, for the meeting page's "report 'X' revised (pages 4–6 changed)". Texts keep their
// page breaks as form feeds (lib/ingest/extract-pdf-text.ts), so a page is one \f-separated part.
import { diffSentences } from "diff";

export interface DiffPart {
  op: "-" | "+";
  text: string;
}

export interface TextChange {
  /** 1-based page numbers of the new version whose text differs (pages dropped from the end count as their old numbers) */
  pages: number[];
  /** removed and added sentences, in order, each clipped; at most MAX_PARTS */
  diff: DiffPart[];
}

const MAX_PARTS = 8;
const MAX_CHARS = 280;

const pagesOf = (text: string | null): string[] => (text ?? "").split("\f").map((p) => p.replace(/\s+/g, " ").trim());

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= MAX_CHARS ? t : `${t.slice(0, MAX_CHARS).replace(/\s+\S*$/, "")}…`;
}

/** Compares two versions page by page; null when the words are the same (only the bytes changed). */
export function compareTexts(before: string | null, after: string | null): TextChange | null {
  const oldPages = pagesOf(before);
  const newPages = pagesOf(after);
  const pages: number[] = [];
  for (let i = 0; i < Math.max(oldPages.length, newPages.length); i++) {
    if ((oldPages[i] ?? "") !== (newPages[i] ?? "")) pages.push(i + 1);
  }
  if (pages.length === 0) return null;
  const oldText = pages.map((p) => oldPages[p - 1] ?? "").join(" ");
  const newText = pages.map((p) => newPages[p - 1] ?? "").join(" ");
  const diff: DiffPart[] = [];
  for (const part of diffSentences(oldText, newText)) {
    if (!part.added && !part.removed) continue;
    const text = clip(part.value);
    if (!text) continue;
    diff.push({ op: part.added ? "+" : "-", text });
    if (diff.length >= MAX_PARTS) break;
  }
  return { pages, diff };
}

/** "page 4", "pages 4–6", "pages 2, 5 and 7–9". */
export function describePages(pages: number[]): string {
  if (pages.length === 0) return "";
  const runs: string[] = [];
  let start = pages[0]!;
  let prev = start;
  for (const p of [...pages.slice(1), Number.NaN]) {
    if (p === prev + 1) {
      prev = p;
      continue;
    }
    runs.push(start === prev ? String(start) : `${start}\u2013${prev}`);
    start = p;
    prev = p;
  }
  const list = runs.length === 1 ? runs[0]! : `${runs.slice(0, -1).join(", ")} and ${runs[runs.length - 1]}`;
  return `${pages.length === 1 ? "page" : "pages"} ${list}`;
}

/** When the council changed a file: its Last-Modified when that parses and is not after we saw it, else `seen`. */
export function changedAt(lastModified: string | null | undefined, seen: Date): Date {
  const t = lastModified ? Date.parse(lastModified) : Number.NaN;
  return Number.isFinite(t) && t <= seen.getTime() ? new Date(t) : seen;
}
