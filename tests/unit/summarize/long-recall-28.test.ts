// Business recall on the long minutes, twenty-eighth round (docs/summaries.md#long-minutes-round-twenty-eight): held
// to words, a sum followed after its colon by the measures that make it up ("measures expected to save £2.6m in
// 2027/28: a resource base …; a review …") is said by its sum.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { sumBeforeItsMeasures, totalOfItsParts } from "@/lib/summarize/extractive/listed-sums";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

describe("a sum and the measures that make it up", () => {
  it("is said by its sum when the measures after the colon give no sum of their own", () => {
    expect(
      sumBeforeItsMeasures(
        "The recovery plan set out measures expected to save £2.6m in 2027/28: a resource base of 36 places at Elmfield School from January 2027.",
      ),
    ).toBe("The recovery plan set out measures expected to save £2.6m in 2027/28.");
    expect(
      sumBeforeItsMeasures(
        "Mr Dorrington listed savings of £740,000 for the coming year: the closing of two depots, a review of the fleet and moving the call centre.",
      ),
    ).toBe("Mr Dorrington listed savings of £740,000 for the coming year.");
  });

  it("is left whole when the measures give sums, when the colon follows a label, or when no sum is said", () => {
    expect(
      sumBeforeItsMeasures(
        "The plan set out measures expected to save £2.6m: a resource base saving £1.1m and a review of bands saving £0.9m.",
      ),
    ).toBeNull();
    expect(
      sumBeforeItsMeasures("Head of Finance: The savings of £2.6m would be found from the review of bands."),
    ).toBeNull();
    expect(
      sumBeforeItsMeasures(
        "The plan set out three measures: a resource base, a review of bands and an early support fund.",
      ),
    ).toBeNull();
    expect(sumBeforeItsMeasures("The savings came to £2.6m: Members asked how they would be monitored.")).toBeNull();
  });

  it("is the total a minute held to words says (totalOfItsParts)", () => {
    const c = {
      text: "The recovery plan set out measures expected to save £2.6m in 2027/28: a resource base of 36 places at Elmfield School.",
      score: 5,
      order: 1,
    } as Parameters<typeof totalOfItsParts>[0];
    expect(totalOfItsParts(c).text).toBe("The recovery plan set out measures expected to save £2.6m in 2027/28.");
  });
});

describe("a minute held to words", () => {
  const TITLE = "Special Needs Recovery Plan";
  const MINUTE = [
    "The Head of Inclusion, Ms Odile Ferrant, said that the cumulative deficit was expected to reach £27.3m by 31 March 2027, most of it on special school places.",
    "The recovery plan set out measures expected to save £2.6m in 2027/28: a resource base of 36 places at Elmfield School from January 2027, so that fewer pupils had to travel out of the borough; a review of the top-up bands; and a fund for early help in mainstream schools.",
    "Under the plan the yearly overspend would fall to £0.8m by 2029/30.",
    "Mr Tobin Ashgrove asked whether the plan had been shared with parents. Ms Ferrant said that it would be discussed with the parent carer forum in the spring.",
  ].join("\n\n");

  it("says the plan's savings by their sum, in fewer words than the measures take", () => {
    const points = pickMinutePoints(
      minutePointsInput(MINUTE, TITLE, { maxPoints: 3, answerPoints: 1.75, everyMinuteByWords: true }),
    ).picked.map((c) => c.text);
    expect(points).toContain("The recovery plan set out measures expected to save £2.6m in 2027/28.");
    expect(points.join(" ")).not.toContain("Elmfield");
  });
});
