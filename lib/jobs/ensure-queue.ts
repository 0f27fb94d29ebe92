// pg-boss's createQueue leaves an existing queue as it was, so a changed setting (a longer job timeout, a new
// dead-letter queue) would never reach a database that already has the queue: create, then update to match.
import type PgBoss from "pg-boss";
import type { JobQueue } from "./job-queue";
import { DEAD_LETTER_QUEUE } from "./queue-names";
import type { WorkerTuning } from "./worker-tuning";

export async function ensureQueue(boss: JobQueue, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  await boss.createQueue(name, { name, ...options });
  await boss.updateQueue(name, { name, ...options });
}

/**
 * A council's pipeline queue (scrape, summarise): one job running and one waiting at a time ("stately"),
 * retried with backoff, expired after the job timeout, then dead-lettered.
 */
export function councilQueueOptions(tuning: WorkerTuning): Omit<PgBoss.Queue, "name"> {
  return {
    policy: "stately",
    retryLimit: tuning.retryLimit,
    retryDelay: tuning.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: tuning.jobTimeoutSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  };
}
