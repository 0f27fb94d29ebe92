// The job queue as operators need to see it, read straight from pg-boss's tables (read-only; pg-boss has no API
// for counts by state across queues): jobs per queue and state, the backlog of jobs that could run now but have
// not started (a growing one means no worker is running, or too few), dead letters, and the latest failures.
import type { PrismaClient } from "@/lib/db";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { DEAD_LETTER_QUEUE } from "@/lib/jobs/queue-names";

const JOB = `"${JOB_QUEUE_SCHEMA}".job`;
/** pg-boss's internal queues (cron hand-off) are not work. */
const OWN_QUEUES = `name NOT LIKE '\\_\\_pgboss%'`;

export interface QueueCounts {
  name: string;
  created: number;
  retry: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
}

export interface FailedJob {
  queue: string;
  id: string;
  data: unknown;
  at: Date | null;
  message: string | null;
}

export interface QueueStats {
  /** false until a worker has started once (pg-boss creates its schema then) */
  available: boolean;
  queues: QueueCounts[];
  /** jobs that could start now but have not */
  ready: number;
  oldestReadySeconds: number | null;
  deadLetters: { id: string; data: unknown; createdOn: Date }[];
  deadLetterCount: number;
  recentFailures: FailedJob[];
}

export async function readQueueStats(prisma: PrismaClient, limit = 20): Promise<QueueStats> {
  const [{ exists }] = await prisma.$queryRawUnsafe<[{ exists: boolean }]>(
    `SELECT to_regclass('${JOB_QUEUE_SCHEMA}.job') IS NOT NULL AS exists`,
  );
  if (!exists)
    return {
      available: false,
      queues: [],
      ready: 0,
      oldestReadySeconds: null,
      deadLetters: [],
      deadLetterCount: 0,
      recentFailures: [],
    };
  const [byState, backlog, deadLetters, deadCount, failures] = await Promise.all([
    prisma.$queryRawUnsafe<{ name: string; state: keyof Omit<QueueCounts, "name">; count: number }[]>(
      `SELECT name, state::text AS state, count(*)::int AS count FROM ${JOB} WHERE ${OWN_QUEUES} GROUP BY name, state ORDER BY name`,
    ),
    prisma.$queryRawUnsafe<[{ ready: number; oldest: number | null }]>(
      `SELECT count(*)::int AS ready, extract(epoch FROM now() - min(start_after))::float8 AS oldest FROM ${JOB}
       WHERE state IN ('created', 'retry') AND start_after <= now() AND name <> $1 AND ${OWN_QUEUES}`,
      DEAD_LETTER_QUEUE,
    ),
    prisma.$queryRawUnsafe<{ id: string; data: unknown; createdOn: Date }[]>(
      `SELECT id::text AS id, data, created_on AS "createdOn" FROM ${JOB} WHERE name = $1 ORDER BY created_on DESC LIMIT ${limit}`,
      DEAD_LETTER_QUEUE,
    ),
    prisma.$queryRawUnsafe<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM ${JOB} WHERE name = $1 AND state = 'created'`,
      DEAD_LETTER_QUEUE,
    ),
    prisma.$queryRawUnsafe<FailedJob[]>(
      `SELECT name AS queue, id::text AS id, data, completed_on AS at, output->>'message' AS message FROM ${JOB}
       WHERE state = 'failed' AND ${OWN_QUEUES} ORDER BY completed_on DESC NULLS LAST LIMIT ${limit}`,
    ),
  ]);
  const queues = new Map<string, QueueCounts>();
  for (const row of byState) {
    const counts = queues.get(row.name) ?? {
      name: row.name,
      created: 0,
      retry: 0,
      active: 0,
      completed: 0,
      failed: 0,
      cancelled: 0,
    };
    counts[row.state] = row.count;
    queues.set(row.name, counts);
  }
  return {
    available: true,
    queues: [...queues.values()],
    ready: backlog[0].ready,
    oldestReadySeconds: backlog[0].oldest,
    deadLetters,
    deadLetterCount: deadCount[0].count,
    recentFailures: failures,
  };
}
