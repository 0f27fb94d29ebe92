// Withdrawn papers and items (issue 12, part 6): what leaves a meeting's page is marked withdrawn with the date,
// left out of summaries, search and the digest, shown as "withdrawn on …", and never requested again; a
// document whose bytes change keeps its previous version. And three things measured on real pages: a meeting
// known only from the listing gets a real title, a past "scheduled" meeting becomes held on a re-run, and an
// attendance link naming another meeting is not read.
import { beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { AgendaItems } from "@/app/_components/agenda-items";
import { getMeetingPage } from "@/lib/data/meeting-page";
import { searchCouncil } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/search-params";
import { buildSummaryInput } from "@/lib/summarize/store/build-summary-input";
import { loadDigestMeetings } from "@/lib/digest/load-digest-meetings";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import { SNAPSHOT_NOW, SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";
import { createTestPrisma } from "../helpers/db";
import { HARROW, scrapeReplay, replayPerTest } from "../helpers/replay";

const prisma = createTestPrisma();
let cppPage: string;

const CPP = "/ieListDocuments.aspx?CId=788&MId=66101&Ver=4";
const REPORT = "/documents/s198812/Children%20Missing%20from%20Care%20Q2%202025-26.pdf";
const onlyCpp = { committeeIds: [788] };

/** The CPP page without item 139 (the Children Missing from Care report) and without its printed minutes. */
function withdrawItem139(page: string): string {
  const rows = page.split(/(?=<tr>\s*<td\s+class="mgItemNumberCell")/);
  const kept = rows.filter((row) => !row.includes('name="AI141210"'));
  expect(kept.length).toBe(rows.length - 1);
  return kept.join("").replace(/<li><a\s+href="documents\/g66109\/Printed minutes[\s\S]*?<\/li>/, "");
}

const replay = replayPerTest(prisma);
beforeAll(async () => {
  cppPage = await fetch(`${replay.baseUrl}${CPP}`).then((r) => r.text());
});

describe("papers and items that leave a meeting's page", () => {
  it("are marked withdrawn, left out of summaries, search and the digest, shown as withdrawn, and not requested again", async () => {
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    const search = async () => {
      const outcome = await searchCouncil(
        prisma,
        "harrow",
        parseSearchParams({ q: "Children Missing from Care" }).params,
        SNAPSHOT_NOW,
      );
      return outcome.status === "ok" ? outcome.hits.filter((h) => h.kind === "document").map((h) => h.href) : [];
    };
    expect(await search()).toContainEqual(expect.stringContaining("/s198812/"));

    replay.override(CPP, { body: withdrawItem139(cppPage) });
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { externalId: 66101 },
      include: { agendaItems: true, documents: true },
    });
    const item = meeting.agendaItems.find((i) => i.sourceKey === "AI:141210")!;
    const report = meeting.documents.find((d) => d.url?.includes("/s198812/"))!;
    const minutes = meeting.documents.find((d) => d.kind === "printed_minutes")!;
    expect(item.withdrawnAt).not.toBeNull();
    expect(report.withdrawnAt).not.toBeNull();
    expect(minutes.withdrawnAt).not.toBeNull();
    expect(report.text).toMatch(/214/); // kept, never deleted
    expect(meeting.agendaItems.filter((i) => i.withdrawnAt !== null)).toHaveLength(1);
    expect(meeting.documents.filter((d) => d.withdrawnAt !== null)).toHaveLength(2);

    const input = await buildSummaryInput(prisma, meeting.id, SNAPSHOT_NOW);
    expect(input.items.map((i) => i.title)).not.toContain(item.title);
    expect(input.documents.map((d) => d.id)).not.toContain(report.id);
    expect(await search()).not.toContainEqual(expect.stringContaining("/s198812/"));
    const digest = await loadDigestMeetings(
      prisma,
      meeting.councilId,
      new Date("2025-10-20T00:00:00Z"),
      new Date("2025-10-27T00:00:00Z"),
    );
    const forCpp = digest.find((m) => m.externalId === 66101)!;
    expect(forCpp.documents.map((d) => d.url)).not.toContain(report.url);
    expect(forCpp.documents.length).toBeGreaterThan(0);

    const view = await getMeetingPage(prisma, "harrow", 66101, SNAPSHOT_NOW);
    const html = renderToStaticMarkup(AgendaItems({ items: view!.items }));
    expect(html).toMatch(/Withdrawn on \w+day \d+ \w+ \d{4}: no longer on the council/);
    expect(html).toMatch(/Children Missing from Care[\s\S]*Withdrawn on/);

    const logStart = replay.requests.length;
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(
      replay.requests
        .slice(logStart)
        .filter((r) => r.url.includes("/s198812/") || r.url.includes("/g66109/Printed%20minutes")),
    ).toEqual([]);

    // Back on the page: no longer withdrawn.
    replay.clearOverrides();
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect((await prisma.document.findUniqueOrThrow({ where: { id: report.id } })).withdrawnAt).toBeNull();
    expect((await prisma.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).withdrawnAt).toBeNull();
  });

  it("keeps the previous version's hash, text and dates when a document's bytes change", async () => {
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    const before = await prisma.document.findFirstOrThrow({ where: { url: { contains: "/s198812/" } } });
    const response = await fetch(
      `${replay.baseUrl}/documents/s198813/Care%20Leavers%20in%20Custody%20-%20Presentation.pdf`,
    );
    const otherPdf = Buffer.from(await response.arrayBuffer());
    replay.override(REPORT, { body: otherPdf, contentType: "application/pdf" });
    await scrapeReplay(prisma, replay, {}, onlyCpp);
    const after = await prisma.document.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.previousVersions).toEqual([
      {
        contentHash: before.contentHash,
        text: before.text,
        pageCount: before.pageCount,
        sizeBytes: before.sizeBytes,
        lastModified: before.lastModified,
        fetchedAt: before.fetchedAt!.toISOString(),
        replacedAt: after.fetchedAt!.toISOString(),
      },
    ]);
  });
});

describe("what the listing and the page say about a meeting", () => {
  it("gives a meeting known only from the listing a real title, and a past one the status held", async () => {
    replay.setFaults([{ match: "MId=66405", status: 500 }]);
    await scrapeReplay(prisma, replay, { maxRetries: 0 }, onlyCpp);
    const m = await prisma.meeting.findFirstOrThrow({ where: { externalId: 66405 } });
    expect(m).toMatchObject({
      title: "Corporate Parenting Panel - Thursday 29 October 2026 6.00 pm",
      status: "held",
      fetchStatus: "failed",
    });
  });

  it("turns a past 'scheduled' meeting into held on a re-run, though its page is unchanged", async () => {
    const run = (asOf: Date) =>
      scrapeCouncil(prisma, createHttpClient({ minIntervalMs: 0 }), {
        council: HARROW,
        fetchBaseUrl: replay.baseUrl,
        window: SNAPSHOT_WINDOW,
        asOf,
        committeeIds: [1001],
      });
    await run(SNAPSHOT_NOW);
    expect((await prisma.meeting.findFirstOrThrow({ where: { externalId: 66396 } })).status).toBe("scheduled");
    const result = await run(new Date("2026-12-10T12:00:00Z"));
    expect(result.counters.pages).toMatchObject({ fetched: 0, updated: 0 });
    expect((await prisma.meeting.findFirstOrThrow({ where: { externalId: 66396 } })).status).toBe("held");
  });

  it("does not read an attendance link that names another meeting", async () => {
    replay.override(CPP, {
      body: cppPage.replace('href="mgMeetingAttendance.aspx?ID=66101"', 'href="mgMeetingAttendance.aspx?ID=66058"'),
    });
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, {}, onlyCpp);
    expect(replay.requests.slice(logStart).some((r) => r.url.includes("mgMeetingAttendance.aspx?ID=66058"))).toBe(
      false,
    );
    expect(result.errors.find((e) => e.url.includes("ID=66058"))).toMatchObject({
      scope: "optional",
      message: expect.stringMatching(/names meeting 66058, not 66101/),
    });
    const m = await prisma.meeting.findFirstOrThrow({ where: { externalId: 66101 }, include: { attendances: true } });
    expect(m.attendances).toEqual([]);
  });
});
