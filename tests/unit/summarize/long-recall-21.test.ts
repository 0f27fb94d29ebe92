// Business recall on the long minutes, twenty-first round (docs/summaries.md#long-minutes-round-twenty-one). Every
// sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";

describe("held to words, when in the day most of a count fell is an aside", () => {
  it("drops the hours and days most of the count fell in, after the sentence's figures", () => {
    expect(
      inFewerWords(
        "287 thefts from cars had been reported in the car parks, 9% fewer than the year before, most of them between 7.00 pm and 2.00 am at weekends.",
      ),
    ).toBe("287 thefts from cars had been reported in the car parks, 9% fewer than the year before.");
    expect(
      inFewerWords("The helpline had taken 1,420 calls in the quarter, mostly between 9am and 11am on Mondays."),
    ).toBe("The helpline had taken 1,420 calls in the quarter.");
  });

  it("keeps an aside with a count of its own, and a time the sentence itself sets", () => {
    expect(
      inFewerWords("The helpline had taken 1,420 calls in the quarter, most of them (910) between 9am and 11am."),
    ).toBe("The helpline had taken 1,420 calls in the quarter, most of them (910) between 9am and 11am.");
    expect(inFewerWords("Takeaways in the 14 streets would be expected to close at 10.30 pm.")).toBe(
      "Takeaways in the 14 streets would be expected to close at 10.30 pm.",
    );
  });
});
