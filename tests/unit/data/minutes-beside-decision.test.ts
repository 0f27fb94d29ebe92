// An agenda item's minutes beside its decision box: the decision said once (real Harrow wording, corpus meeting
// 65948, Cabinet 14 November 2024, and 64392, Council 28 February 2019; tests/fixtures/real-harrow).
import { describe, expect, it } from "vitest";
import { extractResolution, minutesBesideDecision } from "@/lib/data/text-helpers";

const RESOLVED =
  "RESOLVED: That (1) a procurement for a mental health community service be started; (2) the Strategic Director for Adults and Public Health be authorised to award the contract.";
const MENTAL_HEALTH = `Having considered the Non-Executive Voluntary Sector Representative's comments on flat funding and the needs of smaller organisations, Cabinet ${RESOLVED}`;

describe("minutes beside the decision", () => {
  it("shows only what comes before the RESOLVED text the decision box already shows, above it", () => {
    expect(extractResolution(MENTAL_HEALTH)).toBe(RESOLVED);
    expect(minutesBesideDecision(MENTAL_HEALTH, null)).toEqual({
      text: "Having considered the Non-Executive Voluntary Sector Representative's comments on flat funding and the needs of smaller organisations, Cabinet",
      beforeDecision: true,
    });
  });

  it("ends the decision where the minute's account resumes, and shows that account below the box (real shape: corpus meeting 65228, a call-in hearing)", () => {
    const minutes =
      "The Sub-Committee took the papers on a call-in notice from 160 residents.\n\nRESOLVED: That the call-in be decided on ground e), a potential human rights challenge.\n\nThe representative then set out the reasons for the call-in, questioning:\n\n(i) whether the groups in the town centre had been consulted;";
    expect(extractResolution(minutes)).toBe(
      "RESOLVED: That the call-in be decided on ground e), a potential human rights challenge.",
    );
    expect(minutesBesideDecision(minutes, null)).toEqual({
      text: "The Sub-Committee took the papers on a call-in notice from 160 residents.",
      beforeDecision: true,
      after:
        "The representative then set out the reasons for the call-in, questioning:\n\n(i) whether the groups in the town centre had been consulted;",
    });
  });

  it("shows nothing more when the minutes are the decision alone", () => {
    const minutes =
      "RESOLVED: That the minutes of the 23 October 2024 meeting be taken as read and signed as a correct record.";
    expect(minutesBesideDecision(minutes, null)).toEqual({ text: null, beforeDecision: false });
    expect(minutesBesideDecision(`  ${minutes}\n`, minutes)).toEqual({ text: null, beforeDecision: false });
  });

  it("keeps the minutes whole when they go on after a separate decision, or have no RESOLVED text", () => {
    const withDecision = "The Panel heard the applicant. The licence was granted with conditions.";
    expect(minutesBesideDecision(withDecision, "The licence was granted.")).toEqual({
      text: withDecision,
      beforeDecision: false,
    });
    const noResolution = "There were no apologies.";
    expect(minutesBesideDecision(noResolution, null)).toEqual({ text: noResolution, beforeDecision: false });
    expect(minutesBesideDecision(null, null)).toEqual({ text: null, beforeDecision: false });
  });

  it("keeps the minutes whole when the decision box had to shorten a long resolution", () => {
    const long = `(iii) The substantive Recommendation was put to the vote and carried.\nRESOLVED: That ${"(1) the budget be approved; ".repeat(80)}`;
    expect(extractResolution(long)!.endsWith("…")).toBe(true);
    expect(minutesBesideDecision(long, null)).toEqual({ text: long, beforeDecision: false });
  });
});
