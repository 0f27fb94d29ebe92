// The API's own description (OpenAPI 3.1), for people and code generators.
import { apiJson } from "@/lib/feeds/api/api-responses";
import { openApiDocument } from "@/lib/feeds/api/openapi";
import { getEnv } from "@/lib/env";

// Per request so that the server URL follows PUBLIC_BASE_URL as the server runs (no database involved).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return apiJson(openApiDocument(getEnv().PUBLIC_BASE_URL), 200, 3600);
}
