// Responses for feeds and calendars: a content hash as ETag so that readers polling an unchanged feed get a 304,
// and a short shared cache lifetime; a plain-text 404 for anything that names no council, committee or topic.
import crypto from "node:crypto";

/** Five minutes: readers poll feeds often, and new summaries arrive at most every few minutes. */
export const FEED_MAX_AGE_SECONDS = 300;

export function etagOf(body: string): string {
  return `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

export function feedResponse(request: Request, body: string, contentType: string): Response {
  const etag = etagOf(body);
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": `public, max-age=${FEED_MAX_AGE_SECONDS}`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

export function feedNotFound(what: string): Response {
  return new Response(`Not found: ${what}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

/** A feed reader's answer when the database cannot be reached: 503 with Retry-After, so it keeps its copy and retries. */
export function feedUnavailable(retryAfterSeconds = 60): Response {
  return new Response("The feed is temporarily unavailable; please try again in a few minutes.\n", {
    status: 503,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(retryAfterSeconds),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
