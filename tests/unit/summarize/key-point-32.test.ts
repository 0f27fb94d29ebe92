// The overview's key point in fewer words when a decision or a point below already says it in full
// (docs/summaries.md#the-key-point-in-fewer-words). Every title, sum and sentence here is made up for the test, in
// the shape of Cabinet monitoring and capital minutes; nothing is copied from a council page.
import { describe, expect, it } from "vitest";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { briefKeyPoint } from "@/lib/summarize/extractive/overview/brief-key-point";
import type { SummaryInput, SummarySection } from "@/lib/summarize/types";

const input = {
  meeting: {
    title: "Cabinet",
    committeeName: "Cabinet",
    startsAt: "2028-03-09T18:30:00Z",
    status: "held",
    isSpecial: false,
  },
} as SummaryInput;

const section = (heading: string, decision: string | null, bullets: string[] = []): SummarySection => ({
  heading,
  itemNumber: null,
  bullets: bullets.map((text) => ({ text, source: { documentId: null, url: null, page: null } })),
  tables: [],
  decision,
});

const OVERSPEND =
  "The Housing Revenue Account was forecast to overspend by £3.4m, mostly because of repairs to empty homes and higher energy bills.";

describe("the key point in fewer words", () => {
  it("says an overspend the point below gives in full up to its figure, leaving the reason to that point", () => {
    const sections = [
      section("Revenue Monitoring 2027/28 - Quarter 3", "The report was noted.", [OVERSPEND]),
      section("Library Opening Hours", "The new opening hours were approved."),
    ];
    const overview = writeOutcomeOverview(input, sections);
    expect(overview).toMatch(/Key point: The Housing Revenue Account was forecast to overspend by £3\.4m\.$/);
    expect(overview).not.toContain("mostly because");
  });

  it("leaves out a decision's later clause but keeps the sum it was chosen for", () => {
    const decision =
      "(1) The new depot will cost about £18.2m, with the final cost settled after the tender; (2) The Corporate Director was authorised to buy the land.";
    const sections = [section("Waste Depot Replacement", decision)];
    expect(
      briefKeyPoint("The new depot will cost about £18.2m, with the final cost settled after the tender.", sections),
    ).toBe("The new depot will cost about £18.2m.");
  });

  it("keeps an aside that holds the largest sum, and a verdict word, as they were", () => {
    const decision =
      "(1) The purchase of up to 40 flats for homeless families, within a budget of £16.5m, was approved; (2) The Director was authorised to agree each purchase.";
    const sections = [section("Homes for Homeless Families", decision)];
    const aside = "The purchase of up to 40 flats for homeless families, within a budget of £16.5m, was approved.";
    expect(briefKeyPoint(aside, sections)).toBe(aside);
    // Without the sum in the aside, the aside gives way and the outcome stays.
    const plainer = "(1) The purchase of up to 40 flats, for homeless families in the borough, was approved at £16.5m.";
    expect(briefKeyPoint(plainer.slice(4), [section("Homes", plainer)])).toBe(
      "The purchase of up to 40 flats was approved at £16.5m.",
    );
  });

  it("leaves a key point whole when nothing below says it word for word, or when it has no figure", () => {
    const elsewhere = [section("Revenue Monitoring", "The report was noted.", ["The forecast was reported."])];
    expect(briefKeyPoint(OVERSPEND, elsewhere)).toBe(OVERSPEND);
    const verdict = "While two services were rated good, the inspection judged the service to be inadequate.";
    expect(briefKeyPoint(verdict, [section("Inspection", "The report was noted.", [verdict])])).toBe(verdict);
  });
});
