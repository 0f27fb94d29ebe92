// Daily housekeeping: unconfirmed sign-ups past their link's expiry are deleted, old rate-limit windows dropped,
// finished job runs older than JOB_RUN_RETENTION_DAYS deleted.
import type { PrismaClient } from "@/lib/db";
import { purgeExpiredSignups } from "@/lib/subscriptions/purge-expired";
import { LONDON_TIME_ZONE } from "@/lib/london-time";
import type { JobQueue } from "./job-queue";
import { JOB_RUN_RETENTION_DAYS, pruneJobRuns } from "./track-job-run";

export const DIGEST_CLEANUP_QUEUE = "digest-cleanup";
export const DIGEST_CLEANUP_CRON = "30 3 * * *";

export async function registerDigestCleanupJob(
  boss: JobQueue,
  prisma: PrismaClient,
  log: (line: string) => void,
): Promise<void> {
  await boss.createQueue(DIGEST_CLEANUP_QUEUE, { name: DIGEST_CLEANUP_QUEUE, policy: "singleton", retryLimit: 2 });
  await boss.schedule(DIGEST_CLEANUP_QUEUE, DIGEST_CLEANUP_CRON, {}, { tz: LONDON_TIME_ZONE });
  await boss.work(DIGEST_CLEANUP_QUEUE, async () => {
    const result = { ...(await purgeExpiredSignups(prisma)), deletedJobRuns: await pruneJobRuns(prisma) };
    log(
      `Cleanup: ${result.deletedSignups} expired sign-ups deleted, ${result.deletedRateLimits} rate-limit windows dropped, ` +
        `${result.deletedJobRuns} job runs older than ${JOB_RUN_RETENTION_DAYS} days deleted.`,
    );
    return result;
  });
}
