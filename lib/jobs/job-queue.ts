// The PostgreSQL-backed job queue (pg-boss 10, which supports Node 20). Its tables live in their own schema
// ("pgboss") beside the app's, created and migrated by pg-boss itself on start.
import PgBoss from "pg-boss";

export type JobQueue = PgBoss;

/** pg-boss's schema; the health check and the status page read its job table (read-only). */
export const JOB_QUEUE_SCHEMA = "pgboss";

export interface JobQueueOptions {
  /** how often pg-boss expires the jobs of dead workers and archives old ones (default 60 s) */
  maintenanceIntervalSeconds?: number;
  /** connections for the queue's own polling and bookkeeping (one poller per queue shares them) */
  max?: number;
}

export function createJobQueue(
  databaseUrl: string,
  log: (line: string) => void = () => {},
  options: JobQueueOptions = {},
): JobQueue {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    application_name: "harrow-digest-worker",
    max: options.max ?? 5,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on("error", (error: Error) => log(`job queue error: ${error.message}`));
  return boss;
}
