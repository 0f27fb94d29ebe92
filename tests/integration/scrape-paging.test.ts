// A committee's meetings list spread over pages ("Earlier meetings"): when a paging page fails, the meetings
// already read are kept and scraped, the error is filed against the page that failed, the committee is marked
// incomplete in the run (so nothing it did not read is taken as vanished), and the next run reads it again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReplayServer } from "@/lib/replay/server";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;

const FIRST = "/ieListMeetings.aspx?CommitteeId=1001";
const EARLIER = "/ieListMeetings.aspx?Act=earlier&CId=1001&D=202610211830&MD=ielistmeetings";
const onlyPlanning = { committeeIds: [1001] };

beforeAll(async () => {
  await resetDatabase(prisma);
  replay = await startHarrowReplay();
  await scrapeReplay(prisma, replay, {}, onlyPlanning);
});
afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

const dropRow = (html: string, mid: number) =>
  html.replace(new RegExp(`<li[^>]*>(?:(?!</li>)[\\s\\S])*MId=${mid}(?:(?!</li>)[\\s\\S])*</li>`, "g"), "");

describe("a meetings list whose earlier page fails", () => {
  it("keeps what was read, files the error against the failed page, and marks the committee incomplete", async () => {
    const listing = await fetch(`${replay.baseUrl}${FIRST}`).then((r) => r.text());
    expect(listing).toContain("MId=66395");
    expect(listing).toContain("Act=earlier&amp;CId=1001&amp;D=202610211830");
    // 2 December stays on the first page; 21 October moves to the earlier page, which fails.
    replay.override(FIRST, { body: dropRow(listing, 66395) });
    replay.override(EARLIER, { body: dropRow(listing, 66396) });
    replay.setFaults([{ match: "Act=earlier&CId=1001", status: 500 }]);
    const logStart = replay.requests.length;

    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyPlanning);
    expect(result.status).toBe("partial");
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ scope: "required", kind: "fetch:http" });
    expect(result.errors[0]!.url).toBe(`https://moderngov.harrow.gov.uk${EARLIER}`);
    expect(result.counters.incompleteCommittees).toEqual([
      { committeeId: 1001, url: `https://moderngov.harrow.gov.uk${EARLIER}` },
    ]);
    // The meeting on the page that was read is still scraped; the one we could not see is not marked missing.
    expect(replay.requests.slice(logStart).some((r) => r.url.includes("MId=66396"))).toBe(true);
    expect(result.counters.meetings).toMatchObject({ seen: 1, missing: 0 });
    const stored = await prisma.meeting.findMany({
      where: { externalId: { in: [66395, 66396] } },
      orderBy: { externalId: "asc" },
    });
    expect(stored.map((m) => [m.externalId, m.missingSince, m.fetchStatus])).toEqual([
      [66395, null, "fetched"],
      [66396, null, "fetched"],
    ]);
    const filed = await prisma.scrapeError.findMany({ where: { runId: result.runId } });
    expect(filed.map((e) => e.url)).toEqual([`https://moderngov.harrow.gov.uk${EARLIER}`]);
    const run = await prisma.scrapeRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect((run.counters as { incompleteCommittees: unknown[] }).incompleteCommittees).toHaveLength(1);
  });

  it("reads the failed page again on the next run", async () => {
    replay.setFaults([]);
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyPlanning);
    expect(result.status).toBe("succeeded");
    expect(result.counters.incompleteCommittees).toEqual([]);
    expect(result.counters.meetings).toMatchObject({ seen: 2, missing: 0 });
    expect(
      replay.requests
        .slice(logStart)
        .filter((r) => r.url.includes("Act=earlier&CId=1001"))
        .map((r) => r.status),
    ).toEqual([200]);
    replay.clearOverrides();
  });
});
