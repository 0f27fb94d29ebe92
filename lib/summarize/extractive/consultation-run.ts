import type { Candidate } from "./collect-candidates";

// How long a consultation ran is how it was done; what it drew is what it found. Held to words, a result that points
// back to the run ("It had drawn 742 responses …" after "… the consultation had run for eight weeks from …") is said
// with the consultation as its subject, and the run gives its words up
// (docs/summaries.md#long-minutes-round-twenty).

/**
 * A sentence saying only how long, or between which dates, a consultation or survey ran: "The officer said that the
 * consultation had run for eight weeks from 6 October to 1 December 2025." No sum, rate or second clause.
 */
const RUN =
  /\b[Tt]he (consultation|survey|engagement)(?: exercise)? (?:had )?(?:run|ran|lasted|been open|was open)\b(?! and| but)[^;%£]*\.$/;

/** "It had drawn …", "It received …": a result told of the sentence before, with "It" for its subject. */
const RESULT_OF_IT = /^It ((?:had |has )?(?:drawn|drew|received|attracted|produced|generated)\b.*)$/;

/** The consultation a sentence only dates, or null ("consultation", "survey"). */
export function consultationRun(sentence: string): string | null {
  return RUN.exec(sentence.trim())?.[1] ?? null;
}

/**
 * A consultation's result that points back to its run, said with the consultation as subject ("The consultation had
 * drawn 742 responses …"), its run no longer carried. Anything else is returned as it was.
 */
export function resultWithoutRun<T extends { text: string; antecedent?: string }>(c: T): T {
  const noun = c.antecedent ? consultationRun(c.antecedent) : null;
  const result = noun ? RESULT_OF_IT.exec(c.text.trim()) : null;
  if (!noun || !result) return c;
  const { antecedent: _dropped, ...rest } = c;
  return { ...rest, text: `The ${noun} ${result[1]}` } as T;
}

/** Whether a point only dates a consultation whose result, said with it as subject, follows among the candidates. */
export function runGivesWay(c: Candidate, candidates: readonly Candidate[]): boolean {
  if (!consultationRun(c.text)) return false;
  return candidates.some((o) => o.order > c.order && resultWithoutRun(o) !== o);
}
