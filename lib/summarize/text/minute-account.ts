// Where a minute's decision ends and its account of the meeting resumes: shared by the summariser (resolved.ts,
// collect-candidates.ts) and the meeting page (lib/data/text-helpers.ts), so the decision box and the summary split
// a minute at the same place.

/**
 * Whether the line or block `next`, after `previous`, is the minute's account again rather than more of the
 * decision: a new sentence after one that ended, not a clause (numbered, lettered, a bullet, "That …", a further
 * "RESOLVED") nor led into by the line before (":", ";", "and"). Shared by extractResolved and the candidates'
 * decisionFree (collect-candidates.ts), so the decision and the discussion split at the same place.
 */
export function accountResumes(previous: string, next: string): boolean {
  const leadsOn = /[:;,]$|\b(?:and|or|that|to)$/i.test(previous);
  const continues = /^(?:\(|\[|\d|[•·▪\-–]|[a-z]|That\b|RESOLVED\b|Resolved to RECOMMEND\b|DECISION\b)/.test(next);
  return !leadsOn && !continues && /[.!?…)\]]$/.test(previous) && /^[A-Z]/.test(next);
}

/**
 * "(b) Late evidence": a lettered heading on a line of its own (no stop, no verb's clause after a comma) after a
 * decision that ended, the next part of the item's account (docs/summaries.md#a-standards-hearings-minutes).
 */
const LETTERED_HEADING = /^\([a-z]\)\s+[A-Z][^.;:,]{0,60}$/;

/**
 * Where the decision's paragraphs end and the minute's account resumes, searching from `from` (where the decision
 * starts): "RESOLVED: That the call-in be decided on ground e).\nThe representative then set out…" ends before "The
 * representative". At a line that starts a new sentence after one that ended (`accountResumes`); the text's end when
 * there is none. Printed minutes (a PDF's lines) and page minutes (paragraphs) alike.
 */
export function accountResumesAt(text: string, from = 0): number {
  const paragraph = /\n\s*/g;
  paragraph.lastIndex = from;
  let lastBreak = from;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    const before = text.slice(lastBreak, match.index).trim();
    lastBreak = match.index + match[0].length;
    if (before && accountResumes(before, text.slice(lastBreak, lastBreak + 40))) return match.index;
    if (before && /[.!?]$/.test(before) && LETTERED_HEADING.test(text.slice(lastBreak).split("\n", 1)[0]!.trim()))
      return match.index;
  }
  return text.length;
}
