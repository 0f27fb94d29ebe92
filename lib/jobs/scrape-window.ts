// The date windows a scrape covers. The regular poll re-reads eight weeks either side (late minutes, moved
// meetings, agendas published weeks ahead); the meeting-day poll only the days around today, where agendas and
// supplements change late and often.

export type ScrapeWindowKind = "full" | "meeting-day";

const DAY = 86_400_000;

export function scrapeWindow(kind: ScrapeWindowKind, now: Date): { from: Date; to: Date } {
  if (kind === "meeting-day") return { from: new Date(now.getTime() - DAY), to: new Date(now.getTime() + 7 * DAY) };
  return { from: new Date(now.getTime() - 56 * DAY), to: new Date(now.getTime() + 56 * DAY) };
}

/** How much a request covers: a committee refresh includes a full poll, which includes a meeting-day poll. */
export function scrapeScope(request: { window: ScrapeWindowKind; refreshCommittees: boolean }): number {
  return (request.refreshCommittees ? 2 : 0) + (request.window === "full" ? 1 : 0);
}
