// Freeing words at the ceiling: frames that only say how a point reached the meeting, and a noted paper named by its
// year. Inputs are written here in our own words, in the
// shape of printed minutes (names and figures made up).
import { describe, expect, it } from "vitest";
import { withoutTellingFrame } from "@/lib/summarize/extractive/free-words";
import { withoutNotings } from "@/lib/summarize/extractive/resolution/clauses";

describe("a point without the frame that says how the meeting heard it", () => {
  it("drops a frame that names no one ('The Panel was informed that …', 'It was reported that …')", () => {
    expect(withoutTellingFrame("The Panel was informed that 38 tenants had asked for a transfer in the year.")).toBe(
      "38 tenants had asked for a transfer in the year.",
    );
    expect(withoutTellingFrame("It was reported that the depot roof would be replaced by May 2027.")).toBe(
      "The depot roof would be replaced by May 2027.",
    );
    expect(withoutTellingFrame("The report showed that 4 of the 7 members had finished the course.")).toBe(
      "4 of the 7 members had finished the course.",
    );
    expect(
      withoutTellingFrame("The officers advised that the main changes to the scheme were as follows: a cap."),
    ).toBe("The main changes to the scheme were as follows: a cap.");
  });

  it("keeps the phrase that says what the point is about ('On parking, …')", () => {
    expect(
      withoutTellingFrame(
        "On parking, the officer reported that 120 permits had been issued, and that 9 were refused.",
      ),
    ).toBe("On parking, 120 permits had been issued, and 9 were refused.");
  });

  it("says a named speaker's 'said that' as the summary says speakers, its second 'that' going too", () => {
    expect(
      withoutTellingFrame("Ms Okafor said that 61 households had been rehoused, and that 14 were still waiting."),
    ).toBe("Ms Okafor: 61 households had been rehoused, and 14 were still waiting.");
    expect(withoutTellingFrame("Councillor Prentice said that the library would open on Sundays.")).toBe(
      "Councillor Prentice: The library would open on Sundays.",
    );
  });

  it("says a vote by its outcome, not by its being put", () => {
    expect(withoutTellingFrame("Upon being put to the vote, the recommendations were carried unanimously.")).toBe(
      "The recommendations were carried unanimously.",
    );
  });

  it("leaves a point whose speaker is a pronoun, a post or the point itself alone", () => {
    for (const text of [
      "She said that 61 households had been rehoused.",
      "The Director said that 61 households had been rehoused.",
      "61 households had been rehoused.",
      "The Panel was informed that: (a) …",
    ])
      expect(withoutTellingFrame(text)).toBe(text);
  });
});

describe("a noted paper named by its year beside what was decided", () => {
  it("drops the noting of a paper whose only figures are the year or quarter it is named by", () => {
    expect(
      withoutNotings(
        "(1) The annual complaints report for 2024/25 was noted; (2) The Head of Service was authorised to publish it.",
        false,
      ),
    ).toBe("The Head of Service was authorised to publish it.");
    expect(
      withoutNotings(
        "(1) The Quarter 3 monitoring return was noted; (2) The Director was authorised to submit the plan.",
        false,
      ),
    ).toBe("The Director was authorised to submit the plan.");
  });

  it("keeps the noting that names what the meeting's comments are on", () => {
    const text =
      "(1) The draft capital strategy 2026/27 was noted; (2) The comments of the Panel will be referred to Cabinet.";
    expect(withoutNotings(text, false)).toBe(text);
  });

  it("keeps a noted clause with a figure of its own", () => {
    const text = "(1) The overspend of £2.4m for 2024/25 was noted; (2) The recovery plan was approved.";
    expect(withoutNotings(text, false)).toBe(text);
  });
});
