import { COUNCILS } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { checkDatabase, checkHealth, publicHealth, type CheckState } from "@/lib/ops/check-health";

// GET /api/health: for monitoring, and public, so it says only "ok" or "degraded" per check (the database, the
// queue, each council's data); why, and since when, is on /ops/status (behind OPS_SECRET). 200 when every check
// is ok, 503 otherwise. `?check=database` checks the database only: use that for a load balancer's liveness
// probe, so stale council data never takes the web replicas out of service.
export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

export async function GET(request: Request): Promise<Response> {
  let prisma;
  try {
    prisma = getPrisma();
  } catch (error) {
    console.error("[health] no database client:", error);
    const checks = { database: "degraded" as CheckState };
    return Response.json({ status: "degraded", checks }, { status: 503, headers: HEADERS });
  }
  if (new URL(request.url).searchParams.get("check") === "database") {
    const database = await checkDatabase(prisma);
    return Response.json(
      { status: database.ok ? "ok" : "degraded", checks: { database: database.ok ? "ok" : "degraded" } },
      { status: database.ok ? 200 : 503, headers: HEADERS },
    );
  }
  const env = getEnv();
  const report = await checkHealth(prisma, COUNCILS, {
    maxScrapeAgeHours: env.HEALTH_MAX_SCRAPE_AGE_HOURS,
    maxQueueWaitMinutes: env.HEALTH_MAX_QUEUE_WAIT_MINUTES,
  });
  return Response.json(publicHealth(report), { status: report.ok ? 200 : 503, headers: HEADERS });
}
