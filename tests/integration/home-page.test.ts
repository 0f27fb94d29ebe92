// The home page, served by a real `next build` + `next start`: its empty state, then the claim that cached pages
// pick up new data within a minute (ISR, revalidate = 30) without a rebuild, then what the page shows.
// Posting its subscribe form is tested in site-subscribe.test.ts, and the weekly pages in site-weekly.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { waitUntil } from "../../kit/wait";
import { between, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { ensureDigestIssue } from "@/lib/digest/ensure-digest-issue";
import { seedHarrowSample, SAMPLE_NOW } from "../../kit/factories";

const prisma = createTestPrisma();
let site: RunningSite;

beforeAll(async () => {
  await resetDatabase(prisma);
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("home page", () => {
  it("shows a helpful empty state on an empty database", async () => {
    const response = await fetch(site.baseUrl + "/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("No council data yet");
    expect(html).toContain("npm start");
  });

  it("shows newly imported data within a minute, without a rebuild", async () => {
    await seedHarrowSample(prisma);
    // A published weekly issue (2025-W43 holds the sample's Corporate Parenting Panel), made before the first
    // refresh so every later test sees it under the subscribe box.
    await ensureDigestIssue(prisma, "harrow", { year: 2025, week: 43 });
    // The site learns of the new rows from the database's notifications: waited for, with no time limit of its own.
    await waitUntil(
      async () => !(await (await fetch(site.baseUrl + "/")).text()).includes("No council data yet"),
      () => `the home page to show the seeded council:\n${site.output().slice(-3000)}`,
      1_000,
    );
  });

  it("serves the default council at / and at /harrow, from the cache", async () => {
    const root = await fetch(site.baseUrl + "/");
    const harrow = await fetch(site.baseUrl + "/harrow");
    expect(root.status).toBe(200);
    expect(harrow.status).toBe(200);
    expect(textOf(await root.text())).toBe(textOf(await harrow.text()));
    const again = await fetch(site.baseUrl + "/harrow");
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("says what the site is and links to committees, topics and search", async () => {
    const html = await (await fetch(site.baseUrl + "/")).text();
    const text = textOf(html);
    expect(html).toMatch(/<h1[^>]*>Harrow Council meetings, summarised<\/h1>/);
    expect(text).toContain("This site summarises each meeting in plain English");
    expect(html).toContain('href="/harrow/committees"');
    expect(html).toContain('href="/harrow/topics"');
    expect(html).toContain('href="/harrow/search"');
    // The header's search box submits with GET to the council's own search, so it works without JavaScript.
    const search = /<form[^>]*role="search"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
    expect(search).toMatch(/<form[^>]*action="\/harrow\/search"/);
    expect(search).toMatch(/<form[^>]*method="get"/);
    expect(search).toContain('name="q"');
  });

  it("lists the next two weeks' meetings, and recent ones with a one-line summary", async () => {
    const text = textOf(await (await fetch(site.baseUrl + "/")).text());
    const upcoming = between(text, "Coming up in the next two weeks", "Recent meetings");
    expect(upcoming).toMatch(/Cabinet - \w+day \d+ \w+ \d{4} \d\.30 pm Upcoming/);
    expect(upcoming).not.toContain("Council - "); // a month away: not in the next two weeks
    const recent = between(text, "Recent meetings", "Subscribe to updates");
    // Newest first; the first sentence of each overview, or a plain note that there is none yet.
    const order = [
      "Overview and Scrutiny Committee - ",
      "Planning Committee - ",
      "Corporate Parenting Panel - ",
      "(Special - ILACS Report)",
    ];
    const positions = order.map((t) => recent.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(recent).toContain("Summary not yet available");
    // A cancelled meeting: a clean title and the "Cancelled" badge, not the council's ", CANCELLED" marker.
    expect(recent).toMatch(/Planning Committee - \w+day \d+ \w+ \d{4} 6\.30 pm Cancelled/);
    expect(recent).not.toContain("CANCELLED");
    expect(recent).toContain(
      "The Overview and Scrutiny Committee met to discuss the council's response to a recent ILACS report, which rated Harrow's children's services 'inadequate' overall.",
    );
    expect(recent).not.toContain("The committee noted the report."); // only the first sentence
  });

  it("offers a working weekly-email form with its promise, and past updates below it", async () => {
    const html = await (await fetch(site.baseUrl + "/")).text();
    const text = textOf(html);
    expect(text).toContain(
      "Subscribe to updates You'll receive a weekly email about Harrow Council's meetings: what was decided and what is coming up.",
    );
    const form = /<form(?:(?!<\/form>)[\s\S])*?id="subscribe-email"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
    // A server action as plain HTML: the form posts back to the page with the action's id in a hidden field.
    expect(form).toMatch(/^<form[^>]*method="post"/i);
    expect(form).toMatch(/<input type="hidden" name="\$ACTION_ID_\w+"/);
    expect(form).not.toMatch(/\sdisabled=/);
    expect(text).not.toContain("Subscriptions open soon");
    expect(form).toMatch(/<label[^>]*for="subscribe-email"[^>]*>Email address<\/label>/);
    const email = /<input[^>]*id="subscribe-email"[^>]*>/.exec(form)?.[0] ?? "";
    expect(email).toContain('type="email"');
    expect(email).toContain('name="email"');
    expect(email).toContain("required");
    // The honeypot: off-screen, out of the tab order and hidden from screen readers; bots fill it in.
    const trap = /<div aria-hidden="true"[^>]*>(?:(?!<\/div>)[\s\S])*<\/div>/.exec(form)?.[0] ?? "";
    expect(trap).toMatch(/<input[^>]*name="website"[^>]*tabindex="-1"|<input[^>]*tabindex="-1"[^>]*name="website"/);
    expect(form).toMatch(/<button type="submit"[^>]*>Subscribe<\/button>/);
  });

  it("lists past weekly updates under the subscribe box, linked to each issue and to the archive", async () => {
    const html = await (await fetch(site.baseUrl + "/")).text();
    const text = textOf(html);
    const weekly = between(text, "Past weekly updates", "Summaries are machine-generated");
    expect(text.indexOf("Past weekly updates")).toBeGreaterThan(text.indexOf("Subscribe to updates"));
    expect(weekly).toContain(
      "Week of 20–26 October 2025 Corporate Parenting Panel met on Thursday 23 October Published",
    );
    expect(weekly).not.toContain("No weekly updates yet");
    expect(html).toMatch(/<a[^>]*href="\/harrow\/weekly\/2025-W43"[^>]*>Week of 20–26 October 2025<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/harrow\/weekly"[^>]*>All weekly updates<\/a>/);
  });
});
