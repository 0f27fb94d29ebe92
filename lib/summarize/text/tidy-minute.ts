/**
 * A minute as the readers downstream expect it: an older minute's "Resolved to Recommend:  (For decision by Council)"
 * is the "Resolved to RECOMMEND: (to Council)" the decision readers know (resolved.ts), the same recommendation to
 * the same body in other type; a partnership board's "Actions: DG/BA" (whose initials act on the point above) is a
 * note for its officers, not part of the minute.
 */
export function tidyMinute(text: string): string {
  return (
    text
      .replace(
        /(^|\n)([ \t]*)Resolved to Recommend\b(\s*:?\s*)(?:\(\s*For (?:decision|determination) by\s+((?:the )?[A-Z][\w'\u2019 ]*?)\s*\))?/gi,
        (_m, start: string, indent: string, gap: string, body: string | undefined) =>
          `${start}${indent}Resolved to RECOMMEND${gap}${body ? `(to ${body})` : ""}`,
      )
      // Only initials ("DG/BA"), or an office and its holder's initials ("Chief Exec (JM)"): an action with words
      // ("Action: officers to report back in June") is part of the minute.
      .replace(
        /(^|\n)[ \t]*Actions?\s*:\s*(?:[A-Z]{2,4}(?:\s*\/\s*[A-Z]{2,4})*|[A-Z][\w ]{0,20}\([A-Z]{2,4}\))[ \t]*(?=\n|$)/g,
        "$1",
      )
  );
}
