// Feeds, calendars, sitemap, robots and the API as a real `next build` + `next start` serves them: the routes
// exist at their documented addresses (folders named feed.xml and meetings.ics), carry the right content types
// and the site's security headers, and malformed addresses are 404s or 400s, never 500s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedHarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";

const prisma = createTestPrisma();
let site: RunningSite;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedHarrowSample(prisma);
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(site.baseUrl + path, { headers, redirect: "manual" });

describe("served feeds", () => {
  it.each([
    ["/harrow/feed.xml", "application/rss+xml; charset=utf-8", "<rss"],
    ["/harrow/committees/276-overview-and-scrutiny-committee/feed.xml", "application/rss+xml; charset=utf-8", "ILACS"],
    ["/harrow/topics/childrens-services/feed.xml", "application/rss+xml; charset=utf-8", "Corporate Parenting Panel"],
    ["/harrow/meetings.ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR"],
    ["/harrow/committees/1001-planning-committee/meetings.ics", "text/calendar; charset=utf-8", "STATUS:CANCELLED"],
    ["/sitemap.xml", "application/xml", "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08"],
    ["/robots.txt", "text/plain", "Sitemap: "],
    ["/api/v1", "application/json; charset=utf-8", '"openapi": "3.1.0"'],
    ["/api/v1/meetings?committee=276", "application/json; charset=utf-8", '"id": 73254'],
    ["/api/v1/meetings/harrow/73254", "application/json; charset=utf-8", '"decisionText"'],
  ])("%s", async (path, type, content) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await response.text()).toContain(content);
  });

  it("answers 304 to a feed reader that has the current version", async () => {
    const etag = (await get("/harrow/feed.xml")).headers.get("etag")!;
    expect((await get("/harrow/feed.xml", { "If-None-Match": etag })).status).toBe(304);
  });

  it.each([
    ["/nowhere/feed.xml", 404],
    ["/harrow/committees/abc/feed.xml", 404],
    ["/harrow/committees/%00/meetings.ics", 404],
    ["/harrow/committees/99999999999999/feed.xml", 404],
    ["/harrow/topics/%3Cscript%3E/feed.xml", 404],
    ["/harrow/topics/no-such-topic/feed.xml", 404],
    ["/api/v1/meetings?page=abc", 400],
    ["/api/v1/meetings/harrow/abc", 400],
    ["/api/v1/meetings/harrow/1", 404],
  ])("%s is a %i", async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });
});
