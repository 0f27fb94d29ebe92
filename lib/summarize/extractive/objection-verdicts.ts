// A verdict on an objection, an appeal or a complaint, given by the body outside the council that decides such
// matters (docs/summaries.md#long-minutes-round-thirty-two).
import { VERDICT_BACK } from "./candidate";

/** Whether a sentence gives the verdict on "the" objection (appeal, complaint) the sentence before named. */
export const verdictOnObjection = (text: string): boolean => VERDICT_BACK.test(text);

/**
 * A verdict said to its outcome, held to words: "In a determination dated 3 May 2026, the adjudicator had partly
 * upheld the objection, finding that the form asked too much, and had required the school to change it." is "The
 * adjudicator had partly upheld the objection." When the verdict was given goes, and so do its reasons and what it
 * required after the verdict's own words. Any other sentence is returned as it is.
 */
export function toItsVerdict(text: string): string {
  const m = VERDICT_BACK.exec(text);
  if (!m) return text;
  const verdict = m[0].replace(/^(?:In|By|Under) [^,;:]{3,60}, [Tt]he/, "The");
  const rest = text.slice(m.index + m[0].length);
  return /^\s*(?:[,;]\s|\.?\s*$)/.test(rest) ? `${verdict}.` : text;
}

/**
 * The sentence a verdict points back to, held to words: "The first, by a parent, was to the arrangements of Pellow
 * Green School, whose form asked for a baptism certificate." is "The first, by a parent, was to the arrangements of
 * Pellow Green School." A relative clause at its end without a figure says what the objection argued, which the
 * verdict has decided; whose arrangements they were is kept. Any sentence with a figure in that clause is left as it is.
 */
export function toWhatWasObjected(text: string): string {
  const body = text.trim().replace(/\.$/, "");
  const m = /,\s+(?:whose|which|where)\b[^,;:]*$/.exec(body);
  return m && !/\d/.test(m[0]) ? `${body.slice(0, m.index)}.` : text;
}
