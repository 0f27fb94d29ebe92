// Splits summary text into runs so pages can place a numbered footnote marker after the first occurrence of each
// glossary term, as the published summaries do ("DfE⁴"). Markers are data (a number), never HTML, so scraped text
// stays plain text all the way to React.
import { footnotePattern } from "@/lib/summarize/footnote-pattern";

export interface TextRun {
  text: string;
  /** A footnote number to show after this run. */
  footnote?: number;
}

/**
 * Returns a marker function with state: call it on texts in reading order (the order the engine numbered the
 * footnotes in) and each term is marked once, where it first appears.
 */
export function createFootnoteMarker(terms: string[]): { mark: (text: string) => TextRun[]; placed: Set<number> } {
  const pending = new Map(terms.map((term, i) => [term, { n: i + 1, re: footnotePattern(term) }]));
  const placed = new Set<number>();
  const mark = (text: string): TextRun[] => {
    const hits: { end: number; n: number }[] = [];
    for (const [term, { n, re }] of [...pending]) {
      const m = re.exec(text);
      if (!m) continue;
      hits.push({ end: m.index + m[0].length, n });
      placed.add(n);
      pending.delete(term);
    }
    if (hits.length === 0) return [{ text }];
    hits.sort((a, b) => a.end - b.end);
    const runs: TextRun[] = [];
    let from = 0;
    for (const hit of hits) {
      runs.push({ text: text.slice(from, hit.end), footnote: hit.n });
      from = hit.end;
    }
    if (from < text.length) runs.push({ text: text.slice(from) });
    return runs;
  };
  return { mark, placed };
}
