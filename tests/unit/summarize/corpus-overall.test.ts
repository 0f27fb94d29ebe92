// The corpus evaluation's overall figures: the procedural share is also given over the real meetings alone, since the
// long invented reports (all business) would otherwise dilute how much of a real meeting's summary is standing business.
import { describe, expect, it } from "vitest";
import { summariseResults, type CorpusMeetingResult } from "@/scripts/eval/corpus/evaluate-corpus";

const result = (mid: number, words: Partial<CorpusMeetingResult>): CorpusMeetingResult =>
  ({
    mid,
    name: String(mid),
    factsFound: 1,
    factsTotal: 1,
    businessFound: 0,
    businessTotal: 0,
    missed: [],
    invented: [],
    overviewWords: 20,
    ...words,
  }) as CorpusMeetingResult;

describe("the corpus's overall procedural shares", () => {
  it("weighs the real meetings alone beside the whole corpus", () => {
    const overall = summariseResults([
      result(65000, { summaryWords: 100, proceduralWords: 40, sourceWords: 200, sourceProceduralWords: 120 }),
      result(990001, { summaryWords: 300, proceduralWords: 0, sourceWords: 1000, sourceProceduralWords: 0 }),
    ]);
    expect(overall.proceduralShare).toBeCloseTo(40 / 400);
    expect(overall.sourceProceduralShare).toBeCloseTo(120 / 1200);
    expect(overall.realProceduralShare).toBeCloseTo(0.4);
    expect(overall.realSourceProceduralShare).toBeCloseTo(0.6);
  });
});
