// The PostgreSQL-backed job queue (pg-boss 10, which supports Node 20). Its tables live in their own schema
// ("pgboss") beside the app's, created and migrated by pg-boss itself on start.
import PgBoss from "pg-boss";

export type JobQueue = PgBoss;

export function createJobQueue(databaseUrl: string, log: (line: string) => void = () => {}): JobQueue {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", application_name: "harrow-digest-worker", max: 5 });
  boss.on("error", (error: Error) => log(`job queue error: ${error.message}`));
  return boss;
}

export const LONDON_TZ = "Europe/London";
