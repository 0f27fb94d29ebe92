// The offline default: serve each bundled snapshot (lib/replay/snapshot/<council>: Harrow, and the small Brent one)
// from a replay server on loopback and scrape it exactly as the live site would be scraped (same HTTP client,
// robots.txt, conditional requests, parsers). Only configured councils are imported.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/db";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { startReplayServer } from "@/lib/replay/server";
import { SNAPSHOT_ROOT, snapshotDirFor } from "@/lib/replay/snapshot-dir";
import { COUNCILS, findCouncil, type CouncilConfig } from "@/lib/councils";
import { scrapeCouncil } from "./scrape-council";
import type { ScrapeEvent, ScrapeResult } from "./scrape-types";

export { SNAPSHOT_ROOT, snapshotDirFor };
export const SNAPSHOT_DIR = path.join(SNAPSHOT_ROOT, "harrow");

/** Covers every meeting in the bundled snapshots (mid-2025 to early 2027). */
export const SNAPSHOT_WINDOW = { from: new Date("2025-01-01T00:00:00Z"), to: new Date("2027-12-31T23:59:59Z") };

/** `npm run scrape`'s arguments for the snapshot's whole window, from a replay server (the tests and bench:scrape). */
export function snapshotScrapeArgs(baseUrl: string, { minIntervalMs = 0, summarize = false } = {}): string[] {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return [
    "--base-url",
    baseUrl,
    "--from",
    day(SNAPSHOT_WINDOW.from),
    "--to",
    day(SNAPSHOT_WINDOW.to),
    "--min-interval-ms",
    String(minIntervalMs),
    ...(summarize ? [] : ["--no-summarize"]),
  ];
}

/**
 * The day the bundled snapshots were taken (their manifests' generatedFor, midday in London). Everything that
 * decides past or future about the snapshot's meetings (scrape status, summaries, pages, the demo digest) uses this
 * instead of the wall clock, so the demo and the tests read the same whatever today's date is.
 */
export const SNAPSHOT_NOW = new Date("2026-11-26T12:00:00Z");

export interface SnapshotOptions {
  onEvent?: (event: ScrapeEvent) => void;
  minIntervalMs?: number;
}

/** The configured councils that have a bundled snapshot, in configuration order. */
export function listSnapshotCouncils(): CouncilConfig[] {
  return COUNCILS.filter((c) => fs.existsSync(path.join(snapshotDirFor(c.slug), "manifest.json")));
}

export async function scrapeBundledSnapshot(
  prisma: PrismaClient,
  options: SnapshotOptions & { council?: string } = {},
): Promise<ScrapeResult> {
  const slug = options.council ?? "harrow";
  const council = findCouncil(slug);
  if (!council)
    throw new Error(`The ${slug} council entry is missing from the council list (lib/councils.ts or COUNCILS_FILE)`);
  const replay = await startReplayServer({ dir: snapshotDirFor(slug) });
  try {
    const http = createHttpClient({ minIntervalMs: options.minIntervalMs ?? 0, retryBaseDelayMs: 50 });
    return await scrapeCouncil(prisma, http, {
      council,
      fetchBaseUrl: replay.baseUrl,
      window: SNAPSHOT_WINDOW,
      asOf: SNAPSHOT_NOW,
      onEvent: options.onEvent,
    });
  } finally {
    await replay.close();
  }
}

/** Imports every configured council's bundled snapshot, one after the other. */
export async function scrapeBundledSnapshots(
  prisma: PrismaClient,
  options: SnapshotOptions = {},
): Promise<{ council: CouncilConfig; result: ScrapeResult }[]> {
  const results: { council: CouncilConfig; result: ScrapeResult }[] = [];
  for (const council of listSnapshotCouncils()) {
    results.push({ council, result: await scrapeBundledSnapshot(prisma, { ...options, council: council.slug }) });
  }
  return results;
}
