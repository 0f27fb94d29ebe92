// Highlighted snippets without HTML injection. ts_headline copies the source text verbatim (scraped titles and
// PDF text, which may hold markup) and wraps matches in StartSel/StopSel. We ask for two private-use characters as
// markers (and strip them from the source first, so only ts_headline can produce them), then split the result
// into text segments that React renders as text nodes inside <mark> or not: no HTML string is ever built from the
// source, so there is nothing to escape and nothing that could be left unescaped.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** The ts_headline option string for these markers. Constant: never built from input. */
export function headlineOptions(kind: "fragments" | "whole"): string {
  const markers = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
  return kind === "whole"
    ? `${markers}, HighlightAll=true`
    : `${markers}, MaxFragments=2, MaxWords=22, MinWords=10, FragmentDelimiter=" … "`;
}

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/** Removes marker characters from source text (PDF text extraction does emit private-use characters). */
export function stripMarkers(text: string): string {
  return text.replace(/[\uE000\uE001]/g, "");
}

/**
 * Splits a ts_headline result into plain and highlighted runs. Tolerates unbalanced markers: a stray end marker
 * is ignored and an unclosed start highlights to the end. Whitespace is collapsed (PDF text is ragged).
 */
export function splitHighlights(headline: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let highlighted = false;
  let buffer = "";
  const flush = () => {
    if (buffer === "") return;
    const last = segments.at(-1);
    if (last && last.highlighted === highlighted) last.text += buffer;
    else segments.push({ text: buffer, highlighted });
    buffer = "";
  };
  for (const char of headline.replace(/\s+/g, " ")) {
    if (char === MARK_START || char === MARK_END) {
      const opening = char === MARK_START;
      if (opening !== highlighted) {
        flush();
        highlighted = opening;
      }
      continue;
    }
    buffer += char;
  }
  flush();
  const first = segments[0];
  if (first && !first.highlighted) first.text = first.text.trimStart();
  const last = segments.at(-1);
  if (last && !last.highlighted) last.text = last.text.trimEnd();
  return segments.filter((s) => s.text !== "");
}
