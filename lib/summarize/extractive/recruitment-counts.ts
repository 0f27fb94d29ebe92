// A recruitment's counts said as one point: how many applied, how many were longlisted and how many shortlisted
// (docs/summaries.md#long-minutes-round-thirty).

const COUNT = String.raw`(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "41 applications had been received.": a count of applications said on its own. */
const APPLICATIONS = new RegExp(
  String.raw`^${COUNT} (?:applications|applicants|expressions of interest)(?: for the (?:post|role))? (?:had been|were|was) received\.$`,
  "i",
);
/** "a longlist of 12 candidates", "12 candidates had been longlisted". */
const LONGLIST = new RegExp(
  String.raw`\ba long-?list of ${COUNT}\b|\b${COUNT} (?:candidates |applicants )?(?:had been |were )?long-?listed\b`,
  "i",
);
/** "the Panel had shortlisted five candidates", "five candidates were shortlisted", "a shortlist of five". */
const SHORTLIST = new RegExp(
  String.raw`\bshort-?listed ${COUNT}\b|\b${COUNT} (?:candidates |applicants )?(?:had been |were )?short-?listed\b|\ba short-?list of ${COUNT}\b`,
  "i",
);

/** Whether a point only counts the applications received ("41 applications had been received."). */
export function isApplicationsCount(text: string): boolean {
  return APPLICATIONS.test(text.trim());
}

/**
 * The sentence after a count of applications that goes on to count the longlist and the shortlist ("The consultants
 * had interviewed a longlist of 12 candidates, and the Panel had shortlisted five candidates at its meeting on …, one
 * of whom had since withdrawn.") said with it as one point: "41 applications had been received; 12 longlisted and
 * five shortlisted." Null when the sentence counts no shortlist.
 */
export function withRecruitmentCounts(applications: string, next: string): string | null {
  const shortlist = SHORTLIST.exec(next);
  if (!shortlist) return null;
  const shortlisted = (shortlist[1] ?? shortlist[2] ?? shortlist[3]!).toLowerCase();
  const longlist = LONGLIST.exec(next);
  const longlisted = longlist ? (longlist[1] ?? longlist[2]!).toLowerCase() : null;
  const counts = longlisted ? `${longlisted} longlisted and ${shortlisted} shortlisted` : `${shortlisted} shortlisted`;
  return `${applications.trim().replace(/\.$/, "")}; ${counts}.`;
}
