// A planning policy advisory panel's minutes (the corpus's twenty-sixth long minutes, a Planning Policy Advisory
// Panel, MId 990036, tests/fixtures/real-harrow/ORIGIN.md): a panel that comments on planning policy papers and
// recommends each to Cabinet (a plan-making timetable, a conservation area, a design guide put out for consultation,
// an Article 4 direction), and whose members ask for the last minutes to be amended to record what they said
// (docs/summaries.md#a-planning-policy-advisory-panels-minutes). Every sentence below is written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import { withCountedNoun } from "@/lib/summarize/extractive/counted-noun";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { beforeDetails, recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { minuteItem, overviewMeeting, overviewSection } from "./helpers";

describe("a recommendation whose one 'be' carries two steps", () => {
  it("keeps both steps with the thing, never an imperative with a participle left hanging", () => {
    const said = plainResolution(
      "Resolved to RECOMMEND: (to Cabinet)\n\nThat the Minerals Development Scheme 2027 to 2030 be approved and brought into effect from 1 June 2027.",
    );
    expect(said).toContain("the Minerals Development Scheme 2027 to 2030 to be approved and brought into effect");
    expect(said).not.toMatch(/\bapprove the Minerals Development Scheme\b/);
  });

  it("still passes a report on to another body in the imperative", () => {
    expect(
      plainResolution("Resolved to RECOMMEND: (to Cabinet)\n\nThat the report be noted and recommended to Council."),
    ).not.toMatch(/to be noted and recommended/);
  });
});

describe("what an advisory panel recommended, for the overview", () => {
  it("is a clause when the step has how or where it is taken after it", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: (1) the results of the survey to be noted; (2) the Mill Lane Conservation Area to be designated with the boundary shown in the report.",
      "Mill Lane Conservation Area: Results of Consultation",
    );
    expect(phrase?.object).toBe(
      "that the Mill Lane Conservation Area be designated with the boundary shown in the report",
    );
    // Said shorter, the step stays and how it is taken goes.
    expect(phrase?.shorter).toContain("that the Mill Lane Conservation Area be designated");
  });

  it("says a step in an irregular participle as a clause too", () => {
    expect(
      recommendationPhrase(
        "Recommended to Cabinet: an immediate Article 4 direction to be made for the three town centres.",
        "Article 4 Direction: Shopfronts",
      )?.object,
    ).toBe("that an immediate Article 4 direction be made for the three town centres");
  });

  it("says a paper approved for consultation as the paper and what for, when words are short", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: (1) the draft Shopfront Design Guide to be approved for public consultation; (2) the Head of Planning to be authorised to correct minor errors.",
      "Draft Shopfront Design Guide",
    );
    expect(phrase?.shorter).toContain("the draft Shopfront Design Guide for public consultation");
  });

  it("never cuts a name at the number that is part of it", () => {
    expect(beforeDetails("a Regulation 19 draft of the plan for 6 weeks")).toBe("a Regulation 19 draft of the plan");
    expect(beforeDetails("an Article 4 direction covering 1,200 homes")).toBe("an Article 4 direction covering");
  });

  it("names the body once over all it was recommended", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Planning Policy Advisory Panel"), [
      overviewSection(
        "Minerals Development Scheme",
        "Recommended to Cabinet: the Minerals Development Scheme to be approved and brought into effect from 1 June 2027.",
      ),
      overviewSection(
        "Mill Lane Conservation Area",
        "Recommended to Cabinet: the Mill Lane Conservation Area to be designated with the boundary shown in the report.",
      ),
      overviewSection(
        "Article 4 Direction: Shopfronts",
        "Recommended to Cabinet: an immediate Article 4 direction to be made for the three town centres.",
      ),
    ]);
    expect(overview.match(/\bto Cabinet\b/g)).toHaveLength(1);
    expect(overview).toContain("that the Mill Lane Conservation Area be designated");
    expect(overview).not.toMatch(/made recommendations on/);
  });
});

describe("a member asking that the last minutes be amended", () => {
  it("is one line: the approval, subject to the amendment, and what it is to record", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes",
        "Councillor Ruth Okafor said that she wished the minutes of the meeting held on 4 February 2027 to be amended to record the objection she had made to the parking standards. The Chair said that she would agree the wording with officers after the meeting.\n\nRESOLVED: That, subject to the amendment requested by Councillor Okafor, the minutes of the meeting held on 4 February 2027 be taken as read and signed as a correct record.",
      ),
    );
    expect(line).toBe(
      "Minutes of 4 February 2027 approved, subject to an amendment asked for by Cllr Ruth Okafor to record the objection she had made to the parking standards.",
    );
  });

  it("says the request beside an approval not made subject to it", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes",
        "Councillor Leon Marsh advised that he would like to amend the minutes to reflect comments he had made on the heritage report. The Chair said that she would consider the amendment after the meeting.\n\nRESOLVED: That the minutes of the meeting held on 9 October 2026 be taken as read and signed as a correct record.",
      ),
    );
    expect(line).toBe(
      "Minutes of 9 October 2026 approved; Cllr Leon Marsh asked for an amendment to reflect comments he had made on the heritage report.",
    );
  });
});

describe("the share of those who answered a consultation, after its count of responses", () => {
  it("counts the people who responded, never 'responses who responded'", () => {
    expect(
      withCountedNoun(
        "Of those who responded, 61% supported the scheme and 30% opposed it.",
        "212 responses had been received.",
      ),
    ).toBe("Of the 212 who responded, 61% supported the scheme and 30% opposed it.");
    // Counted people keep their noun.
    expect(
      withCountedNoun("Of those who replied, 40% wanted later hours.", "Some 350 residents had been surveyed."),
    ).toBe("Of the 350 residents who replied, 40% wanted later hours.");
  });
});
