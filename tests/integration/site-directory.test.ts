// Committee, councillor, topic and weekly pages from a real `next build` + `next start`: what each shows, in what
// order, canonical redirects, and 404s for unknown ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { between, textOf } from "../helpers/html-text";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, type HarrowSample, SAMPLE_NOW } from "../../kit/factories";

const prisma = createTestPrisma();
let site: RunningSite;
let sample: HarrowSample;

function inOrder(text: string, parts: string[]): boolean {
  const at = parts.map((p) => text.indexOf(p));
  return at.every((p) => p >= 0) && at.every((p, i) => i === 0 || p > at[i - 1]!);
}

async function page(path: string) {
  const response = await fetch(site.baseUrl + path, { redirect: "manual" });
  const html = await response.text();
  return { status: response.status, html, text: textOf(html), location: response.headers.get("location") };
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

describe("committees", () => {
  it("lists active committees with their meeting counts, and former ones apart", async () => {
    const { status, html, text } = await page("/harrow/committees");
    expect(status).toBe(200);
    expect(text).toContain("Overview and Scrutiny Committee 2 meetings");
    expect(text).toContain("Corporate Parenting Panel 1 meeting");
    expect(html).toContain('href="/harrow/committees/788-corporate-parenting-panel"');
    expect(between(text, "No longer active", "Summaries are")).toContain("Employees' Consultative Forum 0 meetings");
    expect(between(text, "committees", "No longer active")).not.toContain("Employees' Consultative Forum");
  });

  it("shows a committee's purpose, members by role and meetings by year, newest first", async () => {
    const { status, text } = await page("/harrow/committees/276-overview-and-scrutiny-committee");
    expect(status).toBe(200);
    expect(text).toContain("Scrutinises the decisions of the Cabinet and the performance of council services.");
    expect(
      inOrder(between(text, "Members", "Meetings"), [
        "Councillor Matthew Goodwin-Freeman Chair · Conservative",
        "Councillor Graham Henson Vice-Chair · Labour",
        "Councillor June Baxter Member · Conservative",
      ]),
    ).toBe(true);
    const meetings = between(text, "Meetings", "Summaries are");
    const thisYear = new Date(sample.meetings.unsummarised.meeting.startsAt).getUTCFullYear();
    expect(inOrder(meetings, [String(thisYear), "Summary not yet available", "2025", "(Special - ILACS Report)"])).toBe(
      true,
    );
  });

  it("redirects a committee's bare or stale address to the canonical one", async () => {
    const { status, location } = await page("/harrow/committees/276");
    expect(status).toBe(308);
    expect(location).toContain("/harrow/committees/276-overview-and-scrutiny-committee");
  });
});

describe("councillors", () => {
  // The council's UID (1402), not our row id: the address survives a rebuilt database.
  const henson = () => "/harrow/people/1402-graham-henson";

  it("shows party, ward, profile link and committees with roles", async () => {
    const { status, html, text } = await page(henson());
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Councillor Graham Henson<\/h1>/);
    expect(text).toContain("Councillor Graham Henson Deputy Leader of the Council Party: Labour"); // a post from the member's profile
    expect(text).toContain("Party: Labour");
    expect(text).toContain("Ward: Wealdstone North");
    expect(html).toContain('href="https://moderngov.harrow.gov.uk/mgUserInfo.aspx?UID=1402"');
    expect(text).toContain("Overview and Scrutiny Committee Vice-Chair");
    expect(text).toContain("GH Councillor Graham Henson"); // initials stand in for a photo the site does not hold
  });

  it("keeps an attendance record: present, apologies, absent and the percentage", async () => {
    const { text } = await page(henson());
    expect(between(text, "Attendance record", "Meetings").trim()).toBe(
      "Attendance record Present 1 Apologies 1 Absent 1 Attendance 33%",
    );
    // (The header's navigation also says "Meetings": start after the attendance record.)
    const meetings = between(text, "Attendance 33% Meetings", "Decisions they took part in");
    expect(
      inOrder(meetings, [
        "Overview and Scrutiny Committee -",
        "Apologies",
        "Corporate Parenting Panel -",
        "Absent",
        "(Special - ILACS Report)",
        "Present",
      ]),
    ).toBe(true);
  });

  it("lists decisions from meetings they attended, not housekeeping or meetings they missed", async () => {
    const { html, text } = await page(henson());
    const decisions = between(text, "Decisions they took part in", "Summaries are");
    expect(decisions).toContain(
      "3. Council Response to the Recent Inspection of Local Authority Children's Services Report",
    );
    expect(decisions).toContain("RESOLVED: That the report be noted.");
    expect(decisions).not.toContain("Attendance by Reserve Members"); // procedural
    expect(decisions).not.toContain("Care Leavers in Custody"); // he was absent
    expect(decisions).not.toContain("Draft Revenue Budget"); // he sent apologies
    expect(html).toContain(`href="/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08#item-3"`);
  });

  it("redirects a stale slug and 404s an unknown person", async () => {
    for (const stale of ["/harrow/people/1402-g-henson", "/harrow/people/1402"]) {
      const moved = await page(stale);
      expect(moved.status, stale).toBe(308);
      expect(moved.location, stale).toContain(henson());
    }
    // A councillor is never addressed by our row id, and a UID nobody has is unknown.
    for (const unknown of [
      `/harrow/people/p${sample.people.henson.id}-graham-henson`,
      "/harrow/people/987654-nobody",
      "/harrow/people/p-1",
      "/harrow/people/pp12",
    ]) {
      const { status, text } = await page(unknown);
      expect(status, unknown).toBe(404);
      expect(text, unknown).toContain("Page not found");
    }
  });

  it("addresses someone the council lists without a UID (an officer) by our id, behind a p", async () => {
    const officer = sample.people.chahal;
    const path = `/harrow/people/p${officer.id}-parmjit-chahal`;
    const { status, html } = await page(path);
    expect(status).toBe(200);
    // The council writes an officer's job after a comma: the name alone is the heading, the job beside it.
    expect(html).toMatch(/<h1[^>]*>Parmjit Chahal<\/h1>/);
    expect(textOf(html)).toContain("PC Parmjit Chahal Corporate Director of People");
    const moved = await page(`/harrow/people/p${officer.id}`);
    expect(moved.status).toBe(308);
    expect(moved.location).toContain(path);
  });
});

describe("topics and weekly updates", () => {
  it("indexes topics with how many meetings each covers; a topic with none is not listed", async () => {
    const { text, html } = await page("/harrow/topics");
    expect(text).toContain("Children's services 2 meetings");
    expect(text).not.toContain("Housing");
    expect(text).not.toContain("0 meetings");
    expect(html).not.toContain('href="/harrow/topics/housing"');
    // Its page still answers (old links keep working).
    expect((await page("/harrow/topics/housing")).status).toBe(200);
  });

  it("shows a topic's meetings and agenda items with the quotes behind each tag", async () => {
    const { status, html, text } = await page("/harrow/topics/childrens-services");
    expect(status).toBe(200);
    const meetings = between(text, "Meetings", "Agenda items");
    expect(inOrder(meetings, ["Corporate Parenting Panel -", "(Special - ILACS Report)"])).toBe(true);
    expect(meetings).toContain("an 'inadequate' rating for the experiences and progress of care leavers");
    expect(html).toContain(`href="${sample.meetings.ilacs.documents[1]!.url}#page=12"`);
    const items = between(text, "Agenda items", "Summaries are");
    expect(items).toContain("3. Council Response to the Recent Inspection");
    expect(items).toContain("Overview and Scrutiny Committee, 8 Jul 2025");
    expect(html).toContain('href="/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08#item-3"');
  });

  it("404s unknown and malformed topics", async () => {
    for (const path of ["/harrow/topics/no-such-topic", "/harrow/topics/Housing", "/harrow/topics/%3Cscript%3E"]) {
      const { status, text } = await page(path);
      expect(status, path).toBe(404);
      expect(text, path).toContain("Page not found");
    }
  });

  it("shows the weekly archive's empty state before any issue is published (issues: site-weekly.test.ts)", async () => {
    const { status, text } = await page("/harrow/weekly");
    expect(status).toBe(200);
    expect(text).toContain("No weekly updates yet.");
    expect(text).toContain(
      "You'll receive a weekly email about Harrow Council's meetings: what was decided and what is coming up.",
    );
  });
});
