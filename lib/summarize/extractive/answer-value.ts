import { countWords } from "../text/sentences";
import { saidBy } from "./answer-lists";
import { FIGURE } from "./bullet-filters";
import type { Candidate } from "./collect-candidates";
import { pickCandidates } from "./pick-bullets";

// What a point of a long meeting's minute is worth when the minute is held to words rather than a count of points:
// its score, how things stand by its figures, and its length (docs/summaries.md#long-minutes-recall-within-the-words).

/** The words a point of a long meeting's question-and-answer minute is worth when the cap counts words. */
export const QA_POINT_WORDS = 24;

/**
 * The best `limit` candidates, where a question whose answer is picked gives up its place: the answer, said as its
 * fact with who gave it, is what the exchange established, and the question's wording would only repeat its subject.
 * A question that carries a figure no point picked says ("why only 71% of emergency repairs …") stays.
 */
export function pickAnswered(candidates: Candidate[], limit: number, maxWords = Infinity): Candidate[] {
  let pool = candidates;
  for (;;) {
    const picked = pickCandidates(pool, limit, 0.5, maxWords, Number.isFinite(maxWords) ? saidBy : undefined);
    // By its text: a candidate may be copied on its way here (its restated recommendation taken out).
    const answered = new Set(picked.flatMap((c) => (c.answers ? [c.answers.text] : [])));
    // A question is worth its words only for a figure no other point picked says, whether its answer is said or not
    // ("A Member asked how the Council would close the gap of £14.8m …" beside "… a gap of £14.8m in 2027/28").
    const asked = Number.isFinite(maxWords) ? new Set(pool.flatMap((c) => (c.answers ? [c.answers.text] : []))) : null;
    const redundant = picked.filter((c) => (answered.has(c.text) || asked?.has(c.text)) && saidElsewhere(c, picked));
    if (redundant.length === 0) return picked;
    pool = pool.filter((c) => !redundant.includes(c));
  }
}

/**
 * A point's worth within a word budget: its score, more for a figure that says how things stand, and less the longer
 * it is (by the square root of its words against a point's share of the budget), so two short answers with a figure
 * each can take the place of one long one.
 */
export function answerValue(c: Candidate, decision: string | null): number {
  return (
    (c.score + standingOfFigures(c.text, decision) + (c.headline ? HEADLINE_BONUS : 0)) *
    forItsWords(countWords(c.text))
  );
}

/** What a point of so many words is worth against a point's share of a word budget (square root of the ratio). */
export function forItsWords(words: number): number {
  return Math.pow(QA_POINT_WORDS / Math.max(SHORTEST_POINT, words), SHORTNESS);
}

const SHORTNESS = 0.5;
/** The headline of the account that opens the minute comes before any one answer or point of its detail. */
const HEADLINE_BONUS = 3;
/** No point counts as shorter than this many words: a short answer is not worth more for being shorter still. */
const SHORTEST_POINT = 8;

/**
 * Among many answers, those that say how things stand come first: a figure set against its target, budget or past
 * ("71% … against a target of 98%", "fallen from 74% to 63%", "£600,000 below the budget"), and a figure the
 * decision itself cites (the "611 open damp and mould cases" a breakdown is asked for).
 */
export function standingOfFigures(text: string, decision: string | null): number {
  let bonus = COMPARES.test(text) ? COMPARISON_BONUS : 0;
  const figures = (text.match(FIGURE) ?? []).filter((f) => /[£%]|\d{2}/.test(f) && !/^(19|20)\d\d$/.test(f));
  const cited = new Set(decision?.match(FIGURE) ?? []);
  if (figures.some((f) => cited.has(f))) bonus += DECISION_FIGURE_BONUS;
  return bonus;
}

// A forecast set against what there is ("some 140 more than the places available", "forecast to exceed its budget by
// £7.8m") says how things stand as much as a figure against its target does.
const COMPARES =
  /\b(?:against (?:a |the |an )?(?:target|budget|limit|average|benchmark)|(?:more|fewer|less) than the (?:[a-z]+ ){0,2}(?:places|capacity|budget)(?: available)?\b|exceed(?:s|ed|ing)? (?:its|the|their) (?:[a-z]+ )?budget\b|compared with|(?:up|down|fallen|risen|rose|fell|increased|decreased|dropped|reduced) from|from [£$]?\d[\d,.]*%? to [£$]?\d|(?:below|above|over|under) (?:the )?(?:budget|target)|instead of (?:the )?(?:current )?[£$]?\d)/i;
const COMPARISON_BONUS = 1;
const DECISION_FIGURE_BONUS = 1;

/** Whether every figure a point says is said by another point picked beside it (and it says at least one). */
function saidElsewhere(point: Candidate, picked: Candidate[]): boolean {
  const others = picked.filter((c) => c !== point).map((c) => c.text);
  const figures = telling(point.text);
  return figures.length === 0 || figures.every((f) => others.some((o) => o.includes(f)));
}

/** A text's figures that say something of their own: not a year or a financial year ("in 2025/26"). */
export function telling(text: string): string[] {
  return (text.replace(/\b(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g, " ").match(/£?\d[\d,.]*%?/g) ?? []).map((f) =>
    f.replace(/[.,]$/, ""),
  );
}
