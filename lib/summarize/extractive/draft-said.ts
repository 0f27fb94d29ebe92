// A point that says what a draft recommendation proposed, beside a Decision line that says what became of it
// (docs/summaries.md#sentences-that-read-wrong-stop-40).
import { containment } from "../text/normalise";

/** "Draft recommendation 2 proposed that …", "Recommendation 4 had asked that …": what a numbered draft said. */
const DRAFT_SAID =
  /^(?:The )?(?:[Dd]raft )?[Rr]ecommendation (\d+)(?: of the (?:draft )?report)? (?:had )?(?:proposed|said|stated|read|asked|provided|sought) that,?\s+(.+?)\.?$/;

/** How much of what the draft proposed the Decision's clause must hold for the point to say it twice. */
const SAID_IN_CLAUSE = 0.8;

/**
 * True when `text` only says what draft recommendation N proposed and the Decision line (`decision`) gives clause N in
 * the same words, with what became of it ("agreed as amended: (2) complaints … be inspected within 20 working days
 * (amended: the period to be 10 working days)"): beside it the point reads as what was decided, which it was not, and
 * says nothing the Decision does not. A point about a draft the Decision does not number, or in other words, stays.
 */
export function draftSaidInDecision(text: string, decision: string): boolean {
  const m = DRAFT_SAID.exec(text.trim());
  if (!m) return false;
  const clause = new RegExp(String.raw`\(${m[1]}\)\s+([^;]+)`).exec(decision)?.[1];
  return !!clause && containment(m[2]!, clause) >= SAID_IN_CLAUSE;
}
