// The polite HTTP client for one council: its own politeness settings (lib/councils.ts) where set, the
// SCRAPER_* defaults otherwise.
import type { CouncilConfig } from "@/lib/councils";
import type { Env } from "@/lib/env";
import { createHttpClient, type HttpClient, type HttpClientOptions } from "@/lib/moderngov/http/http-client";

export function createCouncilHttpClient(
  council: CouncilConfig,
  env: Env,
  overrides: HttpClientOptions = {},
): HttpClient {
  return createHttpClient({
    userAgent: council.userAgent ?? env.SCRAPER_USER_AGENT,
    minIntervalMs: council.minIntervalMs ?? env.SCRAPER_MIN_INTERVAL_MS,
    timeoutMs: council.timeoutMs ?? env.SCRAPER_TIMEOUT_MS,
    hostBudgetMs: env.SCRAPER_HOST_BUDGET_MS,
    ...overrides,
  });
}
