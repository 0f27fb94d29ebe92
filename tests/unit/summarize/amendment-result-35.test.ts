// An amendment's result at the ceiling (stop 35, docs/summaries.md#long-minutes-round-twenty-six): where in the text an
// amendment makes its change is not said when the minute is held to words, and the words a condensed meeting leaves
// unspent buy an amendment's result with its vote before the figures of a speech. Sentences written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import { amendmentInFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { isAmendmentResult, sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { resultAdded } from "@/lib/summarize/extractive/spare-points";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import type { SummarySection } from "@/lib/summarize/types";

const LOST =
  "Amendment moved by Councillor Petra Holm, seconded by Councillor Owen Tarrant: \"In the schedule of Chairs, delete 'Councillor Ada Brindle' as Chair of the Licensing Committee and insert 'Councillor Owen Tarrant'.\" (lost, 19 votes to 27, 2 abstaining; recorded vote).";

describe("an amendment's quotation without where in the text its change is made", () => {
  it("drops the opening that says where the change is made", () => {
    expect(amendmentInFewerWords(LOST)).toBe(
      "Amendment moved by Councillor Petra Holm, seconded by Councillor Owen Tarrant: \"Delete 'Councillor Ada Brindle' as Chair of the Licensing Committee and insert 'Councillor Owen Tarrant'.\" (lost, 19 votes to 27, 2 abstaining; recorded vote).",
    );
  });

  it("drops a recommendation's number before what it deletes", () => {
    const line =
      "Amendment moved by Councillor Ruth Menzies: \"In recommendation 3, delete '12 months' and insert 'six months'.\" (carried, 8 votes to 4).";
    expect(amendmentInFewerWords(line)).toBe(
      "Amendment moved by Councillor Ruth Menzies: \"Delete '12 months' and insert 'six months'.\" (carried, 8 votes to 4).",
    );
  });

  it("keeps an opening that is not followed by the change it makes", () => {
    const line =
      'Amendment moved by Councillor Ruth Menzies: "In the schedule of fees, the charge for a stall be held at £40." (lost, 3 votes to 9).';
    expect(amendmentInFewerWords(line)).toBe(line);
  });
});

describe("an amendment's result with its vote", () => {
  it("is read only with the vote's tally", () => {
    expect(isAmendmentResult(LOST)).toBe(true);
    expect(
      isAmendmentResult("Amendment moved by Councillor Petra Holm: \"Delete 'Councillor Ada Brindle'.\" (lost)."),
    ).toBe(false);
    expect(isAmendmentResult("The Director said that 19 of the 27 stalls had been let.")).toBe(false);
  });

  const candidate = (text: string, score: number, order: number): Candidate =>
    ({ text, score, order, sentence: text }) as unknown as Candidate;

  it("is the spare point an item is given before a speech with more figures", () => {
    const speech = candidate(
      "The Director said that 212 pitches had been let, 48 were empty and 9 were held back for repairs.",
      5,
      1,
    );
    const amendment = candidate(LOST, 3, 2);
    const got = sparePoint([speech, amendment], [], ["Market Pitches", "The fees were approved."], 60, true);
    expect(got?.text).toMatch(/19 votes to 27/);
  });

  it("leaves the speech its place when the amendment does not fit", () => {
    const speech = candidate("The Director said that 212 pitches had been let and 48 were empty.", 5, 1);
    const amendment = candidate(LOST, 3, 2);
    const got = sparePoint([speech, amendment], [], ["Market Pitches", "The fees were approved."], 18, true);
    expect(got?.text).toMatch(/212 pitches/);
  });

  it("is told apart as an item's further point", () => {
    const section = (bullets: string[]): SummarySection =>
      ({
        heading: "Market Pitches",
        decision: null,
        bullets: bullets.map((text) => ({ text })),
      }) as unknown as SummarySection;
    expect(resultAdded([section([])], [section([LOST])])).toBe(true);
    expect(resultAdded([section([LOST])], [section([LOST])])).toBe(false);
    expect(resultAdded([section([])], [section(["212 pitches had been let."])])).toBe(false);
  });
});
