// The sentences a topic tag may quote as evidence: whole sentences of prose, read with the same block readers
// the summaries use (so wrapped PDF lines are joined and cover-sheet fields, headings and tables are left out),
// and only those that read as a sentence on their own.
import { readHtmlBlocks } from "../text/read-html-blocks";
import { readPdfBlocks } from "../text/read-pdf-blocks";
import { splitSentences, countWords } from "../text/sentences";
import { COVER_FIELD } from "../text/blocks";

const MIN_WORDS = 5;
const MAX_LENGTH = 320;

/** Starts like a sentence, ends like one, is neither shouted nor a "Label: value" line, and is not too long. */
export function isQuotableSentence(sentence: string): boolean {
  const s = sentence.trim();
  if (!/^["'\u2018\u201c(]?[A-Z0-9£]/.test(s)) return false;
  if (!/[.!?]["'\u2019\u201d)]?$/.test(s)) return false;
  if (s.length > MAX_LENGTH || countWords(s) < MIN_WORDS) return false;
  if (COVER_FIELD.test(s)) return false;
  const words = s.match(/[A-Za-z]{2,}/g) ?? [];
  const shouted = words.filter((w) => w === w.toUpperCase()).length;
  if (shouted / Math.max(words.length, 1) > 0.3) return false;
  // "Date of Meeting: 23 October 2025 Subject: …": a run of labelled fields flattened into one line.
  if ((s.match(/\b[A-Z][A-Za-z ]{1,25}:\s/g) ?? []).length >= 2) return false;
  return true;
}

export function quotableSentences(text: string, kind: "pdf" | "html"): string[] {
  const blocks = kind === "pdf" ? readPdfBlocks(text) : readHtmlBlocks(text);
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind !== "para" && block.kind !== "bullet") continue;
    for (const sentence of splitSentences(block.text)) if (isQuotableSentence(sentence)) out.push(sentence.trim());
  }
  return out;
}
