// How the worker drives pg-boss: production values from the environment, test values passed in by the tests
// (which need a killed worker's job retried within seconds, not an hour).
import type { Env } from "@/lib/env";

export interface WorkerTuning {
  /** pipeline jobs (scrapes, summaries) one process runs at once; more workers add more */
  concurrency: number;
  /** seconds between polls of each queue when it is empty */
  pollingIntervalSeconds: number;
  /** how often pg-boss looks for jobs whose worker died (expired leases) and for retries */
  maintenanceIntervalSeconds: number;
  /** a scrape or summary job running longer is presumed dead and retried by another worker */
  jobTimeoutSeconds: number;
  /** retries before a job goes to the dead-letter queue */
  retryLimit: number;
  /** first retry delay, doubled (with jitter) for each further retry */
  retryDelaySeconds: number;
}

export function tuningFromEnv(env: Env): WorkerTuning {
  return {
    concurrency: env.WORKER_CONCURRENCY,
    pollingIntervalSeconds: 2,
    maintenanceIntervalSeconds: 60,
    jobTimeoutSeconds: env.WORKER_JOB_TIMEOUT_MINUTES * 60,
    retryLimit: 3,
    retryDelaySeconds: 5 * 60,
  };
}
