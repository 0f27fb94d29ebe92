// `npm run worker`: one process that runs the whole pipeline on schedules: per council, scrape → summarise (the
// site's ISR pages pick changes up within 30 s), the weekly digest, daily clean-up. Several workers may share one
// database: pg-boss hands each job to one of them, a killed worker's job is retried by another after its timeout,
// and a job that keeps failing ends in the dead-letter queue. The worker owns the shared resources (database
// client, SMTP pool, queue) and releases them on stop.
import { assertCouncilsConfigured, DEFAULT_COUNCIL_SLUG, type CouncilConfig } from "@/lib/councils";
import { createPrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import { mailSettingsFromEnv } from "@/lib/subscriptions/mail-settings";
import { createMailTransport, transportConfigFromEnv } from "@/lib/email/transport";
import type { MailTransport } from "@/lib/email/types";
import { createLogger, workerLogger, type Logger } from "@/lib/log";
import { LONDON_TIME_ZONE } from "@/lib/london-time";
import { llmConfigFromEnv } from "@/lib/summarize/store/llm-from-env";
import { registerDigestCleanupJob } from "./cleanup-job";
import { ensureQueue } from "./ensure-queue";
import { startJobRunner, type QueueHandler } from "./job-runner";
import { createJobQueue, type JobQueue } from "./job-queue";
import type { PipelineDeps } from "./pipeline-deps";
import { registerPipelineSchedules } from "./pipeline-schedules";
import { DEAD_LETTER_QUEUE } from "./queue-names";
import { registerScrapeQueue } from "./scrape-job";
import { registerSummarizeQueue } from "./summarize-job";
import { registerWeeklyDigestJob } from "./weekly-digest-job";
import { tuningFromEnv, type WorkerTuning } from "./worker-tuning";

export interface Worker {
  boss: JobQueue;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  databaseUrl: string;
  env: Env;
  /** a sink for human-readable lines (tests); given one, the JSON logs stay silent unless `logger` is passed */
  log?: (line: string) => void;
  /** the JSON logger (lib/log.ts); default: one on stdout at LOG_LEVEL */
  logger?: Logger;
  /** tests pass a transport pointed at their SMTP server */
  transport?: MailTransport;
  /** default: the configured councils (lib/councils.ts) */
  councils?: readonly CouncilConfig[];
  /** tests shorten timeouts and retry delays */
  tuning?: Partial<WorkerTuning>;
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { databaseUrl, env } = options;
  const councils = options.councils ?? assertCouncilsConfigured();
  const tuning: WorkerTuning = { ...tuningFromEnv(env), ...options.tuning };
  const rootLog = options.logger ?? createLogger({ name: "worker", level: options.log ? "silent" : env.LOG_LEVEL });
  const log = workerLogger(rootLog);
  const lines = (line: string) => {
    log.info(line);
    options.log?.(line);
  };
  const prisma = createPrismaClient(databaseUrl, { max: 5 });
  const transport = options.transport ?? createMailTransport(transportConfigFromEnv(env));
  let stopping = false;
  // On Ctrl-C the database may go before the queue's last poll (the embedded server stops on the same signal);
  // those errors are noise, not news.
  const queueError = (line: string) =>
    stopping ||
    (/administrator command/.test(line) ? log.warn(`${line} (the database is shutting down)`) : log.error(line));
  const boss = createJobQueue(databaseUrl, queueError, {
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
    max: 10,
  });
  await boss.start();
  // Kept a month: nothing consumes it, operators read it on /ops/status.
  await ensureQueue(boss, DEAD_LETTER_QUEUE, { policy: "standard", retentionMinutes: 30 * 24 * 60 });

  const deps: PipelineDeps = { boss, prisma, env, councils, llm: llmConfigFromEnv(env), tuning, rootLog, log };
  const handlers: QueueHandler[] = [];
  for (const council of councils)
    handlers.push(await registerScrapeQueue(deps, council), await registerSummarizeQueue(deps, council));
  handlers.push(...(await registerPipelineSchedules(deps)));
  const runner = startJobRunner(boss, handlers, {
    concurrency: tuning.concurrency,
    pollingIntervalSeconds: tuning.pollingIntervalSeconds,
    log,
  });
  await registerWeeklyDigestJob(boss, {
    prisma,
    transport,
    settings: mailSettingsFromEnv(env),
    councils: councils.map((c) => c.slug),
    councilSlug: DEFAULT_COUNCIL_SLUG,
    cron: env.SCHEDULE_DIGEST_CRON,
    track: { prisma, rootLog },
    log: options.log ?? (() => {}),
  });
  await registerDigestCleanupJob(boss, prisma, lines);
  log.info(
    {
      councils: councils.map((c) => c.slug),
      concurrency: tuning.concurrency,
      digestCron: env.SCHEDULE_DIGEST_CRON,
      mail: transport.description,
    },
    "worker started",
  );
  options.log?.(
    `Worker started for ${councils.map((c) => c.name).join(", ")}: weekly digest ${env.SCHEDULE_DIGEST_CRON} ${LONDON_TIME_ZONE} via ${transport.description}.`,
  );
  return {
    boss,
    async stop() {
      stopping = true;
      // graceful: waits for running jobs (up to 30 s) before closing what they use
      await runner.stop(30_000);
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await transport.close();
      await prisma.$disconnect();
      log.info("worker stopped");
    },
  };
}
