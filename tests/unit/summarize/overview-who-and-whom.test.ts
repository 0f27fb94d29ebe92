// Who met and whom they questioned, in the overview's first words. Shapes from the real-text corpus (Harrow's
// Portfolio Holder Decision Meetings of 2024, the Overview and Scrutiny Committee's special question-and-answer
// session of October 2022, the Employees' Consultative Forum's budget consultation of January 2020); names,
// dates and titles below are written here.
import { describe, expect, it } from "vitest";
import { questionedWhom, writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { overviewMeeting, overviewSection } from "./helpers";

const meeting = overviewMeeting;
const section = overviewSection;

describe("the overview's subject", () => {
  it("is the Portfolio Holder at a decision meeting, never 'the Portfolio Holder Decision Meeting met'", () => {
    expect(
      writeOutcomeOverview(meeting("Portfolio Holder Decision Meeting"), [
        section(
          "Purchase of Street Cleansing Vehicles",
          "The Corporate Director of Place was authorised to buy the vehicles listed in the appendix.",
        ),
      ]),
    ).toBe(
      "The Portfolio Holder held a decision meeting on Thursday 13 May 2027 and authorised the Corporate Director of Place to buy the vehicles listed in the appendix.",
    );
  });
});

describe("a question-and-answer session", () => {
  it("says whom the committee questioned", () => {
    expect(questionedWhom("Question and Answer Session with the Leader of the Council and The Chief Executive")).toBe(
      "the Leader of the Council and the Chief Executive",
    );
    expect(questionedWhom("Questions and Answers session with the Portfolio Holder for Housing")).toBe(
      "the Portfolio Holder for Housing",
    );
    expect(questionedWhom("Borough Plan - Key Achievements")).toBeNull();
    expect(
      writeOutcomeOverview(meeting("Overview and Scrutiny Committee", true), [
        section("Question and Answer Session with the Leader of the Council and The Chief Executive", null, [
          "Members asked about the budget gap.",
        ]),
        section("Borough Plan - Key Achievements", null, ["The Director presented the plan."]),
      ]),
    ).toBe(
      "The Overview and Scrutiny Committee held a special meeting on Thursday 13 May 2027 and questioned the Leader of the Council and the Chief Executive and discussed Borough Plan - Key Achievements.",
    );
  });
});

describe("a question-and-answer session whose minute notes the answers", () => {
  it("is still whom the committee questioned, never 'decided on' or 'noted' its title", () => {
    expect(
      writeOutcomeOverview(meeting("Performance and Finance Scrutiny Sub-Committee"), [
        section("Question and Answer Session with the Portfolio Holder for Housing", "The answers were noted.", [
          "Members asked about repairs.",
        ]),
        section("Revenue Monitoring Quarter 2", "The report was noted."),
      ]),
    ).toBe(
      "The Performance and Finance Scrutiny Sub-Committee met on Thursday 13 May 2027 and questioned the Portfolio Holder for Housing and noted Revenue Monitoring Quarter 2.",
    );
  });
});

describe("a report recommended on to another body", () => {
  it("says to whom", () => {
    expect(
      writeOutcomeOverview(meeting("Employees' Consultative Forum"), [
        section(
          "Draft Revenue Budget 2027/28",
          "Recommended to Cabinet: note the report and recommend it to the February 2028 Cabinet meeting for approval.",
        ),
      ]),
    ).toBe(
      "The Employees' Consultative Forum met on Thursday 13 May 2027 and recommended the Draft Revenue Budget 2027/28 to Cabinet.",
    );
  });
});

describe("the one-line outcome of these overviews", () => {
  it("is a decision meeting's decision, and nothing for a session that only put questions", async () => {
    const { overviewOutcome } = await import("@/lib/summarize/overview-outcome");
    expect(
      overviewOutcome(
        "The Portfolio Holder held a decision meeting on Thursday 13 May 2027 and authorised the Corporate Director of Place to buy the vehicles.",
      ),
    ).toEqual({ body: "Portfolio Holder", outcome: "authorised the Corporate Director of Place to buy the vehicles" });
    expect(
      overviewOutcome(
        "The Overview and Scrutiny Committee held a special meeting on Thursday 13 May 2027 and questioned the Leader of the Council.",
      ),
    ).toBeNull();
    expect(
      overviewOutcome(
        "The Cabinet met on Thursday 13 May 2027 and approved the Parks Strategy; it also questioned the Leader of the Council.",
      ),
    ).toEqual({ body: "Cabinet", outcome: "approved the Parks Strategy" });
  });
});
