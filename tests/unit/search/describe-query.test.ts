import { describe, expect, it } from "vitest";
import { describeQuery } from "@/lib/search/describe-query";

describe("describeQuery", () => {
  it("reads words, quoted phrases, exclusions and OR", () => {
    expect(describeQuery(`"care leavers" housing -custody -"temporary accommodation" or budget`)).toEqual({
      include: ['"care leavers"', "housing", "budget"],
      exclude: ["custody", '"temporary accommodation"'],
      usesOr: true,
      hasPhrase: true,
    });
  });

  it("survives unclosed quotes, stray symbols and empty input", () => {
    expect(describeQuery(`"unclosed phrase`)).toEqual({
      include: ['"unclosed phrase"'],
      exclude: [],
      usesOr: false,
      hasPhrase: true,
    });
    expect(describeQuery(`- -- "" ' ; \\`)).toEqual({ include: [], exclude: [], usesOr: false, hasPhrase: false });
    expect(describeQuery("")).toEqual({ include: [], exclude: [], usesOr: false, hasPhrase: false });
  });

  it("notices a search that only excludes", () => {
    const d = describeQuery("-parking -housing");
    expect(d.include).toEqual([]);
    expect(d.exclude).toEqual(["parking", "housing"]);
  });

  it("treats a one-word quote as a word", () => {
    expect(describeQuery(`"housing"`)).toEqual({ include: ["housing"], exclude: [], usesOr: false, hasPhrase: false });
  });
});
