import { COUNCILS } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { checkDatabase, checkHealth } from "@/lib/ops/check-health";

// GET /api/health: for monitoring. 200 when the database answers, every council's data is fresh and the queue
// is being worked; 503 otherwise, with the JSON saying which. `?check=database` checks the database only: use
// that for a load balancer's liveness probe, so stale council data never takes the web replicas out of service.
export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

export async function GET(request: Request): Promise<Response> {
  let prisma;
  try {
    prisma = getPrisma();
  } catch (error) {
    const database = { ok: false, error: error instanceof Error ? error.message : String(error) };
    return Response.json({ ok: false, database }, { status: 503, headers: HEADERS });
  }
  if (new URL(request.url).searchParams.get("check") === "database") {
    const database = await checkDatabase(prisma);
    return Response.json({ ok: database.ok, database }, { status: database.ok ? 200 : 503, headers: HEADERS });
  }
  const env = getEnv();
  const report = await checkHealth(prisma, COUNCILS, {
    maxScrapeAgeHours: env.HEALTH_MAX_SCRAPE_AGE_HOURS,
    maxQueueWaitMinutes: env.HEALTH_MAX_QUEUE_WAIT_MINUTES,
  });
  return Response.json(report, { status: report.ok ? 200 : 503, headers: HEADERS });
}
