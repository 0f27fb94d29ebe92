// An overview and scrutiny committee's minutes (the corpus's twelfth long minutes, an Overview and Scrutiny Committee,
// MId 990022, tests/fixtures/real-harrow/ORIGIN.md): a scrutiny review's recommendations listed in the minute, a
// resolution that thanks those questioned and notes their answers, and a public question answered in writing
// (docs/summaries.md#an-overview-and-scrutiny-committees-minutes). Every minute below is written here, in the register
// of Harrow's, with made-up names, places and sums.
import { describe, expect, it } from "vitest";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing/describe-standing-item";
import { leadsRecommendations, recommendationBonus } from "@/lib/summarize/extractive/listed-recommendations";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { minuteItem } from "./helpers";

const decisionOf = (minute: string) => plainResolution(extractResolved(minute)!);

describe("a scrutiny review's recommendations listed in the minute", () => {
  const REVIEW = `The Committee received the final report of the scrutiny review of library opening hours, carried out by a review group of four Members chaired by Councillor Maya Pell.

Councillor Pell said that the group had visited all nine libraries and that 1,180 residents had answered its survey, 62% of whom wanted libraries open later on weekday evenings.

She said that the review made five recommendations, the main ones being:

(1) that the larger libraries stay open later on two weekday evenings;

(2) that volunteers be recruited to run homework clubs in three libraries;

(3) that the library card be accepted at the leisure centres.

A Member asked how later opening would be staffed. The Head of Libraries responded that two posts were vacant and would be filled by June 2026.

A Member asked whether the survey had reached older residents. Councillor Pell responded that 310 of the answers had come on paper from the libraries themselves.

A Member asked what the later opening would cost. The Head of Libraries responded that it would cost about £46,000 a year, to be met from the service's budget.

RESOLVED: That

(1) the report be noted;

(2) the recommendations of the review be referred to Cabinet.`;

  it("reads a lead that introduces what a review recommends, not one that asks the meeting to decide", () => {
    expect(leadsRecommendations("She said that the review made five recommendations, the main ones being:")).toBe(true);
    expect(leadsRecommendations("The panel recommended that:")).toBe(true);
    expect(leadsRecommendations("The Committee is recommended to:")).toBe(false);
    expect(leadsRecommendations("The Head of Libraries advised that:")).toBe(false);
    // The first recommendation listed weighs most.
    expect(recommendationBonus("The review made three recommendations:", 0)).toBeGreaterThan(
      recommendationBonus("The review made three recommendations:", 1),
    );
  });

  it("ranks the review's first recommendation with the account's sentences that carry figures", () => {
    const { candidates } = collectCandidates(
      [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(REVIEW), documentId: null, url: "https://x" }],
      { itemTitle: "Scrutiny Review of Library Opening Hours: Final Report", preview: false },
    );
    const scoreOf = (pattern: RegExp) => candidates.find((c) => pattern.test(c.text))!.score;
    const first = scoreOf(/larger libraries stay open later/);
    expect(first).toBeGreaterThan(scoreOf(/£46,000 a year/));
    expect(first).toBeGreaterThan(scoreOf(/volunteers be recruited/));
  });
});

describe("a resolution that thanks those questioned and notes their answers", () => {
  it("says each clause with its own subject, two posts taking 'were'", () => {
    expect(
      decisionOf(
        "RESOLVED: That the Portfolio Holder and the Director of Environment be thanked for attending and that the answers be noted.",
      ),
    ).toBe(
      "The Portfolio Holder and the Director of Environment were thanked for attending and the answers were noted.",
    );
  });

  it("still reads one clause noted and another referred", () => {
    expect(decisionOf("RESOLVED: That the report be noted and that the comments be referred to Cabinet.")).toBe(
      "The report was noted and the comments were referred to Cabinet.",
    );
  });
});

describe("a public question answered in writing", () => {
  it("says the written answer as a clause of its own, with no 'and that' left over", () => {
    const line = describeStandingItem(
      minuteItem(
        "Public Questions",
        "RESOLVED: To note that one public question had been received and that a written answer had been sent to the questioner.",
      ),
    );
    expect(line).toBe("One public question received; a written answer had been sent to the questioner.");
  });
});
