// Issue 15, parts 3 and 4 at the ingest layer: planning applications stored as data when meetings are summarised,
// and what changed in a meeting's papers recorded when the snapshot's second scrape (an Addendum a day later, a
// report re-issued) is replayed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReplayServer } from "@/lib/replay/server";
import { SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { loadDigestMeetings } from "@/lib/digest/load-digest-meetings";
import { composeDigest } from "@/lib/digest/compose-digest";
import { shiftWeek, weekRange } from "@/lib/iso-week";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;
const onlyPlanning = { committeeIds: [1001] };

beforeAll(async () => {
  replay = await startHarrowReplay();
  await resetDatabase(prisma);
  await scrapeReplay(prisma, replay, {}, onlyPlanning);
  await summarizeMeetings(prisma, { now: SNAPSHOT_NOW });
});
afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

describe("planning applications", () => {
  it("stores every application in the snapshot's agendas, keyed by council and reference", async () => {
    const refs = (
      await prisma.agendaItem.findMany({
        where: { meeting: { committee: { externalId: 1001 } } },
        select: { applicationRefs: true },
      })
    ).flatMap((i) => i.applicationRefs);
    const apps = await prisma.planningApplication.findMany({ orderBy: { reference: "asc" } });
    expect(new Set(apps.map((a) => a.reference))).toEqual(new Set(refs));
    expect(apps.length).toBeGreaterThanOrEqual(5);
  });

  it("reads address, ward, proposal and the officers' view from the report, and decision and vote from the minute", async () => {
    const elmcroft = await prisma.planningApplication.findFirstOrThrow({
      where: { reference: "PL/2241/26" },
      include: { meeting: true, agendaItem: true },
    });
    expect(elmcroft).toMatchObject({
      slug: "pl-2241-26",
      address: "14 Elmcroft Crescent, Harrow, HA2 6HL",
      ward: "Headstone",
      officers: "grant",
      decision: "refused",
      againstOfficers: true,
    });
    expect(elmcroft.proposal).toMatch(
      /^Two storey side extension; single storey rear extension; conversion of dwellinghouse into two self-contained flats$/,
    );
    expect(elmcroft.meeting.externalId).toBe(66395);
    expect(elmcroft.agendaItem?.number).toBe("2/01");

    const station = await prisma.planningApplication.findFirstOrThrow({ where: { reference: "PL/1872/26" } });
    expect(station).toMatchObject({ decision: "granted", officers: "grant", againstOfficers: false });
    const library = await prisma.planningApplication.findFirstOrThrow({ where: { reference: "PL/2309/26" } });
    expect(library).toMatchObject({ decision: "granted", vote: "unanimously", ward: "Rayners Lane" });
  });

  it("keeps an application still to be decided without a decision, with the officers' recommendation", async () => {
    const pinner = await prisma.planningApplication.findFirstOrThrow({
      where: { reference: "PL/2617/26" },
      include: { meeting: true },
    });
    expect(pinner).toMatchObject({
      slug: "pl-2617-26",
      ward: "Headstone",
      officers: "refuse",
      decision: null,
      vote: null,
      againstOfficers: false,
    });
    expect(pinner.meeting.externalId).toBe(66396);
  });
});

describe("what changed in a meeting's papers", () => {
  it("records nothing on a first scrape, nor on a re-run that finds nothing new", async () => {
    expect(await prisma.documentChange.count()).toBe(0);
    await scrapeReplay(prisma, replay, {}, onlyPlanning);
    expect(await prisma.documentChange.count()).toBe(0);
  });

  it("records the Addendum added a day later and the re-issued report with its changed page and a diff", async () => {
    const day = await replay.secondScrape();
    expect(day).toBe("2026-11-27");
    await scrapeReplay(prisma, replay, {}, onlyPlanning);
    const changes = await prisma.documentChange.findMany({ include: { meeting: true }, orderBy: { id: "asc" } });
    expect(changes.every((c) => c.meeting.externalId === 66396)).toBe(true);
    const added = changes.filter((c) => c.kind === "added");
    expect(added.map((c) => c.title)).toEqual(["Addendum"]);
    // Dated by the council's file, not by when we noticed.
    expect(added[0]!.at.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    const revised = changes.filter((c) => c.kind === "revised");
    const report = revised.find((c) => /Pinner Road/.test(c.title))!;
    expect(report.pages).toEqual([1]);
    expect(report.at.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    const diff = report.diff as { op: string; text: string }[];
    expect(diff).toContainEqual({ op: "+", text: expect.stringContaining("a petition of 112 signatures") });
    expect(diff.some((d) => d.op === "-")).toBe(true);
    // The reports pack holds the report: it changed too, on the pages the report fills.
    const pack = revised.find((c) => /reports pack/i.test(c.title))!;
    expect(pack.pages.length).toBeGreaterThan(0);
    expect(changes.filter((c) => c.kind === "withdrawn")).toEqual([]);
    // The previous version is still kept on the document.
    const doc = await prisma.document.findUniqueOrThrow({ where: { id: report.documentId } });
    expect(doc.previousVersions).toHaveLength(1);

    // Once seen, a change is not recorded again.
    const count = changes.length;
    await scrapeReplay(prisma, replay, {}, onlyPlanning);
    expect(await prisma.documentChange.count()).toBe(count);
  });

  it("flags the update in the weekly digest of the week it happened, on the meeting it concerns", async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
    const compose = async (week: number) => {
      const range = {
        start: weekRange({ year: 2026, week }).start,
        end: weekRange(shiftWeek({ year: 2026, week }, 1)).end,
      };
      const meetings = await loadDigestMeetings(prisma, council.id, range.start, range.end);
      return composeDigest({ council: { slug: "harrow", name: council.name }, week: { year: 2026, week }, meetings });
    };
    // Week 48 (23–29 November 2026) reviewed; the meeting of 2 December is in the week after.
    const w48 = (await compose(48))!;
    const planning = w48.meetings.find((m) => m.externalId === 66396)!;
    expect(planning.period).toBe("next");
    expect(planning.updates).toHaveLength(1);
    expect(planning.updates[0]).toMatch(/^Updated on 27 Nov 2026: Addendum added; .*revised \(page 1 changed\)/);
    // The week after, the same change is old news.
    const w49 = (await compose(49))!;
    expect(w49.meetings.find((m) => m.externalId === 66396)!.updates).toEqual([]);
  });

  it("records a paper that leaves the page as withdrawn", async () => {
    replay.clearOverrides(); // back to the first state: the Addendum is gone from the page
    await scrapeReplay(prisma, replay, {}, onlyPlanning);
    const withdrawn = await prisma.documentChange.findMany({ where: { kind: "withdrawn" } });
    expect(withdrawn.map((c) => c.title)).toContain("Addendum");
  });
});
