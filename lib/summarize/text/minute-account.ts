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
  const continues = /^(?:\(|\[|\d|[•·▪\-–]|[a-z]|That\b|RESOLVED\b|DECISION\b)/.test(next);
  return !leadsOn && !continues && /[.!?…)\]]$/.test(previous) && /^[A-Z]/.test(next);
}
