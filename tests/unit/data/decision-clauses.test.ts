// A numbered decision on the meeting page, clause by clause. Shaped like Cabinet's 2021 airspace-development and
// treasury-management decisions (corpus meeting 65059); the wording below is written here.
import { describe, expect, it } from "vitest";
import { numberedClauses, toSummaryView } from "@/lib/data/summary-view";
import type { MeetingSummary } from "@/lib/summarize/types";

const DECISION =
  "(1) The pilot was approved: roof space above council flats on the Elm estate is to be leased to Skyline Homes Limited (SHL); (2) The Corporate Director was authorised to finalise the lease; and (3) SHL will report progress to Cabinet in March 2028.";

describe("a numbered decision", () => {
  it("is split into its clauses, each keeping its number", () => {
    expect(numberedClauses(DECISION)).toEqual([
      "(1) The pilot was approved: roof space above council flats on the Elm estate is to be leased to Skyline Homes Limited (SHL)",
      "(2) The Corporate Director was authorised to finalise the lease",
      "(3) SHL will report progress to Cabinet in March 2028.",
    ]);
    expect(numberedClauses("The strategy was approved.")).toBeNull();
    expect(numberedClauses("(1) The strategy was approved.")).toBeNull();
    expect(numberedClauses("The report, including (2) of its appendix, was noted.")).toBeNull();
  });

  it("reaches the page as clauses, its footnote marked once, where the abbreviation first appears", () => {
    const summary: MeetingSummary = {
      kind: "outcome",
      overview: "The Cabinet met on Thursday 15 July 2027 and approved a pilot.",
      procedural: null,
      sections: [{ heading: "Roof Space Homes", itemNumber: "9", bullets: [], tables: [], decision: DECISION }],
      footnotes: [{ term: "SHL", explanation: "Skyline Homes Limited." }],
      missing: [],
    };
    const row = {
      engine: "extractive",
      engineVersion: "test",
      kind: "outcome",
      content: summary,
      overview: summary.overview,
      generatedAt: new Date("2027-07-16T09:00:00Z"),
    };
    const section = toSummaryView(row, [], null).sections[0]!;
    expect(section.decisionClauses?.map((c) => c.map((r) => r.text).join(""))).toEqual(numberedClauses(DECISION));
    const marked = section.decisionClauses!.flat().filter((r) => r.footnote);
    expect(marked).toHaveLength(1);
    expect(section.decisionClauses![0]!.some((r) => r.footnote === 1)).toBe(true);
  });
});
