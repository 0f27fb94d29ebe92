// What a whole meeting's overview says of a motion, a contract award, question time and the Mayor's announcements,
// and a resolution that says where its strategy is printed. Shapes from the corpus's long printed minutes
// (tests/fixtures/real-harrow/minutes) and Harrow's Council and Cabinet minutes; names and figures are invented here.
import { describe, expect, it } from "vitest";
import { outcomePhrase, questionedWhom, writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput, overviewMeeting, overviewSection } from "./helpers";

const meeting = overviewMeeting;
const section = overviewSection;

describe("a motion", () => {
  it("is said to have been carried, with its vote, never 'decided on Motion: …'", () => {
    const overview = writeOutcomeOverview(meeting("Council"), [
      section(
        "Motion: Support for Foster Carers",
        "(1) The Leader of the Council will write to the Minister asking for the fostering allowance to rise; (2) Cabinet to be asked to review the Council's own allowances by June 2027.",
        [
          "Motion moved by Councillor Ann Berry, seconded by Councillor Tom Hale.",
          "The substantive Motion carried by 21 votes to 12 (recorded vote).",
        ],
      ),
    ]);
    expect(overview).toContain("carried the motion on Support for Foster Carers (21 votes to 12)");
    expect(overview).not.toMatch(/decided on/);
  });

  it("is said to have been lost when the minute says so", () => {
    const overview = writeOutcomeOverview(meeting("Council"), [
      section("Opposition Motion - Library Opening Hours", "The Motion was lost.", [
        "Motion moved by Councillor Ann Berry, seconded by Councillor Tom Hale.",
        "The Motion was lost by 12 votes to 21 (recorded vote).",
      ]),
    ]);
    expect(overview).toContain("rejected the motion on Library Opening Hours (12 votes to 21)");
  });
});

describe("a contract award", () => {
  it("names whom the contract went to, even when the other decisions leave little room", () => {
    const overview = writeOutcomeOverview(meeting("Cabinet"), [
      section(
        "Parking Strategy for Pinner Town Centre",
        "(1) The Parking Strategy for Pinner Town Centre was approved; (2) The Love Lane car park to be closed from 1 June 2027.",
      ),
      section(
        "Revenue and Capital Monitoring 2027/28 - Quarter 1",
        "(1) The forecast revenue and capital position at Quarter 1 was noted; (2) The in-year savings of £1m were approved; (3) The addition of £0.5m of grant to the capital programme was approved.",
      ),
      section(
        "Award of Contract for Street Lighting Maintenance",
        "The contract for street lighting maintenance was awarded to Brightway Lighting Ltd for six years from 1 July 2027, at an estimated value of £12m, with an option to extend for up to two years.",
      ),
    ]);
    expect(overview).toContain("awarded the contract for street lighting maintenance to Brightway Lighting Ltd.");
    expect(overview).not.toMatch(/decided on Award of Contract/);
    // "(1) … noted; (2) The in-year savings of £1m were approved; …": what was approved, not the monitoring report's title
    expect(overview).toContain("approved the Parking Strategy for Pinner Town Centre and the in-year savings of £1m");
  });
});

describe("question time and announcements", () => {
  it("says whom Council questioned at its question time", () => {
    expect(questionedWhom("Leader's and Portfolio Holders' Question Time")).toBe(
      "the Leader and the Portfolio Holders",
    );
    expect(questionedWhom("Leader's Question Time")).toBe("the Leader");
    expect(questionedWhom("Portfolio Holder Question Time")).toBe("the Portfolio Holders");
  });

  it("leaves the Mayor's announcements out of what the overview says was discussed", () => {
    const overview = writeOutcomeOverview(meeting("Council"), [
      section("Mayor's Announcements", null, ["The Mayor reported on the civic events she had attended."]),
      section("Leader's and Portfolio Holders' Question Time", null, [
        "Leader: 1,100 households were in temporary accommodation.",
      ]),
      section("Annual Report of the Standards Committee", "The report was noted."),
    ]);
    expect(overview).toBe(
      "The Council met on Thursday 13 May 2027 and noted the Annual Report of the Standards Committee; it also questioned the Leader and the Portfolio Holders.",
    );
  });
});

describe("a resolution that says where its strategy is printed", () => {
  it("drops 'at Appendix A to the report' and keeps the sentence whole", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Cabinet - Thursday 13 May 2027 6.30 pm",
          committeeName: "Cabinet",
          startsAt: "2027-05-13T17:30:00Z",
        },
        items: [
          item(1, "Parking Strategy for Pinner Town Centre", {
            minutesText:
              "RESOLVED: That\n\n(1) the Parking Strategy for Pinner Town Centre, at Appendix A to the report, be approved;\n\n(2) the Pinner Car Parks Plan, in Appendix B to the report, be adopted;\n\n(3) the Love Lane car park be closed from 1 June 2027.",
          }),
        ],
        documents: [],
        now: "2027-06-01T09:00:00Z",
      }),
    );
    const decision = summary.sections[0]!.decision!;
    expect(decision).toMatch(/^\(1\) The Parking Strategy for Pinner Town Centre was approved; /);
    expect(decision).toContain("(2) The Pinner Car Parks Plan was adopted;");
    expect(decision).not.toMatch(/Appendix|,,/);
    expect(summary.overview).not.toMatch(/Appendix A/);
  });
});

describe("a plan endorsed for a purpose", () => {
  it("keeps what it was endorsed for, when short", () => {
    expect(
      outcomePhrase(
        "(1) The post-inspection improvement plan was endorsed for submission to Ofsted by 30 June 2027; (2) The Chair will write to thank the young people.",
        "Ofsted Improvement Plan",
      ),
    ).toEqual({
      verb: "endorsed",
      object: "the post-inspection improvement plan for submission to Ofsted by 30 June 2027",
    });
  });
});

describe("the key point of a monitoring report", () => {
  it("is the overspend's own sum, from the sentence that gives it, without who said it or a second thing reported", () => {
    const overview = writeOutcomeOverview(meeting("Cabinet"), [
      section(
        "Revenue and Capital Monitoring 2027/28 - Quarter 1",
        "(1) The forecast position was noted; (2) The in-year savings of £3m were approved.",
        [
          "The Portfolio Holder for Finance, Councillor Ann Berry, introduced the report. She said that the General Fund was forecast to overspend by £7.2m, mostly on temporary accommodation and home care, and that officers had been asked to find in-year savings of £3m through vacancy controls and a freeze on non-essential spending, with progress reported to every Cabinet.",
          "Portfolio Holder for Housing: Buying homes was the cheapest way to cut the overspend, and each family moved out of a hotel saved £8,000 a year.",
          "Director of Finance: The Housing Revenue Account was forecast to overspend by £0.3m.",
        ],
      ),
    ]);
    // What it was mostly on is in the point below, said in full there (docs/summaries.md#the-key-point-in-fewer-words).
    expect(overview).toMatch(/Key point: The General Fund was forecast to overspend by £7\.2m\.$/);
  });
});

describe("a briefing asked for", () => {
  it("says what it is on, not when or how", () => {
    expect(
      outcomePhrase(
        "The Director of Public Health will provide the Sub-Committee with a written briefing on vaccination rates in care homes, by ward, before its meeting on 4 March 2027.",
        "Public Health Annual Report",
      ),
    ).toEqual({ verb: "asked for", object: "a written briefing on vaccination rates in care homes" });
  });
});

describe("a title that names one document of a series", () => {
  it("reads with 'the' after the overview's verb; a title that is a name does not", () => {
    const overview = writeOutcomeOverview(meeting("Council"), [
      section("Annual Report of the Standards Committee 2026/27", "The report was noted."),
      section("Harrow Local Plan 2027-2042", null, ["Members asked how many homes the plan would bring."]),
    ]);
    expect(overview).toContain("noted the Annual Report of the Standards Committee 2026/27");
    expect(overview).toContain("discussed Harrow Local Plan 2027-2042");
    const update = writeOutcomeOverview(meeting("Cabinet"), [
      section("Accommodation Strategy Update", "The Accommodation Strategy Update was approved."),
    ]);
    expect(update).toContain("approved the Accommodation Strategy Update");
  });
});

describe("a body asked to act by a date", () => {
  it("will be asked: never the fragment 'Cabinet to be asked'", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { title: "Council", committeeName: "Council", startsAt: "2027-05-13T19:30:00+01:00" },
        items: [
          item(8, "Motion: Support for Foster Carers", {
            minutesText:
              "RESOLVED: That\n\n(1) the Leader of the Council write to the Minister asking for the fostering allowance to rise;\n\n(2) Cabinet be asked to review the Council's own allowances by June 2027.",
          }),
        ],
        now: "2027-05-20T09:00:00Z",
      }),
    );
    expect(summary.sections[0]!.decision).toBe(
      "(1) The Leader of the Council will write to the Minister asking for the fostering allowance to rise; (2) Cabinet will be asked to review the Council's own allowances by June 2027.",
    );
  });
});

describe("a work programme agreed beside decisions on business", () => {
  it("is left out of the overview, which says the business; alone it is still said", () => {
    const repairs = section("Housing Repairs Service", "The report was noted.", ["Repairs took 9 days on average."]);
    const programme = section("Scrutiny Work Programme 2026/27", "The work programme was agreed.");
    const both = writeOutcomeOverview(meeting("Performance and Finance Scrutiny Sub-Committee"), [programme, repairs]);
    expect(both).toContain("noted Housing Repairs Service");
    expect(both).not.toMatch(/Work Programme/);
    const alone = writeOutcomeOverview(meeting("Performance and Finance Scrutiny Sub-Committee"), [programme]);
    expect(alone).toMatch(/agreed the Scrutiny Work Programme 2026\/27/);
  });
});

describe("titles said in place of their decisions", () => {
  it("are cut shorter when they would crowd the overview past its words", () => {
    const overview = writeOutcomeOverview(meeting("Traffic and Road Safety Advisory Panel"), [
      section(
        "Rayners Lane Area Controlled Parking Zone Extension - Results of the Statutory Consultation",
        "Recommended to the Portfolio Holder: (1) make the traffic order; (2) review the zone after a year.",
      ),
      section(
        "Kenton Road Cycle Lane Between Kenton Station and Woodcock Hill - Review of Experimental Scheme",
        "Recommended to Cabinet: (1) make the experimental order permanent; (2) provide two loading bays.",
      ),
      section(
        "Headstone Lane and Pinner View Junction Improvements - Outcome of the Informal Consultation",
        "Recommended to the Portfolio Holder: (1) build the junction scheme; (2) monitor it for a year.",
      ),
      section("Parking Enforcement Annual Report for the Year 2026/27 and Plans for 2027/28", "The report was noted."),
      section("Winter Gritting and Snow Clearance Plan for the Borough's Roads and Footways", "The report was noted."),
    ]);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    // What was recommended is said where its words allow (docs/summaries.md#what-was-recommended); the title of the one
    // whose words say nothing of its own ("make the traffic order") is cut at a natural break.
    expect(overview).toContain("recommended that Cabinet make the experimental order permanent");
    expect(overview).toMatch(/made recommendations on Rayners Lane Area Controlled Parking Zone[^,;]*…/);
    expect(overview).not.toContain("Statutory Consultation");
  });
});
