// The weekly digest on a schedule: Mondays at 07:00 London time (BST or GMT, pg-boss converts), one job at a
// time across every worker (queue policy "singleton"); a run that stops early (SMTP down) fails the job, which
// pg-boss retries with backoff: the rows left pending are sent then, and nobody gets a second copy.
import type { PrismaClient } from "@/lib/db";
import type { MailTransport } from "@/lib/email/types";
import { parseIsoWeek, previousIsoWeek } from "@/lib/digest/iso-week";
import type { MailSettings } from "@/lib/digest/mail-settings";
import { describeResult, sendWeeklyDigest } from "@/lib/digest/send-weekly-digest";
import { LONDON_TZ, type JobQueue } from "./job-queue";

export const WEEKLY_DIGEST_QUEUE = "weekly-digest";
export const WEEKLY_DIGEST_CRON = "0 7 * * 1";

export interface WeeklyDigestJobData {
  /** "2025-W43"; default: the week before the one the job was created in */
  week?: string;
  council?: string;
}

export interface DigestJobDeps {
  prisma: PrismaClient;
  transport: MailTransport;
  settings: MailSettings;
  councilSlug: string;
  log: (line: string) => void;
}

export async function registerWeeklyDigestJob(boss: JobQueue, deps: DigestJobDeps): Promise<void> {
  await boss.createQueue(WEEKLY_DIGEST_QUEUE, {
    name: WEEKLY_DIGEST_QUEUE,
    policy: "singleton",
    retryLimit: 4,
    retryDelay: 15 * 60,
    retryBackoff: true,
    expireInSeconds: 4 * 3600,
  });
  await boss.schedule(WEEKLY_DIGEST_QUEUE, WEEKLY_DIGEST_CRON, { council: deps.councilSlug }, { tz: LONDON_TZ });
  await boss.work<WeeklyDigestJobData>(WEEKLY_DIGEST_QUEUE, { includeMetadata: true }, async ([job]) => {
    if (!job) return;
    // The week is fixed by when the job was created, so a retry on Tuesday still sends last week's issue.
    const week = (job.data.week ? parseIsoWeek(job.data.week) : null) ?? previousIsoWeek(job.createdOn);
    const result = await sendWeeklyDigest({ ...deps, councilSlug: job.data.council ?? deps.councilSlug, week, log: deps.log });
    for (const line of describeResult(result)) deps.log(line);
    if (result.aborted) throw new Error(`weekly digest ${result.week} stopped early: ${result.aborted}`);
    return { week: result.week, counts: result.counts };
  });
}
