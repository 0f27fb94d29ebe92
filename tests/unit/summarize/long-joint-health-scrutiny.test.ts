// A joint health overview and scrutiny committee's minutes (the corpus's long minutes of several boroughs' councillors
// scrutinising the NHS across their sub-region, MId 990048, tests/fixtures/real-harrow/ORIGIN.md): NHS officers'
// reports and answers, then "RESOLVED: That (1) the report be noted; (2) the Committee request a written briefing on …;
// (3) the Committee recommend to the integrated care board that it …" (docs/summaries.md#a-joint-health-scrutiny-committees-minutes).
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { willDo } from "@/lib/summarize/extractive/resolution/will-do";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { sameStep } from "@/lib/summarize/extractive/overview/join-phrases";
import { logNoted, writeOutcomeOverview } from "@/lib/summarize/extractive/overview/outcome-overview";
import { overviewMeeting, overviewSection } from "./helpers";

describe("a scrutiny body's own request and recommendation", () => {
  it("says them as done, in the past tense", () => {
    const decision = plainResolution(
      "That (1) the report be noted; (2) the Committee request a written briefing on the waiting list for hip operations at Brookmere Hospital; (3) the Committee recommend to NHS Ashdown Integrated Care Board that it publish a parking review for patients before the clinic moves.",
    );
    expect(decision).toMatch(/The Committee requested a written briefing on the waiting list for hip operations/);
    expect(decision).toMatch(/the Committee recommended to NHS Ashdown Integrated Care Board that it publish/);
    expect(decision).not.toMatch(/Committee (?:request|recommend) /);
  });

  it("leaves a recommendation to another body, and a request inside a sentence, as they are", () => {
    expect(willDo("(2) the Panel request a briefing on the car park", true)).toBe(
      "(2) the Panel request a briefing on the car park",
    );
    expect(willDo("the report on the Committee request system be noted", false)).not.toMatch(/requested/);
  });
});

describe("what the overview says of them", () => {
  it("says a recommendation to an outside body with that body, shorter without when and for whom", () => {
    expect(
      recommendationPhrase(
        "The report was noted; the Committee recommended to NHS Ashdown Integrated Care Board that it publish a parking review for patients and visitors before any decision on the move is taken.",
        "Proposed Move of the Tollgate Vale Eye Clinic",
      ),
    ).toEqual({
      verb: "recommended to NHS Ashdown Integrated Care Board",
      object: "that it publish a parking review for patients and visitors before any decision on the move is taken",
      shorter: ["that it publish a parking review for patients and visitors", "that it publish a parking review"],
    });
  });

  it("cuts a recommendation's bound before its figure without leaving the bound hanging", () => {
    const said = recommendationPhrase(
      "The Committee recommended to NHS Ashdown Integrated Care Board that it consult the boroughs on each saving worth more than £2m.",
      "Integrated Care Board Savings Plan",
    );
    expect(said?.shorter).toContain("that it consult the boroughs on each saving");
    expect(said?.shorter.some((s) => / (?:than|more|worth)$/.test(s))).toBe(false);
  });

  it("reads no recommendation where the body does not make one", () => {
    expect(
      recommendationPhrase("The Committee noted that NHS Ashdown had recommended a new clinic.", "Eye Clinic Services"),
    ).toBeNull();
  });

  it("says a step asked of one body twice only once", () => {
    expect(sameStep(["that it publish a parking review", "that it publish an audit of the savings"])).toEqual([
      "that it publish a parking review and an audit of the savings",
    ]);
    expect(sameStep(["that it publish a parking review", "that it consult the boroughs"])).toEqual([
      "that it publish a parking review",
      "that it consult the boroughs",
    ]);
  });

  it("says what a briefing the body asked for is on", () => {
    expect(
      outcomePhrase(
        "The Committee requested a written briefing on the number of patients waiting over 18 weeks at each site, to be sent to members by June.",
        "Planned Care Waiting Times",
      ),
    ).toEqual({ verb: "asked for", object: "a written briefing on patients waiting" });
  });

  it("leaves out an action log only noted, but not matters that were decided", () => {
    expect(logNoted("Matters Arising and Action Log", "The action log was noted.")).toBe(true);
    expect(logNoted("Action Tracker", "The action tracker was noted.")).toBe(true);
    expect(logNoted("Matters Arising", "The Committee agreed to write to the Secretary of State.")).toBe(false);
    expect(logNoted("Hospital Discharge", "The report was noted.")).toBe(false);
  });

  it("writes an overview of what was recommended and to whom, and what was asked for, in 60 words", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Ashdown Joint Health Overview and Scrutiny Committee"), [
      overviewSection("Matters Arising and Action Log", "The action log was noted.", [
        "The clinic's figures had been circulated.",
      ]),
      overviewSection(
        "Planned Care Waiting Times",
        "The Committee requested a written briefing on the number of patients waiting over 18 weeks at each site.",
        ["1,420 patients had waited more than 18 weeks."],
      ),
      overviewSection(
        "Proposed Move of the Tollgate Vale Eye Clinic",
        "The Committee recommended to NHS Ashdown Integrated Care Board that it publish a parking review for patients and visitors before any decision on the move is taken.",
        ["The clinic saw 9,300 patients a year."],
      ),
      overviewSection(
        "Integrated Care Board Savings Plan",
        "The Committee recommended to NHS Ashdown Integrated Care Board that it publish an audit of each saving worth more than £2m before the saving is made.",
        ["The board planned savings of £64m."],
      ),
    ]);
    expect(overview).toMatch(/recommended to NHS[^ ]* Ashdown Integrated Care Board that it publish a parking review/);
    expect(overview).toMatch(/ and an audit of each saving/);
    expect(overview).toMatch(/asked for a written briefing on patients waiting/);
    expect(overview).not.toMatch(/Matters Arising|made recommendations on/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});
