// Places named as examples of what a sentence already names in general (docs/summaries.md#examples-named-in-passing-stop-34):
// held to words, "in the six town centres, such as Northfield and Kingsmead, shops of up to 4 storeys" is said
// without its examples, so the list entry it belongs to costs no more words than its neighbours.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { withoutExamples } from "@/lib/summarize/extractive/free-words";

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
