// Every queue the worker uses. Scrapes and summaries get one queue per council: pg-boss 10 claims jobs oldest
// first and, on a "stately" or "singleton" queue, a job whose key is already running fails the whole claim, so
// one shared queue keyed by council would stall every council behind a busy one. A queue per council keeps
// "one at a time" to that council alone (the weekly digest, one short job per council-week, shares a queue and
// uses council:week singleton keys instead).

/** Where jobs go after their last retry fails: nothing consumes it, operators read it (/ops/status). */
export const DEAD_LETTER_QUEUE = "dead-letters";

export const scrapeQueue = (councilSlug: string) => `scrape-${councilSlug}`;
export const summarizeQueue = (councilSlug: string) => `summarize-${councilSlug}`;

/** Scheduled ticks that fan out to the councils' queues (pg-boss allows one schedule per queue). */
export const TICK_QUEUES = {
  meetingsPoll: "tick-meetings-poll",
  meetingDayPoll: "tick-meeting-day-poll",
  committeesRefresh: "tick-committees-refresh",
  summariesSweep: "tick-summaries-sweep",
} as const;
