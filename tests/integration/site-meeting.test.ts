// Meeting pages from a real `next build` + `next start`: the content a resident reads (title, links, summary
// with sources and footnotes, agenda decisions, attendees, topics, documents), cancelled / upcoming / unsummarised
// meetings, redirects to the canonical URL, and real 404s for anything unknown or malformed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { waitUntil } from "../../kit/wait";
import { between, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, type HarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { meetingPath } from "@/lib/urls";

const prisma = createTestPrisma();
let site: RunningSite;
let sample: HarrowSample;

const ILACS = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";

async function page(path: string): Promise<{ status: number; html: string; text: string }> {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  const html = await response.text();
  return { status: response.status, html, text: textOf(html) };
}

beforeAll(async () => {
  await resetDatabase(prisma);
  sample = await seedHarrowSample(prisma);
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("a held meeting with a summary", () => {
  it("shows the title as the council writes it, when, where, and links to the official record", async () => {
    const { status, html, text } = await page(ILACS);
    expect(status).toBe(200);
    expect(html).toMatch(
      /<h1[^>]*>\(Special - ILACS Report\), Overview and Scrutiny Committee - Tuesday 8 July 2025 6\.30 pm<\/h1>/,
    );
    expect(html).toContain(
      "<title>(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm · Harrow Council digest</title>",
    );
    expect(text).toContain("Tuesday 8 July 2025, 6.30 pm");
    expect(text).toContain("The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU");
    expect(html).toContain('<a href="https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=73254" class="');
    expect(html).toMatch(
      /href="https:\/\/harrow\.public-i\.tv\/core\/portal\/webcast_interactive\/912345"[^>]*>Watch video of meeting</,
    );
    expect(html).toContain('href="/harrow/committees/276-overview-and-scrutiny-committee"');
  });

  it("labels the summary as written by software, its engine behind a disclosure, with a way to report a problem", async () => {
    const { html, text } = await page(ILACS);
    expect(text).toContain(
      "Summary written by software from the council's papers — check the official documents before relying on it.",
    );
    expect(html).toMatch(/<details[^>]*><summary[^>]*>How this summary was made<\/summary>/);
    expect(text).toContain("Machine-generated summary by the extractive engine");
    // Without CORRECTIONS_EMAIL, the site's own form for this page (tests/integration/site-report-problem.test.ts).
    expect(html).toContain(`href="/report?page=${encodeURIComponent(ILACS)}"`);
  });

  it("renders the summary: overview, sections, cited bullets, a table, the decision, footnotes and gaps", async () => {
    const { html, text } = await page(ILACS);
    expect(text).toContain("met to discuss the council's response to a recent ILACS 1 report");
    expect(text).toContain("There were no reserve members and no declarations of interest.");
    // Business first: the standing business follows the summary's items.
    expect(html.indexOf("Standing business")).toBeGreaterThan(html.indexOf('<section id="point-'));
    expect(html).toMatch(/<h3[^>]*><span[^>]*>3\. <\/span>.*Ofsted Inspection and Action Plan.*<\/h3>/);
    // Each bullet cites the official document at its page.
    const pack = sample.meetings.ilacs.documents[1]!.url!;
    expect(html).toContain(`href="${pack}#page=12"`);
    expect(html).toContain("source, p. 12");
    expect(html).toMatch(/<th scope="col"[^>]*>.*Initial.*<\/th>/);
    expect(text).toContain("April 2025 100% 100%");
    expect(text).toContain("Decision RESOLVED: That the report be noted.");
    // The decisions at a glance, each linked to its point of the summary, which carries that anchor.
    expect(html).toMatch(/Decisions at a glance/);
    const glance = /<a href="#(point-\d+)"[^>]*>([^<]*Ofsted Inspection and Action Plan[^<]*)<\/a>/.exec(html);
    expect(
      glance,
      html.slice(html.indexOf("Decisions at a glance"), html.indexOf("Decisions at a glance") + 1500),
    ).not.toBeNull();
    expect(glance![2]).toBe("Ofsted Inspection and Action Plan: report noted.");
    expect(html).toContain(`<section id="${glance![1]}"`);
    // Numbered footnote markers after the first use of each term, linked both ways.
    expect(html).toMatch(/<a id="fnref-1" href="#fn-1"[^>]*>1<\/a>/);
    expect(html).toMatch(/<a id="fnref-2" href="#fn-2"[^>]*>2<\/a>/);
    expect(html).toMatch(/<li id="fn-2"><strong>DfE<\/strong>: (<!-- -->)?Department for Education\./);
    expect(text).toContain("What's missing The webcast was not transcribed");
  });

  it("lists agenda items with numbers, titles and decisions, and their own papers", async () => {
    const { html, text } = await page(ILACS);
    const agenda = between(text, "Agenda and decisions", "Attendees");
    // Held with a summary: the agenda and minutes as published are folded away, so each decision reads once.
    expect(html, html.slice(html.indexOf('id="agenda"'), html.indexOf('id="agenda"') + 600)).toMatch(
      /<details><summary[^>]*>The agenda and the minutes as the council published them \(<!-- -->\d+<!-- --> items\)<\/summary>/,
    );
    expect(agenda).toMatch(
      /1\. Attendance by Reserve Members Decision RESOLVED: To note that there were no Reserve Members/,
    );
    expect(agenda).toContain(
      "3. Council Response to the Recent Inspection of Local Authority Children's Services Report",
    );
    expect(agenda).toContain("Members asked how the 25 available properties would be prioritised for care leavers.");
    expect(html).toContain('id="item-3"');
    expect(agenda).toContain("Includes restricted (exempt) papers that are not published.");
  });

  it("lists attendees by attendance, with role, party and a link to each person", async () => {
    const { html, text } = await page(ILACS);
    const attendees = between(text, "Attendees", "Topics");
    expect(attendees).toMatch(/^Attendees Present \(4\) MG Councillor Matthew Goodwin-Freeman Chair · Conservative/);
    expect(attendees).toContain("Councillor Paul Osborn Leader of the Council · Conservative");
    // An officer: initials from the name, the job title instead of "Officer"; a councillor's post from the profile.
    expect(attendees).toContain("PC Parmjit Chahal Corporate Director of People");
    expect(attendees).toContain("GH Councillor Graham Henson Vice-Chair · Deputy Leader of the Council · Labour");
    // Item numbers are followed by a real space, not only a margin: "1. Attendance", never "1.Attendance".
    expect(html).toMatch(/>1\. <\/span>Attendance by Reserve Members/);
    expect(attendees).toContain("Apologies (1) JB Councillor June Baxter Committee Member · Conservative");
    expect(html).toContain('href="/harrow/people/1401-paul-osborn"');
  });

  it("links its topics", async () => {
    const { html } = await page(ILACS);
    expect(html).toMatch(/href="\/harrow\/topics\/childrens-services"[^>]*>Children(&#x27;|')s services</);
  });

  it("groups the documents, with sizes and pages, and never links a restricted paper", async () => {
    const { html, text } = await page(ILACS);
    const docs = between(text, "Meeting Documents", "Summaries are machine-generated");
    const groups = [
      "Agenda Agenda frontsheet",
      "Reports Pack Public reports pack",
      "Minutes Printed minutes",
      "Additional Documents Council Response",
    ];
    const at = groups.map((g) => docs.indexOf(g));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(docs).toContain(
      "Public reports pack Tuesday 08-Jul-2025 18.30 Overview and Scrutiny Committee.pdf (2.4 MB, 40 pages)",
    );
    expect(docs).toContain("(95 KB, 3 pages)");
    expect(docs).toContain("Appendix 2 - Staffing structure Restricted (not published)");
    expect(html).not.toMatch(/<a [^>]*>Appendix 2 - Staffing structure<\/a>/);
  });

  it("is served from the cache on repeat visits, as plain HTML without the scripts the CSP refuses", async () => {
    const first = await (await fetch(site.baseUrl + ILACS)).text();
    const again = await fetch(site.baseUrl + ILACS);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
    const cached = await again.text();
    expect(cached).not.toMatch(/<script\b/i);
    expect(cached).not.toContain('as="script"');
    // Same page to a reader, and the sign-up form still posts to its server action.
    expect(textOf(cached)).toBe(textOf(first.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")));
    expect(cached).toMatch(/<form[^>]*method="POST"/i);
    expect(cached).toMatch(/name="\$ACTION_ID_[0-9a-f]+"/);
  });
});

describe("meetings in other states", () => {
  it("shows a cancelled meeting as cancelled: one status line, a clean heading, no attendees or topics", async () => {
    const m = sample.meetings.cancelled.meeting;
    const { status, html, text } = await page(
      `/harrow/meetings/${m.externalId}-planning-committee-${londonDate(m.startsAt)}`,
    );
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Planning Committee - \w+day \d+ \w+ \d{4} 6\.30 pm<\/h1>/);
    expect(text).toMatch(/6\.30 pm \w+day \d+ \w+ \d{4}, 6\.30 pm Cancelled/);
    expect(text).toContain("This meeting was cancelled. View on council website");
    expect(text).toContain("This meeting was cancelled, so there is nothing to summarise.");
    expect(text).not.toMatch(/CANCELLED|\(CANCELLED\)|has not published an agenda/);
    expect(text).toContain("The meeting was cancelled, so there is no agenda.");
    expect(text).toContain("The meeting was cancelled, so nobody attended.");
    expect(text).not.toContain("Expected (");
    expect(html).not.toContain('id="topics-heading"');
  });

  it("shows a future meeting as upcoming, with who is expected", async () => {
    const m = sample.meetings.upcoming.meeting;
    const { text } = await page(`/harrow/meetings/${m.externalId}-cabinet-${londonDate(m.startsAt)}`);
    expect(text).toContain("Upcoming");
    expect(text).toContain("This meeting has not taken place yet.");
    expect(text).toContain("A preview will appear here once the council publishes the agenda papers");
    expect(text).toContain("Expected (1) PO Councillor Paul Osborn Chair");
    expect(text).toContain("Agenda Agenda frontsheet Cabinet.pdf (86 KB, 2 pages)");
  });

  it("explains when a held meeting has no summary yet", async () => {
    const m = sample.meetings.unsummarised.meeting;
    const { text } = await page(
      `/harrow/meetings/${m.externalId}-overview-and-scrutiny-committee-${londonDate(m.startsAt)}`,
    );
    expect(text).toContain("Summary not yet available.");
    expect(text).toContain("Report a problem");
    expect(text).toContain("No topics have been identified for this meeting yet.");
    expect(text).toContain("The council has not published any documents for this meeting yet.");
  });
});

describe("addresses", () => {
  it("redirects permanently to the canonical URL when the slug is missing or stale", async () => {
    for (const path of ["/harrow/meetings/73254", "/harrow/meetings/73254-old-committee-name-2025-07-09"]) {
      const response = await fetch(site.baseUrl + path, { redirect: "manual" });
      expect(response.status, path).toBe(308);
      // Next.js 16.4 repeats the Location header on the first (uncached) response; both copies are the same.
      const locations = new Set(
        response.headers
          .get("location")!
          .split(",")
          .map((l) => new URL(l.trim(), site.baseUrl).pathname),
      );
      expect([...locations], path).toEqual([ILACS]);
    }
  });

  it("answers unknown or malformed addresses with a real 404 page", async () => {
    const missing = [
      "/harrow/meetings/1-nothing-here-2025-01-01",
      "/harrow/meetings/not-a-number",
      "/harrow/meetings/99999999999-too-big",
      "/harrow/meetings/-1",
      "/elsewhere/meetings/73254",
      "/elsewhere",
      "/harrow/no-such-section",
    ];
    for (const path of missing) {
      const { status, html } = await page(path);
      expect(status, path).toBe(404);
      expect(html, path).toContain("Page not found");
      expect(html, path).toContain('href="/harrow/committees"');
    }
  });
});

describe("freshness", () => {
  it("stays cached past its 30 s timer while its data is unchanged, and shows a change within seconds", async () => {
    const { meeting } = sample.meetings.later;
    const committee = await prisma.committee.findUniqueOrThrow({ where: { id: meeting.committeeId } });
    const path = meetingPath({
      councilSlug: "harrow",
      externalId: meeting.externalId,
      committeeName: committee.name,
      startsAt: meeting.startsAt,
    });
    await fetch(site.baseUrl + path).then((r) => r.text());
    expect((await fetch(site.baseUrl + path)).headers.get("x-nextjs-cache")).toBe("HIT");
    // Past the page's revalidate (30 s): plain Next.js would now answer STALE and render the page again.
    await new Promise((r) => setTimeout(r, 32_000));
    const later = await fetch(site.baseUrl + path);
    expect(later.headers.get("x-nextjs-cache")).toBe("HIT");

    await prisma.meeting.update({ where: { id: meeting.id }, data: { title: `${meeting.title} (rearranged)` } });
    let text = "";
    await waitUntil(
      async () => (text = textOf(await (await fetch(site.baseUrl + path)).text())).includes("(rearranged)"),
      () => `the meeting page to show the new title:\n${site.output().slice(-3000)}`,
      250,
    );
    expect(text).toContain(`${meeting.title} (rearranged)`);
  });
});

function londonDate(d: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(d);
}
