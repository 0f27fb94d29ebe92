// What /api/health reports: can we reach the database, how old is each council's last successful scrape, and is
// the queue being worked. Unhealthy (HTTP 503) when the database is down, a council's data is older than
// HEALTH_MAX_SCRAPE_AGE_HOURS (or was never scraped), or a job has waited to start longer than
// HEALTH_MAX_QUEUE_WAIT_MINUTES (no worker is running).
import type { CouncilConfig } from "@/lib/councils";
import type { PrismaClient } from "@/lib/db";
import { readQueueStats } from "./queue-stats";

export interface HealthThresholds {
  maxScrapeAgeHours: number;
  maxQueueWaitMinutes: number;
}

export interface CouncilHealth {
  slug: string;
  lastSuccessAt: string | null;
  ageHours: number | null;
  stale: boolean;
  /** the latest run's outcome, whatever it was */
  lastRun: { status: string; finishedAt: string | null; failureReason: string | null } | null;
}

export interface HealthReport {
  ok: boolean;
  checkedAt: string;
  database: { ok: boolean; error?: string };
  councils: CouncilHealth[];
  queue: { available: boolean; ready: number; oldestReadyMinutes: number | null; stalled: boolean } | null;
  thresholds: HealthThresholds;
}

/** What /api/health says to anyone: one word per check, no error text, ages, paths or thresholds. */
export type CheckState = "ok" | "degraded";
export interface PublicHealth {
  status: CheckState;
  checks: { database: CheckState; queue: CheckState; councils: Record<string, CheckState> };
}

const state = (ok: boolean): CheckState => (ok ? "ok" : "degraded");

/**
 * The unauthenticated view of a report. Error messages (a Prisma error carries a source path and lines of code)
 * and the rest of the detail are for the operator, on /ops/status behind OPS_SECRET.
 */
export function publicHealth(report: Pick<HealthReport, "ok" | "database" | "councils" | "queue">): PublicHealth {
  return {
    status: state(report.ok),
    checks: {
      database: state(report.database.ok),
      queue: state(report.database.ok && !report.queue?.stalled),
      councils: Object.fromEntries(report.councils.map((c) => [c.slug, state(!c.stale)])),
    },
  };
}

const DB_TIMEOUT_MS = 3000;

export async function checkDatabase(prisma: PrismaClient): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)), DB_TIMEOUT_MS);
  });
  try {
    await Promise.race([prisma.$queryRawUnsafe("SELECT 1"), timeout]);
    return { ok: true };
  } catch (error) {
    // The message names the host at most, never the password (Prisma's errors do not echo the URL).
    return { ok: false, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(
  prisma: PrismaClient,
  councils: readonly CouncilConfig[],
  thresholds: HealthThresholds,
  now = new Date(),
): Promise<HealthReport> {
  const database = await checkDatabase(prisma);
  const base = { checkedAt: now.toISOString(), database, thresholds };
  if (!database.ok) return { ...base, ok: false, councils: [], queue: null };
  const councilHealth = await Promise.all(councils.map((c) => checkCouncil(prisma, c.slug, thresholds, now)));
  const stats = await readQueueStats(prisma, 1);
  const oldestReadyMinutes =
    stats.oldestReadySeconds === null ? null : Math.round((stats.oldestReadySeconds / 60) * 10) / 10;
  const queue = {
    available: stats.available,
    ready: stats.ready,
    oldestReadyMinutes,
    stalled: (oldestReadyMinutes ?? 0) > thresholds.maxQueueWaitMinutes,
  };
  return { ...base, ok: !queue.stalled && councilHealth.every((c) => !c.stale), councils: councilHealth, queue };
}

async function checkCouncil(
  prisma: PrismaClient,
  slug: string,
  thresholds: HealthThresholds,
  now: Date,
): Promise<CouncilHealth> {
  const [success, last] = await Promise.all([
    // "partial" counts: the run read the council's listings; some pages or PDFs failed and are recorded.
    prisma.scrapeRun.findFirst({
      where: { council: { slug }, status: { in: ["succeeded", "partial"] } },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
    prisma.scrapeRun.findFirst({
      where: { council: { slug } },
      orderBy: { startedAt: "desc" },
      select: { status: true, finishedAt: true, failureReason: true },
    }),
  ]);
  const at = success?.finishedAt ?? null;
  const ageHours = at ? Math.round(((now.getTime() - at.getTime()) / 3_600_000) * 10) / 10 : null;
  return {
    slug,
    lastSuccessAt: at?.toISOString() ?? null,
    ageHours,
    stale: ageHours === null || ageHours > thresholds.maxScrapeAgeHours,
    lastRun: last
      ? { status: last.status, finishedAt: last.finishedAt?.toISOString() ?? null, failureReason: last.failureReason }
      : null,
  };
}
