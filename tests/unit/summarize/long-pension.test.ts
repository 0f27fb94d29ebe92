// A pension fund committee's minutes (the corpus's ninth long minutes, a Pension Fund Committee, MId 990019,
// tests/fixtures/real-harrow/ORIGIN.md): investment reports introduced by a named officer, a motion to defer moved
// and lost on a vote before the recommendations were carried, and a reserves minute that also records an apology
// (docs/summaries.md#a-pension-fund-committees-minutes). Every minute below is written here, in the register of
// Harrow's, with made-up names, funds and figures.
import { describe, expect, it } from "vitest";
import {
  inFewerWords,
  inlineVoteLine,
  isTalliedVote,
  saidByPost,
  worthItsWords,
} from "@/lib/summarize/extractive/advisory-minutes";
import { reportAskedFor } from "@/lib/summarize/extractive/overview/later-reports";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import type { SummaryInput, SummaryItem } from "@/lib/summarize/types";
import { item, makeInput, overviewMeeting, overviewSection } from "./helpers";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview/outcome-overview";
import { countWords } from "@/lib/summarize/text/sentences";

/** A held Pension Fund Committee (4 March 2026) with these items, a month after. */
const pensionCommittee = (items: SummaryItem[]): SummaryInput =>
  makeInput({
    meeting: {
      title: "Pension Fund Committee - Wednesday 4 March 2026 6.30 pm",
      committeeName: "Pension Fund Committee",
      startsAt: "2026-03-04T18:30:00Z",
    },
    items,
    now: "2026-04-01T09:00:00Z",
  });

const sectionOf = (input: SummaryInput, heading: RegExp) =>
  summarizeExtractive(input).sections.find((s) => heading.test(s.heading))!;

describe("a motion to defer, moved in a sentence and lost on a vote", () => {
  const STRATEGY = `The Committee received a report of the Director of Finance which proposed moving part of the Fund from its absolute return mandate to a bond fund.

The Pensions Manager said that £35m would move from the absolute return mandate to the London CIV bond fund.

Councillor Mabel Fenwick moved that the decision be deferred until the Committee had seen the actuary's final report. She said that the Committee should know the funding position first. The motion was seconded by Councillor Otis Grange.

The Chair said that the proposals did not depend on the final report. Upon being put to the vote, the motion to defer was lost, 3 Members voting in favour and 4 against.

Upon being put to the vote, the recommendations were carried, 4 Members voting in favour and 3 against.

RESOLVED: That £35m be moved from the absolute return mandate to the London CIV bond fund.`;

  it("says the motion once, who moved and seconded it, its words and what became of it with the tally", () => {
    const section = sectionOf(
      pensionCommittee([item(6, "Investment Strategy: Bond Allocation", { minutesText: STRATEGY })]),
      /^Investment Strategy/,
    );
    const texts = section.bullets.map((b) => b.text);
    expect(texts).toContain(
      "Motion moved by Councillor Mabel Fenwick, seconded by Councillor Otis Grange: that the decision be deferred until the Committee had seen the actuary's final report (lost, 3 votes to 4).",
    );
    // Said once: the sentences it was made from are not points of their own.
    expect(texts.filter((t) => /defer/.test(t))).toHaveLength(1);
  });
});

describe("a report introduced by an officer named without a title", () => {
  it("says what the officer told the meeting with her post, as it does for an officer named with a title", () => {
    const said = saidByPost({
      text: "She said that the Fund had been worth £982m at 31 December 2025, and that it had returned 2.7% in the quarter.",
      antecedent: "The Pensions Manager, Eliza Thornbury, introduced the report.",
    });
    expect(said.text).toBe(
      "Pensions Manager: The Fund had been worth £982m at 31 December 2025, and it had returned 2.7% in the quarter.",
    );
    expect(said.antecedent).toBeUndefined();
    // A councillor named after a post is a member speaking, not an officer's account.
    const member = saidByPost({
      text: "She said that the Fund had been worth £982m at 31 December 2025.",
      antecedent: "The Chair, Councillor Ada Moss, introduced the item.",
    });
    expect(member.antecedent).toBeDefined();
  });
});

describe("a reserves minute that also records an apology", () => {
  const RESERVES = `RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:

Ordinary Member | Reserve Member
Councillor Hugo Brand | Councillor Selina Marsh

An apology for absence had been received from Mr Ivo Pettit, a non-voting member of the Committee.`;

  it("says who sat for whom from the table, and the apology after it as an apology", () => {
    const summary = summarizeExtractive(
      pensionCommittee([
        item(1, "Attendance by Reserve Members", { minutesText: RESERVES }),
        item(5, "Investment Performance", {
          minutesText:
            "The Committee received a report on the Fund's investments.\n\nRESOLVED: That the report be noted.",
        }),
      ]),
    );
    expect(summary.procedural).toMatch(/Reserves: Selina Marsh for Hugo Brand\. Apologies: Ivo Pettit\./);
    expect(summary.procedural).not.toMatch(/Ordinary Member/);
  });
});

describe("points held to words in a long meeting", () => {
  it("drop a connective that only links to the sentence before, and say a post's reply as its fact", () => {
    expect(
      inFewerWords(
        "Fund Actuary: As a result, the Council's contribution rate would fall from 20.4% of pay to 17.9% of pay from 1 April 2026.",
      ),
    ).toBe(
      "Fund Actuary: The Council's contribution rate would fall from 20.4% of pay to 17.9% of pay from 1 April 2026.",
    );
    expect(inFewerWords("In addition, 14 employers had paid late, most of them academies.")).toBe(
      "14 employers had paid late.",
    );
    // A post's reply to a question the minute words loosely ("Members then asked about the costs.") is its fact too.
    expect(
      inFewerWords("The Pensions Manager responded that the move would cost about £120,000 in trading costs."),
    ).toBe("Pensions Manager: The move would cost about £120,000 in trading costs.");
    // "Overall" that sums up what follows is a connective too; a sentence without one keeps its words.
    expect(inFewerWords("The Fund held £41m in bonds, with £9m more to come.")).toBe(
      "The Fund held £41m in bonds, with £9m more to come.",
    );
  });

  it("keep an auditor's opinion or an inspection's judgement, which carries no figure but is the item's finding", () => {
    const decision = "The Pension Fund Annual Report 2025/26 was approved for publication.";
    expect(worthItsWords("The auditor expected to give an unqualified opinion on the accounts.", decision, false)).toBe(
      true,
    );
    expect(
      worthItsWords("The inspectors had judged the service for care leavers to require improvement.", decision, false),
    ).toBe(true);
    // A remark without a figure or a verdict still gives its words to the others.
    expect(worthItsWords("The audit manager said that the team had worked hard.", decision, false)).toBe(false);
  });
});

describe("officers asked to report to a later meeting", () => {
  it("say that officers, alone or with a named post, will report, and the overview asks for the report", () => {
    const decision = plainResolution(
      "That (1) the presentation be noted; (2) officers and the Independent Adviser report to the Committee's meeting in June 2026 on options for the future of the property mandate.",
    );
    expect(decision).toMatch(
      /\bOfficers and the Independent Adviser will report to the Committee's meeting in June 2026 on options for the future of the property mandate\b/,
    );
    expect(reportAskedFor(decision.replace(/^.*?(?=Officers)/, ""))).toEqual({
      verb: "asked for",
      object: "a report on options for the future of the property mandate",
    });
  });
});

describe("a vote on the recommendations told without 'put to the vote and'", () => {
  it("is said in short, as the vote that carried the decision", () => {
    const line = inlineVoteLine(
      "Upon being put to the vote, the recommendations were carried, 4 Members voting in favour and 3 against.",
    );
    expect(line).toBe("The recommendations were carried, 4 votes to 3.");
    expect(isTalliedVote(line!)).toBe(true);
    // The amendment's or motion's own outcome is said with it, not as the recommendations' vote.
    expect(
      inlineVoteLine("Upon being put to the vote, the amendment was lost, 2 Members voting in favour and 5 against."),
    ).toBeNull();
  });
});

describe("an overview of a meeting with many decisions", () => {
  const sections = [
    overviewSection("Investment Performance for the Quarter ended 31 December 2025", "The report was noted."),
    overviewSection(
      "Actuarial Valuation 2025: Initial Results and Draft Funding Strategy Statement",
      "(1) The initial results were noted; (2) The draft Funding Strategy Statement was approved for consultation with employers.",
    ),
    overviewSection(
      "Investment Strategy Review: Changes to the Strategic Asset Allocation",
      "(1) The allocation to the absolute return fund was reduced from 8% to 4%, and £35m was moved from that mandate to a bond fund; (2) The Director of Finance was authorised to carry out the transition.",
    ),
    overviewSection("Pooling Update", "The response to the pool's consultation on its business plan was agreed."),
    overviewSection(
      "Pension Fund Annual Report and Statement of Accounts 2025/26",
      "The Pension Fund Annual Report 2025/26 was approved for publication.",
    ),
    overviewSection(
      "Admission of Brookside Cleaning Limited to the Pension Fund",
      "Brookside Cleaning Limited was admitted to the Pension Fund as an admitted body from 1 April 2026, subject to a bond of £95,000.",
    ),
    overviewSection("Responsible Investment Policy", "The revised Responsible Investment Policy was approved."),
    overviewSection(
      "Property Mandate: Presentation by the Fund Manager",
      "Officers will report to the Committee's meeting in July 2026 on options for the property mandate.",
    ),
  ];

  // The count is said where it is asked for (the overview the sections are fitted beside) and left out beside the
  // outcomes said in their own words (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  it("says the decisions it can in their own words and counts the rest, never a title cut to a few words", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Pension Fund Committee"), sections, [], true);
    expect(overview).not.toMatch(/\u2026/);
    expect(overview).toMatch(/\bapproved the draft Funding Strategy Statement for consultation with employers\b/);
    expect(overview).toMatch(/\bmade \d other decisions\.$/);
    expect(countWords(overview)).toBeLessThanOrEqual(60);
    const told = writeOutcomeOverview(overviewMeeting("Pension Fund Committee"), sections);
    expect(told).toMatch(/\bapproved the draft Funding Strategy Statement for consultation with employers\b/);
    expect(told).not.toMatch(/\u2026|other decisions?\b/);
  });

  it("lists a few decisions by their titles as before", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Pension Fund Committee"), sections.slice(0, 3));
    expect(overview).not.toMatch(/other decisions?\b/);
  });
});

describe("two papers noted together", () => {
  it("take a plural verb, while one body whose name has 'and' in it keeps the singular", () => {
    expect(plainResolution("That the report and the work programme be noted.")).toBe(
      "The report and the work programme were noted.",
    );
    expect(plainResolution("That the report of the Health and Wellbeing Board be noted.")).toBe(
      "The report of the Health and Wellbeing Board was noted.",
    );
  });
});
