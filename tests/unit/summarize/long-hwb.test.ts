// A health and wellbeing board's minutes (the corpus's tenth long minutes, a Health and Wellbeing Board, MId 990020,
// tests/fixtures/real-harrow/ORIGIN.md): a board that decides one thing itself and recommends another to Cabinet under
// one minute, and papers it asks to come to its own later meeting (docs/summaries.md#a-health-and-wellbeing-boards-minutes).
// Every minute below is written here, in the register of Harrow's, with made-up names, plans and dates.
import { describe, expect, it } from "vitest";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";

const decisionOf = (minute: string) => plainResolution(extractResolved(minute)!);

describe("a decision and a recommendation to Cabinet under one minute", () => {
  const MINUTE = `The Director said that the refreshed plan had been shaped by the residents who took part.

RESOLVED: That the Carers' Plan 2026-2030 be approved.

Resolved to RECOMMEND: (to Cabinet)

That the Carers' Plan 2026-2030 be endorsed and adopted as part of the Council's policy framework.`;

  it("keeps the recommendation that follows the board's own decision", () => {
    const decision = decisionOf(MINUTE);
    expect(decision).toMatch(/^The Carers' Plan 2026-2030 was approved\./);
    expect(decision).toMatch(/Recommended to Cabinet: endorse the Carers' Plan 2026-2030 and adopt it as part of/);
    expect(decision).not.toMatch(/Resolved to RECOMMEND/);
  });

  it("does not take the words 'resolved to recommend' in an account for a second decision", () => {
    const decision = decisionOf(
      "RESOLVED: That the report be noted, it being understood that the Board resolved to recommend nothing further.",
    );
    expect(decision).not.toMatch(/Recommended to/);
  });
});

describe("a paper asked to come to the body's own later meeting", () => {
  it("says it will be brought, not that it was", () => {
    const decision = decisionOf(`RESOLVED: That

(1) the draft Needs Assessment be approved for consultation;

(2) the final Needs Assessment be brought to the Board for approval at its meeting on 9 April 2026.`);
    expect(decision).toMatch(/\(2\) The final Needs Assessment will be brought to the Board for approval at its meeting/);
  });

  it("says a plan will be presented to the Board at a named meeting", () => {
    expect(
      decisionOf("RESOLVED: That an action plan be presented to the Board at its meeting on 9 April 2026."),
    ).toMatch(/^An action plan will be presented to the Board/);
  });

  it("still says a paper presented to the body at this meeting was presented", () => {
    expect(decisionOf("RESOLVED: That the plan be presented to the Board's partners.")).toMatch(/was presented/);
  });
});
