// An age band ("aged 65 and over", "under-18s") names a group, not a figure a point adds, so the words a condensed
// meeting leaves unspent do not buy a point for it (stop 32). Sentences are written here; figures are made up.
import { describe, expect, it } from "vitest";
import { sparePoint, withoutDaysOrAges } from "@/lib/summarize/extractive/spare-point-pick";
import { candidatesOf } from "./helpers";

const TITLE = "Falls Prevention: Quarter 2 Update";
const DECISION = "The update was noted.";

describe("an age band is no figure a spare point adds", () => {
  it("drops ages and days, keeps other figures", () => {
    expect(withoutDaysOrAges("Falls among people aged 65 and over fell by 4% from 3 March.")).toBe(
      "Falls among people and over fell by 4% from March.",
    );
    expect(withoutDaysOrAges("Places for under-18s and those aged 16 to 25 rose to 140.")).toBe(
      "Places for and those rose to 140.",
    );
  });

  it("does not buy a point whose only number is an age", () => {
    const minute = [
      "The Public Health Lead said that 412 residents had joined a strength and balance class since April.",
      "Hospital admissions after a fall among people aged 65 and over had eased a little.",
    ].join("\n\n");
    const candidates = candidatesOf(minute, TITLE);
    const picked = candidates.filter((c) => c.text.includes("412"));
    const rest = candidates.filter((c) => !picked.includes(c));
    expect(sparePoint(rest, picked, [TITLE, DECISION], 30)).toBeNull();
  });
});
