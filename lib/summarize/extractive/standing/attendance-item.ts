// An "Attendance" item, as a single-member decision meeting prints it first: who took the decisions, the councillors
// who came to speak, the officers (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).

/** "Attendance", "Present", "In attendance": the item that lists who was there. */
export const ATTENDANCE_TITLE = /^(?:attendance|present|in attendance|those present)\s*:?$/i;

/**
 * One line: who took the decisions and which councillors attended, each name without what the bracket says of them
 * ("(ward councillor for West Harrow, Minute 44)"); the officers, there in every meeting, are left out. Null when the
 * item names no councillor.
 */
export function attendanceLine(minutes: string): string | null {
  const kept = minutes
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(?:officers?|also present \(officers?\))\b/i.test(p))
    .map((p) =>
      p
        .replace(/\s*\([^()]*\)/g, "")
        .replace(/\bCouncill?ors?\b(?=\s+[A-Z])/g, "Cllr")
        .replace(/^Also in attendance\s*:?\s*/i, "Also attending: ")
        .replace(/,?\s+(?:at|during) (?:the|this) meeting(?=\.?$)/i, "")
        .replace(/\s{2,}/g, " "),
    )
    .filter((p) => /\bCllr\s+[A-Z]/.test(p));
  if (kept.length === 0) return null;
  return kept.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(" ");
}
