// Every attempt at a pipeline job is a JobRun row: who ran it, when, how it ended. The rows feed the status page,
// give each log line its run id, and let the tests (and the benchmark) check that no attempt ran twice and that
// one council's jobs never overlapped. The unique (job, attempt) key refuses a second start of the same attempt.
import os from "node:os";
import type { PrismaClient } from "@/lib/db";
import { toJson, type Jsonable } from "@/lib/db/json";
import { Prisma } from "@/lib/generated/prisma/client";
import { withLogContext, type Logger } from "@/lib/log";

export const WORKER_ID = `${os.hostname()}:${process.pid}`;

export interface TrackedJob {
  id: string;
  name: string;
  retryCount: number;
}

export interface TrackContext {
  prisma: PrismaClient;
  rootLog: Logger;
}

/** A job's result is stored as its run's output, so it is JSON, or nothing. */
type JobOutput<T> = [T] extends [void] ? unknown : Jsonable<T>;

export async function trackJobRun<T>(
  ctx: TrackContext,
  job: TrackedJob,
  council: string | null,
  /** What it resolves to is stored as the run's output (JSON), so it must be JSON; nothing (void) is fine. */
  handler: (log: Logger) => Promise<T & JobOutput<T>>,
): Promise<T> {
  const { prisma } = ctx;
  // An earlier attempt still marked running lost its worker (killed, or past its timeout): that is why this one runs.
  await prisma.jobRun.updateMany({
    where: { jobId: job.id, status: "running", attempt: { lt: job.retryCount } },
    data: { status: "abandoned", finishedAt: new Date(), error: "its worker stopped before finishing; retried" },
  });
  let runId: number;
  try {
    runId = (
      await prisma.jobRun.create({
        data: { jobId: job.id, queue: job.name, councilSlug: council, attempt: job.retryCount, worker: WORKER_ID },
      })
    ).id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new Error(`attempt ${job.retryCount} of job ${job.id} (${job.name}) was already started by another worker`);
    }
    throw error;
  }
  const log = withLogContext(ctx.rootLog, {
    council,
    run: runId,
    job: { id: job.id, queue: job.name, attempt: job.retryCount },
  });
  const started = performance.now();
  log.info("job started");
  try {
    const output: T & JobOutput<T> = await handler(log);
    await prisma.jobRun.update({
      where: { id: runId },
      // undefined is the one value JobOutput lets through that is not JSON; the rest was checked at the call.
      data: {
        status: "succeeded",
        finishedAt: new Date(),
        output: output === undefined ? undefined : toJson(output as T & Jsonable<T>),
      },
    });
    log.info({ durationMs: Math.round(performance.now() - started), output }, "job finished");
    return output;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.jobRun
      .update({
        where: { id: runId },
        data: { status: "failed", finishedAt: new Date(), error: message.slice(0, 2000) },
      })
      .catch(() => {});
    log.error({ durationMs: Math.round(performance.now() - started), err: error }, "job failed");
    throw error;
  }
}

/** How long finished job runs are kept: the status page shows the latest few, the rest is history for diagnosis. */
export const JOB_RUN_RETENTION_DAYS = 90;

/** Deletes finished runs that started more than `days` ago; a run still marked running is never deleted. */
export async function pruneJobRuns(
  prisma: PrismaClient,
  now = new Date(),
  days = JOB_RUN_RETENTION_DAYS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const deleted = await prisma.jobRun.deleteMany({ where: { startedAt: { lt: cutoff }, status: { not: "running" } } });
  return deleted.count;
}
