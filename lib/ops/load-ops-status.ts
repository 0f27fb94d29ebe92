// Everything the operator status page shows, in one read: health, recent scrape runs with their errors,
// summaries pending, digest issues with delivery counts by status, the queue, the last job runs, and the problems
// readers reported.
import type { CouncilConfig } from "@/lib/councils";
import type { PrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import { readSchedules } from "@/lib/jobs/pipeline-schedules";
import { ENGINE_VERSION, LLM_ENGINE_VERSION } from "@/lib/summarize";
import { countDeliveriesByIssue, type DeliveryCounts } from "@/lib/digest/delivery-rows";
import { checkHealth, type HealthReport } from "./check-health";
import { readQueueStats, type QueueStats } from "./queue-stats";

const RECENT = 20;

export interface OpsStatus {
  generatedAt: string;
  health: HealthReport;
  councils: readonly CouncilConfig[];
  schedules: Record<string, string>;
  scrapeRuns: {
    id: number;
    council: string;
    status: string;
    startedAt: Date;
    finishedAt: Date | null;
    refreshCommittees: boolean | null;
    failureReason: string | null;
    errorCount: number;
    errors: { url: string; kind: string; message: string }[];
  }[];
  summariesPending: { council: string; meetings: number; missing: number; outdated: number }[];
  /** deliveries: sent, failed and uncertain (a run died mid-send) apart */
  digestIssues: {
    id: number;
    council: string;
    week: string;
    headline: string;
    publishedAt: Date;
    deliveries: DeliveryCounts;
  }[];
  queue: QueueStats;
  jobRuns: {
    id: number;
    queue: string;
    council: string | null;
    attempt: number;
    worker: string;
    status: string;
    error: string | null;
    startedAt: Date;
    finishedAt: Date | null;
  }[];
  /** "Report a problem" messages stored by the site (when no CORRECTIONS_EMAIL is set), newest first */
  problemReports: { id: number; pagePath: string; message: string; contact: string | null; createdAt: Date }[];
}

export async function loadOpsStatus(
  prisma: PrismaClient,
  env: Env,
  councils: readonly CouncilConfig[],
  now = new Date(),
): Promise<OpsStatus> {
  const engineVersion = env.LLM_BASE_URL ? LLM_ENGINE_VERSION : ENGINE_VERSION;
  const [health, runs, pending, issues, queue, jobRuns, problemReports] = await Promise.all([
    checkHealth(
      prisma,
      councils,
      { maxScrapeAgeHours: env.HEALTH_MAX_SCRAPE_AGE_HOURS, maxQueueWaitMinutes: env.HEALTH_MAX_QUEUE_WAIT_MINUTES },
      now,
    ),
    prisma.scrapeRun.findMany({
      orderBy: { startedAt: "desc" },
      take: RECENT,
      include: {
        council: { select: { slug: true } },
        errors: { orderBy: { id: "asc" }, take: 5 },
        _count: { select: { errors: true } },
      },
    }),
    prisma.$queryRaw<{ council: string; meetings: number; missing: number; outdated: number }[]>`
      SELECT c.slug AS council, count(*)::int AS meetings,
             count(*) FILTER (WHERE s.id IS NULL)::int AS missing,
             count(*) FILTER (WHERE s.id IS NOT NULL AND s."engineVersion" <> ${engineVersion})::int AS outdated
      FROM "Meeting" m JOIN "Council" c ON c.id = m."councilId" LEFT JOIN "Summary" s ON s."meetingId" = m.id
      GROUP BY c.slug ORDER BY c.slug`,
    prisma.digestIssue.findMany({
      orderBy: { publishedAt: "desc" },
      take: 10,
      include: { council: { select: { slug: true } } },
    }),
    readQueueStats(prisma, RECENT),
    prisma.jobRun.findMany({ orderBy: { startedAt: "desc" }, take: RECENT }),
    prisma.problemReport.findMany({ orderBy: { createdAt: "desc" }, take: RECENT }),
  ]);
  const counts = await countDeliveriesByIssue(
    prisma,
    issues.map((i) => i.id),
  );
  return {
    generatedAt: now.toISOString(),
    health,
    councils,
    schedules: { ...readSchedules(env), weeklyDigest: env.SCHEDULE_DIGEST_CRON },
    scrapeRuns: runs.map((r) => ({
      id: r.id,
      council: r.council.slug,
      status: r.status,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      refreshCommittees:
        typeof (r.options as { refreshCommittees?: unknown }).refreshCommittees === "boolean"
          ? (r.options as { refreshCommittees: boolean }).refreshCommittees
          : null,
      failureReason: r.failureReason,
      errorCount: r._count.errors,
      // Optional pages and robots.txt refusals are shown as such: they do not make a run partial.
      errors: r.errors.map((e) => ({
        url: e.url,
        kind: e.scope === "required" || e.scope === "document" ? e.kind : `${e.scope} ${e.kind}`,
        message: e.message,
      })),
    })),
    summariesPending: pending,
    digestIssues: issues.map((i) => ({
      id: i.id,
      council: i.council.slug,
      week: i.week,
      headline: i.headline,
      publishedAt: i.publishedAt,
      deliveries: counts.get(i.id)!,
    })),
    queue,
    jobRuns: jobRuns.map((j) => ({ ...j, council: j.councilSlug })),
    problemReports,
  };
}
