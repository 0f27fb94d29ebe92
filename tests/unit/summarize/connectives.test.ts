// One list of linking words for every reader that drops them (lib/summarize/text/connectives.ts). Sentences are our own.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { tidy } from "@/lib/summarize/extractive/plainer-sentences";

describe("a sentence's link to the one before it", () => {
  it("goes from a minute's sentence, whichever linking word opens it", () => {
    expect(tidy("Additionally, the library would open on Sundays from May.")).toBe(
      "The library would open on Sundays from May.",
    );
  });

  it("stays where the sentence follows from the one before, so it is read as pointing back to it", () => {
    expect(tidy("As a result, waiting times had fallen to six weeks.")).toBe(
      "As a result, waiting times had fallen to six weeks.",
    );
  });

  it("goes from what a post told the meeting, adding or following", () => {
    expect(inFewerWords("Finally, 42 new homes had been let since April.")).toBe(
      "42 new homes had been let since April.",
    );
    expect(inFewerWords("As a result, 42 new homes had been let since April.")).toBe(
      "42 new homes had been let since April.",
    );
  });

  it("stays where a name follows the comma in a minute's sentence", () => {
    expect(tidy("However, Councillor Ali said the plan was late.")).toBe(
      "However, Councillor Ali said the plan was late.",
    );
  });
});
