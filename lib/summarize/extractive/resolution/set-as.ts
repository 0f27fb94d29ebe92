// A resolution that sets what a plan's priorities (aims, objectives, themes) are: "the partnership's priorities for
// 2026/27 be violence against women and girls, serious youth violence and neighbourhood crime". The "be" is no
// passive's, so the clause is said as agreed: "… were agreed as violence against women and girls, …"
// (docs/summaries.md#a-community-safety-partnerships-minutes).

/** "the partnership's priorities for 2026/27", "the Board's strategic aims": what a strategy or plan puts first. */
const SET_LIST =
  /(^|;\s+|\(\d{1,2}\)\s+|^That,?\s+)((?:the |its |their )?[^;:()]{0,60}?\b(?:priorities|aims|objectives|themes|outcomes|focus areas|strategic priorities))( for [^;:,]{2,40}?)? be (?!(?:as|those|the ones) (?:set out|listed|shown|described)\b)(?!\w+(?:ed|en|wn|ne|ld|ought|ught|t)\b)(?!(?:noted|agreed|approved|adopted|endorsed|reviewed|retained|kept|confirmed)\b)([a-z][^;]*?\b(?:and|or)\b[^;]*?)(?=;|\.?$)/g;

/**
 * The clause that sets a list of priorities said as agreed ("be agreed as A, B and C"), so that the grammar that
 * follows reads it as done at the meeting; a clause whose "be" takes a participle ("be reviewed") or points to the
 * report ("be as set out in the report") is left as it is, and so is a single priority with no list.
 */
export function prioritiesSetAs(text: string): string {
  return text.replace(
    SET_LIST,
    (_m, lead: string, what: string, period: string | undefined, list: string) =>
      `${lead}${what}${period ?? ""} be agreed as ${list}`,
  );
}
