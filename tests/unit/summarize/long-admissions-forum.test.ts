// An admissions forum's minutes (the corpus's long minutes of such a forum, MId 990044,
// tests/fixtures/real-harrow/ORIGIN.md): an advisory body of headteachers, governors and diocesan members that advises
// a Portfolio Holder rather than decides, hears the share of families offered their first preference, and has new
// members nominated by a diocese (docs/summaries.md#an-admissions-forums-minutes). Every sentence below is written
// here, with made-up names, schools and figures.
import { describe, expect, it } from "vitest";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { fitFinding, keyFinding } from "@/lib/summarize/extractive/overview/key-point";
import { sameAdvisee } from "@/lib/summarize/extractive/overview/join-phrases";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { membershipChanges } from "@/lib/summarize/extractive/standing/membership-changes";
import { describeStandingItem } from "@/lib/summarize/extractive/standing/describe-standing-item";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { withoutAside } from "@/lib/summarize/extractive/standing/matters-arising";
import { minuteContext, minuteItem, overviewSection } from "./helpers";

describe("an advisory body's advice", () => {
  const CONSULT =
    "That the Forum advise the Portfolio Holder for Schools and Skills that the proposed changes to the admission arrangements for 2029/30, as set out in the report, be published for consultation from 5 October to 16 November 2027.";
  const NUMBERED =
    "That (1) the report be noted; (2) the Panel advise the Portfolio Holder for Schools and Skills that the placement panel should meet weekly during the autumn term.";

  it("says the advice as given, and what it advises in its own words, never as done", () => {
    const plain = plainResolution(CONSULT);
    expect(plain).toBe(
      "The Forum advised the Portfolio Holder for Schools and Skills that the proposed changes to the admission arrangements for 2029/30 be published for consultation from 5 October to 16 November 2027.",
    );
    expect(plain).not.toMatch(/\b(?:was|were) published\b/);
    expect(plain).not.toContain("\u2060");
  });

  it("says a numbered clause's advice in the past tense, the noting before it left out", () => {
    expect(plainResolution(NUMBERED)).toBe(
      "The Panel advised the Portfolio Holder for Schools and Skills that the placement panel should meet weekly during the autumn term.",
    );
  });

  it("leaves a resolution that only asks officers to advise someone as it was", () => {
    expect(plainResolution("That officers advise the Chair of the outcome.")).not.toMatch(/\badvised\b/);
  });

  it("gives the overview whom the body advised and what, without the office's remit or the dates", () => {
    expect(outcomePhrase(plainResolution(CONSULT), "Admission Arrangements for 2029/30")).toEqual({
      verb: "advised",
      object:
        "the Portfolio Holder that the proposed changes to the admission arrangements for 2029/30 be published for consultation",
    });
    expect(outcomePhrase(plainResolution(NUMBERED), "Placements")).toEqual({
      verb: "advised",
      object: "the Portfolio Holder that the placement panel should meet weekly during the autumn term",
    });
  });
});

describe("the overview's key point at an admissions forum", () => {
  const sections = [
    overviewSection("Reception Offers 2027", "The report was noted.", [
      "Ms Yolanda Peake: 3,108 applications had been received, 2.2% fewer than last year.",
      "In all, 64.9% of applicants had been offered a place at their first preference school, against 66.3% a year earlier.",
    ]),
    overviewSection("Place Planning", "The report was noted.", ["Two schools would lose a form of entry."]),
  ];

  it("is the share of families offered their first preference", () => {
    expect(keyFinding(sections)).toBe(
      "In all, 64.9% of applicants had been offered a place at their first preference school, against 66.3% a year earlier.",
    );
  });

  it("is an overspend before it", () => {
    const withOverspend = [
      ...sections,
      overviewSection("Home to School Transport", "The report was noted.", [
        "The transport budget was forecast to overspend by £1.9m in 2027/28.",
      ]),
    ];
    expect(keyFinding(withOverspend)).toBe("The transport budget was forecast to overspend by £1.9m in 2027/28.");
  });

  it("is nothing where a first preference is named without its rate", () => {
    expect(
      keyFinding([
        overviewSection("Offers", null, ["Most families had been offered a place at their first preference."]),
      ]),
    ).toBeNull();
  });
});

describe("the key point fitted to its room", () => {
  const RATE =
    "Of the Brookmere applicants, 64.9% had been offered a place at their first preference school, against 66.3% a year earlier.";

  it("gives up the opener before the figure, then the comparison, never what the figure counts", () => {
    expect(fitFinding(RATE, 11)).toBe("64.9% had been offered a place at their first preference school.");
    expect(fitFinding(RATE, 16)).toBe(
      "64.9% had been offered a place at their first preference school, against 66.3% a year earlier.",
    );
  });

  it("keeps the opener where the whole sentence fits", () => {
    expect(fitFinding(RATE, 30)).toBe(RATE);
  });
});

describe("advice to one office, said once with it", () => {
  it("names the office once before each thing advised", () => {
    expect(
      sameAdvisee([
        "the Portfolio Holder that the panel should meet weekly",
        "the Portfolio Holder that the changes be published for consultation",
      ]),
    ).toEqual([
      "the Portfolio Holder that the panel should meet weekly, and that the changes be published for consultation",
    ]);
  });

  it("leaves advice to different offices as it was", () => {
    const objects = ["the Portfolio Holder that the panel should meet weekly", "the Cabinet that the fund be kept"];
    expect(sameAdvisee(objects)).toEqual(objects);
  });
});

describe("an admissions forum's standing business, tersely", () => {
  it("says who replaced whom when a diocese nominates a priest, without the Chair's welcome", () => {
    const line = membershipChanges(
      [
        "The Clerk reported the following change to the membership of the Forum since its last meeting:",
        "The Revd Canon Ambrose Tillingham had been nominated by the Diocese of St Albans as the Church of England representative in place of Mr Quentin Marsh, who had retired.",
        "The Chair welcomed Canon Tillingham and thanked Mr Marsh, in his absence, for his work on the Forum.",
        "RESOLVED: That the change to the membership be noted.",
      ].join("\n\n"),
    );
    expect(line).toBe(
      "Membership: The Revd Canon Ambrose Tillingham replaced Mr Quentin Marsh (nominated by the Diocese of St Albans).",
    );
  });

  it("still leaves a membership minute that reports anything else to the usual line", () => {
    expect(
      membershipChanges(
        "The Chair welcomed Canon Tillingham.\n\nCanon Tillingham asked how members were nominated.\n\nRESOLVED: That the change be noted.",
      ),
    ).toBeNull();
  });

  it("drops the 'that' of a second thing reported, once who reported it has gone", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes and Matters Arising",
        "RESOLVED: That the minutes of the meeting held on 12 May 2027 be agreed as a correct record.\n\nMatters arising\n\nThe Admissions Manager, Mr Idris Penrose, reported that the leaflet for parents had been printed on 2 June 2027, and that the online form had opened on 9 June 2027.",
      ),
    );
    expect(line).toBe(
      "Minutes of 12 May 2027 approved. Matters arising: the leaflet for parents printed on 2 June 2027, and the online form had opened on 9 June 2027.",
    );
  });
});

describe("a lead-in that only counts what follows", () => {
  const ctx = minuteContext("Admission Arrangements 2029/30");

  it("weighs less than a sentence that says what it counts", () => {
    const lead = scoreSentence("Ms Tamsin Hale said that four changes were proposed.", ctx);
    const fact = scoreSentence("Ms Tamsin Hale said that four schools were now full.", ctx);
    expect(lead).toBeLessThan(fact - 2);
    expect(scoreSentence("Two objections had been made.", ctx)).toBeLessThan(
      scoreSentence("Two objections had been upheld.", ctx) - 2,
    );
  });
});

describe("a matter arising without the last meeting's words", () => {
  it("drops the aside that says the last meeting agreed it", () => {
    expect(
      withoutAside("the Forum's letter to the Department, agreed at the last meeting, had been sent on 4 March 2027."),
    ).toBe("the Forum's letter to the Department had been sent on 4 March 2027.");
  });

  it("keeps an aside that names someone", () => {
    const s = "the letter, agreed at the last meeting with Mr Idris Penrose, had been sent on 4 March 2027.";
    expect(withoutAside(s)).toBe(s);
  });
});
