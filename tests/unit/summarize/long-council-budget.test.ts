// A Council budget meeting's minutes (the corpus's long minutes of the February Council that sets the budget and the
// Council Tax, MId 990026, tests/fixtures/real-harrow/ORIGIN.md): the Cabinet's recommendation moved and seconded, the
// Opposition's amendment moved by a member named after their title, each vote recorded with the councillors listed by
// name under a sentence that introduces the lists (docs/summaries.md#a-council-budget-meeting). Every minute below is
// written here, in the register of Harrow's, with made-up names and figures.
import { describe, expect, it } from "vitest";
import {
  amendmentInFewerWords,
  isTalliedVote,
  saidByPost,
  worthItsWords,
} from "@/lib/summarize/extractive/advisory-minutes";
import { movedLine } from "@/lib/summarize/extractive/debate";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { councilTaxPhrase } from "@/lib/summarize/extractive/overview/council-tax";
import { summonsSource, withoutProcedure } from "@/lib/summarize/extractive/procedure-sentences";
import { accountAfterIntroduction } from "@/lib/summarize/extractive/post-accounts";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput, minuteItem, overviewMeeting, overviewSection } from "./helpers";

const council = (title: string, minutesText: string) =>
  summarizeExtractive(
    makeInput({
      meeting: { title: "Council - Thursday 25 February 2027 7.30 pm", committeeName: "Council" },
      items: [item(1, title, { minutesText })],
      now: "2027-03-01T09:00:00Z",
    }),
  );

describe("a recorded vote whose outcome sentence introduces the lists of names", () => {
  const minute = [
    "Councillor Maya Brook moved the recommendation, which Councillor Joel Finch seconded.",
    "Councillor Ida Sorensen said that the rise in charges would fall on families already struggling.",
    "Upon a recorded vote being taken, the Recommendation was carried, the voting being as follows:",
    "For: the Mayor, Councillor Ruth Amos, and Councillors Brook, Finch, Gale and Holt.",
    "Against: Councillors Sorensen, Tate and Udall.",
    "Abstain: Councillor Vance.",
    "RESOLVED: That the fees and charges for 2027/28 be approved.",
  ].join("\n\n");

  it("says the outcome with the tally counted from the lists, not a line that ends in a colon", () => {
    const bullets = council("Fees and Charges 2027/28", minute).sections[0]!.bullets.map((b) => b.text);
    expect(bullets).toContain("The Recommendation carried by 5 votes to 3, 1 abstaining (recorded vote).");
    expect(bullets.join(" ")).not.toMatch(/as follows|Councillors Sorensen, Tate/);
  });
});

describe("an amendment moved by a member named after their title, on behalf of a group", () => {
  it("says who moved and seconded it", () => {
    expect(
      movedLine(
        "The Leader of the Opposition, Councillor Omar Quint, moved the following amendment on behalf of the Opposition Group, which Councillor Lena Price seconded:",
      ),
    ).toEqual({
      line: "Amendment moved by Councillor Omar Quint, seconded by Councillor Lena Price",
      amendment: true,
    });
    expect(
      movedLine(
        "The Deputy Leader of the Council, Councillor Ben Ash, moved the recommendation, which Councillor Cara Dunn seconded.",
      ),
    ).toEqual({
      line: "Recommendation moved by Councillor Ben Ash, seconded by Councillor Cara Dunn",
      amendment: false,
    });
  });

  it("gives the amendment's words and its recorded vote, counted from the lists, in its one line", () => {
    const minute = [
      "The Leader of the Opposition, Councillor Omar Quint, moved the following amendment on behalf of the Opposition Group, which Councillor Lena Price seconded:",
      '"Add a further recommendation: that the closure of the Northolt Road day centre be withdrawn, its cost of £180,000 to be met from the Invest to Save Reserve."',
      "Councillor Quint said that 140 older residents used the day centre each week.",
      "Upon a recorded vote being taken, the amendment was lost, the voting being as follows:",
      "For: Councillors Price, Quint and Sorensen.",
      "Against: the Mayor, Councillor Ruth Amos, and Councillors Brook, Finch, Gale and Holt.",
      "Abstain: Councillor Vance.",
      "RESOLVED: That the budget for 2027/28 be approved.",
    ].join("\n\n");
    const bullets = council("Revenue Budget 2027/28", minute).sections[0]!.bullets.map((b) => b.text);
    expect(bullets).toContain(
      'Amendment moved by Councillor Omar Quint, seconded by Councillor Lena Price: "Add a further recommendation: that the closure of the Northolt Road day centre be withdrawn, its cost of £180,000 to be met from the Invest to Save Reserve." (lost, 3 votes to 5, 1 abstaining; recorded vote).',
    );
  });
});

describe("the budget meeting's procedural motion", () => {
  it("is said by what was resolved, not by the Mayor's reminder of it", () => {
    const line = describeStandingItem(
      minuteItem(
        "Procedural Motions",
        [
          "The Mayor drew Members' attention to the procedural motion printed on the Summons, which set how long each speaker might speak in the debate on the budget.",
          "RESOLVED: That the rules of debate be varied as set out on the Summons for items 7 to 10, and that the meeting end no later than 10.45 pm.",
        ].join("\n\n"),
      ),
    );
    expect(line).toBe("Rules of debate varied for items 7 to 10; meeting to end by 10.45 pm.");
    expect(line).not.toMatch(/\bdrew\b|\bSummons, which\b/);
  });
});

describe("a long meeting's minutes held to words", () => {
  const decision = "The Capital Programme 2027/28 to 2029/30 of £96.2m was approved.";

  it("gives no words to a vote that only says the recommendation the decision states was carried", () => {
    expect(worthItsWords("Upon being put to the vote, the Recommendation was carried.", decision, true)).toBe(false);
    expect(worthItsWords("On being put to the vote, the recommendations were agreed.", decision, true)).toBe(false);
  });

  it("keeps a vote that says more than the decision: how it was carried, or an outcome with no decision beside it", () => {
    expect(
      worthItsWords("Upon being put to the vote, the recommendations were carried unanimously.", decision, true),
    ).toBe(true);
    expect(worthItsWords("Upon being put to the vote, the Recommendation was carried.", null, true)).toBe(true);
    expect(worthItsWords("Upon being put to the vote, the amendment was lost.", decision, true)).toBe(true);
  });
});

describe("question time opened by the Mayor", () => {
  it("is procedure, not a point: how long questions lasted says nothing that was asked or answered", () => {
    expect(
      withoutProcedure(
        "The Mayor opened the question time, which lasted the 30 minutes allowed by the Procedure Rules.",
      ),
    ).toBeNull();
    expect(
      withoutProcedure("The Mayor opened question time and reminded Members to keep their questions short."),
    ).toBeNull();
    // A sentence with an answer's fact in it is no opening.
    expect(
      withoutProcedure("The Leader responded that 212 households were in bed and breakfast hotels."),
    ).not.toBeNull();
  });
});

describe("an amendment's words when the meeting's minutes are held to words", () => {
  it("says what the amendment asked in its first clause, without the instruction where to add it", () => {
    expect(
      amendmentInFewerWords(
        'Amendment moved by Councillor Omar Quint, seconded by Councillor Lena Price: "Add a further recommendation: that the closure of the Northolt Road day centre be withdrawn, its cost of £180,000 to be met from the Invest to Save Reserve, and that the opening hours of Pinner library be restored." (lost, 3 votes to 5, 1 abstaining; recorded vote).',
      ),
    ).toBe(
      'Amendment moved by Councillor Omar Quint, seconded by Councillor Lena Price: "that the closure of the Northolt Road day centre be withdrawn, …" (lost, 3 votes to 5, 1 abstaining; recorded vote).',
    );
  });

  it("leaves a short amendment, and any other line, as it was", () => {
    const short =
      "Amendment moved by Councillor A Bee, seconded by Councillor C Dee: \"Delete '2027' and insert '2026'.\" (lost).";
    expect(amendmentInFewerWords(short)).toBe(short);
    expect(amendmentInFewerWords("The Recommendation carried by 5 votes to 3 (recorded vote).")).toBe(
      "The Recommendation carried by 5 votes to 3 (recorded vote).",
    );
  });
});

describe("a recorded vote's line, counted from its lists", () => {
  it("is a tallied vote, as a vote said with its figures in the minute's own sentence is", () => {
    expect(
      isTalliedVote("The substantive Recommendation carried by 31 votes to 22, 1 abstaining (recorded vote)."),
    ).toBe(true);
    expect(
      isTalliedVote("Cabinet's recommendation of 6 November 2025 carried by 18 votes to 13 (recorded vote)."),
    ).toBe(true);
    expect(isTalliedVote("The Leader said that 31 votes to 22 was a clear result.")).toBe(false);
  });
});

describe("the Council Tax resolution's notice in the local press", () => {
  it("is the law's formality, not a decision: the clause goes, the amounts set stay", () => {
    const decision = plainResolution(
      "(1) the revenue budget for 2027/28 be approved; (2) the Council Tax Resolution 2027/28 be approved, setting a Band D charge of £1,950.10; (3) the Chief Executive place a notice of the amounts set in the local press within 21 days of this decision.",
    );
    expect(decision).toContain("£1,950.10");
    expect(decision).not.toMatch(/\bnotice\b|\blocal press\b|21 days/);
  });

  it("keeps a notice that is the decision itself", () => {
    expect(plainResolution("That a notice of the proposed parking zone be published in the local press.")).toMatch(
      /\bnotice\b/,
    );
  });
});

describe("the overview of a budget Council", () => {
  it("says the Council Tax set, its rise and the amendment lost, not the budget's agenda title", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Council"), [
      overviewSection(
        "Revenue Budget 2027/28 and Medium Term Financial Strategy",
        "(1) The revenue budget for 2027/28 was approved; (2) The Council Tax Resolution 2027/28 was approved, setting the Council's element at £1,950.10 for a Band D property, an increase of 2.99%, and a total Band D Council Tax of £2,480.55 including the Greater London Authority precept. The substantive Recommendation carried by 30 votes to 24 (recorded vote).",
        [
          'Amendment moved by Councillor Omar Quint, seconded by Councillor Lena Price: "that the closure of the Northolt Road day centre be withdrawn, …" (lost, 24 votes to 30; recorded vote).',
        ],
      ),
      overviewSection("Capital Programme 2027/28 to 2029/30", "The Capital Programme of £96.2m was approved."),
    ]);
    expect(overview).toContain(
      "set the Council Tax for 2027/28 (Band D £2,480.55, up 2.99%; 30 votes to 24), rejecting an amendment (24 votes to 30)",
    );
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("leaves a decision that sets no Band D charge to the other wordings", () => {
    expect(councilTaxPhrase("The Council Tax Support Scheme 2027/28 was adopted.", [])).toBeNull();
  });
});

describe("a mover's account in the sentences after 'moved the recommendation, which … seconded'", () => {
  it("is kept, said after who moved and seconded it, not dropped as a sentence pointing back to nothing", () => {
    const minute = [
      "Councillor Maya Brook moved the recommendation, which Councillor Joel Finch seconded. She said that the programme totalled £96.2m over three years, of which £30.5m would be met from new borrowing.",
      "Upon being put to the vote, the Recommendation was carried.",
      "RESOLVED: That the Capital Programme 2027/28 to 2029/30 be approved.",
    ].join("\n\n");
    const bullets = council("Capital Programme 2027/28 to 2029/30", minute).sections[0]!.bullets.map((b) => b.text);
    // After the moved line, in its bullet.
    expect(bullets[0]).toBe(
      "Recommendation moved by Councillor Maya Brook, seconded by Councillor Joel Finch. She said that the programme totalled £96.2m over three years, of which £30.5m would be met from new borrowing.",
    );
  });

  it("is said as the mover's account when the moved line is not picked beside it", () => {
    expect(
      accountAfterIntroduction(
        "Recommendation moved by Councillor Maya Brook, seconded by Councillor Joel Finch.",
        "She said that the programme totalled £96.2m over three years, of which £30.5m would be met from new borrowing.",
      ),
    ).toBe(
      "Councillor Maya Brook: The programme totalled £96.2m over three years, of which £30.5m would be met from new borrowing.",
    );
  });
});

describe("the mover's account when every minute is held to words", () => {
  it("is said as the mover's, so the sentence naming the mover need not be carried", () => {
    expect(
      saidByPost({
        text: "She said that the net budget was £210.0m and that savings of £8.1m had been found.",
        antecedent: "The Portfolio Holder for Finance, Councillor Nia Vale, moved the recommendation.",
      }),
    ).toEqual({ text: "Councillor Nia Vale: The net budget was £210.0m, and savings of £8.1m had been found." });
    expect(
      saidByPost({
        text: "He said that 40 new homes would be let by June.",
        antecedent: "Councillor Ravi Kent moved the motion.",
      }),
    ).toEqual({ text: "Councillor Ravi Kent: 40 new homes would be let by June." });
  });
});

describe("the budget recommendation received with the Section 151 Officer's report", () => {
  it("says where the item came from, so the vote names what it carried", () => {
    expect(
      summonsSource(
        "Council received Recommendation I from the Cabinet meeting held on 11 February 2027, together with the report of the Chief Finance Officer on the robustness of the estimates and the adequacy of reserves.",
      ),
    ).toBe("Cabinet's recommendation of 11 February 2027");
  });
});
