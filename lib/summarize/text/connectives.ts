// Words that link a sentence to the one before it ("However, …", "As a result, …"): a point that stands on its own,
// as a bullet does, reads better without them. One list for every reader that drops them.

/** The linking words, as a regular-expression alternation (no capture). */
export const CONNECTIVES =
  "However|In addition|Additionally|Furthermore|Moreover|Also|Further|Finally|Overall|As a result|Therefore|Consequently|In turn";

/** "However, …" opening a sentence, before a word in lower case (a name after the comma is no linked clause). */
export const LEADING_CONNECTIVE = new RegExp(String.raw`^(?:${CONNECTIVES}),\s+(?=[a-z])`);
