// A worker in its own process, for the worker tests: the real startWorker (its queues, schedules and handlers)
// with test-sized timeouts passed as JSON in argv[2]. JSON log lines on stdout; SIGTERM stops it gracefully, and
// SIGKILL is what the tests use to kill one mid-job.
import { loadEnv } from "@/lib/env";
import { createLogger } from "@/lib/log";
import { startWorker } from "@/lib/jobs/start-worker";

const env = loadEnv();
if (!env.DATABASE_URL) throw new Error("worker-process needs DATABASE_URL");
const worker = await startWorker({
  databaseUrl: env.DATABASE_URL,
  env,
  logger: createLogger({ name: "worker", level: "info" }),
  tuning: JSON.parse(process.argv[2] ?? "{}"),
});
process.once("SIGTERM", () => {
  void worker.stop().then(() => process.exit(0));
});
