// A long sentence that reports several results one after another, each a clause of its own after a semicolon
// (docs/summaries.md#long-minutes-round-fourteen-a).
import { countWords, upperFirst } from "../text/sentences";

/** Longer than this, a sentence is cut at a semicolon by `tidy` (plainer-sentences.ts) and its last clauses go. */
const LONG_SENTENCE = 60;
/** Fewer clauses than this is a sentence with a second thought, not a series of results. */
const LEAST_RESULTS = 3;
/** A finite verb: what gives a clause its own subject and verb. */
const FINITE = /\b(?:had|has|have|was|were|is|are|would|will|could|should|rose|fell|stood)\b/;
/** Words that make what comes before the verb part of the clause before ("which had", "who were", "that was"). */
const RELATIVE = /\b(?:which|who|whom|whose|that|where|when)\b/i;

/** Whether a clause has its own subject and verb within its first words, and a figure. */
function isResult(clause: string): boolean {
  const body = clause.replace(/^(?:and|but)\s+/i, "");
  const verb = FINITE.exec(body);
  if (!verb || countWords(body.slice(0, verb.index)) > 8 || countWords(body.slice(0, verb.index)) < 1) return false;
  return !RELATIVE.test(body.slice(0, verb.index)) && /\d/.test(body);
}

/**
 * "Retirement quotations had been sent on time in 81% of cases, against a target of 95%; notifications of death
 * benefits in 88% …; and quotations for transfers in had been sent on time in 72% of cases …": a sentence over sixty
 * words made of three or more clauses after semicolons, each with its own subject, verb and figure, is a list of
 * results the page ran into one sentence. Read as one sentence a result, each is a point of its own ("Quotations for
 * transfers in had been sent on time in 72% of cases …."), rather than a sentence that loses its last results when it
 * is cut for length. Any other sentence is returned as it is, in a list of one.
 */
export function resultsOneByOne(sentence: string): string[] {
  if (countWords(sentence) <= LONG_SENTENCE) return [sentence];
  const clauses = sentence
    .trim()
    .replace(/\.$/, "")
    .split(/;\s+/)
    .map((c) => c.trim());
  if (clauses.length < LEAST_RESULTS || !clauses.every(isResult)) return [sentence];
  return clauses.map((c) => {
    const body = c.replace(/^(?:and|but)\s+/i, "");
    return `${upperFirst(body)}.`;
  });
}
