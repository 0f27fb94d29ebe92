// The climate advisory panel, second round (docs/summaries.md#the-climate-advisory-panel-second-round): a count and its
// counterpart over the same period said as one point, and a sentence about "the" things just counted carrying the
// count. Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { goesOnAboutCounted, isSamePeriodPair, overTheSamePeriod } from "@/lib/summarize/extractive/same-period";

describe("a count and its counterpart over the same period", () => {
  it("says both counts in one point, each without its breakdown", () => {
    expect(
      overTheSamePeriod(
        "Ms Pellow said that 2,310 bins had been delivered, 1,900 of them to houses and 410 to flats above shops.",
        "Over the same period 275 bins had been reported stolen: 160 from front gardens, 90 from alleys and 25 from car parks.",
      ),
    ).toBe(
      "Ms Pellow said that 2,310 bins had been delivered; over the same period 275 bins had been reported stolen.",
    );
    expect(
      overTheSamePeriod(
        "The scheme had signed up 84 landlords.",
        "In the same year, 19 landlords had left the scheme after selling their homes.",
      ),
    ).toBe(
      "The scheme had signed up 84 landlords; in the same year 19 landlords had left the scheme after selling their homes.",
    );
  });

  it("leaves two sentences apart when the second counts something else, or opens on no same period", () => {
    // The posts are not counted in a year; the notices served are another thing.
    expect(
      overTheSamePeriod(
        "The team had 7 officer posts, of which 3 were vacant.",
        "In the same year the team had served 52 abatement notices.",
      ),
    ).toBeNull();
    expect(
      overTheSamePeriod("1,120 bulbs had been planted at Tolworth Green.", "Later that month 60 bulbs had been lost."),
    ).toBeNull();
    expect(
      overTheSamePeriod("The park had reopened.", "Over the same period 14 benches had been replaced."),
    ).toBeNull();
  });

  it("knows the joined point, to weigh it as the item's account in one line", () => {
    expect(
      isSamePeriodPair("2,310 bins had been delivered; over the same period 275 bins had been reported stolen."),
    ).toBe(true);
    expect(isSamePeriodPair("2,310 bins had been delivered in the same period as last year.")).toBe(false);
  });
});

describe("a sentence about the things just counted", () => {
  const fitted = "Mr Quayle said that 36 heat pumps had been fitted in council flats at Brindle Court.";

  it("points back to the sentence that counted them", () => {
    expect(goesOnAboutCounted(fitted, "The pumps had cut the tenants' bills by £210 a year.")).toBe(true);
    // Only a plural subject that goes straight on to what it did, never "The pumps' supplier …".
    expect(goesOnAboutCounted(fitted, "The pumps' supplier had gone into administration.")).toBe(false);
    expect(
      goesOnAboutCounted(
        "Ms Orme said that 480 kilowatts of wind turbines had been installed at four depots.",
        "The turbines had generated 610 megawatt hours in their first year.",
      ),
    ).toBe(true);
    expect(goesOnAboutCounted(fitted.replace("heat pumps", "pumps"), "The pumps had cut bills by £210 a year.")).toBe(
      true,
    );
  });

  it("leaves a sentence whose subject the sentence before did not count", () => {
    expect(goesOnAboutCounted(fitted, "The tenants had been consulted in March.")).toBe(false);
    expect(goesOnAboutCounted("The pumps had been fitted last year.", "The pumps had cut bills by £210 a year.")).toBe(
      false,
    );
    expect(goesOnAboutCounted(null, "The pumps had cut bills by £210 a year.")).toBe(false);
  });
});
