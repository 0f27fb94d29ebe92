// The worker's frequent meetings poll passes refreshCommittees: false, reusing the stored committee list, details
// and memberships (refreshed weekly) instead of fetching them; with nothing stored yet it fetches them anyway.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import { SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";
import type { ReplayServer } from "@/lib/replay/server";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { HARROW, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;

beforeAll(async () => {
  await resetDatabase(prisma);
  replay = await startHarrowReplay();
});

afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

const scrape = (refreshCommittees: boolean) =>
  scrapeCouncil(prisma, createHttpClient({ minIntervalMs: 0, retryBaseDelayMs: 10, timeoutMs: 5_000 }), {
    council: HARROW,
    fetchBaseUrl: replay.baseUrl,
    window: SNAPSHOT_WINDOW,
    refreshCommittees,
  });

const committeeRequests = (from: number) =>
  replay.requests.slice(from).filter((r) => /mgListCommittees|mgCommitteeDetails/i.test(r.url));

describe("scrapeCouncil with refreshCommittees: false", () => {
  it("fetches the committees anyway when none are stored yet", async () => {
    const result = await scrape(false);
    expect(result.status).not.toBe("failed");
    expect(committeeRequests(0).length).toBeGreaterThan(1);
    expect(await prisma.committeeMembership.count()).toBeGreaterThan(0);
  });

  it("reuses the stored committees, details and members, and still scrapes every meeting", async () => {
    const before = replay.requests.length;
    const memberships = await prisma.committeeMembership.count();
    const result = await scrape(false);
    expect(result.status).not.toBe("failed");
    expect(committeeRequests(before)).toEqual([]);
    expect(result.counters.meetings.seen).toBe(await prisma.meeting.count());
    expect(replay.requests.slice(before).some((r) => r.url.startsWith("/ieListMeetings.aspx"))).toBe(true);
    expect(await prisma.committeeMembership.count()).toBe(memberships);
    const run = await prisma.scrapeRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.options).toMatchObject({ refreshCommittees: false });
  });

  it("asks for the committee pages again on a weekly refresh", async () => {
    const before = replay.requests.length;
    await scrape(true);
    expect(committeeRequests(before).length).toBeGreaterThan(1);
  });
});
