// JSON responses of the read-only API: open to any origin (it is public data), briefly cacheable, and errors in
// one shape: { "error": { "status", "code", "message", "issues"? } }.
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

export function apiError(status: 400 | 404 | 500, code: string, message: string, issues?: ParamIssue[]): Response {
  return apiJson({ error: { status, code, message, ...(issues ? { issues } : {}) } }, status, status === 500 ? 0 : 60);
}

export function apiBadRequest(issues: ParamIssue[]): Response {
  const summary = issues.map((i) => `${i.parameter}: ${i.message}`).join("; ");
  return apiError(400, "invalid_parameters", `Invalid query parameters (${summary}). See /api/v1 for the parameters.`, issues);
}
