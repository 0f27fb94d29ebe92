// Business recall on the long minutes, tenth round (docs/summaries.md#long-minutes-round-ten): the words a condensing
// step leaves unspent go to the items whose next point says a figure. Every sentence below is written here, with
// made-up names, places and figures.
import { describe, expect, it } from "vitest";
import type { SummarySection } from "@/lib/summarize/types";
import {
  addsAFigure,
  withSparePoints,
  type BuiltSections,
  type SpareWords,
} from "@/lib/summarize/extractive/spare-points";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { countWords } from "@/lib/summarize/text/sentences";
import { item, makeInput } from "./helpers";

const source = { documentId: null, url: "https://x", page: null };
const section = (heading: string, points: string[], decision: string | null = null): SummarySection => ({
  heading,
  itemNumber: null,
  bullets: points.map((text) => ({ text, source })),
  tables: [],
  decision,
});

// Three items of a condensed meeting: each has a further point it could say, were it given one.
const points: Record<number, { heading: string; said: string[]; next: string }> = {
  1: {
    heading: "Library Opening Hours",
    said: ["The Head of Libraries said that visits had risen by 8% since the hours were extended."],
    next: "Members thanked the library staff for their work over the summer and for the warm welcome given to visitors.",
  },
  2: {
    heading: "Bulky Waste Collections",
    said: ["The Service Manager said that 4,300 collections had been made in the year."],
    next: "A collection of up to five items would cost £38 from April.",
  },
  3: {
    heading: "Allotments Review",
    said: ["The review had found 212 plots vacant across the borough."],
    next: "Rents would rise from £64 to £70 a plot, and a waiting list of 540 residents would be cleared first, by letter to each of them in turn during the spring.",
  },
};

/** The meeting's sections with the items at `extra` given their next point. */
const build = (extra: SpareWords): BuiltSections => {
  const byItem = new Map<number, SummarySection[]>();
  for (const [position, item] of Object.entries(points)) {
    const said = extra.has(Number(position)) ? [...item.said, item.next] : item.said;
    byItem.set(Number(position), [section(item.heading, said)]);
  }
  return { sections: [...byItem.values()].flat(), byItem };
};
const words = (b: BuiltSections) =>
  b.sections.reduce((n, s) => n + s.bullets.reduce((m, p) => m + p.text.split(" ").length, 0), 0);

describe("a further point is worth its words when it says a figure the item has not said", () => {
  it("adds a figure: a new sum beside the item's count", () => {
    const before = [section("Bulky Waste Collections", [points[2]!.said[0]!])];
    const after = [section("Bulky Waste Collections", [points[2]!.said[0]!, points[2]!.next])];
    expect(addsAFigure(before, after)).toBe(true);
  });

  it("adds none: a remark without a figure, or one that repeats the decision's sum", () => {
    const before = [section("Library Opening Hours", [points[1]!.said[0]!])];
    expect(addsAFigure(before, [section("Library Opening Hours", [...points[1]!.said, points[1]!.next])])).toBe(false);
    const decided = [section("Bulky Waste Collections", [], "A charge of £38 was agreed.")];
    const repeated = [
      section("Bulky Waste Collections", ["The charge would be £38 from April."], "A charge of £38 was agreed."),
    ];
    expect(addsAFigure(decided, repeated)).toBe(false);
  });

  it("adds none when the point takes the place of one that said a figure", () => {
    const before = [section("Allotments Review", ["The review had found 212 plots vacant."])];
    const after = [section("Allotments Review", ["Rents would rise to £70 a plot."])];
    expect(addsAFigure(before, after)).toBe(false);
  });
});

describe("the words a condensing step leaves unspent", () => {
  const base = build(new Map());

  it("go to the item whose next point adds a figure in the fewest words, while the meeting still fits", () => {
    // Room for about 12 more words: the bulky waste charge (12 words) fits, the allotments' rents (31) do not.
    const got = withSparePoints([1, 2, 3], base, build, (b) => words(b) <= words(base) + 12);
    expect(got.byItem.get(2)![0]!.bullets.map((b) => b.text)).toContain(points[2]!.next);
    expect(got.byItem.get(3)![0]!.bullets).toHaveLength(1);
  });

  it("never go to a point without a figure, however much room is left", () => {
    const got = withSparePoints([1, 2, 3], base, build, () => true);
    expect(got.byItem.get(1)![0]!.bullets).toHaveLength(1);
    expect(got.byItem.get(2)![0]!.bullets).toHaveLength(2);
    expect(got.byItem.get(3)![0]!.bullets).toHaveLength(2);
  });

  it("leave the meeting as it was when no further point fits", () => {
    expect(withSparePoints([1, 2, 3], base, build, (b) => words(b) <= words(base))).toBe(base);
  });
});

describe("a long meeting condensed by count", () => {
  // Seven half-year reports, each five short sentences with a figure and three long remarks without one: held to
  // four points an item, the step above (five each) runs past the share, but not every item's fifth point does.
  const SERVICES = ["Libraries", "Parks", "Cemeteries", "Markets", "Leisure", "Registrars", "Lettings"];
  const account = (service: string, k: number) =>
    [
      `The ${service} Manager said that ${210 + k} requests had been logged in the half year.`,
      `Running costs had come to £${3 + k}.${k}m against a budget of £${2 + k}.8m.`,
      `About ${50 + k}% of staff had taken the refresher training by November.`,
      `The time taken to answer a complaint had fallen from ${25 + k} days to ${9 + k} days.`,
      `There were ${70 + k} staff in post at the end of the half year.`,
      `Members welcomed the report and thanked the ${service.toLowerCase()} team for the care and attention they had shown to residents over what had been a difficult and busy summer for everyone working in the service and for those who relied on it day by day.`,
      "Members said that the service had come a long way, and that the managers should keep the staff informed of what the review meant for them and of how their views would be taken into account in what came next for the service over the coming months.",
      "The Chair said that residents valued the service highly and that the committee would want to hear from the manager again before the summer about how the changes had been received by the people who used it and by the staff who ran it every day.",
    ].join("\n\n");
  const items = SERVICES.map((service, k) =>
    item(k + 1, `${service} Half-Year Report`, {
      minutesText: [
        `The Committee received a half-year report on ${service.toLowerCase()}.`,
        account(service, k),
        "RESOLVED: That the report be noted.",
      ].join("\n\n"),
    }),
  );
  const summary = summarizeExtractive(
    makeInput({
      meeting: {
        title: "Community Services Committee - Wednesday 11 March 2026 6.30 pm",
        committeeName: "Community Services Committee",
        startsAt: "2026-03-11T18:30:00Z",
      },
      items,
      now: "2026-04-01T09:00:00Z",
    }),
  );

  it("gives the words the step leaves unspent to items whose next point says a figure, within the ceiling", () => {
    const counts = summary.sections.map((s) => s.bullets.length);
    expect(Math.max(...counts)).toBeGreaterThan(Math.min(...counts));
    const said = summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(said.every((text) => /\d/.test(text))).toBe(true);
    const minuteWords = countWords(items.map((i) => i.minutesText).join(" "));
    const words = countWords(
      [
        summary.overview,
        summary.procedural ?? "",
        ...summary.sections.flatMap((s) => [s.heading, s.decision ?? "", ...s.bullets.map((b) => b.text)]),
      ].join(" "),
    );
    expect(words).toBeLessThanOrEqual(minuteWords * 0.35);
  });
});
