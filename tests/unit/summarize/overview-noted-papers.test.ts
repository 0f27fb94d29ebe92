// The overview of a meeting that only noted papers (the snapshot's seed meetings: the Corporate Parenting Panel of
// 23 October 2025 noted six reports and a presentation; the Overview and Scrutiny Committee's special meeting on the
// ILACS inspection noted one report). Titles and sentences below are written here in that shape; nothing is copied.
import { describe, expect, it } from "vitest";
import { fitFinding, writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import type { SummaryInput, SummarySection } from "@/lib/summarize/types";

const input = {
  meeting: {
    title: "Corporate Parenting Panel",
    committeeName: "Corporate Parenting Panel",
    startsAt: "2027-10-21T17:00:00Z",
    status: "held",
    isSpecial: false,
  },
} as SummaryInput;

const section = (heading: string, decision: string, bullets: string[] = []): SummarySection => ({
  heading,
  itemNumber: null,
  bullets: bullets.map((text) => ({ text, source: { documentId: null, url: null, page: null } })),
  tables: [],
  decision,
});

const VISIT = "Ofsted's monitoring visit in September 2027 found that the service had improved markedly since March.";

describe("an overview of papers that were only noted", () => {
  it("counts four or more noted papers instead of listing their agenda titles, leaving the key point its room", () => {
    const sections = [
      section("Youth Voice Update", "The report was noted."),
      section("Children Missing from Care - Quarter 2", "The report was noted."),
      section("Care Leavers in Custody", "The presentation was noted."),
      section("Ofsted Monitoring Visit", "The report was noted.", [VISIT]),
      section("Virtual School Report", "The report was noted."),
    ];
    expect(writeOutcomeOverview(input, sections)).toBe(
      `The Corporate Parenting Panel met on Thursday 21 October 2027 and noted 4 reports and a presentation. Key point: ${VISIT}`,
    );
    expect(writeOutcomeOverview(input, sections.slice(0, 2).concat(sections.slice(3)))).toContain(
      "and noted 4 reports.",
    );
    // What a decision says it noted is unknown ("The update was noted"): the papers are counted as items.
    const items = sections.map((s, i) => (i === 0 ? { ...s, decision: "The update was noted." } : s));
    expect(writeOutcomeOverview(input, items)).toContain("and noted 5 items.");
  });

  it("keeps the titles when no key point would follow ('noted 5 items' alone says nothing)", () => {
    const plain = ["Youth Voice Update", "Fostering Update", "Care Leavers in Custody", "Virtual School Report"].map(
      (h) => section(h, "The report was noted."),
    );
    expect(writeOutcomeOverview(input, plain)).toBe(
      "The Corporate Parenting Panel met on Thursday 21 October 2027 and noted the Youth Voice Update, the Fostering Update, Care Leavers in Custody and 1 other item.",
    );
  });

  it("still names three noted papers, and a decision beside them keeps its own words", () => {
    const three = [
      section("Youth Voice Update", "The report was noted."),
      section("Care Leavers in Custody", "The presentation was noted."),
      section("Virtual School Report", "The report was noted."),
    ];
    expect(writeOutcomeOverview(input, three)).toBe(
      "The Corporate Parenting Panel met on Thursday 21 October 2027 and noted the Youth Voice Update, Care Leavers in Custody and the Virtual School Report.",
    );
    const withDecision = [
      ...three,
      section("Pledge to Care Leavers", "The revised Pledge to Care Leavers was approved."),
    ];
    expect(
      writeOutcomeOverview(input, [...withDecision, section("Fostering Update", "The report was noted.", [VISIT])]),
    ).toBe(
      // Beside one outcome in its own words the count of papers only noted goes, its words given to nothing
      // (docs/summaries.md#overviews-read-as-a-resident-stop-39); it is said where the counts are asked for.
      `The Corporate Parenting Panel met on Thursday 21 October 2027 and approved the revised Pledge to Care Leavers. Key point: ${VISIT}`,
    );
    expect(
      writeOutcomeOverview(
        input,
        [...withDecision, section("Fostering Update", "The report was noted.", [VISIT])],
        [],
        true,
      ),
    ).toContain("and noted 3 reports and a presentation");
  });
});

describe("a key point that would be cut", () => {
  const verdict =
    "While services for children under 18 were judged 'good' in two areas, the experiences of care leavers were judged 'inadequate', which made the overall judgement 'inadequate'.";

  it("gives up its opening concession so the verdict is not cut off", () => {
    expect(fitFinding(verdict, 40)).toBe(verdict);
    expect(fitFinding(verdict, 20)).toBe(
      "The experiences of care leavers were judged 'inadequate', which made the overall judgement 'inadequate'.",
    );
  });

  it("leaves out the speaker an answer's bullet names ('Director of Finance: …')", () => {
    expect(fitFinding("Director of Finance: The Housing Revenue Account was forecast to overspend by £0.7m.", 30)).toBe(
      "The Housing Revenue Account was forecast to overspend by £0.7m.",
    );
    expect(fitFinding("Councillor Ann Lee: 58% of plans were issued on time.", 30)).toBe(
      "58% of plans were issued on time.",
    );
  });

  it("ends at the last clause that fits and holds its figure, as a sentence", () => {
    const overspend =
      "The General Fund was forecast to overspend by £6.1m, of which £4.8m was on temporary accommodation and £1.9m on children's placements.";
    expect(fitFinding(overspend, 16)).toBe(
      "The General Fund was forecast to overspend by £6.1m, of which £4.8m was on temporary accommodation.",
    );
    expect(fitFinding(overspend, 10)).toBe("The General Fund was forecast to overspend by £6.1m.");
    // A cut that would lose the figure is no sentence of the finding: clipped as before.
    expect(fitFinding("Members heard that, after a long review of every service, the overspend was £2.2m.", 9)).toBe(
      "Members heard that, after a long review of every…",
    );
  });

  it("is clipped as before when even its main clause does not fit, or when it opens with no concession", () => {
    expect(fitFinding(verdict, 10)).toBe("While services for children under 18 were judged 'good'…");
    expect(fitFinding("The service was judged 'inadequate' overall by inspectors in March.", 5)).toBe(
      "The service was judged 'inadequate'…",
    );
  });
});
