// Asks for a council's scrape. The council's queue holds at most one waiting job (policy "stately"), so a second
// request while one waits is normally redundant and dropped; but when the new one covers more (the weekly
// committee refresh arriving while a short meeting-day poll waits), the waiting job is swapped for one that does
// both, so no request is lost and the council is still scraped once.
import { JOB_QUEUE_SCHEMA, type JobQueue } from "./job-queue";
import { scrapeQueue } from "./queue-names";
import { scrapeJobDataSchema, type ScrapeJobData } from "./scrape-job";
import { scrapeScope } from "./scrape-window";

export type ScrapeRequestOutcome = "queued" | "merged" | "already-queued";

export async function requestScrape(boss: JobQueue, data: ScrapeJobData): Promise<ScrapeRequestOutcome> {
  const queue = scrapeQueue(data.council);
  // No singletonKey: the queue is the council's own, and its policy applies to the whole queue only while every
  // job has the same (empty) key; a keyed job would be a separate lane that could run beside an unkeyed one.
  if (await boss.send(queue, data)) return "queued";
  const waiting = await findWaitingJob(boss, queue);
  if (!waiting) return (await boss.send(queue, data)) ? "queued" : "already-queued"; // it started meanwhile
  if (scrapeScope(data) <= scrapeScope(waiting.data)) return "already-queued";
  const merged: ScrapeJobData = {
    council: data.council,
    window: data.window === "full" || waiting.data.window === "full" ? "full" : "meeting-day",
    refreshCommittees: data.refreshCommittees || waiting.data.refreshCommittees,
    reason: `${waiting.data.reason} + ${data.reason}`,
  };
  await boss.cancel(queue, waiting.id);
  return (await boss.send(queue, merged)) ? "merged" : "already-queued";
}

async function findWaitingJob(boss: JobQueue, queue: string): Promise<{ id: string; data: ScrapeJobData } | null> {
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT id, data FROM ${JOB_QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'created' ORDER BY created_on LIMIT 1`,
      [queue],
    );
  const row = rows[0] as { id: string; data: unknown } | undefined;
  if (!row) return null;
  const data = scrapeJobDataSchema.safeParse(row.data);
  // A job someone queued by hand with odd data: replace it with a well-formed request.
  return {
    id: row.id,
    data: data.success
      ? data.data
      : { council: "", window: "meeting-day", refreshCommittees: false, reason: "unreadable request" },
  };
}
