// Dense Cabinet and Council minutes condensed honestly (issue 11): each resolution keeps what was decided, by whom,
// and every figure and name, without the report's cross-references, the offices consulted first, or the bare
// subjunctive the minutes print. The wording is shaped like Harrow's printed minutes
// (tests/fixtures/real-harrow/ORIGIN.md); the names, places and figures are made up here.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { announcesOnly } from "@/lib/summarize/extractive/debris";
import { beforeDeciding } from "@/lib/summarize/extractive/plainer-sentences";
import { fewFromEachList, namesNew } from "@/lib/summarize/extractive/build-sections";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { item, makeInput } from "./helpers";

describe("a resolution condensed clause by clause", () => {
  it("drops where in the report a clause's detail sits, however the minute words it", () => {
    expect(
      plainResolution(
        "That (1) the design principles, summarised in section 4 of and Appendix 2 to the officer report, be adopted; (2) the views of the Design Panel, in paragraph 6.3 of and Appendix 3 to the officer report, be endorsed; (3) the Director of Place be authorised to award a contract for the works in the officer report, within a cap of £2.3m; (4) the Parking Strategy, as proposed in the report, be approved.",
      ),
    ).toBe(
      "(1) The design principles were adopted; (2) The views of the Design Panel were endorsed; (3) The Director of Place was authorised to award a contract for the works, within a cap of £2.3m; (4) The Parking Strategy was approved.",
    );
  });

  it("says what was decided without the clauses that only noted papers, figures and cited numbers kept", () => {
    expect(
      plainResolution(
        "That (1) the consultation responses be noted; (2) the views of the Design Panel be noted; and (3) the two areas be designated as Local Areas of Special Character: Oak Lane and Ash Road.",
      ),
    ).toBe("The two areas were designated as Local Areas of Special Character: Oak Lane and Ash Road.");
    // A noting with a figure is a fact; a later clause citing a number keeps the numbers.
    expect(
      plainResolution(
        "That (1) the forecast overspend of £6.1m be noted; (2) the plan be noted; (3) the savings in resolution 1 be approved.",
      ),
    ).toBe("(1) The forecast overspend of £6.1m was noted; (3) The savings in resolution 1 were approved.");
    // "It be noted that …" is a noting too; a decision that only notes keeps what it noted.
    expect(
      plainResolution(
        "That (1) the fit-out be approved; (2) it be noted that other sites need low-cost works, to be managed under delegated powers.",
      ),
    ).toBe("The fit-out was approved.");
    expect(plainResolution("That the consultation responses be noted.")).toBe("The consultation responses were noted.");
  });

  it("says an agreement made on a condition as one, never as done", () => {
    expect(
      plainResolution(
        "That (1) the overspend be noted; (2) should the overspend not be mitigated by 31 March 2028, the balance be funded from the Contingency Reserve, be agreed.",
      ),
    ).toBe(
      "It was agreed that, should the overspend not be mitigated by 31 March 2028, the balance would be funded from the Contingency Reserve.",
    );
  });

  it("names the same officer once when two clauses in a row authorise them, each clause a sentence of its own", () => {
    expect(
      plainResolution(
        "That (1) a procurement be started; (2) the Director of Care be authorised, after consulting the Portfolio Holder for Care, to amend the tender documents; (3) the Director of Care be authorised, after consulting the Director of Finance and the Portfolio Holder for Care, to award the contract.",
      ),
    ).toBe(
      // The Portfolio Holder consulted is Cabinet's standing sign-off and goes (long-cabinet-2.test.ts).
      "(1) A procurement was started; (2) The Director of Care was authorised to amend the tender documents; (3) The same officer was also authorised to award the contract.",
    );
  });

  it("keeps the step an officer must take first but not the list of offices consulted after it", () => {
    expect(
      plainResolution(
        "That the Director of Place be authorised, after compliant procurement and consulting the Portfolio Holders for Housing, Transport and for Finance, to award the contract.",
      ),
    ).toBe("The Director of Place was authorised, after compliant procurement, to award the contract.");
  });

  it("reads a clause whose subject has its own brackets, figures kept", () => {
    expect(
      plainResolution(
        "That (1) the plan be adopted; (2) refurbishing Elm House at about £3.2m (£2.9m capital and £0.3m revenue) be approved.",
      ),
    ).toBe(
      "(1) The plan was adopted; (2) Refurbishing Elm House at about £3.2m (£2.9m capital and £0.3m revenue) was approved.",
    );
  });

  it("says an instruction plainly, and as a recommendation when Council decides", () => {
    expect(
      plainResolution(
        "That (1) the budget be approved; (2) the Chief Executive be instructed to publish a notice of the amounts within 21 days.",
      ),
    ).toBe(
      "(1) The budget was approved; (2) The Chief Executive was instructed to publish a notice of the amounts within 21 days.",
    );
    expect(
      plainResolution(
        "RESOLVED to RECOMMEND: (to Council) (1) that the 2030/31 budget be approved; (2) that the Pay Policy Statement be approved. [As these decisions are reserved to full Council, call-in did not apply to them.] (3) that the Chief Executive be instructed to publish a notice of the amounts within 21 days.",
      ),
    ).toBe(
      "Recommended to Council: approve (1) the 2030/31 budget; (2) the Pay Policy Statement; (3) instruct the Chief Executive to publish a notice of the amounts within 21 days.",
    );
  });

  it("puts both verbs of a recommendation in the imperative (real shape: corpus meeting 64660)", () => {
    expect(
      plainResolution(
        "Resolved to RECOMMEND: (to Cabinet)\n\nThat the report be noted and recommended to the March 2031 Cabinet meeting for final approval.",
      ),
    ).toBe(
      "Recommended to Cabinet: note the report and recommend it to the March 2031 Cabinet meeting for final approval.",
    );
    // Decided here, not recommended: said as done.
    expect(plainResolution("That the report be noted and referred to the Pension Board.")).toBe(
      "The report was noted and referred to the Pension Board.",
    );
  });

  it("puts the bare subjunctive into plain English without saying the step is done", () => {
    expect(
      plainResolution(
        "That (1) the Council agree with the Authority for it to provide payroll services, once negotiations are concluded; (2) the Council agree to join the West London Energy Syndicate; (3) the two pilot schemes, at Oak Lane and Ash Road, become permanent; (4) a further report agreeing the final costs come to Cabinet.",
      ),
    ).toBe(
      "(1) The Council will agree with the Authority for it to provide payroll services, once negotiations are concluded; (2) The Council will join the West London Energy Syndicate; (3) The two pilot schemes, at Oak Lane and Ash Road, will become permanent; (4) A further report agreeing the final costs will come to Cabinet.",
    );
    // A recommendation asks the other body to decide.
    expect(
      plainResolution(
        "RESOLVED to RECOMMEND: (to Council) (1) that the budget be approved; (2) that the Council join the Syndicate.",
      ),
    ).toBe("Recommended to Council: (1) approve the budget; (2) the Council to join the Syndicate.");
  });

  it("reads 'that report' as the report set for later, still to come, not as the opening 'that'", () => {
    expect(
      plainResolution(
        "That (1) a further report agreeing the final costs come to Cabinet; (2) that report be included in the draft business plan, with the 30 parking spaces.",
      ),
    ).toBe(
      "(1) A further report agreeing the final costs will come to Cabinet; (2) That report to be included in the draft business plan, with the 30 parking spaces.",
    );
  });

  it("leaves out noting the report when the decision goes on to say what was decided", () => {
    expect(plainResolution("That the report be noted; the Parking Strategy be approved.")).toBe(
      "The Parking Strategy was approved.",
    );
    expect(plainResolution("That the report be noted.")).toBe("The report was noted.");
  });

  it("ends a resolution the page cut off at a clause boundary, its figures and names kept", () => {
    // At the clause's last comma when what follows holds nothing of its own.
    expect(
      plainResolution(
        "That (1) the plan be approved; (2) the building works be awarded to Acme Ltd, the existing contractor, by varying the contract with the necessary …",
      ),
    ).toBe("(1) The plan was approved; (2) The building works were awarded to Acme Ltd, the existing contractor …");
    // Without its dangling words.
    expect(
      plainResolution("That (1) the plan be approved; (2) the Director of Place be authorised to finalise and …"),
    ).toBe("(1) The plan was approved; (2) The Director of Place was authorised to finalise …");
    // A stub or a clause cut mid-phrase without a figure: at the clause before it.
    expect(plainResolution("That (1) the plan be approved at £4.1m; (2) the …")).toBe(
      "(1) The plan was approved at £4.1m …",
    );
    expect(
      plainResolution(
        "That the Strategy be approved; progress be reported to Cabinet every year. RESOLVED: To thank the …",
      ),
    ).toBe("The Strategy was approved; progress is to be reported to Cabinet every year …");
  });
});

describe("bullets beside a decision", () => {
  it("says the minute's lead into its decision whole", () => {
    expect(
      beforeDeciding(
        "Having noted the confidential appendix and the points Councillor Ada Brook made on the Committee's reference (Appendix 4), Cabinet",
      ),
    ).toBe(
      "Before deciding, Cabinet noted the confidential appendix and the points Councillor Ada Brook made on the Committee's reference.",
    );
    expect(beforeDeciding("The Panel's recommendation was received.")).toBe("The Panel's recommendation was received.");
  });

  it("keeps that lead only when it names someone or a figure the decision and heading do not", () => {
    expect(namesNew("Before deciding, Cabinet noted the points Councillor Ada Brook made.", "Depot Strategy")).toBe(
      true,
    );
    expect(
      namesNew("Before deciding, Cabinet received the Panel's recommendation on Play Streets.", "Play Streets"),
    ).toBe(false);
    const minutes = (lead: string) =>
      `${lead}\n\nRESOLVED: That the three play street schemes, at Oak Lane, Ash Road and Elm Way, become permanent.`;
    const bullets = (lead: string) =>
      summarizeExtractive(
        makeInput({
          meeting: {
            title: "Cabinet - Thursday 3 June 2027 6.30 pm",
            committeeName: "Cabinet",
            startsAt: "2027-06-03T18:30:00Z",
          },
          now: "2027-06-20T09:00:00Z",
          items: [item(9, "Panel Recommendation on Play Streets", { minutesText: minutes(lead) })],
        }),
      ).sections[0]!;
    const plain = bullets("Having received the Traffic Panel's recommendation on Play Streets, Cabinet");
    expect(plain.decision).toBe(
      "The three play street schemes, at Oak Lane, Ash Road and Elm Way, will become permanent.",
    );
    expect(plain.bullets.map((b) => b.text)).toEqual([]);
    const named = bullets(
      "Having received the Traffic Panel's recommendation on Play Streets and heard Councillor Ada Brook, Cabinet",
    );
    expect(named.bullets.map((b) => b.text)).toEqual([
      "Before deciding, Cabinet received the Traffic Panel's recommendation on Play Streets and heard Councillor Ada Brook.",
    ]);
  });

  it("drops a sentence that only announces the points after it", () => {
    expect(announcesOnly("The representative then spoke to the four grounds, stressing the following points.")).toBe(
      true,
    );
    expect(announcesOnly("The representative said the following year's budget was at risk.")).toBe(false);
  });

  it("gives a minute's list of points raised by its best three beside a decision, facts first", () => {
    const lead = "The representative questioned:";
    const points = [
      { text: "whether traders had been consulted;", score: 1, order: 1, lead },
      { text: "whether there were enough bins;", score: 0.9, order: 2, lead },
      { text: "why 40 wardens were not enough;", score: 2.5, order: 3, lead },
      { text: "what the problems were;", score: 0.8, order: 4, lead },
      { text: "The Chair thanked the representative.", score: 1, order: 5 },
    ];
    expect(fewFromEachList(points, 3).map((p) => p.order)).toEqual([1, 2, 3, 5]);
    expect(fewFromEachList(points, Infinity)).toHaveLength(5);
  });

  it("invents nothing while condensing a dense Cabinet minute", () => {
    const minute = [
      "Having noted the confidential appendices and the points Councillor Ada Brook made as Vice-Chair of the Scrutiny Committee, Cabinet",
      "RESOLVED: That",
      "(1) the depot strategy be based on Mill Lane Depot and a new office at Station Road; (2) the new office be about 12,000 sq. ft at an estimated cost of £9.450m (£7.100m for the office and £2.350m for 30 parking spaces); (3) fitting out Mill Lane Depot at an estimated £3.210m (£2.900m capital and £0.310m revenue) be approved; (4) the Director of Place be authorised, after consulting the Portfolio Holder for Resources, the Director of Finance and the Director of Legal Services, to award the fit-out works to Acme Ltd, the contractor at Mill Lane, by varying the existing contract with the necessary …",
    ].join("\n\n");
    const input = makeInput({
      meeting: {
        title: "Cabinet - Thursday 3 June 2027 6.30 pm",
        committeeName: "Cabinet",
        startsAt: "2027-06-03T18:30:00Z",
      },
      now: "2027-06-20T09:00:00Z",
      items: [item(11, "Depot Strategy and the New Office", { minutesText: minute })],
    });
    const summary = summarizeExtractive(input);
    const section = summary.sections[0]!;
    expect(section.decision).toBe(
      "(1) The depot strategy was based on Mill Lane Depot and a new office at Station Road; (2) The new office will be about 12,000 sq. ft at an estimated cost of £9.450m (£7.100m for the office and £2.350m for 30 parking spaces); (3) Fitting out Mill Lane Depot at an estimated £3.210m (£2.900m capital and £0.310m revenue) was approved; (4) The Director of Place was authorised to award the fit-out works to Acme Ltd, the contractor at Mill Lane …",
    );
    expect(section.bullets.map((b) => b.text)).toEqual([
      "Before deciding, Cabinet noted the confidential appendices and the points Councillor Ada Brook made as Vice-Chair of the Scrutiny Committee.",
    ]);
    expect(findUngroundedTokens(summary, sourceTextsOf(input))).toEqual([]);
  });
});

describe("a call-in hearing's minute beside its decision", () => {
  it("leaves out how confidential papers are handled and ends each point raised as a sentence", () => {
    const minute = [
      "The Sub-Committee took the papers on a call-in notice from 210 residents against Cabinet's decision of 4 May 2027 on the Market Square order.",
      "The Chair explained that the report had confidential appendices, so any questions on them would need a private session.",
      "RESOLVED: That the call-in be decided on ground b), inadequate consultation.",
      "The representative then set out the reasons for the call-in, questioning:",
      "(i) whether market traders had been consulted; (ii) whether the square had enough seating; and",
    ].join("\n\n");
    const section = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Call-In Sub-Committee - Monday 14 June 2027 7.30 pm",
          committeeName: "Call-In Sub-Committee",
          startsAt: "2027-06-14T19:30:00Z",
        },
        now: "2027-06-20T09:00:00Z",
        items: [item(4, "Call-In of the Cabinet Decision (4 May 2027) - Market Square Order", { minutesText: minute })],
      }),
    ).sections[0]!;
    const texts = section.bullets.map((b) => b.text);
    expect(texts.some((t) => /private session/.test(t))).toBe(false);
    expect(texts).toContain("210 residents called in Cabinet's decision of 4 May 2027 on the Market Square order.");
    expect(texts.every((t) => !/;$/.test(t))).toBe(true);
  });
});

describe("numbered clauses with the same verb", () => {
  it("say the verb once only from the first clause; a later run keeps its verb in each clause", () => {
    expect(plainResolution("That (1) the annual report be approved; (2) the work programme be approved.")).toBe(
      "Approved: (1) the annual report; (2) the work programme.",
    );
    // Shown one clause a line on the meeting page, "(3) the addition of £0.4m …" would have no verb. (A noted clause
    // with a figure of its own stays beside what was approved; one named only by its quarter would go: free-words.)
    expect(
      plainResolution(
        "That (1) the forecast overspend of £0.6m be noted; (2) the in-year savings of £1m be approved; (3) the addition of £0.4m of grant to the capital programme be approved.",
      ),
    ).toBe(
      "(1) The forecast overspend of £0.6m was noted; (2) The in-year savings of £1m were approved; (3) The addition of £0.4m of grant to the capital programme was approved.",
    );
  });
});

describe("a committee's own resolution with a recommendation to Cabinet among its clauses", () => {
  it("is no recommendation as a whole: what the committee did is said as done, its later steps as to come", () => {
    const said = plainResolution(
      "That (1) the report be noted; (2) Cabinet be recommended to set a target date for emergency repairs; (3) the Corporate Director of Housing provide the Sub-Committee with a breakdown of the 540 open damp cases by 12 January 2027; (4) the Sub-Committee review the repairs service again at its meeting in April 2027; (5) progress against the plan be reported to every meeting of the Sub-Committee.",
    );
    expect(said).not.toMatch(/^Note\b/);
    expect(said).toContain("Cabinet was recommended to set a target date for emergency repairs");
    expect(said).toContain("the Corporate Director of Housing will provide the Sub-Committee with a breakdown");
    expect(said).toContain("the Sub-Committee will review the repairs service again");
    // an ongoing step is still to come, never "was reported"
    expect(said).toContain("progress against the plan is to be reported to every meeting");
  });

  it("says a second step after ', and that' as one still to come, and leaves a 'review' that is a noun alone", () => {
    expect(
      plainResolution(
        "That the report be noted, and that the Director of Finance provide a note on the savings at risk before the next meeting.",
      ),
    ).toBe(
      "The report was noted, and the Director of Finance will provide a note on the savings at risk before the next meeting.",
    );
    expect(plainResolution("That the final report of the scrutiny review of parking be agreed.")).toBe(
      "The final report of the scrutiny review of parking was agreed.",
    );
  });

  it("keeps a whole recommendation a recommendation", () => {
    // Said as the other recommendations are, to whom first (long-traffic.test.ts): it had read "Cabinet to be
    // recommended to (1) approve …".
    expect(plainResolution("That Cabinet be recommended to (1) approve the budget; (2) approve the MTFS.")).toMatch(
      /^Recommended to Cabinet: approve \(1\) the budget; \(2\) the MTFS\.$/,
    );
  });
});
