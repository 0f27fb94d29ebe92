import { describe, expect, it } from "vitest";
import {
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parsePage,
  parseSearchParams,
  searchHref,
} from "@/lib/search/search-params";

describe("normalizeQuery", () => {
  it("removes what PostgreSQL would reject or what would fake a highlight", () => {
    expect(normalizeQuery("care\u0000 leavers")).toBe("care leavers");
    expect(normalizeQuery("\uE000care\uE001 leavers")).toBe("care leavers");
    expect(normalizeQuery("  housing\t\n\r  policy ")).toBe("housing policy");
    expect(normalizeQuery("bad \uD800 surrogate")).toBe("bad \uFFFD surrogate");
    expect(normalizeQuery("zero\u200Bwidth")).toBe("zero width");
  });

  it("folds full-width letters and keeps quotes, minus signs and punctuation for websearch_to_tsquery", () => {
    expect(normalizeQuery("ｈｏｕｓｉｎｇ")).toBe("housing");
    expect(normalizeQuery(`"care leavers" -custody OR 'x'; drop table "Meeting"; --`)).toBe(
      `"care leavers" -custody OR 'x'; drop table "Meeting"; --`,
    );
  });

  it("keeps at most MAX_QUERY_LENGTH characters without splitting a character", () => {
    const long = "😀".repeat(MAX_QUERY_LENGTH + 20);
    const result = normalizeQuery(long);
    expect(Array.from(result)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result).toBe("😀".repeat(MAX_QUERY_LENGTH));
  });
});

describe("parsePage", () => {
  it("reads positive whole numbers and turns everything else into page 1", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(" 7 ")).toBe(7);
    for (const bad of ["", "0", "-2", "abc", "1.5", "1e3", "2; drop table x", "NaN", "Infinity"])
      expect(parsePage(bad)).toBe(1);
  });

  it("stops at MAX_PAGE, however large the number", () => {
    expect(parsePage(String(MAX_PAGE + 1))).toBe(MAX_PAGE);
    expect(parsePage("999999999999999999999999999")).toBe(MAX_PAGE);
  });
});

describe("parseSearchParams", () => {
  it("reads a full query string", () => {
    const { params, notes } = parseSearchParams({
      q: "care leavers",
      page: "2",
      committee: "788-corporate-parenting-panel",
      topic: "childrens-services",
      from: "2025-01-01",
      to: "2025-12-31",
    });
    expect(params).toEqual({
      q: "care leavers",
      page: 2,
      committee: 788,
      topic: "childrens-services",
      from: "2025-01-01",
      to: "2025-12-31",
    });
    expect(notes).toEqual([]);
  });

  it("never fails: nonsense filters are dropped with a note saying so", () => {
    const { params, notes } = parseSearchParams({
      q: ["first", "second"],
      committee: "abc",
      topic: "../etc/passwd",
      from: "2025-02-30",
      to: "yesterday",
      page: "-1",
    });
    expect(params).toEqual({ q: "first", page: 1, committee: null, topic: null, from: null, to: null });
    expect(notes).toHaveLength(4);
    expect(notes.join(" ")).toMatch(/committee/);
    expect(notes.join(" ")).toMatch(/topic/);
  });

  it("swaps dates given the wrong way round", () => {
    const { params, notes } = parseSearchParams({ q: "x", from: "2025-12-31", to: "2025-01-01" });
    expect([params.from, params.to]).toEqual(["2025-01-01", "2025-12-31"]);
    expect(notes[0]).toMatch(/swapped/);
  });

  it("says when the search text was cut", () => {
    const { params, notes } = parseSearchParams({ q: "a".repeat(MAX_QUERY_LENGTH + 1) });
    expect(params.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notes[0]).toMatch(/first 200 characters/);
  });

  it("treats an empty query string as no search", () => {
    expect(parseSearchParams({}).params).toEqual({
      q: "",
      page: 1,
      committee: null,
      topic: null,
      from: null,
      to: null,
    });
  });
});

describe("searchHref", () => {
  const base = { q: "care leavers", page: 1, committee: 788, topic: null, from: null, to: "2025-12-31" };

  it("keeps the filters, leaves out defaults and encodes the text", () => {
    expect(searchHref("/harrow/search", base)).toBe("/harrow/search?q=care+leavers&committee=788&to=2025-12-31");
    expect(searchHref("/harrow/search", base, { page: 3 })).toBe(
      "/harrow/search?q=care+leavers&committee=788&to=2025-12-31&page=3",
    );
    expect(searchHref("/harrow/search", { ...base, q: `"a&b" <x>`, committee: null, to: null })).toBe(
      "/harrow/search?q=%22a%26b%22+%3Cx%3E",
    );
  });
});
