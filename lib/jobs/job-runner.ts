// Runs the pipeline's jobs with a cap per process (WORKER_CONCURRENCY). pg-boss's work() polls each queue on its
// own and starts whatever it fetches, so a worker with a queue per council would start every council's job at
// once and leave nothing for a second worker: adding workers would add no throughput. This runner asks only for
// as many jobs as it has free slots, taking the queues in turn, so the backlog spreads across worker processes.
// Claiming, completing, failing, retries, timeouts and dead letters remain pg-boss's (fetch/complete/fail).
import type PgBoss from "pg-boss";
import type { Logger } from "@/lib/log";
import { JOB_QUEUE_SCHEMA, type JobQueue } from "./job-queue";

export interface QueueHandler {
  queue: string;
  handle(job: PgBoss.JobWithMetadata<unknown>): Promise<unknown>;
}

export interface JobRunner {
  stop(timeoutMs?: number): Promise<void>;
}

export function startJobRunner(
  boss: JobQueue,
  handlers: QueueHandler[],
  options: { concurrency: number; pollingIntervalSeconds: number; log: Logger },
): JobRunner {
  const running = new Set<Promise<void>>();
  let stopped = false;
  let cursor = 0;
  let wake: (() => void) | undefined;
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const run = (handler: QueueHandler, job: PgBoss.JobWithMetadata<unknown>) => {
    const task = handler
      .handle(job)
      .then(
        (output) => boss.complete(handler.queue, job.id, (output ?? {}) as object),
        // pg-boss stores this as the job's output; the status page shows the message
        (error: unknown) =>
          boss.fail(handler.queue, job.id, { message: error instanceof Error ? error.message : String(error) }),
      )
      .catch((error: unknown) =>
        options.log.error({ err: error, queue: handler.queue, jobId: job.id }, "could not record the job's outcome"),
      )
      .finally(() => {
        running.delete(task);
        wake?.();
      });
    running.add(task);
  };

  const loop = async () => {
    while (!stopped) {
      if (running.size >= options.concurrency) {
        await Promise.race(running);
        continue;
      }
      let started = 0;
      try {
        const ready = await findReadyQueues(
          boss,
          handlers.map((h) => h.queue),
        );
        for (let i = 0; i < handlers.length && running.size < options.concurrency && !stopped; i++) {
          const handler = handlers[(cursor + i) % handlers.length]!;
          if (!ready.has(handler.queue)) continue;
          const [job] = await boss.fetch<unknown>(handler.queue, { includeMetadata: true, batchSize: 1 });
          if (!job) continue;
          started++;
          run(handler, job);
        }
      } catch (error) {
        if (!stopped) options.log.error({ err: error }, "polling the job queue failed; retrying");
      }
      // The next round starts at the next queue, so no council's queue always goes first.
      cursor = (cursor + 1) % Math.max(1, handlers.length);
      if (started === 0 && !stopped) await nap(options.pollingIntervalSeconds * 1000);
    }
  };
  const looping = loop();

  return {
    async stop(timeoutMs = 30_000) {
      stopped = true;
      wake?.();
      await looping;
      // Jobs still running after the timeout are left to pg-boss: they expire and are retried elsewhere.
      await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, timeoutMs))]);
    },
  };
}

/** The queues with a job that could start now: one query, instead of a fetch per queue per poll. */
async function findReadyQueues(boss: JobQueue, queues: string[]): Promise<Set<string>> {
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT DISTINCT name FROM ${JOB_QUEUE_SCHEMA}.job WHERE name = ANY($1::text[]) AND state < 'active' AND start_after < now()`,
      [queues],
    );
  return new Set((rows as { name: string }[]).map((r) => r.name));
}
