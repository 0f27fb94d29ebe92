// Business recall on the long minutes, eighth round (docs/summaries.md#long-minutes-round-eight): general rules for
// how minutes are written. Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { toItsFacts } from "@/lib/summarize/extractive/answer-clauses";

describe("the next in a ranking, named after the first without a figure", () => {
  it("is a clause of its own, dropped when the point is said to its facts", () => {
    expect(
      toItsFacts(
        "Back pain was the most common reason for absence and made up 31% of the days lost, followed by colds and flu.",
      ),
    ).toBe("Back pain was the most common reason for absence and made up 31% of the days lost.");
    expect(
      toItsFacts(
        "Missed bins were the largest cause of complaints, at 412 in the quarter, followed by late deliveries of new containers.",
      ),
    ).toBe("Missed bins were the largest cause of complaints, at 412 in the quarter.");
  });

  it("stays when the next in the ranking has a figure or a name of its own", () => {
    const withFigure =
      "Back pain was the most common reason for absence and made up 31% of the days lost, followed by colds and flu at 18%.";
    expect(toItsFacts(withFigure)).toBe(withFigure);
    const withName =
      "Noise was the largest cause of complaints, at 212 in the year, followed by those about the Kenton Road market.";
    expect(toItsFacts(withName)).toBe(withName);
  });
});
