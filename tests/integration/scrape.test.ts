// A full scrape of the bundled Harrow snapshot through the loopback replay server into a real database, then
// a re-run that must change and download nothing, and a page that changes between runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReplayServer } from "@/lib/replay/server";
import type { ScrapeResult } from "@/lib/ingest/scrape-types";
import { describePlantedFaults } from "@/lib/ingest/snapshot-faults";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;
let first: ScrapeResult;

beforeAll(async () => {
  await resetDatabase(prisma);
  replay = await startHarrowReplay();
  first = await scrapeReplay(prisma, replay);
});

afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

const meeting = (externalId: number) =>
  prisma.meeting.findFirstOrThrow({
    where: { externalId },
    include: {
      agendaItems: { orderBy: { position: "asc" } },
      documents: true,
      attendances: { include: { person: true } },
      committee: true,
    },
  });

describe("first scrape of the snapshot", () => {
  it("stores every committee and meeting the site lists, and records the two bad PDFs without stopping", async () => {
    expect(first.status).toBe("partial");
    expect(first.errors.map((e) => e.kind).sort()).toEqual(["pdf:corrupt", "pdf:no-text"]);
    expect(await prisma.committee.count()).toBe(6);
    expect(await prisma.meeting.count()).toBe(15);
    const run = await prisma.scrapeRun.findUniqueOrThrow({ where: { id: first.runId }, include: { errors: true } });
    expect(run.status).toBe("partial");
    expect(run.errors).toHaveLength(2);
    expect(run.finishedAt).not.toBeNull();
  });

  it("reads the Corporate Parenting Panel of 23 October 2025 completely", async () => {
    const m = await meeting(66101);
    expect(m.title).toBe("Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm");
    expect(m.startsAt.toISOString()).toBe("2025-10-23T17:00:00.000Z"); // 6 pm BST
    expect(m.status).toBe("held");
    expect(m.committee.externalId).toBe(788);
    expect(m.venue).toMatch(/Harrow Council Hub/);
    expect(m.agendaItems.length).toBeGreaterThan(5);
    expect(m.agendaItems.some((i) => /RESOLVED/.test(i.minutesText ?? ""))).toBe(true);
    expect(m.attendances.some((a) => a.status === "present")).toBe(true);
    expect(m.attendances.some((a) => a.status === "apologies")).toBe(true);
    const councillors = m.attendances.filter((a) => a.person.externalId !== null);
    expect(councillors.length).toBeGreaterThan(3);
    expect(councillors.filter((a) => !a.person.party || !a.person.ward)).toEqual([]);
    const missing = m.documents.find((d) => /Children Missing from Care/.test(d.title));
    expect(missing?.kind).toBe("item_report");
    expect(missing?.text).toMatch(/214/);
    expect(missing?.fetchStatus).toBe("fetched");
    expect(missing?.pageCount).toBeGreaterThan(1);
    expect(missing?.url).toMatch(/^https:\/\/moderngov\.harrow\.gov\.uk\/documents\/s\d+\//);
    const kinds = new Set(m.documents.map((d) => d.kind));
    for (const kind of ["agenda_frontsheet", "public_reports_pack", "printed_minutes", "item_report"] as const)
      expect(kinds).toContain(kind);
  });

  it("keeps the special flag, planning references, cancellations and future meetings", async () => {
    const special = await meeting(66062);
    expect(special.isSpecial).toBe(true);
    expect(special.title).toMatch(/Overview and Scrutiny Committee - Tuesday 8 July 2025 6\.30 pm/);
    const planning = await meeting(66395);
    expect(planning.agendaItems.flatMap((i) => i.applicationRefs).length).toBeGreaterThan(0);
    expect(planning.agendaItems.some((i) => i.number === "1/01")).toBe(true);
    expect((await meeting(66399)).status).toBe("cancelled");
    const future = await meeting(66396);
    expect(future.status).toBe("scheduled");
    expect(future.documents.some((d) => d.kind === "printed_minutes" && d.agendaItemId === null)).toBe(false);
    const moved = await meeting(66411);
    expect(moved.statusNote).toMatch(/Moved from/);
  });

  it("records corrupt and scanned PDFs against the document, and never requests restricted papers", async () => {
    const corrupt = await prisma.document.findFirstOrThrow({ where: { url: { contains: "/s206301/" } } });
    expect(corrupt).toMatchObject({ fetchStatus: "failed", text: null });
    expect(corrupt.fetchError).toMatch(/Corrupt or truncated PDF/);
    const scanned = await prisma.document.findFirstOrThrow({ where: { url: { contains: "/s206702/" } } });
    expect(scanned.fetchError).toMatch(/No text layer/);
    const restricted = await prisma.document.findMany({ where: { isRestricted: true } });
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.every((d) => d.url === null && d.fetchStatus === "skipped")).toBe(true);
    expect(replay.requests.some((r) => r.status === 404)).toBe(false);
  });

  it("ends partial only because of the two planted faults, and says they are expected", () => {
    expect(first.status).toBe("partial");
    expect(first.errors.map((e) => e.kind).sort()).toEqual(["pdf:corrupt", "pdf:no-text"]);
    expect(describePlantedFaults("harrow", first.errors)).toMatch(/^Both errors are expected: the snapshot plants/);
  });
});

describe("re-running the same window", () => {
  it("downloads no PDF bytes and rewrites nothing", async () => {
    const before = await prisma.meeting.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const docsBefore = await prisma.document.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    const logStart = replay.requests.length;
    const again = await scrapeReplay(prisma, replay);
    const rerun = replay.requests.slice(logStart);
    expect(again.status).toBe("succeeded");
    expect(again.counters.pages).toMatchObject({ fetched: 0, updated: 0, failed: 0 });
    expect(again.counters.documents).toMatchObject({ fetched: 0, updated: 0, failed: 0 });
    expect(rerun.filter((r) => /\.pdf/i.test(r.url)).every((r) => r.status === 304 && r.bytes === 0)).toBe(true);
    expect(rerun.filter((r) => r.status === 200 && !/robots\.txt/.test(r.url))).toEqual([]);
    expect(await prisma.meeting.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(
      before,
    );
    expect(await prisma.document.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(
      docsBefore,
    );
  });

  it("reads a PDF stored before tables were recovered once more, for its tables, and only that one", async () => {
    const pack = await prisma.document.findFirstOrThrow({
      where: { meeting: { externalId: 66101 }, kind: "public_reports_pack" },
    });
    const tables = pack.tables as { header: string[] }[];
    expect(tables.some((t) => t.header[0] === "Month")).toBe(true);
    await prisma.document.update({ where: { id: pack.id }, data: { tables: Prisma.DbNull } });
    const logStart = replay.requests.length;
    const again = await scrapeReplay(prisma, replay);
    const downloads = replay.requests.slice(logStart).filter((r) => /\.pdf/i.test(r.url) && r.status === 200);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.url).toContain(new URL(pack.url!).pathname);
    expect(again.counters.documents).toMatchObject({ updated: 1, failed: 0 });
    expect((await prisma.document.findUniqueOrThrow({ where: { id: pack.id } })).tables).toEqual(tables);
  });

  it("marks a meeting that vanished from the listing or became cancelled, without deleting it", async () => {
    const listingUrl = "/ieListMeetings.aspx?CommitteeId=1001";
    const listing = await fetch(`${replay.baseUrl}${listingUrl}`).then((r) => r.text());
    expect(listing).toContain("MId=66396");
    const page = await fetch(`${replay.baseUrl}/ieListDocuments.aspx?CId=1001&MId=66395&Ver=4`).then((r) => r.text());
    // The listing drops the 2 December meeting; the 21 October one is marked cancelled on its page.
    replay.override(listingUrl, {
      body: listing.replace(/<li[^>]*>(?:(?!<\/li>)[\s\S])*MId=66396(?:(?!<\/li>)[\s\S])*<\/li>/g, ""),
    });
    replay.override("/ieListDocuments.aspx?CId=1001&MId=66395&Ver=4", {
      body: page.replace(/(Planning Committee - Wednesday 21 October 2026 6\.30 pm)/g, "$1, CANCELLED"),
    });
    try {
      const result = await scrapeReplay(prisma, replay);
      expect(result.counters.meetings.missing, JSON.stringify(result.errors)).toBe(1);
      expect((await meeting(66396)).missingSince).not.toBeNull();
      expect((await meeting(66395)).status).toBe("cancelled");
      expect(await prisma.meeting.count()).toBe(15);
    } finally {
      replay.clearOverrides();
    }
    await scrapeReplay(prisma, replay);
    expect((await meeting(66396)).missingSince).toBeNull();
  });

  it("updates a page that changed in place, keeping its row", async () => {
    const original = await meeting(66101);
    const page = await fetch(`${replay.baseUrl}/ieListDocuments.aspx?CId=788&MId=66101&Ver=4`).then((r) => r.text());
    replay.override("/ieListDocuments.aspx?CId=788&MId=66101&Ver=4", {
      body: page.replace(
        "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
        "Corporate Parenting Panel - Thursday 23 October 2025 6.30 pm",
      ),
    });
    try {
      const result = await scrapeReplay(prisma, replay);
      expect(result.counters.pages.updated).toBeGreaterThanOrEqual(1);
      const changed = await meeting(66101);
      expect(changed.id).toBe(original.id);
      expect(changed.title).toMatch(/6\.30 pm$/);
      expect(changed.agendaItems.map((i) => i.id)).toEqual(original.agendaItems.map((i) => i.id));
      expect(result.changedMeetingIds).toContain(original.id);
      expect(await prisma.meeting.count()).toBe(15);
    } finally {
      replay.clearOverrides();
    }
  });

  it("reads a councillor's posts from the profile, and fills them on an install whose older parser never did", async () => {
    const leader = () => prisma.person.findFirstOrThrow({ where: { externalId: 4401 } });
    expect((await leader()).posts).toEqual(["Leader of the Council and Portfolio Holder for Strategy"]);
    // As an install upgraded from before posts were read: the profile is unchanged (304), its parse is an old one.
    await prisma.person.update({ where: { id: (await leader()).id }, data: { posts: [] } });
    await prisma.fetchedPage.updateMany({
      where: { url: { contains: "mgUserInfo.aspx?UID=4401" } },
      data: { parsed: Prisma.DbNull, parsedBy: null },
    });
    const logStart = replay.requests.length;
    await scrapeReplay(prisma, replay);
    const profileRequests = replay.requests.slice(logStart).filter((r) => r.url.includes("UID=4401"));
    expect(profileRequests.length).toBeGreaterThan(0);
    expect(profileRequests.every((r) => r.status === 304)).toBe(true); // not downloaded again: read from the cache
    expect((await leader()).posts).toEqual(["Leader of the Council and Portfolio Holder for Strategy"]);
  });
});
