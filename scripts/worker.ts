// npm run worker: the whole pipeline on pg-boss, until Ctrl-C or SIGTERM: per council, the meetings window polled
// several times a day and hourly on meeting days, committees weekly, summaries after every scrape and in a daily
// sweep; the weekly digest Mondays 07:00 Europe/London; daily clean-up (schedules: SCHEDULE_* variables).
// Several workers may share one database: each job runs on one of them at a time. Logs are JSON lines on stdout.
import { runWithDatabase } from "@/lib/cli/run-command";
import { migrateApart } from "@/lib/cli/migrate-apart";
import { createLogger } from "@/lib/log";
import { startWorker } from "@/lib/jobs/start-worker";
import { keepWasmOnBaselineCompiler } from "@/lib/cli/wasm-baseline";

keepWasmOnBaselineCompiler();

await runWithDatabase("worker", async ({ env, db, log, onShutdown }) => {
  await migrateApart(db.url);
  const worker = await startWorker({
    databaseUrl: db.url,
    env,
    logger: createLogger({ name: "worker", level: env.LOG_LEVEL }),
  });
  onShutdown(() => worker.stop());
  log("Running; press Ctrl-C to stop.");
  await new Promise<never>(() => {});
});
