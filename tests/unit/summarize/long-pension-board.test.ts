// A pension board's minutes (the corpus's twenty-second long minutes, a Pension Board, MId 990032,
// tests/fixtures/real-harrow/ORIGIN.md): a body that notes its papers and recommends one step to its pension fund
// committee, sets its next meeting and asks its members to finish their training by a date, and records apologies
// under its reserves item (docs/summaries.md#a-pension-boards-minutes). Every sentence below is written here, with
// made-up names, bodies and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords, targetInBrackets, worthItsWords } from "@/lib/summarize/extractive/advisory-minutes";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { minuteItem, overviewMeeting, overviewSection } from "./helpers";

describe("a recommendation after the notings, to a committee", () => {
  const decision =
    "Noted: (1) the membership figures; (2) the plan to clear the backlog by 31 May 2031. Recommended to the Pension Fund Committee: an independent audit of the payroll controls of the Fund and of its two outsourced payroll bureaux to be commissioned, at a cost of no more than £9,500.";

  it("is what the body recommended, and to whom", () => {
    const phrase = recommendationPhrase(decision, "Payroll Controls");
    expect(phrase?.verb).toBe("recommended to the Pension Fund Committee");
    expect(phrase?.object).toBe(
      "that an independent audit of the payroll controls of the Fund and of its two outsourced payroll bureaux be commissioned",
    );
    // Said shorter, what it is of first, without the further things it also covers.
    // A thing to be done reads as a clause, "that … be commissioned" (long-sacre.test.ts).
    expect(phrase?.shorter).toContain("that an independent audit of the payroll controls of the Fund be commissioned");
  });

  it("is said in the overview when it is the body's only recommendation, before its notings", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Local Pension Board"), [
      overviewSection("Payroll Controls", decision),
      overviewSection(
        "Board Annual Report 2030/31",
        "The Board's annual report for 2030/31 was approved and referred to Council.",
      ),
      overviewSection("Register of Breaches", "The register of breaches and the reasons given for each were noted."),
      overviewSection("Risk Register", "The risk register and the pooling update were noted."),
    ]);
    expect(overview).toMatch(
      /recommended to the Pension Fund Committee that an independent audit of the payroll controls/,
    );
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});

describe("a step the resolution sets for later", () => {
  it("a meeting it sets is still to be held", () => {
    expect(
      plainResolution("That the work plan be agreed and that the next meeting be held on 2 October 2031."),
    ).toMatch(/the next meeting will be held on 2 October 2031/);
    expect(plainResolution("That a special meeting of the Board be convened in January 2032.")).toBe(
      "A special meeting of the Board will be convened in January 2032.",
    );
    // A thing the meeting did stays done.
    expect(plainResolution("That the draft statement be approved.")).toBe("The draft statement was approved.");
  });

  it("members asked to 'do so' by a date will do so", () => {
    expect(
      plainResolution(
        "That (1) the training log be noted; (2) the three members who have not yet attended the induction day do so by 31 July 2031.",
      ),
    ).toMatch(/the three members who have not yet attended the induction day will do so by 31 July 2031/i);
    // What the meeting asks of others in a letter stays in their own subjunctive.
    expect(
      plainResolution(
        "That the Chair write to the employers asking that each one that has not sent its data do so by 1 May 2031.",
      ),
    ).toMatch(/asking that each one that has not sent its data do so by 1 May 2031/);
  });
});

describe("apologies given under the reserves item", () => {
  it("are said as apologies, with or without an article", () => {
    const line = describeStandingItem(
      minuteItem(
        "Attendance by Reserve Members",
        "RESOLVED: To note that there were no Reserve Members in attendance at this meeting.\n\nApologies for absence had been received from Mr Tobias Lindqvist, a scheme member representative.",
      ),
    );
    expect(line).toMatch(/^No reserve members\. Apologies: .*Tobias Lindqvist/);
  });
});

describe("a point held to words", () => {
  it("says a score without where it was reported", () => {
    expect(
      inFewerWords(
        "The Fund's member data score, as returned to the Regulator in its annual survey, had risen to 93.1% from 90.4%.",
      ),
    ).toBe("The Fund's member data score had risen to 93.1% from 90.4%.");
    // An aside with a figure of its own stays.
    expect(inFewerWords("The score, as reported in 2029 to the Regulator, had risen to 93.1% from 90.4%.")).toContain(
      "as reported in 2029 to the Regulator",
    );
  });

  it("gives no words to a count in words the decision already gives, whatever its case", () => {
    expect(
      worthItsWords(
        "Three members had not yet finished the online induction.",
        "The three members who have not finished the online induction will do so by 1 June 2031.",
        false,
      ),
    ).toBe(false);
    expect(
      worthItsWords("Three members had not yet finished the online induction.", "The training log was noted.", false),
    ).toBe(true);
  });
});

describe("a performance report held to words", () => {
  it("prints a target as a performance table does", () => {
    expect(
      targetInBrackets(
        "Refunds had been paid within 15 days in 64% of cases, against a target of 90%; and transfers out in 70%, against a target of 85%.",
      ),
    ).toBe("Refunds had been paid within 15 days in 64% of cases (target 90%); and transfers out in 70% (target 85%).");
    // A target that is no figure stays as written.
    expect(targetInBrackets("The service had fallen short, against a target of clearing every case.")).toBe(
      "The service had fallen short, against a target of clearing every case.",
    );
  });

  it("gives no words to what a body was assessed against, counted, nor to how often it met", () => {
    expect(
      worthItsWords("The auditors had tested the scheme against each of the 12 principles of the code.", null, false),
    ).toBe(false);
    expect(worthItsWords("The scheme met 9 of the 12 principles.", null, false)).toBe(true);
    expect(
      worthItsWords("The Chair said that the Board had met five times in the year, always with a quorum.", null, false),
    ).toBe(false);
    expect(worthItsWords("The Board had heard five appeals in the year.", null, false)).toBe(true);
  });
});
