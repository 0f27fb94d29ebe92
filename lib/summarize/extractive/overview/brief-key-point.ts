// The key point in fewer words: a key point the summary already gives word for word, in a decision or a point below,
// keeps only its main clause in the overview; the rest is read in that line.
import { countWords } from "../../text/sentences";
import type { SummarySection } from "../../types";
import { firstFigure, largestSum } from "./key-point";

/** A text as compared for repetition: no brackets, footnote markers, case or closing stop. */
const plain = (text: string): string =>
  text
    .replace(/\[\^\d+\]/g, "")
    .replace(/\s+\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .replace(/[.;,\s…]+$/, "")
    .trim()
    .toLowerCase();

/** Whether a decision or a point of the sections already says the key point in full, word for word. */
export function saidBelow(keyPoint: string, sections: SummarySection[]): boolean {
  const key = plain(keyPoint);
  if (countWords(key) < 4) return false;
  return sections.some((s) => [s.decision ?? "", ...s.bullets.map((b) => b.text)].some((t) => plain(t).includes(key)));
}

/** A verdict a key point may give: it stays in the shorter key point. */
const VERDICT =
  /\b(?:inadequate|requires improvement|outstanding|good|unqualified|qualified|approved|agreed|refused|granted)\b/gi;

const FINITE = /\b(?:was|were|is|are|had|has|have|will|would|could|expected|found|judged|showed|identified)\b/;

/**
 * "The acquisition of up to 90 homes for use as temporary accommodation, within a total budget of £41.4m, was
 * approved" -> "The acquisition of up to 90 homes for use as temporary accommodation was approved": an aside set off
 * by commas between the subject and its verb.
 */
function withoutAside(text: string): string {
  return text.replace(/^([^,]{10,}?), [^,]{3,80}, (?=(?:was|were|is|are|had|has|have|will|would)\b)/, "$1 ");
}

/**
 * "The General Fund was forecast to overspend by £6.1m, mostly because of temporary accommodation and children's
 * placements" -> "The General Fund was forecast to overspend by £6.1m": the sentence up to its first clause that says
 * the figure, as a sentence with its verb.
 */
function firstClause(text: string): string {
  const figure = firstFigure(text);
  for (const cut of text.matchAll(/[,;](?=\s)|(?<!\bof)\s(?=(?:mostly|mainly|largely|because|which|of which)\s)/g)) {
    const kept = text.slice(0, cut.index).replace(/[,;\s]+$/, "");
    if (countWords(kept) < 6) continue;
    return figure && kept.includes(figure) && (!FINITE.test(text) || FINITE.test(kept)) ? kept : text;
  }
  return text;
}

/**
 * The key point said in fewer words, when the line below says it in full: its main clause, without an aside between
 * subject and verb and without what follows the clause that gives its figure. Only a key point with a figure is
 * shortened, and only when the shorter one still gives its first figure, its largest sum (what a decision's key point
 * was chosen for: "within a total budget of £41.4m" stays) and every verdict or outcome word of the whole
 * ("inadequate", "unqualified", "was approved"); otherwise it is as it was.
 */
export function briefKeyPoint(keyPoint: string, sections: SummarySection[]): string {
  if (!saidBelow(keyPoint, sections)) return keyPoint;
  const text = keyPoint
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.\s]+$/, "");
  const figure = firstFigure(text);
  if (!figure) return keyPoint;
  const brief = firstClause(withoutAside(text));
  const verdicts = (t: string) => (t.match(VERDICT) ?? []).map((v) => v.toLowerCase()).sort();
  const kept =
    brief.includes(figure) &&
    largestSum(brief) === largestSum(text) &&
    verdicts(brief).join() === verdicts(text).join();
  return kept && brief !== text ? `${brief}.` : keyPoint;
}
