// Request targets no page can answer, refused with 400 before the router sees them (Next.js answers some of them
// with a bare "Internal Server Error" and none of the site's headers).

/**
 * Why the request target cannot name a page, or null when it can: a percent-escape that is malformed or does not
 * decode to UTF-8 (`/harrow/meetings/%ff%fe`). Anything that decodes (`%00` included) is left to the router, which
 * answers 404 when it names nothing; the query is left to the page (search shows any input).
 */
export function badPathReason(target: string | undefined): string | null {
  if (!target) return null;
  const query = target.indexOf("?");
  const path = query < 0 ? target : target.slice(0, query);
  try {
    decodeURIComponent(path);
  } catch {
    return "the address is not valid UTF-8";
  }
  return null;
}
