// Issue 15, parts 3 and 4 against `next start`: the planning pages (index with filters, one page per reference,
// the council's planning portal when configured), search by reference or street, the sitemap, the JSON API, the
// meeting page's "Papers changed since publication" after the snapshot's second scrape, and the feed's update
// items; then the new pages in real Chromium with axe (when Chromium is installed).
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { BUILT_IN_COUNCILS } from "@/lib/councils";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { between, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";
import { hasChromium, keepScreenshot, launchBrowser } from "../helpers/browser";

const prisma = createTestPrisma();
let site: RunningSite;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "planning-councils-"));
const councilsFile = path.join(tmp, "councils.json");
const PORTAL = "https://planning.example.gov.uk/application?ref={reference}";

async function page(pathname: string) {
  const response = await fetch(site.baseUrl + pathname, { redirect: "manual" });
  const body = await response.text();
  return { status: response.status, html: body, text: textOf(body), location: response.headers.get("location") };
}

beforeAll(async () => {
  await resetDatabase(prisma);
  const replay = await startHarrowReplay();
  try {
    await scrapeReplay(prisma, replay, {}, { committeeIds: [1001] });
    await summarizeMeetings(prisma, { now: SNAPSHOT_NOW });
    await replay.secondScrape();
    await scrapeReplay(prisma, replay, {}, { committeeIds: [1001] });
    await summarizeMeetings(prisma, { now: SNAPSHOT_NOW });
  } finally {
    await replay.close();
  }
  // Harrow with a planning portal template (the built-in list has none: the council's real address is not known here).
  fs.writeFileSync(
    councilsFile,
    JSON.stringify(BUILT_IN_COUNCILS.map((c) => (c.slug === "harrow" ? { ...c, planningPortalUrl: PORTAL } : c))),
  );
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { COUNCILS_FILE: councilsFile, CLOCK_NOW: SNAPSHOT_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the planning index", () => {
  it("lists every application newest meeting first, with a GET filter form", async () => {
    const { status, html, text } = await page("/harrow/planning");
    expect(status).toBe(200);
    expect(text).toContain("5 applications");
    for (const slug of ["pl-2560-26", "pl-2617-26", "pl-1872-26", "pl-2241-26", "pl-2309-26"])
      expect(html).toContain(`href="/harrow/planning/${slug}"`);
    expect(text.indexOf("112 Pinner Road")).toBeLessThan(text.indexOf("14 Elmcroft Crescent"));
    expect(html).toMatch(/<label[^>]*for="planning-ward"/);
    expect(html).toMatch(/<option value="Headstone">Headstone<\/option>/);
    expect(between(text, "14 Elmcroft Crescent", "Planning Committee")).toMatch(
      /Refused .*Against the officers’ recommendation to grant/,
    );
  });

  it("filters by ward, decision and year, and ignores nonsense", async () => {
    const headstone = await page("/harrow/planning?ward=Headstone");
    expect(headstone.text).toContain("2 applications");
    expect(headstone.html).toContain("/harrow/planning/pl-2241-26");
    expect(headstone.html).toContain("/harrow/planning/pl-2617-26");
    const refused = await page("/harrow/planning?decision=refused");
    expect(refused.text).toContain("1 application");
    expect(refused.html).toContain("/harrow/planning/pl-2241-26");
    const pending = await page("/harrow/planning?decision=pending");
    expect(pending.text).toContain("2 applications");
    expect((await page("/harrow/planning?year=2025")).text).toContain("0 applications");
    expect((await page("/harrow/planning?year=2026&decision=granted")).text).toContain("2 applications");
    expect((await page("/harrow/planning?decision=%3Cb%3E&year=20x6")).text).toContain("5 applications");
  });
});

describe("an application's page", () => {
  it("gives address, ward, proposal, the officers' recommendation, the decision against it, the meeting, papers and the portal", async () => {
    const { status, html, text } = await page("/harrow/planning/pl-2241-26");
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>14 Elmcroft Crescent, Harrow, HA2 6HL<\/h1>/);
    expect(text).toContain(
      "Two storey side extension; single storey rear extension; conversion of dwellinghouse into two self-contained flats",
    );
    expect(text).toContain("Ward Headstone");
    expect(text).toContain("Officers recommended Grant");
    expect(text).toMatch(/Committee decision Refused/);
    expect(text).toContain(
      "The committee decided against the advice of the council’s planning officers, who recommended that permission be granted",
    );
    expect(text).toMatch(/Decided Planning Committee, Wednesday 21 October 2026, 6\.30 pm \(item 2\/01\)/);
    expect(html).toMatch(/href="\/harrow\/meetings\/66395-planning-committee-2026-10-21"/);
    expect(html).toContain("https://moderngov.harrow.gov.uk/documents/s206403/");
    expect(html).toContain('href="https://planning.example.gov.uk/application?ref=PL%2F2241%2F26"');
  });

  it("shows an application still to be decided as such", async () => {
    const { text } = await page("/harrow/planning/pl-2617-26");
    expect(text).toContain("Officers recommended Refuse");
    expect(text).toMatch(/Status Not yet decided/);
    expect(text).toMatch(/To be decided Planning Committee, Wednesday 2 December 2026/);
    expect(text).not.toContain("against the advice");
  });

  it("redirects another spelling of the reference, and answers 404 for an unknown one", async () => {
    const upper = await page("/harrow/planning/PL-2241-26");
    expect(upper.status).toBe(308);
    expect(upper.location).toMatch(/\/harrow\/planning\/pl-2241-26$/);
    expect((await page("/harrow/planning/pl-9999-99")).status).toBe(404);
    expect((await page("/harrow/planning/%3Cscript%3E")).status).toBe(404);
    // A malformed escape never reaches the page: Next.js answers 400 itself (never a 500).
    expect((await page("/harrow/planning/%E0%A4%A")).status).toBe(400);
  });
});

describe("the meeting pages", () => {
  it("link each application to its page", async () => {
    const { html } = await page("/harrow/meetings/66395-planning-committee-2026-10-21");
    for (const slug of ["pl-1872-26", "pl-2241-26", "pl-2309-26"])
      expect(html).toContain(`href="/harrow/planning/${slug}"`);
    expect(html).toContain('href="/harrow/planning">All planning applications');
    expect(html).not.toContain('id="changes"');
  });

  it("say what changed after publication, with a short diff", async () => {
    const { html, text } = await page("/harrow/meetings/66396-planning-committee-2026-12-02");
    expect(html).toContain('id="changes"');
    const line = /Updated on 27 Nov 2026: ([^.]+)\./.exec(text)?.[1] ?? "";
    expect(line.split("; ").sort()).toEqual([
      "Addendum added",
      "report ‘112 Pinner Road, Harrow, HA1 4JD - PL/2617/26’ revised (page 1 changed)",
      // The reports pack holds the report: its last page changed with it.
      "‘Agenda reports pack’ revised (page 8 changed)",
    ]);
    expect(text).toContain("What changed in ‘112 Pinner Road, Harrow, HA1 4JD - PL/2617/26’");
    expect(html).toMatch(/<ins[^>]*><span[^>]*>Added: <\/span>[^<]*a petition of 112 signatures/);
    expect(html).toMatch(/<del[^>]*><span[^>]*>Removed: <\/span>/);
    expect(html).toContain('href="/harrow/planning/pl-2617-26"');
  });
});

describe("search, sitemap, API and feed", () => {
  it("search finds an application by its reference or its street", async () => {
    for (const q of ["PL/2560/26", "pl-2560-26", "2560/26"]) {
      const { html } = await page(`/harrow/search?q=${encodeURIComponent(q)}`);
      expect(html, q).toContain('id="planning-results"');
      expect(html, q).toContain('href="/harrow/planning/pl-2560-26"');
    }
    const street = await page("/harrow/search?q=Pinner+Road");
    expect(street.html).toContain('href="/harrow/planning/pl-2617-26"');
    expect(street.html).not.toContain('href="/harrow/planning/pl-2241-26"');
    // Its postcode, with or without the space.
    for (const q of ["HA1 4JD", "HA14JD"]) {
      const { html } = await page(`/harrow/search?q=${encodeURIComponent(q)}`);
      expect(between(html, 'id="planning-results"', "</section>"), q).toContain('href="/harrow/planning/pl-2617-26"');
    }
  });

  it("the sitemap lists the index and every application", async () => {
    const { html: text } = await page("/sitemap.xml");
    expect(text).toMatch(/<loc>http:\/\/[^<]+\/harrow\/planning<\/loc>/);
    for (const slug of ["pl-2560-26", "pl-2617-26", "pl-1872-26", "pl-2241-26", "pl-2309-26"])
      expect(text).toContain(`/harrow/planning/${slug}`);
  });

  it("the API lists applications, gives one, and links them from the meeting's items", async () => {
    const list = (await (await fetch(`${site.baseUrl}/api/v1/planning/harrow?ward=Headstone`)).json()) as {
      data: { reference: string }[];
    };
    expect(list.data.map((a) => a.reference).sort()).toEqual(["PL/2241/26", "PL/2617/26"]);
    const one = await fetch(`${site.baseUrl}/api/v1/planning/harrow/pl-2241-26`);
    expect(one.status).toBe(200);
    const { data } = (await one.json()) as { data: Record<string, unknown> & { links: Record<string, string> } };
    expect(data).toMatchObject({
      reference: "PL/2241/26",
      ward: "Headstone",
      officerRecommendation: "grant",
      decision: "refused",
      againstOfficers: true,
    });
    expect(data.links.portal).toBe("https://planning.example.gov.uk/application?ref=PL%2F2241%2F26");
    expect(data.links.html).toMatch(/^http:\/\/[^/]+\/harrow\/planning\/pl-2241-26$/);
    expect((await fetch(`${site.baseUrl}/api/v1/planning/harrow/pl-0000-00`)).status).toBe(404);
    const meeting = (await (await fetch(`${site.baseUrl}/api/v1/meetings/harrow/66396`)).json()) as {
      data: {
        items: { number: string; planningApplications: { reference: string; html: string }[] }[];
        changes: { kind: string; title: string; pages: number[] }[];
      };
    };
    expect(meeting.data.items.find((i) => i.number === "2/01")?.planningApplications).toEqual([
      expect.objectContaining({
        reference: "PL/2617/26",
        html: expect.stringMatching(/\/harrow\/planning\/pl-2617-26$/),
      }),
    ]);
    expect(meeting.data.changes).toContainEqual(expect.objectContaining({ kind: "added", title: "Addendum" }));
    expect(meeting.data.changes).toContainEqual(expect.objectContaining({ kind: "revised", pages: [1] }));
    const openapi = (await (await fetch(`${site.baseUrl}/api/v1`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/v1/planning/{council}", "/api/v1/planning/{council}/{reference}"]),
    );
  });

  it("the committee's feed has an item for the updated papers", async () => {
    const { html } = await page("/harrow/committees/1001/feed.xml");
    expect(html).toContain("Papers updated: Planning Committee - Wednesday 2 December 2026");
    expect(html).toMatch(
      /<guid isPermaLink="false">[^<]*\/harrow\/meetings\/66396-planning-committee-2026-12-02#updated-2026-11-27<\/guid>/,
    );
    expect(html).toContain("Updated on 27 Nov 2026: Addendum added;");
  });
});

describe.skipIf(!hasChromium)("in a real browser", () => {
  it("the planning pages and the updated meeting page have no serious accessibility issues", async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      for (const pathname of [
        "/harrow/planning",
        "/harrow/planning?ward=Headstone",
        "/harrow/planning/pl-2241-26",
        "/harrow/meetings/66396-planning-committee-2026-12-02",
      ]) {
        const tab = await context.newPage();
        const response = await tab.goto(site.baseUrl + pathname);
        expect(response?.status(), pathname).toBe(200);
        const overflow = await tab.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, pathname).toBeLessThanOrEqual(0);
        const results = await new AxeBuilder({ page: tab }).analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(
          serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
          pathname,
        ).toEqual([]);
        await keepScreenshot(tab, `planning${pathname.replace(/[/?=&%.]+/g, "-")}`);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });
});
