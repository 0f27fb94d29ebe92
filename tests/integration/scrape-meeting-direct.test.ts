// `--meeting MId` fetches that meeting's page directly: no committee list, no committee pages, no listings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReplayServer } from "@/lib/replay/server";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

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

const walked = (urls: string[]) => urls.filter((u) => /mgListCommittees|ieListMeetings|mgCommitteeDetails/i.test(u));

describe("scraping one meeting by its MId", () => {
  it("goes straight to the meeting's page on an empty database, and stores it under its committee", async () => {
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, {}, { meetingIds: [66101] });
    const urls = replay.requests.slice(logStart).map((r) => r.url);
    expect(walked(urls)).toEqual([]);
    expect(urls.filter((u) => u.startsWith("/ieListDocuments.aspx"))).toEqual(["/ieListDocuments.aspx?MId=66101"]);
    expect(result.failureReason).toBeNull();
    expect(result.counters.meetings.seen).toBe(1);
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { externalId: 66101 },
      include: { committee: true, agendaItems: true, documents: true },
    });
    expect(meeting.committee).toMatchObject({ externalId: 788, name: "Corporate Parenting Panel" });
    expect(meeting.title).toBe("Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm");
    expect(meeting.agendaItems.length).toBeGreaterThan(5);
    expect(meeting.documents.some((d) => d.fetchStatus === "fetched")).toBe(true);
    expect(await prisma.meeting.count()).toBe(1);
  });

  it("asks for the stored page conditionally on a second run", async () => {
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, {}, { meetingIds: [66101] });
    const log = replay.requests.slice(logStart);
    expect(walked(log.map((r) => r.url))).toEqual([]);
    expect(log.filter((r) => r.url.startsWith("/ieListDocuments.aspx")).map((r) => [r.url, r.status])).toEqual([
      ["/ieListDocuments.aspx?MId=66101", 304],
    ]);
    expect(result.status).toBe("succeeded");
  });

  it("records an MId the site does not know against its URL, and fails the run", async () => {
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, { meetingIds: [99999] });
    expect(result.status).toBe("failed");
    expect(result.errors.map((e) => [e.url, e.scope])).toEqual([
      ["https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=99999", "required"],
    ]);
  });
});
