// Held to words, two more points give their words to the meeting. Places named as examples of what a sentence already names in general (docs/summaries.md#examples-named-in-passing-stop-34):
// held to words, "in the six town centres, such as Northfield and Kingsmead, shops of up to 4 storeys" is said
// without its examples, so the list entry it belongs to costs no more words than its neighbours.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { withoutExamples } from "@/lib/summarize/extractive/free-words";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

describe("examples named in passing", () => {
  it("go from a point held to words, the sentence reading on from the comma", () => {
    expect(withoutExamples("in the six town centres, such as Northfield and Kingsmead, shops of up to 4 storeys")).toBe(
      "in the six town centres, shops of up to 4 storeys",
    );
    expect(
      inFewerWords("Several parks, for example Elm Green, would get new lighting of £40,000 each by March 2027."),
    ).toBe("Several parks would get new lighting of £40,000 each by March 2027.");
  });

  it("stay when they carry a figure, or are not set off as an aside", () => {
    const counted = "in the town centres, such as Northfield with 40 shops, new signs would go up";
    expect(withoutExamples(counted)).toBe(counted);
    const named = "Larger schemes such as Kingsmead Court would need a design review.";
    expect(withoutExamples(named)).toBe(named);
    // An example at the sentence's end is no aside between its parts: the sentence is left as it was.
    const ending = "Grants would go to groups in the west of the borough, such as Northfield.";
    expect(withoutExamples(ending)).toBe(ending);
  });
});

describe("a total that the decision already states", () => {
  const TITLE = "Parks Investment Programme 2026/27 to 2028/29";
  const MINUTE = [
    "Council received a recommendation from Cabinet on the parks investment programme.",
    "",
    "Councillor Ruth Okafor moved the recommendation. She said that the programme totalled £12.4m over the three years, of which £5.1m would be spent in 2026/27 and £3.3m would come from developers' contributions.",
    "",
    "Councillor Tom Baines said that 14 playgrounds would be rebuilt and that the lake at Elm Green would be dredged for the first time since 1998.",
  ].join("\n");
  const said = (decision: string) =>
    pickMinutePoints(
      minutePointsInput(MINUTE, TITLE, { decision, maxPoints: 3, answerPoints: 4, everyMinuteByWords: true }),
    ).picked.map((c) => c.text);

  it("is not a point of its own when the minute is held to words and the point is cut to that total", () => {
    const points = said("The Parks Investment Programme 2026/27 to 2028/29, of £12.4m, was approved.");
    expect(points.some((t) => t.includes("14 playgrounds"))).toBe(true);
    expect(points.some((t) => t.includes("£12.4m"))).toBe(false);
  });

  it("stays when the decision does not say the total", () => {
    const points = said("The Parks Investment Programme 2026/27 to 2028/29 was approved.");
    expect(points.some((t) => t.includes("£12.4m"))).toBe(true);
  });
});
