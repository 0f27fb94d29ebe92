// The snapshot's past and future are decided by the day it was taken (SNAPSHOT_NOW), never by the wall clock: the
// scrape, the summaries and the pages' read models give the same answers with the machine's clock a year ahead.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { getMeetingPage } from "@/lib/data/meeting-page";
import { clockNow } from "@/lib/clock";
import { loadEnv } from "@/lib/env";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
const A_YEAR_LATER = new Date(SNAPSHOT_NOW.getTime() + 366 * 24 * 3600_000);

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: A_YEAR_LATER });
  expect(new Date().getFullYear()).toBe(2027);
  await resetDatabase(prisma);
  const replay = await startHarrowReplay();
  try {
    await scrapeReplay(prisma, replay);
  } finally {
    await replay.close();
  }
  await summarizeMeetings(prisma, { now: SNAPSHOT_NOW });
});

afterAll(async () => {
  vi.useRealTimers();
  await prisma.$disconnect();
});

describe("with the machine's clock a year after the snapshot", () => {
  it("keeps the snapshot's future meeting scheduled, previewed and upcoming", async () => {
    const future = await prisma.meeting.findFirstOrThrow({ where: { externalId: 66396 }, include: { summary: true } });
    expect(future.status).toBe("scheduled");
    expect(future.summary?.kind).toBe("preview");
    const page = await getMeetingPage(prisma, "harrow", 66396, SNAPSHOT_NOW);
    expect(page?.isUpcoming).toBe(true);
  });

  it("still reads a past meeting as held, with an outcome summary", async () => {
    const past = await prisma.meeting.findFirstOrThrow({ where: { externalId: 66101 }, include: { summary: true } });
    expect(past.status).toBe("held");
    expect(past.summary?.kind).toBe("outcome");
  });

  it("takes CLOCK_NOW as the site's now when it is set, and the real clock otherwise", () => {
    expect(loadEnv({ CLOCK_NOW: SNAPSHOT_NOW.toISOString() }).CLOCK_NOW).toBe(SNAPSHOT_NOW.toISOString());
    expect(() => loadEnv({ CLOCK_NOW: "next tuesday" })).toThrow(/CLOCK_NOW/);
    expect(clockNow().getTime()).toBe(
      process.env.CLOCK_NOW ? Date.parse(process.env.CLOCK_NOW) : A_YEAR_LATER.getTime(),
    );
  });
});
