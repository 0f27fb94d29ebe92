/**
 * A minute as the readers downstream expect it: an older minute's "Resolved to Recommend:  (For decision by Council)"
 * is the "Resolved to RECOMMEND: (to Council)" the decision readers know (resolved.ts), the same recommendation to
 * the same body in other type; a partnership board's "Actions: DG/BA" (whose initials act on the point above) is a
 * note for its officers, not part of the minute.
 */
export function tidyMinute(text: string): string {
  return text
    .replace(
      /\bResolved to Recommend\b(\s*:?\s*)(?:\(\s*For (?:decision|determination) by\s+((?:the )?[A-Z][\w'\u2019 ]*?)\s*\))?/gi,
      (_m, gap: string, body: string | undefined) => `Resolved to RECOMMEND${gap}${body ? `(to ${body})` : ""}`,
    )
    .replace(/(^|\n)[ \t]*Actions?\s*:\s*[A-Z][\w/&.,() -]{0,40}[ \t]*(?=\n|$)/g, "$1");
}
