// The summaries feeds (RSS) and meeting calendars (iCalendar) over the scraped and summarised Harrow snapshot, by
// calling the route handlers as Next.js does: what a feed reader or calendar app would receive, including 404s
// for anything malformed, and 304s for unchanged feeds. Also sitemap.xml and robots.txt.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestPrisma, testDatabaseUrl, startFromSnapshot } from "../helpers/db";

const SITE = "https://digest.example.org";
// lib/env reads the environment once, on first use, and some modules use it as they load (lib/councils): set it
// first and import everything that reaches lib/env afterwards.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.PUBLIC_BASE_URL = SITE;
process.env.APP_SECRET ??= "feeds-test-secret-".padEnd(40, "x");
// The snapshot's calendar window is decided by its own day, not the wall clock (restored after the file).
const SNAPSHOT_DAY = "2026-11-26T12:00:00.000Z";
vi.stubEnv("CLOCK_NOW", SNAPSHOT_DAY);

const { GET: siteFeed } = await import("@/app/[council]/feed.xml/route");
const { GET: committeeFeed } = await import("@/app/[council]/committees/[committee]/feed.xml/route");
const { GET: topicFeed } = await import("@/app/[council]/topics/[topic]/feed.xml/route");
const { GET: siteCalendar } = await import("@/app/[council]/meetings.ics/route");
const { GET: committeeCalendar } = await import("@/app/[council]/committees/[committee]/meetings.ics/route");
const { default: sitemap } = await import("@/app/sitemap");
const { default: robots } = await import("@/app/robots");

// The snapshot scraped and summarised as of its own day, SNAPSHOT_DAY (tests/helpers/snapshot-db.ts).
startFromSnapshot("summarised");
const prisma = createTestPrisma();
afterAll(() => vi.unstubAllEnvs());

const request = (path: string, headers: Record<string, string> = {}) => new Request(SITE + path, { headers });
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });

afterAll(async () => {
  await prisma.$disconnect();
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
});

async function rss(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  return cheerio.load(await response.text(), { xml: true });
}

describe("summaries feed", () => {
  it("lists the council's summaries, newest first, with absolute links and stable guids", async () => {
    const $ = await rss(await siteFeed(request("/harrow/feed.xml"), params({ council: "harrow" })));
    const expected = await prisma.summary.count({ where: { kind: { not: "empty" } } });
    const items = $("item");
    expect(items.length).toBe(expected);
    expect(expected).toBeGreaterThan(5);
    expect($("channel > atom\\:link").attr("href")).toBe(`${SITE}/harrow/feed.xml`);
    const dates = items.map((_, e) => Date.parse($(e).find("pubDate").text())).get();
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const links = items.map((_, e) => $(e).find("link").text()).get();
    for (const link of links) expect(link).toMatch(new RegExp(`^${SITE}/harrow/meetings/\\d+-[a-z0-9-]+$`));
    const guids = items.map((_, e) => $(e).find("guid").text()).get();
    expect(new Set(guids).size).toBe(guids.length);
    // A cancelled meeting's entry says so once, in words, with the meeting's heading (not the council's ", CANCELLED").
    const cancelled = items.filter((_, e) => $(e).find("title").text().startsWith("Cancelled: "));
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.first().find("title").text()).not.toContain("CANCELLED");
  });

  it("carries overviews as escaped HTML", async () => {
    const $ = await rss(await siteFeed(request("/harrow/feed.xml"), params({ council: "harrow" })));
    const description = $("item").first().find("description").text();
    expect(description.startsWith("<p>")).toBe(true);
    const overview = cheerio.load(description)("p").first().text();
    const stored = await prisma.summary.findFirstOrThrow({
      where: { kind: { not: "empty" } },
      orderBy: [{ generatedAt: "desc" }, { id: "desc" }],
    });
    expect(overview).toBe(stored.overview);
  });

  it("narrows to a committee, at its canonical address even from a stale slug", async () => {
    const $ = await rss(
      await committeeFeed(
        request("/harrow/committees/788-old-name/feed.xml"),
        params({ council: "harrow", committee: "788-old-name" }),
      ),
    );
    const titles = $("item > title")
      .map((_, e) => $(e).text())
      .get();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/Corporate Parenting Panel/);
    expect($("channel > atom\\:link").attr("href")).toBe(
      `${SITE}/harrow/committees/788-corporate-parenting-panel/feed.xml`,
    );
  });

  it("narrows to a topic: meetings tagged with it, directly or through an agenda item", async () => {
    const $ = await rss(
      await topicFeed(
        request("/harrow/topics/childrens-services/feed.xml"),
        params({ council: "harrow", topic: "childrens-services" }),
      ),
    );
    const ids = $("item > link")
      .map((_, e) => Number(/meetings\/(\d+)/.exec($(e).text())![1]))
      .get();
    const tagged = await prisma.meeting.findMany({
      where: {
        summary: { kind: { not: "empty" } },
        OR: [
          { topics: { some: { topic: { slug: "childrens-services" } } } },
          { agendaItems: { some: { topics: { some: { topic: { slug: "childrens-services" } } } } } },
        ],
      },
      select: { externalId: true },
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.sort()).toEqual(tagged.map((m) => m.externalId).sort());
  });

  it("answers 304 to a reader that already has the current feed", async () => {
    const first = await siteFeed(request("/harrow/feed.xml"), params({ council: "harrow" }));
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await siteFeed(request("/harrow/feed.xml", { "If-None-Match": etag }), params({ council: "harrow" }));
    expect(again.status).toBe(304);
  });

  it("answers a plain 404, never a 500, for anything malformed or unknown", async () => {
    const cases: [Promise<Response>, string][] = [
      [siteFeed(request("/nowhere/feed.xml"), params({ council: "nowhere" })), "council"],
      ...["abc", "0", "-1", "99999999999", "424242", "788%00", "../../etc"].map(
        (c) =>
          [committeeFeed(request(`/harrow/committees/x/feed.xml`), params({ council: "harrow", committee: c })), c] as [
            Promise<Response>,
            string,
          ],
      ),
      ...["no-such-topic", "Housing", "../x", "a".repeat(500), "housing'--"].map(
        (t) =>
          [topicFeed(request(`/harrow/topics/x/feed.xml`), params({ council: "harrow", topic: t })), t] as [
            Promise<Response>,
            string,
          ],
      ),
    ];
    for (const [pending, label] of cases) {
      const response = await pending;
      expect(response.status, label).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    }
  });
});

/** Unfolded content lines. */
const lines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);

function events(ics: string): Map<string, string[]> {
  const byUid = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      byUid.set(current.find((l) => l.startsWith("UID:"))!.slice(4), current);
      current = null;
    } else current?.push(line);
  }
  return byUid;
}

describe("meetings calendar", () => {
  // The calendar covers the past year from today: pin today to the snapshot's, or these tests would age.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-26T12:00:00Z") });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it("is a valid iCalendar: CRLF lines of at most 75 octets, the London time zone, one event per meeting", async () => {
    const response = await siteCalendar(request("/harrow/meetings.ics"), params({ council: "harrow" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const physical of ics.split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
    expect(lines(ics)).toContain("BEGIN:VTIMEZONE");
    const recent = await prisma.meeting.count({
      where: { startsAt: { gte: new Date(Date.parse(SNAPSHOT_DAY) - 366 * 24 * 3600 * 1000) } },
    });
    expect(events(ics).size).toBe(recent);
    expect(recent).toBeGreaterThan(5);
  });

  it("gives each meeting its UID, London start, page URL and status; cancelled meetings are CANCELLED", async () => {
    const ics = await (await siteCalendar(request("/harrow/meetings.ics"), params({ council: "harrow" }))).text();
    const cancelled = events(ics).get("meeting-66399@digest.example.org")!;
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain("DTSTART;TZID=Europe/London:20261110T183000");
    expect(cancelled.find((l) => l.startsWith("SUMMARY:"))).toMatch(/^SUMMARY:Cancelled: Governance\\, Audit/);
    const cabinet = events(ics).get("meeting-66391@digest.example.org")!;
    expect(cabinet).toContain("STATUS:CONFIRMED");
    expect(cabinet).toContain("DTSTART;TZID=Europe/London:20261015T183000");
    expect(cabinet).toContain(`URL:${SITE}/harrow/meetings/66391-cabinet-2026-10-15`);
    expect(cabinet.some((l) => l.startsWith("LOCATION:"))).toBe(true);
    expect(cabinet.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
  });

  it("narrows to one committee, and 404s for a malformed or unknown one", async () => {
    const ics = await (
      await committeeCalendar(
        request("/harrow/committees/249-cabinet/meetings.ics"),
        params({ council: "harrow", committee: "249-cabinet" }),
      )
    ).text();
    const all = [...events(ics).values()];
    expect(all.length).toBeGreaterThan(0);
    for (const event of all) expect(event).toContain("CATEGORIES:Cabinet");
    for (const committee of ["cabinet", "0", "424242"]) {
      const response = await committeeCalendar(
        request("/harrow/committees/x/meetings.ics"),
        params({ council: "harrow", committee }),
      );
      expect(response.status).toBe(404);
    }
  });
});

describe("sitemap and robots", () => {
  it("lists every meeting, committee and topic page with absolute URLs", async () => {
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    expect(urls).toContain(`${SITE}/harrow`);
    expect(urls).toContain(`${SITE}/harrow/meetings/66391-cabinet-2026-10-15`);
    expect(urls).toContain(`${SITE}/harrow/committees/249-cabinet`);
    expect(urls.filter((u) => u.includes("/meetings/"))).toHaveLength(await prisma.meeting.count());
    expect(urls.some((u) => u.includes("/topics/childrens-services"))).toBe(true);
    expect(urls.every((u) => u.startsWith(`${SITE}/`))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("points crawlers at the sitemap and keeps them out of search results", () => {
    const rules = robots();
    expect(rules.sitemap).toBe(`${SITE}/sitemap.xml`);
    expect(JSON.stringify(rules.rules)).toContain("/search");
  });
});
