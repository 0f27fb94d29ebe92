import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, headlineOptions, splitHighlights, stripMarkers } from "@/lib/search/highlight";

const S = MARK_START;
const E = MARK_END;

describe("splitHighlights", () => {
  it("splits a ts_headline result into plain and highlighted runs", () => {
    expect(splitHighlights(`The ${S}council${E} noted the ${S}care${E} ${S}leavers${E} report`)).toEqual([
      { text: "The ", highlighted: false },
      { text: "council", highlighted: true },
      { text: " noted the ", highlighted: false },
      { text: "care", highlighted: true },
      { text: " ", highlighted: false },
      { text: "leavers", highlighted: true },
      { text: " report", highlighted: false },
    ]);
  });

  it("keeps markup from the source as text: nothing in a segment is ever HTML", () => {
    const segments = splitHighlights(`<img src=x onerror=alert(1)> ${S}<b>council</b>${E} &amp;`);
    expect(segments).toEqual([
      { text: "<img src=x onerror=alert(1)> ", highlighted: false },
      { text: "<b>council</b>", highlighted: true },
      { text: " &amp;", highlighted: false },
    ]);
  });

  it("tolerates unbalanced markers", () => {
    expect(splitHighlights(`a ${E}b ${S}c`)).toEqual([
      { text: "a b ", highlighted: false },
      { text: "c", highlighted: true },
    ]);
    expect(splitHighlights(`${S}${S}x${E}${E} y`)).toEqual([
      { text: "x", highlighted: true },
      { text: " y", highlighted: false },
    ]);
    expect(splitHighlights(`${S}${E}`)).toEqual([]);
  });

  it("collapses the ragged whitespace of PDF text", () => {
    expect(splitHighlights(`  first\n\n\f line   ${S}two${E}  `)).toEqual([
      { text: "first line ", highlighted: false },
      { text: "two", highlighted: true },
    ]);
  });
});

describe("markers", () => {
  it("are stripped from source text so that only ts_headline can produce them", () => {
    expect(stripMarkers(`a${S}b${E}c`)).toBe("abc");
  });

  it("are the ones named in the ts_headline options, which are constant", () => {
    for (const kind of ["fragments", "whole"] as const) {
      expect(headlineOptions(kind)).toContain(`StartSel=${S}, StopSel=${E}`);
    }
    expect(headlineOptions("whole")).toContain("HighlightAll=true");
    expect(headlineOptions("fragments")).toMatch(/MaxFragments=\d/);
  });
});
