// Words that link a sentence to the one before it ("However, …", "As a result, …"). One place for every reader that
// drops them.

/** Links that add to or turn from what came before: a point that stands on its own, as a bullet does, needs none. */
export const ADDING = "However|In addition|Additionally|Furthermore|Moreover|Also|Further|Finally|Overall";

/**
 * Links that say the sentence follows from the one before ("As a result, waiting times fell"): a minute's sentence
 * keeps them, so it is read as pointing back and carries that sentence with it (candidate.ts REFERS_BACK); a post's
 * account said as "Post: fact" drops them with the others (advisory-minutes.ts).
 */
export const FOLLOWING = "As a result|Therefore|Consequently|In turn";

/** "However, …" opening a minute's sentence, before a word in lower case (a name after the comma is no linked clause). */
export const LEADING_CONNECTIVE = new RegExp(String.raw`^(?:${ADDING}),\s+(?=[a-z])`);
