// The weekly updates archive. The digest tables do not exist yet: the digest work fills this one function in
// (and only this one), and the home page and /{council}/weekly start showing past updates without other changes.

export interface WeeklyUpdateSummary {
  /** e.g. "Week of 7 July 2025" */
  title: string;
  /** ISO date the update was sent */
  sentOn: string;
  headline: string;
  path: string;
}

export async function listWeeklyUpdates(_councilSlug: string, _limit: number): Promise<WeeklyUpdateSummary[]> {
  return [];
}
