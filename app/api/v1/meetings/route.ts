// GET /api/v1/meetings: a page of meetings, filtered by council, committee, dates and status (see /api/v1).
import { getPrisma } from "@/lib/db";
import { parseListMeetingsQuery } from "@/lib/feeds/api/api-params";
import { listApiMeetings } from "@/lib/feeds/api/api-meetings";
import { apiBadRequest, apiJson, withApiErrors } from "@/lib/feeds/api/api-responses";
import { absoluteUrl } from "@/lib/feeds/feed-paths";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return withApiErrors(() => listMeetings(request));
}

async function listMeetings(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseListMeetingsQuery(url.searchParams);
  if (!parsed.ok) return apiBadRequest(parsed.issues);
  const query = parsed.value;
  const { meetings, total } = await listApiMeetings(getPrisma(), query);
  const totalPages = Math.ceil(total / query.pageSize);
  const pageLink = (page: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set("page", String(page));
    return absoluteUrl(`${url.pathname}?${params}`);
  };
  return apiJson({
    data: meetings,
    meta: { page: query.page, pageSize: query.pageSize, total, totalPages },
    links: {
      self: pageLink(query.page),
      next: query.page < totalPages ? pageLink(query.page + 1) : null,
      prev: query.page > 1 ? pageLink(Math.min(query.page - 1, Math.max(totalPages, 1))) : null,
    },
  });
}
