// The site and the weekly digest on real Harrow text: the real-text corpus (tests/fixtures/real-harrow, see its
// ORIGIN.md) served as a ModernGov site, scraped by the real scraper into this file's database and summarised, then
// read through a real `next build` + `next start` with the clock fixed after its last meeting (Tuesday 17 December
// 2024). Each test is a defect a reader met on these pages, fixed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { ensureDigestIssue } from "@/lib/digest/ensure-digest-issue";
import { CORPUS_NOW, scrapeCorpus } from "@/scripts/eval/corpus/evaluate-corpus";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { between, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";

const prisma = createTestPrisma();
let site: RunningSite;

async function page(path: string): Promise<{ status: number; html: string; text: string }> {
  const response = await fetch(site.baseUrl + path);
  const html = await response.text();
  return { status: response.status, html, text: textOf(html) };
}
const count = (text: string, part: string) => text.split(part).length - 1;

beforeAll(async () => {
  await resetDatabase(prisma);
  await scrapeCorpus(prisma);
  await summarizeMeetings(prisma, { now: CORPUS_NOW });
  // The week of the Cabinet of 14 November 2024, published for the weekly archive as the Monday job would.
  await ensureDigestIssue(prisma, "harrow", { year: 2024, week: 46 });
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: "2024-12-20T12:00:00Z" });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("a meeting page on real minutes", () => {
  it("says an item's decision once: the minutes before it above the box, not the whole minute again after it", async () => {
    const { status, text } = await page("/harrow/meetings/65948-cabinet-2024-11-14");
    expect(status).toBe(200);
    const agenda = between(text, "Agenda and decisions", "Attendees");
    const item = between(agenda, "Mental Health Community Services", "Topics:");
    expect(count(item, "a procurement for a mental health community service be started")).toBe(1);
    expect(item.indexOf("Having considered the Non-Executive Voluntary Sector Representative's comments")).toBeLessThan(
      item.indexOf("Decision RESOLVED: That (1) a procurement"),
    );
  });

  it("heads a moved meeting with its name and date, and says the move in words", async () => {
    const moved = await page("/harrow/meetings/65312-health-and-social-care-scrutiny-sub-committee-2022-06-27");
    expect(moved.html).toMatch(
      /<h1[^>]*>Health and Social Care Scrutiny Sub-Committee - Monday 27 June 2022 6.30 pm<\/h1>/,
    );
    expect(moved.text).toContain("This meeting was moved from 21 June to Monday 27 June 2022.");
    expect(moved.text).not.toContain("MOVED");
    const special = await page("/harrow/meetings/65612-overview-and-scrutiny-committee-2022-10-17");
    expect(special.html).toMatch(
      /<h1[^>]*>\(Special\) Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm<\/h1>/,
    );
  });

  it("labels a recorded vote once, with its result, and counts and names the voters as the minutes mean them", async () => {
    const { text } = await page("/harrow/meetings/64392-council-2019-02-28");
    expect(text).toContain("Recorded vote (Carried)");
    expect(text).not.toContain("Recorded vote: Recorded vote");
    const vote = between(text, "Recorded vote (Carried)", "Topics:");
    expect(vote).toMatch(/Against \(26\): Almond, Ashton, Mrs Bath/);
    // "the Mayor, Councillor Kareema Marikar, and Councillors Ali, …": the Mayor (Kareema Marikar, 2018/19) once
    expect(vote).toMatch(/For \(31\): Kareema Marikar, Ali, Dan Anderson/);
    expect(text).toContain("carried by 31 votes to 26 (recorded vote)");
    expect(text).not.toContain("32 votes");
  });
});

describe("listings and topic pages on real summaries", () => {
  it("end a one-line outcome without a second full stop", async () => {
    const { text } = await page("/harrow/committees/249-cabinet");
    // The two titles are said whole where they fit (docs/summaries.md#overviews-read-as-a-resident-stop-39); an
    // outcome that ends on a shortened title is tested in tests/unit/data/one-line.test.ts.
    expect(text).toContain(
      "Approved Homes for Harrow: Council House Building for Londoners Programme - Airspace Development and Treasury Management",
    );
    expect(text).not.toContain("….");
  });

  it("quote the committee's name for a meeting tagged by it, not its title and name run together", async () => {
    const { text } = await page("/harrow/topics/governance");
    expect(text).not.toMatch(/\d\.\d\d [ap]m (Overview and Scrutiny|Governance, Audit)/);
    expect(text).toContain("Overview and Scrutiny Committee");
  });
});

describe("a moved meeting elsewhere: search results and feeds", () => {
  it("names the meeting a result comes from by its heading, not the council's status markers", async () => {
    const { text } = await page(`/harrow/search?q=${encodeURIComponent('"school streets"')}`);
    expect(text).toContain("From Cabinet - Monday 24 January 2022 6.30 pm");
    expect(text).not.toContain("Moved from 20 January 2022, Cabinet");
  });

  it("finds an application reference typed without its prefix, or its postcode without the space", async () => {
    // The Planning Committee of 28 June 2023 names "P/0941/23" only in its declarations of interest.
    for (const q of ["P/0941/23", "0941/23", "P0941/23", "HA26BZ"]) {
      const { text } = await page(`/harrow/search?q=${encodeURIComponent(q)}`);
      expect(text, q).toContain("From Planning Committee - Wednesday 28 June 2023 6.30 pm");
    }
  });

  it("titles a feed entry by the meeting's heading", async () => {
    const response = await fetch(
      `${site.baseUrl}/harrow/committees/1037-health-and-social-care-scrutiny-sub-committee/feed.xml`,
    );
    const xml = await response.text();
    expect(xml).toContain("Summary: Health and Social Care Scrutiny Sub-Committee - Monday 27 June 2022 6.30 pm");
    expect(xml).not.toContain("MOVED");
  });
});

describe("the weekly archive on real summaries", () => {
  it("names each meeting's links with their meeting", async () => {
    const { html } = await page("/harrow/weekly/2024-W46");
    expect(html).toContain('aria-label="Read the full summary: Cabinet, Thursday 14 November, 6.30 pm"');
    expect(html).toContain(
      'aria-label="Printed minutes: Traffic and Road Safety Advisory Panel, Wednesday 13 November, 6.30 pm"',
    );
  });

  it("says what each item decided, and keeps the count of other meetings whole in the headline", async () => {
    const { status, text } = await page("/harrow/weekly/2024-W46");
    expect(status).toBe(200);
    expect(text).toMatch(/, and 1 more meeting/);
    // Too long for both outcomes: the first whole, not the second cut ("… a mental health community…").
    expect(text).toContain("Cabinet designated Local Areas of Special Character (LASC), and 1 more meeting");
    expect(text).not.toContain("community…");
    const cabinet = between(text, "Mental Health Community Services", "Read the full summary");
    expect(cabinet).toMatch(
      /^Mental Health Community Services Decision: \(1\) A procurement for a mental health community service was started/,
    );
    expect(cabinet).toContain("Reason: It lets the Council meet its statutory duties");
  });
});
