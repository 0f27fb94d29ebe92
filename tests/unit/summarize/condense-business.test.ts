// Business items outcome first and without procedure (issue 11): the minute texts are shaped like Harrow's printed
// minutes (Council budget meetings, Cabinet decisions, report-style papers; see tests/fixtures/real-harrow/ORIGIN.md);
// the names, dates and figures are made up here.
import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { withoutProcedure } from "@/lib/summarize/extractive/procedure-sentences";
import {
  withoutRepeats,
  withoutRestatedAsks,
  withoutRestatedRecommendation,
} from "@/lib/summarize/extractive/bullet-filters";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { readVoteList, recordedVoteTallies } from "@/lib/summarize/text/recorded-votes";
import { describeStandingItem, oneDeclaration } from "@/lib/summarize/extractive/standing-items";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { withAntecedents } from "@/lib/summarize/extractive/pick-bullets";
import { doc, item, makeInput } from "./helpers";

const FOR = "Voting for: the Mayor, Councillor Ann Lee, and Councillors Ali, Raj Shah, Brown, Okafor and Wu.";
const AGAINST = "Voting against: Councillors Park, Mrs Hill, Dr Fox and Stone.";

const BUDGET_MINUTE = `(i) Under item 7 on the Summons, Council took Recommendation I from the Cabinet meeting of 19 February 2027. (ii) Before the decision, the Mayor asked Members to bear in mind the Cabinet report of 19 February 2027, including its equalities sections and the equality impact assessments. (iii) The substantive Recommendation was put to the vote and carried.

${FOR}

${AGAINST}

Abstaining: Councillor Jo Grant. Absent: Councillors Ed Moss and Kay Dunn.

RESOLVED: That (1) the 2027/28 budget be approved, with regard to the results of the consultations and the equality impact assessments, so that the Council Tax for 2027/28 can be set (Appendix 2 to the Cabinet report); (2) the Model Council Tax Resolution 2027/28 in Appendix 11 to the Cabinet report be approved; (3) under Section 38(2) of the Local Government Finance Act 1992, the Chief Executive be instructed to publish a notice in the local press of the amounts set under Resolution 2 within 21 days of the Council's decision.`;

const PLAN_MINUTE = `Cabinet had recommended to Council that the Corporate Plan 2027 be noted and approved, and that the Head of Policy, after consulting the Leader of the Council, be allowed to make any minor amendments the Plan needed. Its reason: to set the Council's direction for the coming year. No conflict of interest was declared by a Cabinet Member, and call-in did not apply because the decision is reserved to full Council.

RESOLVED: That the Corporate Plan 2027 be approved.`;

function councilMeeting() {
  return makeInput({
    meeting: {
      title: "Council - Thursday 25 February 2027 7.30 pm",
      committeeName: "Council",
      startsAt: "2027-02-25T19:30:00Z",
    },
    now: "2027-03-10T09:00:00Z",
    items: [
      item(7, "FINAL REVENUE BUDGET 2027/28 AND MEDIUM TERM FINANCIAL STRATEGY", { minutesText: BUDGET_MINUTE }),
      item(8, "Corporate Plan 2027", { minutesText: PLAN_MINUTE }),
    ],
  });
}

describe("a recorded vote", () => {
  it("counts the names on each side, the Mayor named in apposition once and the absent left out", () => {
    // "the Mayor, Councillor Ann Lee, and Councillors …" is Harrow's way of naming the Mayor (Kareema Marikar was
    // Mayor when the Council of 28 February 2019 voted so): one voter, not two.
    expect(readVoteList(FOR)).toEqual({ side: "for", count: 6 });
    expect(readVoteList("Voting for: the Mayor, Councillors Ali and Brown.")).toEqual({ side: "for", count: 3 });
    expect(readVoteList(AGAINST)).toEqual({ side: "against", count: 4 });
    expect(readVoteList("Abstaining: Councillor Jo Grant. Absent: Councillors Ed Moss and Kay Dunn.")).toEqual({
      side: "abstain",
      count: 1,
    });
    expect(readVoteList("For the year ahead, the Council expects an overspend of £1.2m.")).toBeNull();
    expect(recordedVoteTallies(BUDGET_MINUTE)).toEqual([{ for: 6, against: 4, abstain: 1 }]);
  });

  it("is one line with its tally and where the recommendation came from, and the tally counts as grounded", () => {
    const input = councilMeeting();
    const summary = summarizeExtractive(input);
    const budget = summary.sections[0]!;
    expect(budget.bullets.map((b) => b.text)).toEqual([
      "Cabinet's recommendation of 19 February 2027 carried by 6 votes to 4, 1 abstaining (recorded vote).",
    ]);
    expect(findUngroundedTokens(summary, sourceTextsOf(input))).toEqual([]);
  });

  it("reads the other ways Harrow minutes say a vote's outcome", () => {
    const input = makeInput({
      items: [
        item(5, "Motion: Parking Charges", {
          minutesText: `Upon being put to the vote, the Motion was carried.\n\n${FOR}\n\n${AGAINST}\n\nRESOLVED: That the Motion be adopted.`,
        }),
      ],
    });
    const bullets = summarizeExtractive(input).sections[0]!.bullets.map((b) => b.text);
    // What was carried is named from the minute's own sentence when no Summons line said where the item came from.
    expect(bullets).toEqual(["The Motion carried by 6 votes to 4 (recorded vote)."]);
  });

  it("keeps the minute's own sentence when the lists do not agree with the outcome", () => {
    const input = makeInput({
      items: [
        item(5, "Motion: Parking Charges", {
          minutesText: `The Motion was put to the vote and carried.\n\n${AGAINST}\n\nVoting for: Councillor Ali.\n\nRESOLVED: That the Motion be adopted.`,
        }),
      ],
    });
    const bullets = summarizeExtractive(input).sections[0]!.bullets.map((b) => b.text);
    expect(bullets).toContain("The Motion was put to the vote and carried.");
  });
});

describe("procedure that carries no decision fact", () => {
  it("drops the Summons line, the equality reminder, 'no conflict of interest' and call-in not applying", () => {
    const summary = summarizeExtractive(councilMeeting());
    const all = summary.sections.flatMap((s) => s.bullets.map((b) => b.text)).join("\n");
    expect(all).not.toMatch(/Summons|bear in mind|conflict of interest|call-in/);
    expect(withoutProcedure("No conflict of interest was declared by a Cabinet Member.")).toBeNull();
    expect(
      withoutProcedure(
        "No conflict of interest was declared by a Cabinet Member, and call-in did not apply because the decision is reserved to full Council.",
      ),
    ).toBeNull();
  });

  it("keeps a call-in waived for urgency: that is news", () => {
    const waived = "Call-in did not apply because it had been waived on the grounds of urgency.";
    expect(withoutProcedure(waived)).toBe(waived);
    // Cabinet's printed minutes end each decision with the same line; only "Yes" is news.
    expect(withoutProcedure("Call-in waived by the Chair of Overview and Scrutiny Committee: No.")).toBeNull();
    const yes = "Call-in waived by the Chair of Overview and Scrutiny Committee: Yes.";
    expect(withoutProcedure(yes)).toBe(yes);
  });

  it("keeps only what a recommendation adds to the decision, and drops one the decision already says", () => {
    const decision = "That the Corporate Plan 2027 be approved.";
    expect(
      withoutRestatedRecommendation(
        "Cabinet had recommended to Council that the Corporate Plan 2027 be noted and approved, and that the Head of Policy, after consulting the Leader of the Council, be allowed to make any minor amendments the Plan needed.",
        decision,
      ),
    ).toBe(
      "Cabinet had also recommended that the Head of Policy, after consulting the Leader of the Council, be allowed to make any minor amendments the Plan needed.",
    );
    expect(
      withoutRestatedRecommendation(
        "Cabinet had recommended to Council that the Corporate Plan 2027 be approved.",
        decision,
      ),
    ).toBeNull();
    const plan = summarizeExtractive(councilMeeting()).sections[1]!;
    expect(plan.bullets.map((b) => b.text)).toEqual([
      "Cabinet had also recommended that the Head of Policy, after consulting the Leader of the Council, be allowed to make any minor amendments the Plan needed.",
      "Its reason: to set the Council's direction for the coming year.",
    ]);
    expect(plan.decision).toBe("The Corporate Plan 2027 was approved.");
  });

  it("says a budget resolution without the statutory formula, the legal power or appendix pointers", () => {
    const decision = summarizeExtractive(councilMeeting()).sections[0]!.decision;
    expect(decision).toBe(
      "Approved: (1) the 2027/28 budget so that the Council Tax for 2027/28 can be set; (2) the Model Council Tax Resolution 2027/28; (3) The Chief Executive was instructed to publish a notice in the local press of the amounts set under Resolution 2 within 21 days of the Council's decision.",
    );
    // The head noun decides "were", even before a participle that qualifies it.
    expect(plainResolution("That the nine recommendations listed by the Committee be referred to Cabinet.")).toBe(
      "The nine recommendations listed by the Committee were referred to Cabinet.",
    );
    // Printed minutes that lost the numbers: each clause still reads as what was decided.
    expect(
      plainResolution(
        "That the 2027/28 budget be approved; the Model Council Tax Resolution 2027/28 be approved; the Chief Executive be instructed to publish a notice.",
      ),
    ).toBe(
      "The 2027/28 budget was approved; the Model Council Tax Resolution 2027/28 was approved; the Chief Executive was instructed to publish a notice.",
    );
  });
});

describe("a Cabinet decision in plain words", () => {
  // Shaped like the decisions in Harrow's decision listings (tests/fixtures/real-harrow/ORIGIN.md); names made up.
  it("never turns a verb inside a clause into the resolution's own ('is to be leased' stays)", () => {
    expect(
      plainResolution(
        "That (1) the pilot be approved: the airspace above the Elm estate is to be leased at a peppercorn rent to Roof Homes Limited; (2) the Director of Housing be authorised to finalise the lease.",
      ),
    ).toBe(
      "(1) The pilot was approved: the airspace above the Elm estate is to be leased at a peppercorn rent to Roof Homes Limited; (2) The Director of Housing was authorised to finalise the lease.",
    );
  });

  it("ends the decision where the minute's account resumes, in printed minutes' lines and page paragraphs alike", () => {
    const lines = [
      "Asked by the Chair, the representative confirmed ground e).",
      "RESOLVED: That the call-in on the Market Square order be decided on ground e), a possible",
      "human rights challenge.",
      "The representative then set out the reasons for the call-in, questioning:",
      "whether traders had been consulted;",
      "whether the square had enough bins.",
    ];
    const decided =
      "That the call-in on the Market Square order be decided on ground e), a possible human rights challenge.";
    expect(extractResolved(lines.join("\n"))).toBe(decided);
    expect(extractResolved(lines.join("\n\n"))).toBe(decided);
    // A resolution that leads into its clauses, or runs on through numbered ones, is kept whole.
    expect(
      extractResolved(
        "RESOLVED: That the following be agreed:\nThe budget for 2027/28;\nThe Medium Term Financial Strategy.",
      ),
    ).toBe("That the following be agreed: The budget for 2027/28; The Medium Term Financial Strategy.");
    expect(extractResolved("RESOLVED: That\n(1) the report be noted.\n(2) the plan be approved.")).toBe(
      "That (1) the report be noted. (2) the plan be approved.",
    );
  });

  it("keeps a Cabinet decision's reason in its first sentence, and what the minute says after the decision", () => {
    const minute = [
      "RESOLVED: That the Litter Strategy be approved.",
      "Reason for Decision: To keep the Council's attention on cutting litter across the borough and to take enforcement action where warranted. The strategy builds on the 2019 plan and the views of 1,200 residents.",
      "Alternative Options Considered and Rejected: As set out in the report.",
      "Conflict of Interest relating to the matter declared by Cabinet Member/Dispensation Granted: None.",
    ].join("\n\n");
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Cabinet - Thursday 20 April 2027 6.30 pm",
          committeeName: "Cabinet",
          startsAt: "2027-04-20T18:30:00Z",
        },
        items: [item(6, "Litter Strategy 2027", { minutesText: minute })],
      }),
    );
    const section = summary.sections.find((s) => s.heading === "Litter Strategy 2027")!;
    expect(section.decision).toBe("The Litter Strategy was approved.");
    expect(section.bullets.map((b) => b.text)).toEqual([
      "Reason: To keep the Council's attention on cutting litter across the borough and to take enforcement action where warranted.",
    ]);
  });

  it("reads each clause of printed minutes that lost their numbers, whatever its verb, irregular ones too", () => {
    expect(
      plainResolution(
        "That the outcome of the consultation be noted; the Strategy be approved; the Director of Place be authorised to keep the Strategy under review; a progress report be brought to Cabinet next year.",
      ),
    ).toBe(
      // Noting the consultation's outcome is not what was decided (condense-resolutions.test.ts).
      "The Strategy was approved; the Director of Place was authorised to keep the Strategy under review; a progress report will be brought to Cabinet next year.",
    );
    expect(
      plainResolution(
        "That the Director of Place, in consultation with the Director of Finance, be given delegated authority to buy the vehicles.",
      ),
    ).toBe(
      "The Director of Place, in consultation with the Director of Finance, was given delegated authority to buy the vehicles.",
    );
  });

  it("says a step the decision sets for later as still to come, not as done", () => {
    expect(
      plainResolution(
        "That (1) the vision be approved; (2) a delivery plan be reported back to Cabinet later this year.",
      ),
    ).toBe("(1) The vision was approved; (2) A delivery plan is to be reported back to Cabinet later this year.");
    expect(plainResolution("That progress be reported to the Committee in six months.")).toBe(
      "Progress is to be reported to the Committee in six months.",
    );
    // Done by the resolution itself: past.
    expect(plainResolution("That £50k be allocated to the study.")).toBe("£50k was allocated to the study.");
  });

  it("leaves out the list of offices consulted or satisfied first and the Act relied on, keeping who acts and what", () => {
    expect(
      plainResolution(
        "That (1) the Council agree for the Authority to provide treasury services under the Local Authorities (Goods and Services) Act 1970, once negotiations are concluded to the satisfaction of the Director of Finance, the Portfolio Holder for Resources and the Director of Legal Services; (2) the Director of Housing, Community, be authorised, after consulting the Portfolio Holder for Housing, the Chief Finance Officer and the Director of Legal Services, to award the contract; (3) the Director of Finance be authorised to sign the agreement, following consultation with the Portfolio Holder for Resources.",
      ),
    ).toBe(
      "(1) The Council will agree for the Authority to provide treasury services, once negotiations are concluded; (2) The Director of Housing, Community, was authorised to award the contract; (3) The Director of Finance was authorised to sign the agreement.",
    );
    // A single officer consulted is part of the delegation and stays (a Portfolio Holder consulted is Cabinet's
    // standing sign-off and goes, tests/unit/summarize/long-cabinet-2.test.ts).
    expect(
      plainResolution(
        "That the Corporate Director of Place, in consultation with the Director of Finance, be authorised to buy the vehicles.",
      ),
    ).toBe(
      "The Corporate Director of Place, in consultation with the Director of Finance, was authorised to buy the vehicles.",
    );
  });
});

describe("a long report says each fact once", () => {
  const report = [
    "Section 1 – Summary and Recommendations",
    "This report sets out the forecast revenue and capital position for 2027/28 as at 30 September 2027.",
    "The General Fund revenue budget is forecast to overspend by £4.210m, an improvement of £0.300m on Quarter 1.",
    "Cabinet is requested to:",
    "• note the delivery position on the 2027/28 savings of £8.500m (paragraph 2.10);",
    "• approve the addition of £1.900m to the Housing capital programme (paragraphs 2.13 and 2.14).",
    "Section 2 – Report",
    "Children's Services is forecast to overspend by £2.100m, mainly on residential placements.",
    "The number of households in temporary accommodation rose to 1,204 at 30 September 2027.",
  ].join("\n\n");
  const input = makeInput({
    meeting: {
      title: "Cabinet - Thursday 9 December 2027 6.30 pm",
      committeeName: "Cabinet",
      startsAt: "2027-12-09T18:30:00Z",
    },
    now: "2027-12-20T09:00:00Z",
    items: [
      item(9, "Revenue and Capital Budget Monitoring 2027/28 – Quarter 2", {
        documentIds: [901],
        minutesText:
          "Cabinet received a report of the Director of Finance which set out the forecast revenue and capital position for 2027/28 as at 30 September 2027.\n\nThe Portfolio Holder said that the General Fund revenue budget is forecast to overspend by £4.210m, an improvement of £0.300m on Quarter 1, and that the position remained serious.\n\nRESOLVED: That (1) the delivery position on the 2027/28 savings of £8.500m be noted; (2) the addition of £1.900m to the Housing capital programme be approved.",
      }),
    ],
    documents: [doc(901, "Budget Monitoring Q2", { text: report })],
  });
  const section = summarizeExtractive(input).sections[0]!;
  const bullets = section.bullets.map((b) => b.text);

  it("leaves out what the paper is ('This report sets out…', 'Cabinet received a report … which set out…')", () => {
    expect(bullets.some((b) => /^This report|received a report/.test(b))).toBe(false);
  });

  it("leaves out the report's requests that the decision repeats, and its paragraph pointers", () => {
    expect(bullets.some((b) => /requested to|savings of £8\.500m|£1\.900m/.test(b))).toBe(false);
    expect(bullets.join(" ")).not.toMatch(/paragraph/);
    expect(section.decision).toContain("£8.500m");
  });

  it("says a figure the minute repeats from the report once, in the fuller sentence", () => {
    expect(bullets.filter((b) => b.includes("£4.210m"))).toEqual([
      "The Portfolio Holder said that the General Fund revenue budget is forecast to overspend by £4.210m, an improvement of £0.300m on Quarter 1, and that the position remained serious.",
    ]);
    expect(bullets.some((b) => b.includes("£2.100m"))).toBe(true);
    expect(
      withoutRepeats([
        { text: "Borrowing stood at £398.6m." },
        { text: "Borrowing stood at £398.6m; investments were £56.5m." },
      ]),
    ).toEqual([{ text: "Borrowing stood at £398.6m; investments were £56.5m." }]);
  });
});

describe("a report's request inside a longer bullet", () => {
  it("is left out when the decision says it, the rest of the bullet kept", () => {
    const decision =
      "That (1) an addition of £2.150m to the Housing General Fund capital programme, funded by grant, be approved.";
    const bullet = {
      text: "It is expected that the addition will enable the purchase of 14 family-sized homes by March 2028. Cabinet is asked to approve the addition of £2.150m to the Housing General Fund capital programme.",
    };
    expect(withoutRestatedAsks([bullet], decision)).toEqual([
      { text: "It is expected that the addition will enable the purchase of 14 family-sized homes by March 2028." },
    ]);
    const other = { text: "Homes cost £35 a week. Cabinet is asked to note the savings plan for 2028/29." };
    expect(withoutRestatedAsks([other], decision)).toEqual([other]);
  });
});

describe("a sum the meeting repeats from its report", () => {
  it("is said once when the two sentences share the sum and most of their words", () => {
    const report = {
      text: "In April 2027 Cabinet agreed additional investment of £1.100m a year in the leaving care service. This funds four additional personal advisers and a dedicated housing pathway officer seconded to the Housing Needs service.",
    };
    const minute = {
      text: "She outlined the eight themes of the plan and the additional investment of £1.100m agreed by Cabinet in April, which had funded four additional personal advisers and a housing pathway officer.",
    };
    expect(withoutRepeats([report, minute])).toEqual([report]);
    // A different sum is a different fact, however alike the words.
    const other = { text: minute.text.replace("£1.100m", "£0.900m") };
    expect(withoutRepeats([report, other])).toEqual([report, other]);
  });
});

describe("standing business, tersely", () => {
  it("cuts a declaration's reason at a clause boundary, never mid-clause", () => {
    expect(
      oneDeclaration(
        "Councillor Ann Lee declared a non-pecuniary interest as Chairman of the Parish Church, which the regeneration schemes would affect, since regeneration might come up during the meeting.",
      ),
    ).toBe("Ann Lee (non-pecuniary, Chairman of the Parish Church)");
    expect(
      oneDeclaration(
        "Councillor Raj Shah declared a non-pecuniary interest in Item 12 – Final Revenue Budget 2027/28 as Chair of the Lee Valley Regional Park Authority, a levying authority. He would remain in the room.",
      ),
    ).toBe(
      "Raj Shah (non-pecuniary, item 12 (Final Revenue Budget 2027/28), Chair of the Lee Valley Regional Park Authority; stayed)",
    );
    // Older Harrow minutes: "…, but considered that she could speak and vote thereon" is the outcome, not the reason.
    expect(
      oneDeclaration(
        "Councillor Mia Cole declared a personal interest as her family was in receipt of housing benefit, but considered that she could speak and vote thereon.",
      ),
    ).toBe("Mia Cole (personal, her family was in receipt of housing benefit; could speak and vote)");
    // "in that he was Chair of …" (Harrow's usual wording): what the member is, without "was".
    expect(
      oneDeclaration(
        "Councillor Raj Shah, who was not a member of the Cabinet, declared a non-pecuniary interest in item 11 - Final Revenue Budget 2027/28 in that he was Chair of the Lee Valley Regional Park Authority, which was a levying authority. He remained in the meeting while the matter was discussed.",
      ),
    ).toBe(
      "Raj Shah (non-pecuniary, item 11 (Final Revenue Budget 2027/28), Chair of the Lee Valley Regional Park Authority; stayed)",
    );
    expect(
      oneDeclaration(
        "Councillor Jo Park declared an interest in that she was a teacher in a Harrow school and would leave the room for the discussion and vote on this item.",
      ),
    ).toBe("Jo Park (teacher in a Harrow school; left)");
    // A reason that is a clause from its start stays whole.
    expect(
      oneDeclaration(
        "Councillor Jo Park declared a non-pecuniary interest because his wife works at Northwick Park Hospital. He stayed and voted.",
      ),
    ).toBe("Jo Park (non-pecuniary, his wife works at Northwick Park Hospital; stayed and voted)");
  });

  it("says who was appointed without the vacancy on the meeting's own body", () => {
    expect(
      describeStandingItem(
        item(1, "Membership of the Forum", {
          minutesText:
            "RESOLVED: To note that Cabinet had appointed Jo Lane, GMB Representative, to the vacancy on the Employees' Consultative Forum.",
        }),
      ),
    ).toBe("Cabinet had appointed Jo Lane, GMB Representative.");
  });

  it("keeps whom a minute's silence remembered, without the tribute's closing words", () => {
    expect(
      describeStandingItem(
        item(1, "Minute of Silence", {
          minutesText:
            "The Board stood for a minute's silence to honour Councillor Sam Hill, former Deputy Mayor, who died in May 2027.\n\nIt was said that he had given the Council 20 years of service and that he would be greatly missed.\n\nMembers then paid their own tributes to him.\n\nMembers paid tribute to the late Councillor Sam Hill.",
        }),
      ),
    ).toBe(
      "Minute's silence for Cllr Sam Hill, former Deputy Mayor, who died in May 2027; he had given the Council 20 years of service.",
    );
  });
});

describe("a list the page ran into one line (real shape: corpus meeting 65157)", () => {
  it("gives each point its own bullet, under the list's lead-in", () => {
    const input = makeInput({
      items: [
        item(6, "Library Plan - Progress", {
          minutesText:
            "Opening, the Director of Libraries gave a short update, making these points:\n\n\u00b7 The Plan had been drawn up with the Friends of Pinner Library. - A detailed delivery plan had been delayed by the elections of May 2027.",
        }),
      ],
    });
    const lead = "Opening, the Director of Libraries gave a short update, making these points:";
    expect(summarizeExtractive(input).sections[0]!.bullets.map((b) => [b.lead, b.text])).toEqual([
      [lead, "The Plan had been drawn up with the Friends of Pinner Library."],
      [lead, "A detailed delivery plan had been delayed by the elections of May 2027."],
    ]);
  });
});

describe("a body's verdict on what the sentence before it says (real shape: corpus meeting 65242)", () => {
  it("carries that sentence with it when picked alone, so the bullet says what was found satisfactory", () => {
    const agreed =
      "In the consultation period the applicant had agreed with the police to shorten the hours for supplying alcohol; at the hearing the applicant also confirmed that the late night refreshment hours would end at the agreed closing time each day.";
    const verdict = "The Panel found this change, and the other agreed times, satisfactory.";
    const { candidates } = collectCandidates(
      [
        {
          origin: "minutes",
          title: "Moonlight Cafe, 12 High Street, Wealdstone, HA3 7AA",
          blocks: [
            { kind: "para", text: `The application sought a new premises licence. ${agreed} ${verdict}`, page: 1 },
          ],
          documentId: null,
          url: null,
        },
      ],
      { itemTitle: "Moonlight Cafe", preview: false },
    );
    const found = candidates.find((c) => c.text === verdict)!;
    expect(found.antecedent).toBe(agreed);
    expect(withAntecedents([found]).map((c) => c.text)).toEqual([`${agreed} ${verdict}`]);
  });
});
