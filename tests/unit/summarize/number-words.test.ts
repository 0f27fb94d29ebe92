import { describe, expect, it } from "vitest";
import { countPattern, numberWordValue } from "@/lib/summarize/text/number-words";

// The shared spelling of counts in words (lib/summarize/text/number-words.ts), used by the grants, standards,
// answer-clause and advisory readings. Inputs are our own.
const whole = (withOne: boolean) => new RegExp(String.raw`^${countPattern({ withOne })}$`, "i");

describe("countPattern", () => {
  it("reads a count in digits or in words, to ninety-nine", () => {
    for (const count of ["74", "1,240", "two", "Twelve", "seventeen", "Fifty-one", "ninety-nine", "thirty"]) {
      expect(whole(true).test(count), count).toBe(true);
    }
  });

  it('leaves "one" out where it would read a pronoun as a count', () => {
    expect(whole(true).test("one")).toBe(true);
    expect(whole(false).test("one")).toBe(false);
    expect(whole(false).test("twenty-one")).toBe(true);
  });

  it("takes no word that only ends like a number", () => {
    for (const word of ["canteen", "often", "twenty-something", "forty-plus"]) {
      expect(whole(true).test(word), word).toBe(false);
    }
  });
});

describe("numberWordValue", () => {
  it("gives the value of a number said in words, one to ninety-nine", () => {
    const values = ["One", "ten", "Seventeen", "twenty", "twenty-one", "Fifty-one", "ninety-nine"].map(numberWordValue);
    expect(values).toEqual([1, 10, 17, 20, 21, 51, 99]);
  });

  it("gives none for a word that is no number", () => {
    expect(["canteen", "twenty-ten", "one-off", "hundred", ""].map(numberWordValue)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
