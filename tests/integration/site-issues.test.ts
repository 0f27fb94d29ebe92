// Issue pages, the forward plan and their entries elsewhere (meeting pages, RSS, the JSON API, the sitemap,
// search), from a real `next build` + `next start` over the snapshot's Corporate Parenting Panel, Health and
// Wellbeing Board and Cabinet, scraped and summarised, with the clock fixed at the snapshot's day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { issuePath } from "@/lib/urls";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { between, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let site: RunningSite;

const ISSUE = "/harrow/issues/105210-corporate-parenting-strategy-2026-2029";
const CABINET_19_NOV = "/harrow/meetings/66392-cabinet-2026-11-19";

async function page(path: string): Promise<{ status: number; html: string; text: string; location: string | null }> {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  const html = await response.text();
  return { status: response.status, html, text: textOf(html), location: response.headers.get("location") };
}

beforeAll(async () => {
  await resetDatabase(prisma);
  const replay = await startHarrowReplay();
  try {
    await scrapeReplay(prisma, replay, {}, { committeeIds: [788, 1280, 249] });
  } finally {
    await replay.close();
  }
  await summarizeMeetings(prisma, { now: SNAPSHOT_NOW });
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SNAPSHOT_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("an issue's page", () => {
  it("follows the matter through three committees in date order, each with its decision and papers", async () => {
    const { status, html, text } = await page(ISSUE);
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Corporate Parenting Strategy 2026-2029<\/h1>/);
    expect(text).toContain("Status Recommendations Approved");
    expect(text).toContain("Decision due 19 Nov 2026 by Cabinet");
    const history = between(text, "Where it came up", "Follow, subscribe or reuse");
    const cpp = history.indexOf("Corporate Parenting Panel, Thursday 29 October 2026");
    const hwb = history.indexOf("Health and Wellbeing Board, Thursday 12 November 2026");
    const cabinet = history.indexOf("Cabinet, Thursday 19 November 2026");
    expect(cpp).toBeGreaterThanOrEqual(0);
    expect(hwb).toBeGreaterThan(cpp);
    expect(cabinet).toBeGreaterThan(hwb);
    // Each meeting's own outcome: the Panel's and the Board's resolutions, Cabinet's decision.
    expect(history).toContain("RESOLVED: That the Panel's comments be reported to Cabinet with the draft strategy.");
    expect(history).toContain("RESOLVED: That the Board's comments be reported to Cabinet with the draft strategy.");
    expect(history).toContain("the Corporate Parenting Strategy 2026-2029 be adopted");
    // The Panel's report, and links to each meeting's item.
    expect(html).toContain("Draft Corporate Parenting Strategy 2026-2029");
    expect(html).toMatch(/href="https:\/\/moderngov\.harrow\.gov\.uk\/documents\/s206603\//);
    expect(html).toContain(`href="${CABINET_19_NOV}#item-`);
    expect(html).toContain('href="https://moderngov.harrow.gov.uk/mgIssueHistoryHome.aspx?IId=105210"');
  });

  it("moves any other spelling to the canonical address, and answers 404 for unknown or malformed ids", async () => {
    const moved = await page("/harrow/issues/105210");
    expect([301, 308]).toContain(moved.status);
    expect(moved.location).toContain(ISSUE);
    expect((await page("/harrow/issues/999999-nothing")).status).toBe(404);
    expect((await page("/harrow/issues/not-a-number")).status).toBe(404);
    expect((await page("/nowhere/issues/105210")).status).toBe(404);
  });

  it("has an RSS feed with an entry per meeting", async () => {
    const response = await fetch(`${site.baseUrl}${ISSUE}/feed.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await response.text();
    expect(xml.match(/<item>/g)).toHaveLength(3);
    expect(xml).toContain("Cabinet, 19 Nov 2026: Corporate Parenting Strategy 2026-2029");
    expect((await fetch(`${site.baseUrl}/harrow/issues/999999-x/feed.xml`)).status).toBe(404);
  });
});

describe("the meeting page", () => {
  it("links each item to its history and names the other meetings where it came up", async () => {
    const { html, text } = await page(CABINET_19_NOV);
    expect(html).toContain(`href="${ISSUE}"`);
    expect(text).toMatch(
      /History of this item · Follow this item · Also discussed at: Corporate Parenting Panel, Thursday 29 October 2026\s*; Health and Wellbeing Board, Thursday 12 November 2026/,
    );
    expect(html).toContain('href="/subscribe?follow=harrow:105210"');
    expect(html).toContain('href="/harrow/meetings/66405-corporate-parenting-panel-2026-10-29#item-');
  });

  it("leaves items without an issue alone", async () => {
    const { text } = await page("/harrow/meetings/66402-health-and-wellbeing-board-2026-11-12");
    expect(text.match(/History of this item/g)).toHaveLength(1);
  });
});

describe("the forward plan", () => {
  it("lists the key decisions due from the fixed day, earliest first, with who decides and links once papers exist", async () => {
    const { status, html, text } = await page("/harrow/forward-plan");
    expect(status).toBe(200);
    const titles = [
      "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
      "Property Acquisition for Temporary Accommodation",
      "Harrow Strategic Development Partnership - Phase 2 Business Plan",
      "Final Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
      "Housing Revenue Account Budget 2027/28 and Rent Setting",
      "Council Tax Support Scheme 2027/28",
    ];
    const positions = titles.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("Due: 10 Dec 2026 by Cabinet");
    // Decided before the fixed day: not on the plan any more.
    expect(text).not.toContain("Corporate Parenting Strategy 2026-2029");
    // Papers exist for the draft budget (Cabinet 10 December), not for the partnership's business plan.
    expect(html).toContain(
      `href="${issuePath({ councilSlug: "harrow", externalId: 105236, title: "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30" })}"`,
    );
    expect(html).not.toContain('href="/harrow/issues/105245');
  });
});

describe("the API, the sitemap and search", () => {
  it("gives each meeting item its issue with its page", async () => {
    const body = (await (await fetch(`${site.baseUrl}/api/v1/meetings/harrow/66392`)).json()) as {
      data: { items: { title: string; issue: { id: number; title: string; html: string } | null }[] };
    };
    const items = body.data.items;
    const item = items.find((i) => i.title === "Corporate Parenting Strategy 2026-2029");
    expect(item?.issue).toEqual({
      id: 105210,
      title: "Corporate Parenting Strategy 2026-2029",
      html: expect.stringMatching(new RegExp(`${ISSUE}$`)),
    });
    expect(items.find((i) => i.title === "Calculation of the Council Tax Base for 2027/28")?.issue).toBeNull();
  });

  it("lists the issue pages and the forward plan in the sitemap", async () => {
    const xml = await (await fetch(`${site.baseUrl}/sitemap.xml`)).text();
    expect(xml).toContain(`${ISSUE}</loc>`);
    expect(xml).toContain("/harrow/forward-plan</loc>");
    expect(xml).not.toContain("/harrow/issues/105245");
  });

  it("search results for an item link its history", async () => {
    const { html } = await page("/harrow/search?q=%22corporate+parenting+strategy%22");
    expect(html).toContain(`href="${ISSUE}"`);
  });
});

describe("recorded votes", () => {
  it("the meeting page shows the vote, its result and who voted which way", async () => {
    const { text } = await page(CABINET_19_NOV);
    expect(text).toContain("Recorded vote: Council Tax Support Scheme 2027/28: Recommendation to Council (Carried)");
    expect(text).toMatch(/For \(6\): Councillor Marcus Ellery, Councillor Rekha Varsani/);
    expect(text).toContain("Abstained (1): Councillor Farida Qureshi");
  });

  it("a councillor's page lists their recorded votes, and says so when there are none", async () => {
    const voter = await page("/harrow/people/4406-farida-qureshi");
    expect(voter.status).toBe(200);
    expect(between(voter.text, "Recorded votes", "Decisions they took part in")).toContain(
      "Abstained · Council Tax Support Scheme 2027/28: Recommendation to Council (Carried)",
    );
    const other = await page("/harrow/people/4420-angela-brennan");
    expect(other.status).toBe(200);
    expect(other.text).toMatch(/The council has published no recorded vote naming (Councillor )?Angela Brennan\./);
  });

  it("the API gives each item its recorded votes", async () => {
    const body = (await (await fetch(`${site.baseUrl}/api/v1/meetings/harrow/66392`)).json()) as {
      data: { items: { title: string; recordedVotes: { result: string; for: string[]; abstain: string[] }[] }[] };
    };
    const cts = body.data.items.find((i) => i.title === "Council Tax Support Scheme 2027/28")!;
    expect(cts.recordedVotes).toHaveLength(1);
    expect(cts.recordedVotes[0]).toMatchObject({ result: "Carried", abstain: ["Councillor Farida Qureshi"] });
    expect(cts.recordedVotes[0]!.for).toHaveLength(6);
  });
});
