// Business recall on the long minutes, eleventh round (docs/summaries.md#long-minutes-round-eleven): the words a
// condensed meeting leaves unspent buy each item its best point that says a figure it has not said and fits them,
// rather than its next point by rank. Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { toFirstNewFigure } from "@/lib/summarize/extractive/answer-clauses";
import { telling } from "@/lib/summarize/extractive/answer-value";
import { sparePoint, withoutBareSpeaker, withoutDays } from "@/lib/summarize/extractive/spare-point-pick";
import { withSparePoints } from "@/lib/summarize/extractive/spare-points";
import { candidatesOf, spareMeeting } from "./helpers";

const TITLE = "Street Lighting Replacement Programme";
const DECISION = "The report was noted, and the programme's budget of £3.2m confirmed.";
// A minute of an account and the questions put on it: its first point is picked, the rest are the item's others.
const MINUTE = [
  "The Head of Highways said that 4,100 of the borough's 14,800 street lights had been changed to LED lanterns since April 2025, and that the programme would finish by March 2027.",
  "She said that the £3.2m budget for the programme had been set in 2024, and that members had agreed the £3.2m then after a long discussion of how the lanterns would be chosen and who would fit them across the borough.",
  "The contractor had fitted the new lanterns in the north of the borough first, where the old columns were in the worst state, and residents there had written to thank the crews for the care they had taken with the work over the summer.",
  "A Member asked how much energy the new lanterns saved. The Head of Highways responded that each lantern used about 60% less electricity than the one it replaced.",
  "A Member asked about complaints. The Head of Highways responded that 37 complaints about glare had been received, and that shields had been fitted to every lantern complained of, and that the crews would check each one again in the spring before the work moved on to the south of the borough.",
].join("\n\n");

describe("the point a condensed meeting's unspent words buy an item", () => {
  const candidates = candidatesOf(MINUTE, TITLE);
  const picked = candidates.filter((c) => c.text.includes("4,100 of the borough's"));
  const rest = candidates.filter((c) => !picked.includes(c));

  it("passes over a higher-ranked point that only says the decision's figure again, for one with a figure of its own", () => {
    const got = sparePoint(rest, picked, [TITLE, DECISION], 40);
    expect(got?.text).not.toContain("£3.2m budget");
    expect(got?.text).toMatch(/60%/);
  });

  it("says a point too long for the words left up to the clause that gives its new figure", () => {
    const others = rest.filter((c) => !/60%/.test(c.text));
    const got = sparePoint(others, picked, [TITLE, DECISION], 16);
    expect(got?.text).toBe("Head of Highways: 37 complaints about glare had been received.");
  });

  it("buys nothing when no point with a new figure fits the words", () => {
    expect(sparePoint(rest, picked, [TITLE, DECISION], 6)).toBeNull();
  });
});

describe("a sentence said up to the clause of its new figure", () => {
  const isNew = (said: string) => (clause: string) => telling(clause).some((f) => !telling(said).includes(f));

  it("keeps the clauses up to the first with a figure not yet said", () => {
    expect(
      toFirstNewFigure(
        "19 pupils had been excluded for a fixed period, 6 fewer than the year before, and no pupil had been excluded permanently for the fourth year.",
        isNew(""),
      ),
    ).toBe("19 pupils had been excluded for a fixed period, 6 fewer than the year before.");
  });

  it("goes on to the clause whose figure is new when the first only says one again", () => {
    expect(
      toFirstNewFigure(
        "The budget of £2.4m had been set in the spring, and 38 extra places had been bought with it, and the rest would be spent by the summer.",
        isNew("a budget of £2.4m"),
      ),
    ).toBe("The budget of £2.4m had been set in the spring, and 38 extra places had been bought with it.");
  });

  it("is no cut when only the last clause has the new figure, or a bracket would be left open", () => {
    expect(
      toFirstNewFigure("Too few slots had been offered, and the trust had added 9 a month.", isNew("")),
    ).toBeNull();
    expect(
      toFirstNewFigure("The fee (set at £40, and reviewed each year) would rise, and 12 staff would move.", isNew("")),
    ).toBeNull();
  });
});

describe("what counts as a figure a point adds", () => {
  it("is no day of the month", () => {
    expect(telling(withoutDays("The survey ran from 3 June to 21 July 2025."))).toEqual([]);
    expect(telling(withoutDays("The survey had 640 replies by 21 July."))).toEqual(["640"]);
  });

  it("says a point that only points back for its speaker as what was said", () => {
    const [first, second] = candidatesOf(
      "The Director said that bin collections had been moved to Tuesdays in the west of the borough. He added that 2,300 homes would receive a new calendar in May 2026.",
      "Waste Collections",
    ).slice(-2);
    expect(second?.antecedent).toBe(first?.text);
    expect(withoutBareSpeaker(second!).text).toBe("2,300 homes would receive a new calendar in May 2026.");
    expect(withoutBareSpeaker(second!).antecedent).toBeUndefined();
  });
});

describe("a question put to a speaker named only by a pronoun", () => {
  it("goes with its pronoun speaker, the question's subject being in the answer", () => {
    const [, asked] = candidatesOf(
      "The Head of Parking said that the zone would be reviewed after a year. Asked about the cost to traders, she said that a business permit would cost £240 a year, and that each shop would have two.",
      "Station Road Parking Zone",
    ).slice(-2);
    expect(withoutBareSpeaker(asked!).text).toBe(
      "A business permit would cost £240 a year, and each shop would have two.",
    );
  });

  it("stays when the one asked is named", () => {
    const text = "Asked about the cost to traders, the Head of Parking said that a permit would cost £240 a year.";
    const [c] = candidatesOf(text, "Station Road Parking Zone");
    expect(withoutBareSpeaker({ ...c!, text }).text).toBe(text);
  });
});

describe("the order in which the unspent words are given", () => {
  const said: Record<number, { heading: string; said: string; next: string }> = {
    1: {
      heading: "Parks Events",
      said: "The events team had run 46 events in the summer.",
      next: "A permit for a small event would cost £55.",
    },
    2: {
      heading: "Cemetery Capacity",
      said: "The borough's cemeteries had room for about 2,000 more burials.",
      next: "An extension of 1.8 hectares at Pinewood would add 3,400 plots at a cost of £2.6m, which officers would bring back in the autumn.",
    },
  };
  const { build, words, base } = spareMeeting(said);

  it("go first to the point that says the most new figures for its words, not the cheapest", () => {
    // Room for one of the two: the cemetery's four figures in 24 words before the permit's one in 9.
    const got = withSparePoints([1, 2], base, build, (b) => words(b) <= words(base) + 24);
    expect(got.byItem.get(2)![0]!.bullets).toHaveLength(2);
    expect(got.byItem.get(1)![0]!.bullets).toHaveLength(1);
  });

  it("tell the item how many words its further point may take", () => {
    const given: number[] = [];
    withSparePoints(
      [1, 2],
      base,
      (extra) => {
        given.push(...extra.values());
        return build(extra);
      },
      () => true,
      (b) => 100 - words(b),
    );
    expect(given[0]).toBe(100 - words(base));
  });
});
