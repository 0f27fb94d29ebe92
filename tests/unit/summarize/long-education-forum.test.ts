// An education consultative forum's minutes (the corpus's twenty-third long minutes, an Education Strategy
// Consultative Forum, MId 990033, tests/fixtures/real-harrow/ORIGIN.md): a consultation reported as the share of those
// who answered that preferred one option, forecasts set against the places or the budget there are, an overspend
// followed by where it adds up, and recommendations that name which of a report's options was chosen and the month
// a change starts (docs/summaries.md#an-education-consultative-forums-minutes). Every sentence below is written here,
// with made-up names, schools and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords, wordsBonus } from "@/lib/summarize/extractive/advisory-minutes";
import { standingOfFigures } from "@/lib/summarize/extractive/answer-value";
import { isPreferenceShare } from "@/lib/summarize/extractive/education-minutes";
import { describeStandingItem } from "@/lib/summarize/extractive/standing";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { overviewMeeting, overviewSection } from "./helpers";

describe("a consultation's result said as the share of those who answered that preferred one option", () => {
  it("is the finding of the consultation, in figures or in words", () => {
    expect(isPreferenceShare("Sixty-four per cent of those who responded had preferred Pattern 2.")).toBe(true);
    expect(isPreferenceShare("58% of respondents supported the later start.")).toBe(true);
    expect(isPreferenceShare("Eighty per cent of the parents who replied favoured keeping the October break.")).toBe(
      true,
    );
    // Who answered, not what they preferred.
    expect(isPreferenceShare("Of the 212 responses, 60% came from parents.")).toBe(false);
    expect(isPreferenceShare("Attendance had risen to 94% of sessions.")).toBe(false);
  });

  it("comes before the detail of who answered when a minute is held to words", () => {
    expect(wordsBonus("Sixty-four per cent of those who responded had preferred Pattern 2.", false)).toBeGreaterThan(0);
    expect(wordsBonus("212 responses had been received, 150 of them from parents.", false)).toBe(0);
  });
});

describe("a forecast set against what there is", () => {
  it("counts as a figure that says how things stand: more than the places available, over its budget", () => {
    expect(
      standingOfFigures(
        "Demand for Reception places was forecast to reach 2,940 in 2029, some 90 more than the places available.",
        null,
      ),
    ).toBeGreaterThan(0);
    expect(
      standingOfFigures("Spending on home to school transport was forecast to exceed its budget by £1.2m.", null),
    ).toBeGreaterThan(0);
    expect(standingOfFigures("Some 2,940 children were expected to start Reception in 2029.", null)).toBe(0);
  });
});

describe("an overspend and where it adds up", () => {
  it("is said without the aside that says what it adds to, held to words", () => {
    expect(
      inFewerWords(
        "The high needs budget was forecast to overspend by £3.1m in 2026/27, adding to the deficit brought forward from earlier years.",
      ),
    ).toBe("The high needs budget was forecast to overspend by £3.1m in 2026/27.");
  });
});

describe("what an education forum recommended, for the overview", () => {
  it("names what was recommended, not which of the report's options it was", () => {
    const phrase = recommendationPhrase(
      "Recommended to the Portfolio Holder for Schools: approve the term dates for 2029/30 set out as Pattern 2, with the autumn term beginning on Monday 3 September 2029.",
      "Term Dates 2029/30",
    );
    expect(phrase?.verb).toBe("recommended to the Portfolio Holder");
    expect([phrase?.object, ...(phrase?.shorter ?? [])]).toContain("the term dates for 2029/30");
  });

  it("says a change without the month it starts, where the words are short", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: approve the enlargement of Moorfield Junior School from three to four forms of entry from September 2029, at an estimated cost of £5.2m.",
      "Proposed Enlargement of Moorfield Junior School",
    );
    expect([phrase?.object, ...(phrase?.shorter ?? [])]).toContain(
      "the enlargement of Moorfield Junior School from three to four forms of entry",
    );
  });
});

describe("a forum's overview: recommendations in their own words beside two papers only noted", () => {
  const input = overviewMeeting("Schools Consultative Forum");
  const section = overviewSection;
  const FINDING = "Nine in ten of the borough's schools were judged good or outstanding, against 88% across England.";

  it("says what was recommended and counts the papers noted, rather than listing agenda titles", () => {
    const overview = writeOutcomeOverview(input, [
      section(
        "Term Dates 2029/30",
        "Recommended to the Portfolio Holder for Schools: approve the term dates for 2029/30 set out as Pattern 2, with the autumn term beginning on Monday 3 September 2029.",
      ),
      section(
        "Proposed Enlargement of Moorfield Junior School",
        "Recommended to Cabinet: approve the enlargement of Moorfield Junior School from three to four forms of entry from September 2029, at an estimated cost of £5.2m.",
      ),
      section("Pupil Place Planning: Forecast 2029", "The report was noted."),
      section("Inspection Outcomes and Results 2027/28", "The report was noted.", [FINDING]),
    ]);
    expect(overview).toMatch(/recommended to the Portfolio Holder the term dates for 2029\/30/);
    expect(overview).toMatch(/to Cabinet the enlargement of Moorfield Junior School/);
    // The papers noted are counted in the words the outcomes are fitted to, and the count is left out beside the two
    // recommendations said in their own words (docs/summaries.md#overviews-read-as-a-resident-stop-38).
    expect(overview).not.toMatch(/noted 2 reports/);
    expect(overview).not.toMatch(/Pupil Place Planning/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});

describe("apologies listed with the constituency each member represents", () => {
  it("says each member with whom they represent, the rows kept apart though the page ran them together", () => {
    const line = describeStandingItem({
      position: 3,
      number: "53",
      title: "Apologies for Absence",
      description: null,
      minutesText:
        "It was noted that apologies had been received from the following members of the Forum:\n\nMs Ruth Anand - Teachers' Constituency Mr Tariq Salim - Elected Parent Governor Father Colm Byrne - Denominational Representative",
    } as never);
    expect(line).toBe(
      "Apologies: Ms Ruth Anand (Teachers' Constituency); Mr Tariq Salim (Elected Parent Governor); Father Colm Byrne (Denominational Representative).",
    );
  });
});
