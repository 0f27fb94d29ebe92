// The weekly-updates archive from a real `next build` + `next start`: /harrow/weekly lists the published issues,
// newest first, and /harrow/weekly/{week} shows one as the email bulletin showed it; anything else is a 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDigestIssue } from "@/lib/digest/ensure-digest-issue";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedDigestWeek } from "../../kit/digest-fixtures";
import { between, textOf } from "../helpers/html-text";

const prisma = createTestPrisma();
let site: RunningSite;
let headlines: Record<string, string>;

async function page(path: string) {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  const html = await response.text();
  return { status: response.status, html, text: textOf(html) };
}

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedDigestWeek(prisma);
  await seedKeyDecisions();
  // Two issues: 2025-W43 (three meetings, one cancelled, and Cabinet the week after) and 2025-W44 (Cabinet).
  headlines = {};
  for (const week of [43, 44]) {
    const issue = await ensureDigestIssue(prisma, "harrow", { year: 2025, week });
    headlines[issue!.week] = issue!.content.headline;
  }
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("the weekly archive", () => {
  it("lists every published issue, newest first, each linked with its headline", async () => {
    const { status, html, text } = await page("/harrow/weekly");
    expect(status).toBe(200);
    const list = between(text, "Weekly updates", "Subscribe to updates");
    const newer = list.indexOf(`Week of 27 October – 2 November 2025 ${headlines["2025-W44"]} Published`);
    const older = list.indexOf(`Week of 20–26 October 2025 ${headlines["2025-W43"]} Published`);
    expect(newer).toBeGreaterThanOrEqual(0);
    expect(older).toBeGreaterThan(newer);
    expect(html).toMatch(/<a[^>]*href="\/harrow\/weekly\/2025-W43"/);
    expect(html).toMatch(/<a[^>]*href="\/harrow\/weekly\/2025-W44"/);
    expect(text).not.toContain("No weekly updates yet");
    expect(html).toMatch(/<input type="hidden" name="\$ACTION_ID_\w+"/); // the sign-up form is live here too
  });
});

/**
 * Key decisions around the 28 days 2025-W43 looks ahead over (Monday 27 October to Sunday 23 November 2025); the
 * wall clock is a year or more later, so a page that looked ahead from today would list none of them.
 */
async function seedKeyDecisions() {
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
  const issue = (externalId: number, title: string, due: string, isKey = true) =>
    prisma.issue.create({
      data: {
        councilId: council.id,
        externalId,
        title,
        isKey,
        decisionType: isKey ? "Key" : "Non-key",
        decisionMaker: "Cabinet",
        decisionDue: new Date(`${due}T00:00:00Z`),
        decisionDueText: `${due} by Cabinet`,
        officialUrl: `https://moderngov.harrow.gov.uk/mgIssueHistoryHome.aspx?IId=${externalId}`,
      },
    });
  await issue(91001, "Day before the window", "2025-10-26");
  const first = await issue(91002, "Draft Revenue Budget 2026/27", "2025-10-27");
  await issue(91003, "Last day of the window", "2025-11-23");
  await issue(91004, "Day after the window", "2025-11-24");
  await issue(91005, "Not a key decision", "2025-11-05", false);
  // The first has papers on an agenda, so its page is linked.
  const item = await prisma.agendaItem.findFirstOrThrow({ orderBy: { id: "asc" } });
  await prisma.agendaItem.update({ where: { id: item.id }, data: { issueId: first.id } });
}

describe("key decisions on a weekly issue", () => {
  it("lists those due in the 28 days from the Monday after the week, as the email did, linked once papers exist", async () => {
    const { html, text } = await page("/harrow/weekly/2025-W43");
    const list = between(text, "Key decisions due in the next four weeks", "All weekly updates");
    // (textOf leaves a space where the link ends)
    expect(list).toBe(
      "Key decisions due in the next four weeks Announced by the council for Monday 27 October 2025 to Sunday 23 November 2025. " +
        "Draft Revenue Budget 2026/27 : 2025-10-27 by Cabinet Last day of the window: 2025-11-23 by Cabinet ",
    );
    expect(html).toMatch(
      /<a[^>]*href="\/harrow\/issues\/91002-draft-revenue-budget-2026-27"[^>]*>Draft Revenue Budget 2026\/27<\/a>/,
    );
    expect(html).not.toContain("/harrow/issues/91003"); // no papers yet: no page to link
  });

  it("works the list out from the ISO week for an issue stored before emails listed key decisions", async () => {
    const { text } = await page("/harrow/weekly/2025-W44");
    const list = between(text, "Key decisions due in the next four weeks", "All weekly updates");
    expect(list).toContain("Announced by the council for Monday 3 November 2025 to Sunday 30 November 2025.");
    expect(list).toContain("Last day of the window: 2025-11-23 by Cabinet Day after the window: 2025-11-24 by Cabinet");
    expect(list).not.toContain("Draft Revenue Budget");
    expect(list).not.toContain("Not a key decision");
  });
});

describe("one weekly issue", () => {
  it("leads with the headline and lists every meeting of the week, the cancelled one too", async () => {
    const { status, html, text } = await page("/harrow/weekly/2025-W43");
    expect(status).toBe(200);
    expect(headlines["2025-W43"]).toBe("Corporate Parenting Panel: Ofsted Monitoring Visit, and 2 more meetings");
    expect(html).toMatch(/<h1[^>]*>Corporate Parenting Panel: Ofsted Monitoring Visit, and 2 more meetings<\/h1>/);
    expect(html).toContain("<title>Weekly update: 20–26 October 2025 · Harrow Council digest</title>");
    expect(text).toContain("Harrow Council weekly · 20–26 October 2025");
    const intro = between(text, "Harrow Council had 3 committee meetings", "This week");
    expect(intro).toContain(
      "Harrow Council had 3 committee meetings in the week of 20–26 October 2025: " +
        "Overview and Scrutiny Committee, Tuesday 21 October, 6.30 pm " +
        "Planning Committee, Wednesday 22 October, 6.30 pm Cancelled " +
        "Corporate Parenting Panel, Thursday 23 October, 6.00 pm",
    );
    expect(intro).toContain(
      "Coming up in the week of 27 October – 2 November 2025: Cabinet, Thursday 30 October, 6.30 pm",
    );
  });

  it("gives each meeting a section with its summary bullets, its page and the official papers", async () => {
    const { html, text } = await page("/harrow/weekly/2025-W43");
    const week = between(text, "This week", "Coming up Cabinet");
    const order = [
      "Overview and Scrutiny Committee Tuesday",
      "Planning Committee Wednesday",
      "Corporate Parenting Panel Thursday",
    ];
    const at = order.map((t) => week.indexOf(t));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const panel = between(week, "Corporate Parenting Panel Thursday", "All weekly updates");
    expect(panel).toContain("The panel met to discuss services for children looked after and care leavers.");
    expect(panel).toContain(
      "Ofsted Monitoring Visit Inspectors found significant progress since the January 2025 inspection. " +
        "All young people in custody were allocated a personal adviser <script>alert(1)</script> & more.",
    );
    expect(html).not.toContain("<script>alert(1)</script>"); // shown as text, never run
    expect(panel).toContain("Read the full summary Official meeting page Official papers: Printed minutes");
    expect(html).toMatch(
      /<a[^>]*href="\/harrow\/meetings\/75001-corporate-parenting-panel-2025-10-23"[^>]*>Corporate Parenting Panel<\/a>/,
    );
    expect(html).toMatch(
      /<a[^>]*href="\/harrow\/meetings\/75001-corporate-parenting-panel-2025-10-23"[^>]*>Read the full summary<\/a>/,
    );
    expect(html).toContain('href="https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=75001"');
    expect(html).toMatch(
      /<a[^>]*href="https:\/\/moderngov\.harrow\.gov\.uk\/documents\/g75001\/Printed[^"]*"[^>]*>Printed minutes Thursday 23-Oct-2025/,
    );
    expect(panel).not.toContain("Exempt appendix"); // restricted: no public link to give

    expect(between(week, "Planning Committee Wednesday", "Corporate Parenting Panel Thursday")).toContain(
      "This meeting did not take place.",
    );
    expect(between(text, "Coming up Cabinet", "All weekly updates")).toContain(
      "Cabinet will consider the draft budget for 2026/27.",
    );
  });

  it("names each meeting's links apart, so a screen reader's list of links says which meeting each one is for", async () => {
    const { html } = await page("/harrow/weekly/2025-W43");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    // Each link's accessible name (its aria-label, or else its text) and where it goes.
    const links = [...main.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs, inner]) => ({
      name: (/aria-label="([^"]*)"/.exec(attrs!)?.[1] ?? textOf(inner!)).replace(/&amp;/g, "&"),
      href: /href="([^"]*)"/.exec(attrs!)?.[1],
    }));
    const hrefsByName = new Map<string, Set<string | undefined>>();
    for (const { name, href } of links) hrefsByName.set(name, (hrefsByName.get(name) ?? new Set()).add(href));
    const ambiguous = [...hrefsByName].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name);
    expect(ambiguous).toEqual([]);
    // The name starts with the words shown (WCAG 2.5.3), then says whose it is.
    expect(links.map((l) => l.name)).toContain(
      "Read the full summary: Corporate Parenting Panel, Thursday 23 October, 6.00 pm",
    );
  });

  it("answers 404 with the site's not-found page for malformed, unpublished and unknown weeks", async () => {
    const paths = [
      "/harrow/weekly/2025-W54", // no such week
      "/harrow/weekly/2025-43",
      "/harrow/weekly/latest",
      "/harrow/weekly/%3Cscript%3E",
      "/harrow/weekly/2025-W40", // a real week, never published
      "/brent/weekly/2025-W43", // another council's archive holds no such issue
      "/nowhere/weekly/2025-W43",
    ];
    for (const path of paths) {
      const { status, text } = await page(path);
      expect(status, path).toBe(404);
      expect(text, path).toContain("Page not found");
    }
  });
});
