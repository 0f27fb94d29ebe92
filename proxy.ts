// "/" is the default council's page. A rewrite rather than a page of its own: app/page.tsx would have no params,
// so `next build` would prerender it against the database; rewritten, "/" is served from the cached
// /{council} page (ISR) and the build needs no database. The matcher keeps the proxy off every other request.
import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";

export function proxy(request: NextRequest) {
  return NextResponse.rewrite(new URL(`/${DEFAULT_COUNCIL_SLUG}`, request.url));
}

export const config = { matcher: "/" };
