// Wordings found reading the long minutes as a resident at stop 30. Inputs are written here in our own words, in the
// shape of a Council budget meeting's decisions and a question-time answer (names and figures made up).
import { describe, expect, it } from "vitest";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import type { SummaryInput, SummarySection } from "@/lib/summarize/types";

const council = {
  meeting: {
    title: "Council",
    committeeName: "Council",
    startsAt: "2027-02-25T19:30:00Z",
    status: "held",
    isSpecial: false,
  },
} as SummaryInput;

const section = (heading: string, decision: string, itemNumber: string): SummarySection => ({
  heading,
  itemNumber,
  bullets: [],
  tables: [],
  decision,
});

describe("an agenda title named as its decision names it", () => {
  it("gives a title 'the' where the decision says 'The <title> … was approved', among several approved", () => {
    const overview = writeOutcomeOverview(council, [
      section(
        "Capital Programme 2027/28 to 2029/30",
        "The Capital Programme 2027/28 to 2029/30 of £97.2m was approved.",
        "9",
      ),
      section(
        "Treasury Management Strategy Statement 2027/28",
        "The Treasury Management Strategy Statement, the Annual Investment Strategy and the Minimum Revenue Provision Policy for 2027/28, with an operational boundary for borrowing of £510m, were approved.",
        "10",
      ),
      section("Pay Policy Statement 2027/28", "The Pay Policy Statement 2027/28 was approved.", "11"),
    ]);
    expect(overview).toMatch(/approved the Capital Programme 2027\/28/);
    expect(overview).not.toMatch(/approved Capital Programme/);
    expect(overview).not.toMatch(/, Treasury Management/);
  });

  it("leaves a title bare where the decision does not say it with 'the'", () => {
    const overview = writeOutcomeOverview(council, [
      section(
        "Harrow Local Plan Review",
        "Harrow Local Plan Review: the draft plan was approved for consultation.",
        "9",
      ),
      section("Green Spaces Strategy", "The strategy was approved.", "10"),
      section("Fees and Charges 2027/28", "Fees and Charges 2027/28 were approved as proposed.", "11"),
    ]);
    expect(overview).not.toMatch(/the Fees and Charges/);
  });
});

describe("a supplementary answer joined to the main answer", () => {
  it("starts a new sentence where its first word cannot be lowered (a capitalised noun), never '; and Arrears …'", () => {
    const source = {
      title: "Minutes",
      origin: "minutes" as const,
      documentId: 1,
      url: "https://example.org/m",
      blocks: [
        {
          kind: "para" as const,
          page: 1,
          text: "Councillor Ann Ruiz asked what share of the Council Tax had been collected by the end of January.",
        },
        {
          kind: "para" as const,
          page: 1,
          text: "Councillor Joe Pike responded that 83.9% had been collected, against 83.2% a year before.",
        },
        {
          kind: "para" as const,
          page: 1,
          text: "In a supplementary question, Councillor Ruiz asked how much was still owed from past years.",
        },
        {
          kind: "para" as const,
          page: 1,
          text: "Councillor Pike responded that Arrears from past years came to £15.1m.",
        },
      ],
    };
    const texts = collectCandidates([source], { itemTitle: "Question Time", preview: false }).candidates.map(
      (c) => c.text,
    );
    const joined = texts.find((t) => t.includes("83.9%"));
    expect(joined).toBeDefined();
    expect(joined).not.toMatch(/; and Arrears/);
  });
});

describe("a resolution turned round keeps the comma that closes its subject's phrase", () => {
  it("says 'The purchase of 40 homes, within a budget of £18.5m, was approved', never '… £18.5m was approved'", () => {
    expect(
      plainResolution(
        "RESOLVED: That (1) the purchase of up to 40 homes for families in temporary accommodation, within a budget of £18.5m, be approved; (2) the Director of Housing be authorised to agree each purchase.",
      ),
    ).toContain(
      "The purchase of up to 40 homes for families in temporary accommodation, within a budget of £18.5m, was approved;",
    );
  });

  it("keeps the paired comma before 'were' too, and still drops a lone one", () => {
    expect(
      plainResolution(
        "RESOLVED: That the Investment Strategy and the Borrowing Strategy for 2027/28, with a borrowing limit of £530m, be approved.",
      ),
    ).toBe(
      "RESOLVED: The Investment Strategy and the Borrowing Strategy for 2027/28, with a borrowing limit of £530m, were approved.",
    );
    expect(plainResolution("RESOLVED: That the plan to bring empty homes back into use, be approved.")).toBe(
      "RESOLVED: The plan to bring empty homes back into use was approved.",
    );
  });
});
