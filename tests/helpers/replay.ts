// The bundled Harrow snapshot on a loopback replay server, and a fast scrape of it for tests.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createHttpClient, type HttpClientOptions } from "@/lib/moderngov/http/http-client";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import type { ScrapeResult } from "@/lib/ingest/scrape-types";
import { SNAPSHOT_DIR, SNAPSHOT_NOW, SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";
import { findCouncil } from "@/lib/councils";
import type { PrismaClient } from "@/lib/db";
import { resetDatabase } from "./run-db";

export const HARROW = findCouncil("harrow")!;

export function startHarrowReplay(): Promise<ReplayServer> {
  return startReplayServer({ dir: SNAPSHOT_DIR });
}

/** Scrapes the whole snapshot with no politeness delay and test-sized timeouts and backoff. */
export function scrapeReplay(
  prisma: PrismaClient,
  replay: ReplayServer,
  http: HttpClientOptions = {},
  extra: { meetingIds?: number[]; committeeIds?: number[]; council?: typeof HARROW; pageCacheBytes?: number } = {},
): Promise<ScrapeResult> {
  const client = createHttpClient({
    minIntervalMs: 0,
    retryBaseDelayMs: 10,
    retryMaxDelayMs: 50,
    timeoutMs: 15_000,
    ...http,
  });
  return scrapeCouncil(prisma, client, {
    council: HARROW,
    fetchBaseUrl: replay.baseUrl,
    window: SNAPSHOT_WINDOW,
    asOf: SNAPSHOT_NOW,
    ...extra,
  });
}

/**
 * For a file whose every test starts over: one replay server for the file and, before each test, an empty database
 * and the snapshot served as it is (no faults, no overrides). Returns the server, usable once the file's hooks run
 * (hooks the file registers after this call already see it).
 */
export function replayPerTest(prisma: PrismaClient): ReplayServer {
  let server: ReplayServer | undefined;
  beforeAll(async () => {
    server = await startHarrowReplay();
  });
  beforeEach(async () => {
    await resetDatabase(prisma);
    server!.setFaults([]);
    server!.clearOverrides();
  });
  afterAll(async () => {
    await server?.close();
    await prisma.$disconnect();
  });
  // The server exists only once beforeAll has run: hand out a stand-in that reaches it then.
  return new Proxy({} as ReplayServer, {
    get(_, property) {
      if (!server) throw new Error("the replay server starts in the file's beforeAll");
      const value = Reflect.get(server, property, server);
      return typeof value === "function" ? value.bind(server) : value;
    },
  });
}
