// GET /api/v1/meetings/{council}/{MId}: one meeting in full (see /api/v1).
import { findCouncil } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { parseMeetingId } from "@/lib/feeds/api/api-params";
import { getApiMeeting } from "@/lib/feeds/api/api-meetings";
import { apiError, apiJson, withApiErrors } from "@/lib/feeds/api/api-responses";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string; meeting: string }> };

export function GET(_request: Request, context: Context): Promise<Response> {
  return withApiErrors(() => getMeeting(context));
}

async function getMeeting({ params }: Context): Promise<Response> {
  const { council: councilParam, meeting } = await params;
  const council = findCouncil(councilParam);
  if (!council) return apiError(404, "not_found", `No council "${councilParam.slice(0, 50)}".`);
  const id = parseMeetingId(meeting);
  if (id === null) {
    return apiError(
      400,
      "invalid_parameters",
      "The meeting id must be the council's meeting number (MId), e.g. 73254.",
      [{ parameter: "meetingId", message: "a whole number" }],
    );
  }
  const data = await getApiMeeting(getPrisma(), council.slug, id);
  if (!data) return apiError(404, "not_found", `No meeting ${id} for ${council.name}.`);
  return apiJson({ data });
}
