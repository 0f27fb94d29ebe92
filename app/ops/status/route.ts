import { COUNCILS } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { respondOpsStatus } from "@/lib/ops/respond-ops-status";

// The operator status page (lib/ops): recent scrape runs and their errors, summaries pending, digest deliveries,
// the job queue and its dead letters. Behind OPS_SECRET (HTTP Basic auth); never cached.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return respondOpsStatus(request, { env: getEnv(), prisma: getPrisma, councils: COUNCILS });
}
