// npm run worker: the scheduled jobs (weekly digest Mondays 07:00 Europe/London, daily clean-up) on pg-boss,
// until Ctrl-C. Several workers may share one database: each job runs on one of them at a time.
import { runWithDatabase } from "@/lib/cli/run-command";
import { migrate } from "@/lib/db/database";
import { startWorker } from "@/lib/jobs/start-worker";

await runWithDatabase("worker", async ({ env, db, log, onShutdown }) => {
  await migrate(db.url);
  const worker = await startWorker({ databaseUrl: db.url, env, log });
  onShutdown(() => worker.stop());
  log("Running; press Ctrl-C to stop.");
  await new Promise<never>(() => {});
});
