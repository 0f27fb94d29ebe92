import { describe, expect, it } from "vitest";
import { decisionFields, parseIssuePage, parseDueDate } from "@/lib/moderngov/parse/parse-issue-page";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import { isPageParseError } from "@/lib/moderngov/parse/errors";
import { kingstonAgenda, readFixture } from "./fixtures";

// Issue pages as real councils print them (tests/fixtures/moderngov/issue-html/ORIGIN.md).

describe("parseIssuePage", () => {
  it("reads the details block of an issue (Bury, Opt=0)", () => {
    const url = "https://councildecisions.bury.gov.uk/mgIssueHistoryHome.aspx?IId=22876&Opt=0";
    const page = parseIssuePage(readFixture("issue-html/bury-issue-22876.html"), url);
    expect(page.issueId).toBe(22876);
    expect(page.title).toBe("Response to the Defra consultation on household waste collections");
    expect(page.decisionType).toBe("Key");
    expect(page.isKey).toBe(true);
    expect(page.status).toBe("Recommendations Approved");
    expect(page.decisionDueText).toBe("November 2023 by Cabinet");
    expect(page.decisionDue).toBe("2023-11-01");
    expect(page.decisionMaker).toBe("Cabinet");
    expect(page.leadMember).toBe("Cabinet Member for Environment, Climate Change and Operations");
    expect(page.wards).toBe("All Wards");
    expect(page.firstPublished).toBe("2023-11-22");
    expect(page.purpose).toMatch(/^To agree the council's reply/);
    expect(page.meetings).toEqual([
      {
        meetingId: 4012,
        committeeId: 493,
        date: "2023-11-22",
        committeeName: "Cabinet",
        itemNumber: null,
        url: "https://councildecisions.bury.gov.uk/ieListDocuments.aspx?CId=493&MId=4012",
      },
    ]);
  });

  it("reads the meetings of an issue in the order printed, with their item numbers (Bromsgrove, Opt=3)", () => {
    const url = "https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=24087&Opt=3&PlanId=0";
    const page = parseIssuePage(readFixture("issue-html/bromsgrove-issue-24087-opt3.html"), url);
    expect(page.title).toBe("To receive the minutes of the meetings of the Cabinet held on…");
    expect(page.isKey).toBe(false);
    expect(page.decisionType).toBeNull();
    expect(page.meetings.map((m) => [m.meetingId, m.date, m.committeeName, m.itemNumber])).toEqual([
      [3191, "2017-09-20", "Council", "52"],
      [3160, "2017-09-06", "Cabinet", "31"],
    ]);
  });

  it("reads a Harrow issue that went from Cabinet to Council (Harrow, Opt=3)", () => {
    const url = "https://moderngov.harrow.gov.uk/ieIssueDetails.aspx?IId=95914&PlanId=0&Opt=3";
    const page = parseIssuePage(readFixture("issue-html/harrow-issue-95914-opt3.html"), url);
    expect(page.title).toBe("Corporate Plan (Harrow Ambition Plan)");
    expect(page.meetings.map((m) => [m.meetingId, m.committeeId, m.date, m.committeeName, m.itemNumber])).toEqual([
      [64392, 288, "2019-02-28", "Council", "63"],
      [64385, 249, "2019-02-21", "Cabinet", "126"],
    ]);
  });

  it("reads Harrow's decision labels ('Is Key Decision?', 'Wards/Areas affected')", () => {
    const fields = new Map([
      ["is key decision?", "No"],
      ["decision maker", "Cabinet"],
      ["wards/areas affected", "(All Wards/Areas);"],
    ]);
    expect(decisionFields(fields, true)).toMatchObject({
      isKey: false,
      decisionType: "No",
      decisionMaker: "Cabinet",
      wards: "(All Wards/Areas)",
    });
  });

  it("refuses a page that is not an issue page", () => {
    let error: unknown;
    try {
      parseIssuePage(kingstonAgenda(), "https://moderngov.kingston.gov.uk/mgIssueHistoryHome.aspx?IId=5");
    } catch (e) {
      error = e;
    }
    expect(isPageParseError(error) && error.kind).toBe("wrong-kind");
  });

  it("refuses an issue page without an IId in its URL", () => {
    expect(() =>
      parseIssuePage(
        readFixture("issue-html/bury-issue-22876.html"),
        "https://councildecisions.bury.gov.uk/mgIssueHistoryHome.aspx",
      ),
    ).toThrow(/IId/);
  });

  it("keeps reading meeting pages as meetings", () => {
    expect(() =>
      parseMeetingPage(
        kingstonAgenda(),
        "https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4",
      ),
    ).not.toThrow();
  });
});

describe("parseDueDate", () => {
  it.each([
    ["19/11/2026", "2026-11-19"],
    ["19 Nov 2026 by Cabinet", "2026-11-19"],
    ["November 2023 by Cabinet", "2023-11-01"],
    ["Not before 1st Dec 2026", "2026-12-01"],
    ["To be confirmed", null],
    [null, null],
  ])("%s → %s", (text, expected) => {
    expect(parseDueDate(text)).toBe(expected);
  });
});
