// The bundled Harrow snapshot on a loopback replay server, and a fast scrape of it for tests.
import { createHttpClient, type HttpClientOptions } from "@/lib/moderngov/http/http-client";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import type { ScrapeResult } from "@/lib/ingest/scrape-types";
import { SNAPSHOT_DIR, SNAPSHOT_NOW, SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";
import { findCouncil } from "@/lib/councils";
import type { PrismaClient } from "@/lib/db";

export const HARROW = findCouncil("harrow")!;

export function startHarrowReplay(): Promise<ReplayServer> {
  return startReplayServer({ dir: SNAPSHOT_DIR });
}

/** Scrapes the whole snapshot with no politeness delay and test-sized timeouts and backoff. */
export function scrapeReplay(
  prisma: PrismaClient,
  replay: ReplayServer,
  http: HttpClientOptions = {},
  extra: { meetingIds?: number[]; committeeIds?: number[]; council?: typeof HARROW } = {},
): Promise<ScrapeResult> {
  const client = createHttpClient({ minIntervalMs: 0, retryBaseDelayMs: 10, retryMaxDelayMs: 50, timeoutMs: 15_000, ...http });
  return scrapeCouncil(prisma, client, { council: HARROW, fetchBaseUrl: replay.baseUrl, window: SNAPSHOT_WINDOW, asOf: SNAPSHOT_NOW, ...extra });
}
