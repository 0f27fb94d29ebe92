// JSON responses of the read-only API: open to any origin (it is public data), briefly cacheable, and errors in
// one shape: { "error": { "status", "code", "message", "issues"? } }.
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { ParamIssue } from "./api-params";

const BASE_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

export function apiJson(body: unknown, status = 200, maxAgeSeconds = 60): Response {
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    status,
    headers: { ...BASE_HEADERS, "Cache-Control": `public, max-age=${maxAgeSeconds}` },
  });
}

export function apiError(
  status: 400 | 404 | 500 | 503,
  code: string,
  message: string,
  issues?: ParamIssue[],
): Response {
  const response = apiJson(
    { error: { status, code, message, ...(issues ? { issues } : {}) } },
    status,
    status >= 500 ? 0 : 60,
  );
  if (status >= 500) response.headers.set("Cache-Control", "no-store");
  if (status === 503) response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

/** How long a client should wait before asking again while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * Runs an API handler and answers its failures in the API's error shape: 503 `unavailable` (with Retry-After) when
 * the database is out of reach, 500 `internal_error` for anything else; never Next's empty 500, never the error's
 * text (it may name hosts or source files).
 */
export async function withApiErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error(
        "[api] database unavailable:",
        error instanceof Error ? error.message.split("\n").slice(-1)[0] : error,
      );
      return apiError(
        503,
        "unavailable",
        "The service is temporarily unavailable (its database cannot be reached). Try again shortly.",
      );
    }
    console.error("[api] failed:", error);
    return apiError(500, "internal_error", "Something went wrong on our side.");
  }
}

export function apiBadRequest(issues: ParamIssue[]): Response {
  const summary = issues.map((i) => `${i.parameter}: ${i.message}`).join("; ");
  return apiError(
    400,
    "invalid_parameters",
    `Invalid query parameters (${summary}). See /api/v1 for the parameters.`,
    issues,
  );
}
