// The meetings and councillors indexes (filterable, "find your councillors" by ward), each council's pages naming
// that council and navigating within it, and the visible feed, calendar and API links with "add to calendar".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { between, readForm, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { createCommittee, createMeeting, seedHarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { meetingPath } from "@/lib/urls";

const prisma = createTestPrisma();
let site: RunningSite;

async function page(path: string) {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  const body = await response.text();
  return {
    status: response.status,
    html: body,
    text: textOf(body),
    location: response.headers.get("location"),
    headers: response.headers,
  };
}

/** The hrefs inside the page's header (brand, navigation) and the search form's action. */
function headerLinks(html: string): string[] {
  const header = /<header class="border-b[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
  return [...header.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedHarrowSample(prisma);
  const brent = await prisma.council.create({
    data: { slug: "brent", name: "Brent Council", baseUrl: "https://democracy.brent.gov.uk" },
  });
  const cabinet = await createCommittee(prisma, brent, { externalId: 130, name: "Cabinet" });
  await createMeeting(prisma, brent, cabinet, {
    externalId: 8203,
    startsAt: new Date("2026-12-07T10:00:00Z"),
    status: "scheduled",
  });
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("the meetings index", () => {
  it("lists every meeting of the council, newest first, with a GET filter form", async () => {
    const { status, html, text } = await page("/harrow/meetings");
    expect(status).toBe(200);
    expect(text).toContain("6 meetings");
    expect(text).not.toContain("Cabinet - Monday 7 December 2026"); // Brent's
    const form = readForm(html, site.baseUrl + "/harrow/meetings", "meetings-committee");
    expect(form.method).toBe("get");
    expect(html).toMatch(/<label[^>]*for="meetings-year"/);
    expect(html).toMatch(/<option value="276">Overview and Scrutiny Committee<\/option>/);
  });

  it("filters by committee, year and status", async () => {
    const byCommittee = await page("/harrow/meetings?committee=276");
    expect(byCommittee.text).toContain("2 meetings");
    expect(between(byCommittee.text, "2 meetings", "Follow")).not.toMatch(/Cabinet -|Corporate Parenting Panel -/);
    const byYear = await page("/harrow/meetings?year=2025&committee=276");
    expect(byYear.text).toContain("1 meeting");
    expect(byYear.text).toContain(
      "(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm",
    );
    const cancelled = await page("/harrow/meetings?status=cancelled");
    expect(cancelled.text).toContain("1 meeting");
    expect(cancelled.text).toMatch(/Planning Committee - \w+day \d+ \w+ \d{4} 6\.30 pm Cancelled/);
    // Nonsense is ignored, never an error.
    expect((await page("/harrow/meetings?committee=abc&year=3000x&status=%3Cb%3E&page=-1")).text).toContain(
      "6 meetings",
    );
  });

  it("sends an unknown council to its would-be home page, a real 404", async () => {
    const { status, location } = await page("/nowhere/meetings");
    expect(status).toBe(307);
    expect(location).toBe("/nowhere");
  });
});

describe("the councillors index", () => {
  it("lists councillors (not officers) with ward, party and posts", async () => {
    const { status, text } = await page("/harrow/people");
    expect(status).toBe(200);
    expect(text).toContain("All councillors (4 councillors)");
    expect(text).toContain("Councillor Graham Henson Wealdstone North ward · Labour · Deputy Leader of the Council");
    expect(text).not.toContain("Parmjit Chahal");
  });

  it("finds your councillors by ward, and filters by party", async () => {
    const byWard = await page("/harrow/people?ward=Pinner");
    expect(byWard.text).toContain("Councillors for Pinner (1 councillor)");
    expect(byWard.text).toContain("Councillor Paul Osborn Pinner ward");
    expect(byWard.text).not.toContain("Graham Henson");
    expect(byWard.html).toMatch(/<option value="Pinner" selected="">Pinner<\/option>/);
    const byParty = await page("/harrow/people?party=Conservative");
    expect(byParty.text).toContain("Conservative councillors (3 councillors)");
    const nobody = await page("/harrow/people?ward=Atlantis");
    expect(nobody.text).toContain("No councillors match these filters.");
  });
});

describe("each council's own pages", () => {
  it("Brent's pages say Brent and navigate within /brent", async () => {
    const { status, html: withScripts } = await page("/brent/committees");
    // What a reader gets: the cache serves pages without Next's scripts (whose payload also carries the 404 page).
    const html = withScripts.replace(/<script\b[\s\S]*?<\/script>/g, "");
    expect(status).toBe(200);
    expect(html).toContain(">Brent Council digest</a>");
    expect(html).toContain("<title>Committees · Brent Council digest</title>");
    expect(html).toMatch(/<meta property="og:site_name" content="Brent Council digest"\/>/);
    const links = headerLinks(html);
    expect(links).toEqual([
      "/brent",
      "/brent/meetings",
      "/brent/committees",
      "/brent/people",
      "/brent/topics",
      "/brent/weekly",
      "/brent/search",
    ]);
    expect(html).not.toContain("Harrow Council digest");
  });

  it("Harrow's say Harrow, and the home page explores within the council", async () => {
    const { html } = await page("/harrow");
    expect(headerLinks(html)).toEqual([
      "/harrow",
      "/harrow/meetings",
      "/harrow/committees",
      "/harrow/people",
      "/harrow/topics",
      "/harrow/weekly",
      "/harrow/search",
    ]);
    expect(html).toContain('href="/harrow/meetings">All meetings');
    expect(html).toContain('href="/harrow/people">Find your councillors');
    expect(html).toContain('href="/harrow/search">Search meetings and papers');
  });
});

describe("feeds, calendars and the API, visibly", () => {
  it("a committee page shows its feed, calendar and API query, each with a copyable address", async () => {
    const { text, html } = await page("/harrow/committees/276-overview-and-scrutiny-committee");
    const follow = between(text, "Follow, subscribe or reuse", "Summaries are");
    expect(follow).toContain("RSS feed of new summaries");
    expect(follow).toContain("Calendar of meetings (iCalendar)");
    expect(follow).toContain("Meetings as JSON (API)");
    // PUBLIC_BASE_URL is unset, so absolute addresses follow the port the server was started on.
    const base = `http://localhost:${new URL(site.baseUrl).port}`;
    expect(html).toContain(`value="${base}/harrow/committees/276-overview-and-scrutiny-committee/meetings.ics"`);
    expect(html).toMatch(
      new RegExp(
        `<input[^>]*id="follow-api"[^>]*readOnly=""[^>]*value="${base}/api/v1/meetings\\?council=harrow&amp;committee=276"`,
        "i",
      ),
    );
    expect(html).toMatch(/<label[^>]*for="follow-rss"/);
  });

  it("the council home and a topic page show theirs", async () => {
    expect((await page("/harrow")).text).toContain("Calendar of meetings (iCalendar)");
    expect((await page("/harrow/topics/childrens-services")).text).toContain("RSS feed of new summaries on this topic");
  });

  it("a meeting has an 'add to calendar' file: one event, the same UID as in the council's calendar", async () => {
    const path = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";
    const { html } = await page(path);
    expect(html).toContain(`href="${path}/calendar.ics"`);
    const ics = await page(`${path}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ics.headers.get("content-disposition")).toBe('attachment; filename="meeting-73254.ics"');
    expect(ics.html.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.html).toContain("UID:meeting-73254@localhost");
    expect(ics.html).toContain("DTSTART;TZID=Europe/London:20250708T183000");
    // An upcoming meeting's file carries the event the council's calendar has (same UID, so no duplicate).
    const upcoming = await prisma.meeting.findFirstOrThrow({
      where: { externalId: 95624 },
      include: { committee: true },
    });
    const upcomingPath = meetingPath({
      councilSlug: "harrow",
      externalId: 95624,
      committeeName: upcoming.committee.name,
      startsAt: upcoming.startsAt,
    });
    const one = await page(`${upcomingPath}/calendar.ics`);
    const event = (body: string) =>
      body
        .split("BEGIN:VEVENT")
        .find((e) => e.includes("UID:meeting-95624@localhost"))
        ?.split("END:VEVENT")[0];
    expect(event(one.html)).toBeDefined();
    expect(event(one.html)).toBe(event((await page("/harrow/meetings.ics")).html));
    expect((await page("/harrow/meetings/99999-x/calendar.ics")).status).toBe(404);
    expect((await page("/brent/meetings/73254-x/calendar.ics")).status).toBe(404);
  });
});
