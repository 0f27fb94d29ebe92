// GET /api/v1/planning/{council}/{reference}: one planning application, its reference as in its page's address
// (pl-2560-26 for PL/2560/26) (see /api/v1).
import { findCouncil } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { planningSlug } from "@/lib/urls";
import { getApiPlanning } from "@/lib/feeds/api/api-planning";
import { apiError, apiJson, withApiErrors } from "@/lib/feeds/api/api-responses";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string; application: string }> };

export function GET(_request: Request, context: Context): Promise<Response> {
  return withApiErrors(async () => {
    const { council: councilParam, application } = await context.params;
    const council = findCouncil(councilParam);
    if (!council) return apiError(404, "not_found", `No council "${councilParam.slice(0, 50)}".`);
    let decoded = application;
    try {
      decoded = decodeURIComponent(application);
    } catch {
      // a malformed escape: looked up as written, so a 404
    }
    const slug = planningSlug(decoded.slice(0, 40));
    const data = slug ? await getApiPlanning(getPrisma(), council.slug, slug) : null;
    if (!data)
      return apiError(404, "not_found", `No planning application "${application.slice(0, 40)}" for ${council.name}.`);
    return apiJson({ data });
  });
}
