// pg-boss's createQueue leaves an existing queue as it was, so a changed setting (a longer job timeout, a new
// dead-letter queue) would never reach a database that already has the queue: create, then update to match.
import type PgBoss from "pg-boss";
import type { JobQueue } from "./job-queue";

export async function ensureQueue(boss: JobQueue, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  await boss.createQueue(name, { name, ...options });
  await boss.updateQueue(name, { name, ...options });
}
