// GET /api/v1/planning/{council}?ward=&decision=&year=: the council's planning applications (see /api/v1).
import { findCouncil } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { parsePlanningFilters } from "@/lib/data/planning";
import { listApiPlanning } from "@/lib/feeds/api/api-planning";
import { apiError, apiJson, withApiErrors } from "@/lib/feeds/api/api-responses";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string }> };

export function GET(request: Request, context: Context): Promise<Response> {
  return withApiErrors(async () => {
    const { council: councilParam } = await context.params;
    const council = findCouncil(councilParam);
    if (!council) return apiError(404, "not_found", `No council "${councilParam.slice(0, 50)}".`);
    const filters = parsePlanningFilters(Object.fromEntries(new URL(request.url).searchParams));
    return apiJson({ data: await listApiPlanning(getPrisma(), council.slug, filters) });
  });
}
