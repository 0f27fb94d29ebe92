// The weekly digest on a schedule: Mondays at 07:00 London time by default (SCHEDULE_DIGEST_CRON; BST or GMT,
// pg-boss converts). The scheduled job fans out one job per council for last week, keyed by council and week:
// the queue's "stately" policy lets at most one run of a council-week at a time across every worker (and at most
// one wait). A run that stops early (SMTP down) fails the job, which pg-boss retries with backoff: the rows left
// pending are sent then, and nobody gets a second copy.
import type { PrismaClient } from "@/lib/db";
import type { MailTransport } from "@/lib/email/types";
import { formatIsoWeek, parseIsoWeek, previousIsoWeek } from "@/lib/iso-week";
import type { MailSettings } from "@/lib/subscriptions/mail-settings";
import { describeResult, sendWeeklyDigest } from "@/lib/digest/send-weekly-digest";
import { ensureQueue } from "./ensure-queue";
import { LONDON_TIME_ZONE } from "@/lib/london-time";
import type { JobQueue } from "./job-queue";
import { DEAD_LETTER_QUEUE } from "./queue-names";
import { trackJobRun, type TrackContext } from "./track-job-run";

export const WEEKLY_DIGEST_QUEUE = "weekly-digest";
export const WEEKLY_DIGEST_CRON = "0 7 * * 1";

export interface WeeklyDigestJobData {
  /** "2025-W43"; default: the week before the one the job was created in */
  week?: string;
  /** unset: the scheduled job, which queues one job per council */
  council?: string;
}

export interface DigestJobDeps {
  prisma: PrismaClient;
  transport: MailTransport;
  settings: MailSettings;
  /** the councils that get a digest (default: councilSlug alone) */
  councils?: readonly string[];
  councilSlug: string;
  cron?: string;
  /** JobRun rows and per-job log context (lib/jobs/track-job-run.ts); lines then go to its logger too */
  track?: TrackContext;
  log: (line: string) => void;
}

export async function registerWeeklyDigestJob(boss: JobQueue, deps: DigestJobDeps): Promise<void> {
  await ensureQueue(boss, WEEKLY_DIGEST_QUEUE, {
    policy: "stately",
    retryLimit: 4,
    retryDelay: 15 * 60,
    retryBackoff: true,
    expireInSeconds: 4 * 3600,
    deadLetter: DEAD_LETTER_QUEUE,
  });
  await boss.schedule(WEEKLY_DIGEST_QUEUE, deps.cron ?? WEEKLY_DIGEST_CRON, {}, { tz: LONDON_TIME_ZONE });
  await boss.work<WeeklyDigestJobData>(WEEKLY_DIGEST_QUEUE, { includeMetadata: true }, async ([job]) => {
    if (!job) return;
    // The week is fixed by when the job was created, so a retry on Tuesday still sends last week's issue.
    const week = (job.data.week ? parseIsoWeek(job.data.week) : null) ?? previousIsoWeek(job.createdOn);
    const council = job.data.council;
    const run = async (log: (line: string) => void) => {
      if (!council) return queueCouncilDigests(boss, deps, formatIsoWeek(week), log);
      const result = await sendWeeklyDigest({ ...deps, councilSlug: council, week, log });
      for (const line of describeResult(result)) log(line);
      if (result.aborted) throw new Error(`weekly digest ${result.week} stopped early: ${result.aborted}`);
      return { week: result.week, counts: result.counts };
    };
    if (!deps.track) return run(deps.log);
    return trackJobRun(deps.track, job, council ?? null, (log) =>
      run((line) => {
        log.info(line);
        deps.log(line);
      }),
    );
  });
}

/** One job per council that has been imported (a council with no data yet has nothing to send). */
async function queueCouncilDigests(boss: JobQueue, deps: DigestJobDeps, week: string, log: (line: string) => void) {
  const wanted = deps.councils ?? [deps.councilSlug];
  const known = await deps.prisma.council.findMany({ where: { slug: { in: [...wanted] } }, select: { slug: true } });
  const queued: Record<string, boolean> = {};
  for (const { slug } of known) {
    queued[slug] = Boolean(
      await boss.send(WEEKLY_DIGEST_QUEUE, { week, council: slug }, { singletonKey: `${slug}:${week}` }),
    );
  }
  log(`Weekly digest ${week}: queued for ${Object.keys(queued).join(", ") || "no council yet"}.`);
  return { week, queued };
}
