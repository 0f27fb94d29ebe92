import { describe, expect, it } from "vitest";
import { changedAt, compareTexts, describePages } from "@/lib/document-diff";
import { groupChanges } from "@/lib/data/meeting-changes";

describe("comparing two versions of a paper", () => {
  const v1 = [
    "Cover page.",
    "The Committee is asked to grant permission. 14 objections were received.",
    "Conditions follow.",
    "Appendix.",
  ].join("\f");

  it("names the pages whose words changed and gives the removed and added sentences", () => {
    const v2 = [
      "Cover page.",
      "The Committee is asked to grant permission. 19 objections were received.",
      "Conditions follow.",
      "Appendix.",
    ].join("\f");
    const change = compareTexts(v1, v2)!;
    expect(change.pages).toEqual([2]);
    expect(change.diff).toEqual([
      { op: "-", text: "14 objections were received." },
      { op: "+", text: "19 objections were received." },
    ]);
  });

  it("ignores changes of layout only (the bytes changed, the words did not)", () => {
    expect(compareTexts(v1, v1.replace(/ /g, "  ").replace(/\./g, ".\n"))).toBeNull();
  });

  it("counts pages added at the end and clips long sentences", () => {
    const long = `${"word ".repeat(200)}end.`;
    const change = compareTexts(v1, `${v1}\f${long}`)!;
    expect(change.pages).toEqual([5]);
    expect(change.diff[0]!.op).toBe("+");
    expect(change.diff[0]!.text.length).toBeLessThanOrEqual(281);
    expect(change.diff[0]!.text.endsWith("…")).toBe(true);
  });

  it("writes page runs as the council would", () => {
    expect(describePages([4])).toBe("page 4");
    expect(describePages([4, 5, 6])).toBe("pages 4\u20136");
    expect(describePages([2, 5, 7, 8, 9])).toBe("pages 2, 5 and 7\u20139");
  });

  it("dates a change by the file's Last-Modified unless that is missing or after we saw it", () => {
    const seen = new Date("2026-11-28T10:00:00Z");
    expect(changedAt("Fri, 27 Nov 2026 09:00:00 GMT", seen).toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect(changedAt("Sat, 05 Dec 2026 09:00:00 GMT", seen)).toBe(seen);
    expect(changedAt(null, seen)).toBe(seen);
    expect(changedAt("garbage", seen)).toBe(seen);
  });
});

describe("a meeting's changes, as the page says them", () => {
  it("groups by London day, newest first, one line per day", () => {
    const doc = (kind: "item_report" | "supplement" | "public_reports_pack") => ({ kind });
    const days = groupChanges([
      {
        kind: "added",
        at: new Date("2026-11-27T09:00:00Z"),
        title: "Addendum",
        pages: [],
        diff: null,
        document: doc("supplement"),
      },
      {
        kind: "revised",
        at: new Date("2026-11-27T09:00:00Z"),
        title: "2/01 Pinner Road",
        pages: [4, 5, 6],
        diff: [
          { op: "+", text: "New." },
          { op: "x", text: "bad" },
        ],
        document: doc("item_report"),
      },
      // 11.30 pm GMT on the 27th is still the 27th in London in winter; 00.30 am BST on 1 June is 31 May UTC.
      {
        kind: "withdrawn",
        at: new Date("2026-05-31T23:30:00Z"),
        title: "Old note",
        pages: [],
        diff: null,
        document: doc("supplement"),
      },
    ]);
    expect(days.map((d) => [d.day, d.summary])).toEqual([
      ["2026-11-27", "Addendum added; report \u20182/01 Pinner Road\u2019 revised (pages 4\u20136 changed)"],
      ["2026-06-01", "\u2018Old note\u2019 withdrawn"],
    ]);
    expect(days[0]!.changes[1]!.diff).toEqual([{ op: "+", text: "New." }]);
  });
});
