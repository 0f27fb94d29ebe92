// The header's search box submits to /search (SEARCH_PATH in lib/urls.ts), which belongs to no council: send the
// reader to the default council's search with the query string unchanged. 307 keeps it a GET of the same query.
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { councilSearchPath } from "@/lib/search/search-params";

export function GET(request: Request): Response {
  const url = new URL(request.url);
  return new Response(null, {
    status: 307,
    // Relative, so it stays right behind proxies that rewrite the host.
    headers: { Location: `${councilSearchPath(DEFAULT_COUNCIL_SLUG)}${url.search}` },
  });
}
