import type { Candidate } from "./collect-candidates";

// A list of measured changes, one a point under a lead-in ("However, the picture differed between types of crime: -
// Residential burglary had fallen by 11.8%, to 1,472 offences. - Personal robbery had risen by 17.6%, to 948 offences.
// …"): held to words, each point is said by its change, the level it changed to left out
// (docs/summaries.md#long-minutes-round-twenty-nine).

/**
 * "Residential burglary had fallen by 11.8%, to 1,472 offences." (the level may be followed by a remark): what changed,
 * its direction and by how much, then the level it came to.
 */
const CHANGE_THEN_LEVEL =
  /^(.{3,90}? (?:had |has |have )?(?:risen|fallen|rose|fell|increased|decreased|gone up|gone down|grown|grew|dropped) by (?:about |around |some |almost |nearly )?£?\d[\d,.]*(?:%| per cent|m|bn|k)?),\s+to (?:about |around |some )?£?\d[\d,.]*(?:%| per cent|m|bn|k)?\b.*$/i;

/** Fewer than this many points of a list, each a change, is no list of changes. */
const LEAST_CHANGES = 3;

/**
 * Each point of a list of like changes said by its change: "Residential burglary had fallen by 11.8%." A list is the
 * candidates that share a lead-in; it is one of changes when at least LEAST_CHANGES points, and every point, give a
 * change by so much and then the level it came to. Held to words, the change is what a resident reads such a list
 * for (which way each figure went, and how far), and the points said shorter leave words for more of them. Any other
 * list, and any candidate outside a list, is left as it was.
 */
export function changesWithoutLevels<T extends Candidate>(candidates: T[]): T[] {
  const lists = new Map<string, T[]>();
  for (const c of candidates) if (c.lead) lists.set(c.lead, [...(lists.get(c.lead) ?? []), c]);
  const changes = new Set<T>();
  for (const points of lists.values()) {
    if (points.length < LEAST_CHANGES || !points.every((p) => CHANGE_THEN_LEVEL.test(p.text.trim()))) continue;
    for (const p of points) changes.add(p);
  }
  return candidates.map((c) => (changes.has(c) ? { ...c, text: changeOnly(c.text) } : c));
}

/** "Knife crime with injury had fallen by 21%, to 96 offences." → "Knife crime with injury had fallen by 21%." */
export function changeOnly(text: string): string {
  const m = CHANGE_THEN_LEVEL.exec(text.trim());
  return m ? `${m[1]!}.` : text;
}

/** "Knife crime with injury had fallen by 21%.": a point that says what changed, which way and by how much, and no more. */
const MEASURED_CHANGE =
  /^.{3,90}? (?:had |has |have )?(?:risen|fallen|rose|fell|increased|decreased|gone up|gone down|grown|grew|dropped) by (?:about |around |some |almost |nearly )?£?\d[\d,.]*(?:%| per cent|m|bn|k)?(?:,\s+to (?:about |around |some )?£?\d[\d,.]*(?:%| per cent|m|bn|k)?(?: [a-z]+)?)?\.?$/i;

/** Whether a point is a measured change and nothing else ("Residential burglary had fallen by 11.8%."). */
export function isMeasuredChange(text: string): boolean {
  return MEASURED_CHANGE.test(text.trim());
}
