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
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { keepsFirstFigure } from "@/lib/summarize/extractive/overview/key-point";
import { withLeadIns } from "@/lib/summarize/extractive/pick-bullets";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput, minuteItem } from "./helpers";

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

  it("says a paper in lower case and a titled one noted together as two things", () => {
    expect(
      decisionOf(
        "RESOLVED: That\n\n(1) the draft revenue budget 2026/27 and Medium Term Financial Strategy be noted;\n\n(2) the comments of the Committee be referred to Cabinet.",
      ),
    ).toMatch(/^\(1\) The draft revenue budget 2026\/27 and Medium Term Financial Strategy were noted;/);
    expect(decisionOf("RESOLVED: That the Health and Wellbeing Board be thanked.")).toMatch(/\bwas thanked\b/);
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
    expect(line).toBe("One public question answered in writing.");
  });
});

describe("what a scrutiny committee passed on, in the overview", () => {
  it("says what was referred and to whom, never when or what for", () => {
    expect(
      outcomePhrase(
        "The five recommendations of the review were referred to Cabinet for a response within two months.",
        "Scrutiny Review of Library Opening Hours: Final Report",
      ),
    ).toEqual({ verb: "referred", object: "the five recommendations of the review to Cabinet" });
  });

  it("says the committee's comments with what it noted", () => {
    expect(
      outcomePhrase(
        "(1) The draft budget 2026/27 and Medium Term Financial Strategy was noted; (2) The comments of the Committee will be referred to Cabinet for consideration at its meeting on 10 February 2026.",
        "Draft Budget 2026/27",
      ),
    ).toEqual({ verb: "referred", object: "its comments on the draft budget 2026/27 to Cabinet" });
  });

  it("leaves a call-in referred back to its own reading", () => {
    expect(outcomePhrase("The decision was referred back to Cabinet for reconsideration.", "Call-in")?.verb).not.toBe(
      "referred",
    );
  });

  it("says two things referred to Cabinet once, with Cabinet named once", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Overview and Scrutiny Committee - Tuesday 3 February 2026 6.30 pm",
          committeeName: "Overview and Scrutiny Committee",
          startsAt: "2026-02-03T18:30:00Z",
        },
        items: [
          item(6, "Draft Budget 2026/27", {
            minutesText:
              "The Portfolio Holder for Finance introduced the draft budget.\n\nRESOLVED: That\n\n(1) the draft budget 2026/27 and Medium Term Financial Strategy be noted;\n\n(2) the comments of the Committee be referred to Cabinet for consideration at its meeting on 10 February 2026.",
          }),
          item(7, "Scrutiny Review of Library Opening Hours: Final Report", {
            minutesText:
              "Councillor Maya Pell introduced the final report of the review group.\n\nRESOLVED: That the five recommendations of the review be referred to Cabinet for a response within two months.",
          }),
        ],
        now: "2026-03-01T09:00:00Z",
      }),
    );
    expect(summary.overview).toMatch(
      /\breferred its comments on the draft budget 2026\/27 and the five recommendations of the review to Cabinet\b/,
    );
  });
});

describe("a key point clipped before its figure", () => {
  const FINDING =
    "Before any savings were found, the Medium Term Financial Strategy showed a budget gap of £18.6m in 2026/27.";

  it("is worth saying only while it keeps the sentence's first figure", () => {
    expect(
      keepsFirstFigure("Before any savings were found, the Medium Term Financial Strategy showed\u2026", FINDING),
    ).toBe(false);
    expect(keepsFirstFigure("The Medium Term Financial Strategy showed a budget gap of £18.6m\u2026", FINDING)).toBe(
      true,
    );
  });
});

describe("a list's lead that only says 'she said' it", () => {
  const lead = "She said that the review made five recommendations, the main ones being:";
  const point = (text: string, order: number) => ({
    text,
    score: 3,
    order,
    source: { documentId: null, url: "https://x", page: null },
    lead,
  });

  it("is said as what was said, with the one point picked", () => {
    const [only] = withLeadIns([point("that the larger libraries stay open later on two weekday evenings.", 1)]);
    expect(only!.text).toBe(
      "The review made five recommendations, the main ones being: that the larger libraries stay open later on two weekday evenings.",
    );
  });

  it("keeps a lead that names who said it", () => {
    const named = {
      ...point("that volunteers run homework clubs.", 1),
      lead: "Councillor Pell said that the review made five recommendations:",
    };
    expect(withLeadIns([named])[0]!.text).toMatch(/^Councillor Pell said that the review made five recommendations:/);
  });
});
