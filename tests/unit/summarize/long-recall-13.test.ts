// Business recall on the long minutes, thirteenth round (docs/summaries.md#long-minutes-round-thirteen): a spare point
// too long for the words left may be said as the clause of its new figure when the clauses before it only set the
// scene; a point the item's decision follows up is preferred, among an item's candidates and among the items; and a
// day of the month is no new figure when the items are weighed. Every sentence below is written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import { toClauseOfNewFigure } from "@/lib/summarize/extractive/answer-clauses";
import { telling } from "@/lib/summarize/extractive/answer-value";
import { followsUp, sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { withSparePoints } from "@/lib/summarize/extractive/spare-points";
import { candidatesOf, spareMeeting } from "./helpers";

const isNew = (clause: string) => telling(clause).length > 0;

describe("a sentence said as the clause of its new figure", () => {
  it("drops a scene-setting first clause and keeps the clause with its own subject and figure", () => {
    expect(
      toClauseOfNewFigure(
        "Too few places at the holiday clubs had been offered over the winter, and the leisure trust had agreed to open 40 more places a week from February 2026.",
        isNew,
      ),
    ).toBe("The leisure trust had agreed to open 40 more places a week from February 2026.");
  });

  it("keeps a sentence whose first clause carries a fact of its own (a name, a figure)", () => {
    expect(
      toClauseOfNewFigure(
        "The Head of Libraries had spoken to the staff at Northcote, and the library would open on 14 Sundays a year.",
        isNew,
      ),
    ).toBeNull();
  });

  it("keeps a sentence whose later clause has no subject of its own", () => {
    expect(
      toClauseOfNewFigure(
        "Too few bins had been emptied on time in the autumn, and had then been emptied within 3 days.",
        isNew,
      ),
    ).toBeNull();
  });
});

describe("a decision that follows up what a point reports", () => {
  const title = "Leisure Services: Performance at Quarter 3";
  const decision =
    "The Director report to the next meeting on membership numbers, including the effect of the extra holiday places.";

  it("shares a phrase of two words with the point, beyond the item's title", () => {
    expect(followsUp("The leisure trust had agreed to open 40 extra holiday places a week.", decision, title)).toBe(
      true,
    );
  });

  it("is not a word or two in common, the point's speaker, nor the title's words", () => {
    expect(followsUp("Attendance at the swimming pools had risen by 8% in the quarter.", decision, title)).toBe(false);
    expect(
      followsUp(
        "Director of Leisure: The new gym had opened in March.",
        "The Director of Leisure was thanked for attending.",
        title,
      ),
    ).toBe(false);
    expect(
      followsUp("Leisure services had spent £1.2m in the quarter.", "The leisure services report was noted.", title),
    ).toBe(false);
  });
});

describe("the point an item's unspent words buy", () => {
  const TITLE = "Leisure Services: Performance at Quarter 3";
  const DECISION =
    "The Director report to the next meeting on membership numbers, including the effect of the extra holiday places.";
  const MINUTE = [
    "The Head of Leisure said that 12,400 residents held a leisure card at the end of December 2025.",
    "Too few holiday places had been offered over the winter, and the leisure trust had agreed to provide 40 extra holiday places a week from February 2026.",
    "The café had taken £18,000 more.",
  ].join("\n\n");
  const candidates = candidatesOf(MINUTE, TITLE);
  const picked = candidates.filter((c) => c.text.includes("12,400"));
  const rest = candidates.filter((c) => !picked.includes(c));

  it("is the point the decision follows up, said as the clause of its figure, before a shorter one with a figure", () => {
    const got = sparePoint(rest, picked, [TITLE, DECISION], 18);
    expect(got?.text).toBe(
      "The leisure trust had agreed to provide 40 extra holiday places a week from February 2026.",
    );
  });
});

describe("the items given the words a condensing step leaves unspent", () => {
  const items = {
    1: {
      heading: "Leisure Services: Performance at Quarter 3",
      decision: "A report on the effect of the extra holiday places will come to the next meeting.",
      said: "12,400 residents held a leisure card.",
      next: "The leisure trust had agreed to provide 40 extra holiday places a week.",
    },
    2: {
      heading: "Parks Improvement Plan",
      decision: "The plan was noted.",
      said: "The plan had 30 actions.",
      next: "Inspectors had visited the parks on 3 and 4 November 2025.",
    },
  };
  const { build, words, base } = spareMeeting(items);

  it("go first to the item whose decision follows up its further point, a visit's days no figures", () => {
    // Room for one of the two: the holiday places (13 words, one figure) the decision refers to, before the visit's
    // dates (11 words).
    const got = withSparePoints([1, 2], base, build, (b) => words(b) <= words(base) + 13);
    expect(got.byItem.get(1)![0]!.bullets).toHaveLength(2);
    expect(got.byItem.get(2)![0]!.bullets).toHaveLength(1);
  });

  it("weigh a visit's days of the month as no figures: a point with a count of its own goes first", () => {
    // Neither decision follows its point up. The visit "on 3 and 4 November" says one figure (the 3) in 11 words, not
    // two; the pool's 310 more swimmers says one in 8, and takes the room for one.
    const pool = {
      heading: "Swimming Pools",
      decision: "The update was noted.",
      said: "The pools had reopened.",
      next: "The pools had 310 more swimmers a week.",
    };
    const { build: buildTwo, base: start } = spareMeeting({ 2: items[2], 3: pool });
    const got = withSparePoints([2, 3], start, buildTwo, (b) => words(b) <= words(start) + 11);
    expect(got.byItem.get(3)![0]!.bullets).toHaveLength(2);
    expect(got.byItem.get(2)![0]!.bullets).toHaveLength(1);
  });
});
