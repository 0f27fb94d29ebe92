// The second way in (issue 12, part 9): with the council's HTML pages refused by a firewall, committees and
// meetings come from mgWebService.asmx (the snapshot's real-shape XML) and the run carries on with the document
// URLs it gives. With the web service refused too, the run fails saying the firewall blocked it, and
// /ops/status shows that.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReplayServer } from "@/lib/replay/server";
import { loadEnv } from "@/lib/env";
import { loadOpsStatus } from "@/lib/ops/load-ops-status";
import { renderOpsStatusHtml } from "@/lib/ops/render-ops-status";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { HARROW, scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;

/** Every HTML page of the site (not the web service, not the PDF converter). */
const HTML_PAGES = /\/(?:\(S\([^)]*\)\)\/)?(?!mgConvert2PDF)(?:mg|ie)\w+\.aspx/i;

beforeAll(async () => {
  replay = await startHarrowReplay();
});
beforeEach(async () => {
  await resetDatabase(prisma);
  replay.setFaults([]);
});
afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

describe("when a firewall refuses the council's HTML pages", () => {
  it("finds committees and meetings through the web service and reads them, with their documents", async () => {
    replay.setFaults([{ match: HTML_PAGES, status: 403 }]);
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(result.failureReason).toBeNull();
    // The refused committee list is recorded; everything after it came through the web service.
    expect(result.errors.filter((e) => e.scope === "required").map((e) => e.url)).toEqual([
      "https://moderngov.harrow.gov.uk/mgListCommittees.aspx?bcr=1",
    ]);
    const log = replay.requests.slice(logStart);
    expect(log.filter((r) => r.url.includes("mgWebService.asmx/GetMeeting?")).length).toBe(15);
    expect(log.filter((r) => HTML_PAGES.test(r.url)).map((r) => r.url)).toEqual(["/mgListCommittees.aspx?bcr=1"]);

    expect(await prisma.committee.count()).toBe(6);
    expect(await prisma.meeting.count()).toBe(15);
    const cpp = await prisma.meeting.findFirstOrThrow({
      where: { externalId: 66101 },
      include: { agendaItems: { orderBy: { position: "asc" } }, documents: true, attendances: true, committee: true },
    });
    expect(cpp).toMatchObject({
      title: "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
      status: "held",
      fetchStatus: "fetched",
    });
    expect(cpp.startsAt.toISOString()).toBe("2025-10-23T17:00:00.000Z");
    expect(cpp.committee.externalId).toBe(788);
    expect(cpp.agendaItems.some((i) => /RESOLVED/.test(i.minutesText ?? ""))).toBe(true);
    expect(cpp.attendances.length).toBeGreaterThan(3);
    const missing = cpp.documents.find((d) => /Children Missing from Care/.test(d.title));
    expect(missing?.url).toMatch(/^https:\/\/moderngov\.harrow\.gov\.uk\/mgConvert2PDF\.aspx\?ID=198812$/);
    expect(missing).toMatchObject({ fetchStatus: "fetched" });
    expect(missing?.text).toMatch(/214/);
    expect(await prisma.document.count({ where: { isRestricted: true, fetchStatus: { not: "skipped" } } })).toBe(0);
  });

  it("falls back to GetMeetings when only the meetings lists are refused", async () => {
    replay.setFaults([{ match: "ieListMeetings.aspx", status: 403 }]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 }, { committeeIds: [788] });
    expect(result.failureReason).toBeNull();
    expect(result.counters.meetings.seen).toBe(2);
    expect(await prisma.meeting.count({ where: { fetchStatus: "fetched" } })).toBe(2);
  });

  it("fails saying the council's firewall blocked it when the web service is refused too, and /ops/status shows it", async () => {
    replay.setFaults([
      { match: HTML_PAGES, block: true },
      { match: "mgWebService.asmx", status: 403 },
    ]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(result.status).toBe("failed");
    expect(result.failureReason).toMatch(/^Blocked by the council's firewall: .*committee list.*web service/);
    expect(result.failureReason).not.toMatch(/site may be down/);
    const status = await loadOpsStatus(prisma, loadEnv({}), [HARROW]);
    expect(status.scrapeRuns[0]).toMatchObject({
      status: "failed",
      failureReason: expect.stringMatching(/^Blocked by the council's firewall/),
    });
    expect(renderOpsStatusHtml(status)).toMatch(/Blocked by the council(&#39;|&#x27;|')s firewall/);
  });
});
