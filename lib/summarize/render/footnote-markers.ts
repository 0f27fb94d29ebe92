import { footnotePattern } from "../footnote-pattern";
import type { SummaryFootnote } from "../types";

// Places each footnote's marker after the first occurrence of its term, as the published summaries do ("DfE4").

export type MarkerStyle = (n: number) => string;

export function createMarker(footnotes: SummaryFootnote[], style: MarkerStyle): (text: string) => string {
  const pending = new Map(footnotes.map((f, i) => [f.term, i + 1]));
  return (text: string): string => {
    let out = text;
    for (const [term, n] of [...pending]) {
      const re = footnotePattern(term);
      const m = re.exec(out);
      if (!m) continue;
      const end = m.index + m[0].length;
      out = `${out.slice(0, end)}${style(n)}${out.slice(end)}`;
      pending.delete(term);
    }
    return out;
  };
}
