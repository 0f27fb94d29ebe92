import { upperFirst } from "../text/sentences";
import { toItsFacts, withoutThats } from "./answer-clauses";

// "The Head of Corporate Parenting introduced the report. She said that 214 children were looked after …": a post's
// account of the report it introduced, said as an answer is ("Head of Corporate Parenting: 214 children were looked
// after …"), not as two sentences of which the first says only that the report was introduced
// (docs/summaries.md#long-minutes-whole-meetings-printed-minutes). A councillor's words keep their form.

const INTRODUCED =
  /^(?:The )?((?!Councill?or\b|Cllr\b|Chair\b)[A-Z][\w'\u2019-]*(?: (?:of|for|and|the|[A-Z][\w'\u2019-]*)){0,8}) (?:introduced|presented) the (?:report|item|update|paper)\.$/;
const SAID = /^(?:She|He|They) (?:said|explained|reported|advised|told the \w+) that,? (.+)$/;

/** The bullet for `text` after the sentence it points back to, or null when they are not a post's account. */
export function accountOfPost(antecedent: string, text: string): string | null {
  const who = INTRODUCED.exec(antecedent.trim());
  const said = SAID.exec(text.trim());
  if (!who || !said) return null;
  // "… at 3.96%, that investments totalled £56.5m, and that there had been no breaches": each thing reported hangs
  // on the "said" just dropped, so each "that" goes with it.
  return `${who[1]}: ${upperFirst(said[1]!.replace(/,? and that\b/g, ", and").replace(/, that (?=\S)/g, ", "))}`;
}

/**
 * "She said that the Virtual School had received £1.1m …" opening a paragraph after the one in which the Virtual School
 * Head gave her account: hers, said as such ("Virtual School Head: The Virtual School had received £1.1m …"), never a
 * "She" the bullet does not name. Null for any other sentence, or when the paragraph before was no post's account.
 */
export function pronounAccount(sentence: string, post: string | null): string | null {
  const said = post ? SAID.exec(sentence.trim()) : null;
  if (!post || !said) return null;
  return `${post}: ${upperFirst(toItsFacts(withoutThats(said[1]!)))}`;
}
