// Spare-point candidates, stop 32 (docs/summaries.md#spare-point-candidates-stop-32): a point whose only count is
// written in words ("two schools", "three new posts") adds a figure as much as one in digits does, so the words a
// condensed meeting leaves unspent may buy it; it is given words only after the points that add figures in digits.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { figuresWeight, pointFigures, sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { addsAFigure, withSparePoints } from "@/lib/summarize/extractive/spare-points";
import { candidatesOf, spareMeeting } from "./helpers";

const TITLE = "Early Years Places: Annual Review";
const DECISION = "The report was noted.";
const MINUTE = [
  "The Head of Early Years said that 1,240 children had taken up a funded place in the autumn term, against 1,180 the year before.",
  "Officers were working with three nurseries on opening rooms for babies from January 2027, each subject to the landlord's consent.",
  "The Chair thanked the officers for their work on the review.",
].join("\n\n");

describe("a point whose count is written in words", () => {
  const candidates = candidatesOf(MINUTE, TITLE);
  const picked = candidates.filter((c) => c.text.includes("1,240"));
  const rest = candidates.filter((c) => !picked.includes(c));

  it("reads the count as a figure the point adds", () => {
    expect(pointFigures("Officers were working with three nurseries on opening rooms.")).toContain("three nurseries");
  });

  it("is bought by the unspent words when it fits them", () => {
    const got = sparePoint(rest, picked, [TITLE, DECISION], 30);
    expect(got?.text).toMatch(/three nurseries/);
  });

  it("is not bought when the item has said that count already", () => {
    expect(sparePoint(rest, picked, [`${TITLE} with three nurseries`, DECISION], 30)).toBeNull();
  });

  it("weighs less than a figure in digits, and a point with digits by its digits alone", () => {
    expect(figuresWeight(["two schools"])).toBeLessThan(figuresWeight(["£40,000"]));
    expect(figuresWeight(["£40,000", "two schools"])).toBe(1);
  });
});

describe("the unspent words given to an item whose further point counts in words", () => {
  const items: Record<number, { heading: string; said: string; next: string }> = {
    1: {
      heading: "School Admissions",
      said: "Applications for Reception places had fallen by 4% this year.",
      next: "Officers were working with two schools on lowering their admission numbers.",
    },
    2: {
      heading: "Library Services",
      said: "Visits to the borough's libraries had risen by 9% this year.",
      next: "The mobile library would stop at 14 more places from the spring.",
    },
  };
  const { build, words, base } = spareMeeting(items);

  it("counts the point as adding a figure", () => {
    expect(addsAFigure(base.byItem.get(1)!, build(new Map([[1, 20]])).byItem.get(1)!)).toBe(true);
  });

  it("gives it words only after a point with a figure in digits", () => {
    // Room for one further point only: the library's figure in digits goes first.
    const one = withSparePoints([1, 2], base, build, (b) => words(b) <= words(base) + 12);
    expect(one.byItem.get(2)![0]!.bullets).toHaveLength(2);
    expect(one.byItem.get(1)![0]!.bullets).toHaveLength(1);
    // Room for both: the count in words is said too.
    const both = withSparePoints([1, 2], base, build, (b) => words(b) <= words(base) + 30);
    expect(both.byItem.get(1)![0]!.bullets).toHaveLength(2);
  });
});
