// `npm run worker`: one process that runs the scheduled jobs. Each job registers itself here; the worker owns
// the shared resources (database client, SMTP pool, queue) and releases them on stop.
import { createPrismaClient } from "@/lib/db";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import type { Env } from "@/lib/env";
import { mailSettingsFromEnv } from "@/lib/digest/mail-settings";
import { createMailTransport, transportConfigFromEnv } from "@/lib/email/transport";
import type { MailTransport } from "@/lib/email/types";
import { registerDigestCleanupJob } from "./cleanup-job";
import { createJobQueue, type JobQueue } from "./job-queue";
import { registerWeeklyDigestJob } from "./weekly-digest-job";

export interface Worker {
  boss: JobQueue;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  databaseUrl: string;
  env: Env;
  log: (line: string) => void;
  /** tests pass a transport pointed at their SMTP server */
  transport?: MailTransport;
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { databaseUrl, env, log } = options;
  const prisma = createPrismaClient(databaseUrl, { max: 5 });
  const transport = options.transport ?? createMailTransport(transportConfigFromEnv(env));
  const boss = createJobQueue(databaseUrl, log);
  await boss.start();
  await registerWeeklyDigestJob(boss, { prisma, transport, settings: mailSettingsFromEnv(env), councilSlug: DEFAULT_COUNCIL_SLUG, log });
  await registerDigestCleanupJob(boss, prisma, log);
  log(`Worker started: weekly digest Mondays 07:00 Europe/London via ${transport.description}.`);
  return {
    boss,
    async stop() {
      // graceful: waits for running jobs (up to 30 s) before closing what they use
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await transport.close();
      await prisma.$disconnect();
    },
  };
}
