import { describe, expect, it } from "vitest";
import { renderSummarySearchText } from "@/lib/summarize/render/render-search-text";
import { looserQuery } from "@/lib/data/search";
import type { MeetingSummary } from "@/lib/summarize/types";

const summary = {
  kind: "outcome",
  overview: "The Cabinet agreed the MTFS and the budget.",
  procedural: null,
  sections: [
    {
      heading: "Budget",
      itemNumber: "5.",
      bullets: [
        { text: "The MTFS gap is £12m.", source: { documentId: 1, url: "https://example.org/a.pdf", page: 3 } },
      ],
      tables: [],
      decision: "Approved.",
    },
  ],
  missing: [],
  footnotes: [{ term: "MTFS", explanation: "Medium Term Financial Strategy" }],
} as unknown as MeetingSummary;

describe("the summary's search text", () => {
  it("has the words and none of the markers", () => {
    const text = renderSummarySearchText(summary);
    expect(text).toContain("The MTFS gap is £12m.");
    expect(text).toContain("MTFS: Medium Term Financial Strategy");
    expect(text).not.toMatch(/\(p\. 3\)|MTFS\[1\]|^\* /m);
  });
});

describe("the looser query", () => {
  it("joins several words with OR, keeping exclusions; nothing to loosen otherwise", () => {
    expect(looserQuery("foster carers")).toEqual({ q: "foster OR carers", terms: ["foster", "carers"] });
    expect(looserQuery('"care leavers" housing -parking')).toEqual({
      q: '"care leavers" OR housing -parking',
      terms: ['"care leavers"', "housing"],
    });
    expect(looserQuery("foster")).toBeNull();
    expect(looserQuery("foster OR carers")).toBeNull();
  });
});
