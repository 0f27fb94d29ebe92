// The new shapes' misses, round two (stop 36): a list of measured changes, each point a figure, its direction and what
// it measures, said by its changes and kept whole beside a decision (docs/summaries.md#long-minutes-round-twenty-nine).
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { fewFromEachList } from "@/lib/summarize/extractive/build-sections";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { scoreSentence, type SentenceContext } from "@/lib/summarize/extractive/score-sentence";
import { changeOnly, changesWithoutLevels, isMeasuredChange } from "@/lib/summarize/extractive/like-changes";

const LEAD = "The figures varied between types of incident:";
const source: Candidate["source"] = { documentId: null, url: "https://example.org/minutes", page: null };
const point = (text: string, order: number, lead: string | undefined = LEAD, score = 5): Candidate =>
  ({ text, order, lead, score, source, list: lead ? 1 : undefined }) as Candidate;

const CHANGES = [
  point("Shoplifting had risen by 14.2%, to 2,306 offences.", 1),
  point("Vehicle crime had fallen by 8.5%, to 1,117 offences, most of them thefts from vans on the ring road.", 2),
  point("Criminal damage had risen by 3.1%, to 1,840 offences.", 3),
  point("Reports of hate crime had fallen by 12%, to 288.", 4),
];

describe("a list of measured changes, held to words", () => {
  it("says each point by its change, the level it came to left out", () => {
    const said = changesWithoutLevels(CHANGES).map((c) => c.text);
    expect(said).toEqual([
      "Shoplifting had risen by 14.2%.",
      "Vehicle crime had fallen by 8.5%.",
      "Criminal damage had risen by 3.1%.",
      "Reports of hate crime had fallen by 12%.",
    ]);
  });

  it("leaves a list of fewer than three changes, or one with a point of another kind, as it was", () => {
    expect(changesWithoutLevels(CHANGES.slice(0, 2)).map((c) => c.text)).toEqual(
      CHANGES.slice(0, 2).map((c) => c.text),
    );
    const mixed = [...CHANGES, point("The Police had opened a new front counter in Eastfold.", 5)];
    expect(changesWithoutLevels(mixed).map((c) => c.text)).toEqual(mixed.map((c) => c.text));
  });

  it("leaves a sentence outside any list as it was", () => {
    const alone = point("Burglary had fallen by 6%, to 900 offences.", 9, undefined);
    expect(changesWithoutLevels([alone])[0]!.text).toBe(alone.text);
    expect(changeOnly("The scheme had been extended to 40 streets.")).toBe(
      "The scheme had been extended to 40 streets.",
    );
  });
});

describe("a list of measured changes beside a decision", () => {
  it("keeps every point picked, where a list of points raised keeps its best three", () => {
    const changes = changesWithoutLevels(CHANGES);
    expect(changes.every((c) => isMeasuredChange(c.text))).toBe(true);
    expect(fewFromEachList(changes, 3)).toHaveLength(4);
    const raised = [
      point("Whether the new lighting in Coldmere Park would be on all night.", 1, "Members asked:"),
      point("Whether the youth club in Pellow Street would reopen.", 2, "Members asked:"),
      point("How many wardens would patrol the market.", 3, "Members asked:"),
      point("When the CCTV cameras on Dray Lane would be replaced.", 4, "Members asked:"),
    ];
    expect(fewFromEachList(raised, 3)).toHaveLength(3);
  });

  it("is a change by so much and nothing more", () => {
    expect(isMeasuredChange("Knife offences had fallen by 19%, to 72 offences.")).toBe(true);
    expect(isMeasuredChange("Arrests had risen by a quarter since the team was formed.")).toBe(false);
    expect(isMeasuredChange("Shoplifting had risen by 14.2%, which officers put down to the cost of living.")).toBe(
      false,
    );
  });
});

describe("what a policy will require, set as a measured limit", () => {
  const ctx = (origin: "minutes" | "report"): SentenceContext => ({
    itemTitle: "Shopfront Design Guide 2027",
    sectionWeight: 0,
    origin,
    isBullet: false,
    isFirstInSection: false,
    preview: false,
    inRecommendations: false,
  });
  const rule =
    "The revised guide would require a forecourt to be at least 3.5 metres deep so that tables did not block the pavement.";
  const plain =
    "The revised guide would ask for a forecourt to be kept 3.5 metres deep so that tables did not block the pavement.";

  it("weighs a minute's sentence setting the limit above the same sentence without one", () => {
    expect(scoreSentence(rule, ctx("minutes"))).toBeCloseTo(scoreSentence(plain, ctx("minutes")) + 1, 5);
  });

  it('reads "no more than" and "a minimum of" as limits too', () => {
    const fewer = "The scheme would require no more than 40% of a front garden on Alder Road to be paved.";
    const same = "The scheme would allow 40% of a front garden on Alder Road to be paved.";
    expect(scoreSentence(fewer, ctx("minutes"))).toBeGreaterThan(scoreSentence(same, ctx("minutes")));
    const least = "The code will require a gap of a minimum of 2 metres between any two kiosks.";
    const gap = "The code will keep a gap of 2 metres between any two kiosks.";
    expect(scoreSentence(least, ctx("minutes"))).toBeGreaterThan(scoreSentence(gap, ctx("minutes")));
  });

  it("leaves a report's sentence, and a requirement with no measure, as they were", () => {
    const reportPlain = scoreSentence(plain, ctx("report"));
    expect(scoreSentence(rule, ctx("report"))).toBeCloseTo(reportPlain, 5);
    const unmeasured = "The policy would require applicants to consult their neighbours first.";
    const unmeasuredPlain = "The policy would ask applicants to consult their neighbours first.";
    expect(scoreSentence(unmeasured, ctx("minutes"))).toBeCloseTo(scoreSentence(unmeasuredPlain, ctx("minutes")), 5);
  });
});
