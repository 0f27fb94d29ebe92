// The offline default: serve the bundled Harrow snapshot from a replay server on loopback and scrape it exactly
// as the live site would be scraped (same HTTP client, robots.txt, conditional requests, parsers).
import path from "node:path";
import type { PrismaClient } from "@/lib/db";
import { createHttpClient } from "@/lib/moderngov/http-client";
import { startReplayServer } from "@/lib/replay/server";
import { findCouncil } from "@/lib/councils";
import { scrapeCouncil, type ScrapeEvent, type ScrapeResult } from "./scrape-council";

export const SNAPSHOT_DIR = path.resolve("lib/replay/snapshot/harrow");

/** Covers every meeting in the bundled snapshot (mid-2025 to early 2027). */
export const SNAPSHOT_WINDOW = { from: new Date("2025-01-01T00:00:00Z"), to: new Date("2027-12-31T23:59:59Z") };

export async function scrapeBundledSnapshot(
  prisma: PrismaClient,
  options: { onEvent?: (event: ScrapeEvent) => void; minIntervalMs?: number } = {},
): Promise<ScrapeResult> {
  const council = findCouncil("harrow");
  if (!council) throw new Error("The Harrow council entry is missing from lib/councils.ts");
  const replay = await startReplayServer({ dir: SNAPSHOT_DIR });
  try {
    const http = createHttpClient({ minIntervalMs: options.minIntervalMs ?? 0, retryBaseDelayMs: 50 });
    return await scrapeCouncil(prisma, http, { council, fetchBaseUrl: replay.baseUrl, window: SNAPSHOT_WINDOW, onEvent: options.onEvent });
  } finally {
    await replay.close();
  }
}
