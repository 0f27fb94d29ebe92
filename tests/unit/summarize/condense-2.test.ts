// The same facts in fewer words (issue 11, second pass): wordings of Harrow's Cabinet, Council and Call-In
// Sub-Committee minutes (tests/fixtures/real-harrow/ORIGIN.md) that carry nothing a resident needs, each said shorter
// with every name, number, date and outcome kept. The minutes below are written here in that shape; the names,
// places and figures are made up.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { plainerCallIn } from "@/lib/summarize/extractive/plainer-sentences";
import { withoutHeadingSubject } from "@/lib/summarize/extractive/bullet-filters";
import { outcomePhrase, writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { shortTitle } from "@/lib/summarize/extractive/standing/wording";
import { NOT_IN_MINUTES } from "@/lib/summarize/extractive/section-notes";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { withoutUnusedAbbreviations } from "@/lib/summarize/extractive/abbreviations";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import type { SummaryInput, SummarySection } from "@/lib/summarize/types";
import { doc, item, makeInput } from "./helpers";

const CALL_IN_TITLE = "Call-In of the Cabinet Decision (4 March 2027) - Elm Park Car Park Charges";

/** A Call-In Sub-Committee's hearing, its minute in the shape of Harrow's (corpus meeting 65228). */
function callInHearing(): SummaryInput {
  return makeInput({
    meeting: {
      title: "Call-In Sub-Committee - Monday 15 March 2027 6.30 pm",
      committeeName: "Call-In Sub-Committee",
      startsAt: "2027-03-15T18:30:00Z",
    },
    now: "2027-03-30T09:00:00Z",
    items: [
      item(5, CALL_IN_TITLE, {
        minutesText: [
          "The Sub-Committee took the papers on a call-in notice from more than 180 residents against Cabinet's decision of 4 March 2027 to bring in charges at Elm Park Car Park.",
          "Asked by the Chair to confirm the grounds, the signatories' representative said they were ground b).",
          "RESOLVED: That the call-in on the Elm Park Car Park Charges be decided on ground b), the consultation being inadequate.",
          "The representative then set out the reasons for the call-in, questioning:",
          "(i) whether traders on Elm Parade had been consulted;\n(ii) why the charges started before the review of bus routes;\n(iii) whether 40 spaces would be kept free for blue badge holders.",
        ].join("\n\n"),
      }),
    ],
  });
}

describe("a call-in hearing's minute in fewer words", () => {
  it("says whose notice it was and against what, not that the body took its papers", () => {
    expect(
      plainerCallIn(
        "The Sub-Committee took the papers on a call-in notice from six Members of the Council against Cabinet's decision of 4 March 2027 on the Depot Strategy.",
      ),
    ).toBe("Six Members of the Council called in Cabinet's decision of 4 March 2027 on the Depot Strategy.");
    expect(
      plainerCallIn("The Call-In Sub-Committee considered a call-in notice from 160 residents against the decision."),
    ).toBe("Call-in notice from 160 residents against the decision.");
    // A sentence that only mentions a notice stays as it is.
    expect(plainerCallIn("The Chair said the call-in notice had been received on time.")).toBe(
      "The Chair said the call-in notice had been received on time.",
    );
  });

  it("leads into the representative's points with what they did, once", () => {
    expect(plainerCallIn("The representative then set out the reasons for the call-in, questioning:")).toBe(
      "The representative questioned:",
    );
    expect(plainerCallIn("Councillor Ada Brook set out the grounds for the call-in, arguing that:")).toBe(
      "Councillor Ada Brook argued:",
    );
    // The reasons said in the sentence itself are no lead-in: kept whole.
    expect(plainerCallIn("The representative set out the reasons for the call-in, questioning the costs.")).toBe(
      "The representative set out the reasons for the call-in, questioning the costs.",
    );
  });

  it("names the subject once, in the heading, when the decision would repeat it", () => {
    expect(
      withoutHeadingSubject(
        "The call-in on the Elm Park Car Park Charges was decided on ground b), the consultation being inadequate.",
        CALL_IN_TITLE,
      ),
    ).toBe("The call-in was decided on ground b), the consultation being inadequate.");
    // A subject the heading does not end with is what the decision is about: kept.
    expect(withoutHeadingSubject("The call-in on the bus lane was decided on ground c).", CALL_IN_TITLE)).toBe(
      "The call-in on the bus lane was decided on ground c).",
    );
    expect(withoutHeadingSubject("The report on Library Hours was noted.", "Library Hours")).toBe(
      "The report on Library Hours was noted.",
    );
  });

  it("keeps every fact of the hearing, and invents none, in fewer words", () => {
    const input = callInHearing();
    const summary = summarizeExtractive(input);
    const section = summary.sections.find((s) => s.heading === CALL_IN_TITLE)!;
    expect(section.decision).toBe("The call-in was decided on ground b), the consultation being inadequate.");
    const texts = section.bullets.map((b) => (b.lead ? `${b.lead} ${b.text}` : b.text));
    expect(texts[0]).toBe(
      "More than 180 residents called in Cabinet's decision of 4 March 2027 to bring in charges at Elm Park Car Park.",
    );
    const all = texts.join(" ");
    expect(all).toMatch(
      /^More than 180 residents called in .* The representative questioned: whether traders on Elm Parade/,
    );
    for (const fact of ["180", "4 March 2027", "Elm Parade", "bus routes", "40 spaces", "blue badge"])
      expect(all).toContain(fact);
    expect(all).not.toMatch(/took the papers|set out the reasons/);
    expect(summary.overview).toContain("heard the call-in of Cabinet's decision on Elm Park Car Park Charges");
    expect(findUngroundedTokens(summary, sourceTextsOf(input))).toEqual([]);
  });
});

describe("a Cabinet decision in fewer words", () => {
  it("leaves out a reminder of an earlier delegation, never a sum or the decision itself", () => {
    expect(
      plainResolution(
        "That (1) the fit-out of Mill House be approved, up to £640k; (2) the Director of Place be authorised to award a contract for the works, within a cap of £1.2m, noting the delegation given in October 2024 to the Director of Place to agree leases of the shops in Mill House; (3) the Director be authorised to appoint a removals contractor.",
      ),
    ).toBe(
      "(1) The fit-out of Mill House was approved, up to £640k; (2) The Director of Place was authorised to award a contract for the works, within a cap of £1.2m; (3) The Director was authorised to appoint a removals contractor.",
    );
    // A noting that carries a sum is a fact, and a noting of anything but an earlier decision is not touched.
    expect(
      plainResolution(
        "That the works be approved, noting the budget of £300k approved in March 2025 for the first phase.",
      ),
    ).toContain("noting the budget of £300k approved in March 2025");
    expect(
      plainResolution("That the works be approved, noting the decision made in May 2026 to add £50k to the budget."),
    ).toContain("noting the decision made in May 2026 to add £50k");
    expect(plainResolution("That the works be approved, noting that the depot will close.")).toContain(
      "noting that the depot will close",
    );
  });

  it("gives a reason without the closing words that only say a decision was due", () => {
    const minute = [
      "RESOLVED: That the three play street schemes, at Oak Lane, Ash Road and Elm Way, become permanent.",
      "Reason for Decision: The schemes' experimental orders may last at most 18 months, which end on 2 May 2027, so Cabinet had to decide whether to remove the schemes or keep them.",
    ].join("\n\n");
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Cabinet - Thursday 8 April 2027 6.30 pm",
          committeeName: "Cabinet",
          startsAt: "2027-04-08T18:30:00Z",
        },
        now: "2027-04-20T09:00:00Z",
        items: [item(9, "Play Streets Programme", { minutesText: minute })],
      }),
    );
    const section = summary.sections.find((s) => s.heading === "Play Streets Programme")!;
    expect(section.bullets.map((b) => b.text)).toEqual([
      "Reason: The schemes' experimental orders may last at most 18 months, which end on 2 May 2027.",
    ]);
  });

  it("keeps those words in a report read before the meeting: there they say what is to be decided", () => {
    const report =
      "The schemes' experimental orders may last at most 18 months, which end on 2 May 2027, so Cabinet had to decide whether to remove the schemes or keep them.";
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Cabinet - Thursday 8 April 2027 6.30 pm",
          committeeName: "Cabinet",
          startsAt: "2027-04-08T18:30:00Z",
          status: "scheduled",
        },
        now: "2027-04-01T09:00:00Z",
        items: [item(9, "Play Streets Programme", { documentIds: [901] })],
        documents: [doc(901, "Play Streets Programme report", { text: `Summary and Recommendations\n\n${report}` })],
      }),
    );
    const texts = summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts.join(" ")).toContain("so Cabinet had to decide whether to remove the schemes or keep them");
  });
});

describe("an overview that states its outcomes", () => {
  const input = {
    meeting: { title: "Cabinet", committeeName: "Cabinet", startsAt: "2027-04-08T18:30:00Z", status: "held" },
    items: [{ minutesText: "RESOLVED: …" }],
  } as SummaryInput;
  const decided: SummarySection = {
    heading: "Play Streets Programme",
    itemNumber: "9",
    bullets: [],
    tables: [],
    decision: "The three play street schemes, at Oak Lane, Ash Road and Elm Way, will become permanent.",
  };
  const agendaOnly: SummarySection = {
    heading: "Covid-19 Update",
    itemNumber: "8",
    bullets: [{ text: "The agenda said: A verbal update from the Chief Executive.", source: null as never }],
    tables: [],
    decision: null,
    note: NOT_IN_MINUTES,
  };

  it("does not list beside them the items known only from the agenda (their sections say so)", () => {
    expect(writeOutcomeOverview(input, [agendaOnly, decided])).toBe(
      "The Cabinet met on Thursday 8 April 2027 and agreed that the three play street schemes, at Oak Lane, Ash Road and Elm Way, will become permanent.",
    );
  });

  it("still names them when nothing else was decided", () => {
    expect(writeOutcomeOverview(input, [agendaOnly])).toBe(
      "The Cabinet met on Thursday 8 April 2027; its agenda listed the Covid-19 Update, with no minute found in the published minutes.",
    );
  });
});

describe("shared words said once", () => {
  it("hears two call-ins in one phrase, the second without a recorded outcome", () => {
    const heading = (subject: string) => `Call-In of the Cabinet Decision (4 March 2027) - ${subject}`;
    const sections: SummarySection[] = [
      {
        heading: heading("Elm Park Car Park Charges"),
        itemNumber: "5",
        bullets: [],
        tables: [],
        decision: "The call-in was decided on ground b), the consultation being inadequate.",
      },
      {
        heading: heading("The Depot Strategy"),
        itemNumber: "6",
        bullets: [{ text: "Call-in notice from six Members of the Council.", source: null as never }],
        tables: [],
        decision: null,
      },
    ];
    const input = {
      meeting: {
        title: "Call-In Sub-Committee",
        committeeName: "Call-In Sub-Committee",
        startsAt: "2027-03-15T18:30:00Z",
        status: "held",
        isSpecial: false,
      },
    } as SummaryInput;
    expect(writeOutcomeOverview(input, sections)).toBe(
      "The Call-In Sub-Committee met on Monday 15 March 2027 and heard the call-ins of Cabinet's decisions on Elm Park Car Park Charges and on the Depot Strategy.",
    );
  });

  it("says an item's name by its initials in a declaration when the name is only those initials spelt out", () => {
    expect(shortTitle("Local Areas of Special Character (LASC)")).toBe("LASC");
    expect(shortTitle("Public Spaces Protection Order (PSPO)")).toBe("PSPO");
    // Initials that are not the name's, and a bracket that is no abbreviation, stay as they are.
    expect(shortTitle("Harrow Town Centre Order (PSPO)")).toBe("Harrow Town Centre Order (PSPO)");
    expect(shortTitle("Council Tax Support Scheme (Council Tax)")).toBe("Council Tax Support Scheme (Council Tax)");
  });

  it("says 'approved' once before numbered approvals, what the first is for kept, and the overview still names it", () => {
    const decision = plainResolution(
      "That (1) the 2027/28 budget be approved so that the Council Tax for 2027/28 can be set; (2) the Model Council Tax Resolution 2027/28 be approved; (3) the Chief Executive be instructed to publish a notice of the amounts within 21 days.",
    );
    expect(decision).toBe(
      "Approved: (1) the 2027/28 budget so that the Council Tax for 2027/28 can be set; (2) the Model Council Tax Resolution 2027/28; (3) The Chief Executive was instructed to publish a notice of the amounts within 21 days.",
    );
    expect(outcomePhrase(decision, "Final Revenue Budget 2027/28")).toEqual({
      verb: "approved",
      object: "the 2027/28 budget",
    });
    // A run of approvals after a noting is one step among several: the overview names the item by its title.
    expect(
      outcomePhrase(
        "(1) The forecast overspend of £4.2m was noted; Approved: (2) the savings of £1m; (3) the grant of £0.5m.",
        "Budget Monitoring Quarter 2",
      ),
    ).toBeNull();
  });
});

describe("an abbreviation the summary never uses", () => {
  const section = (decision: string, bullets: string[] = []): SummarySection => ({
    heading: "Treasury Management Shared Service",
    itemNumber: "10",
    bullets: bullets.map((text) => ({ text, source: { documentId: null, url: null, page: null } })),
    tables: [],
    decision,
  });
  const summary = (sections: SummarySection[], procedural: string | null = null) => ({
    overview: "The Cabinet met on Thursday 8 April 2027 and approved Treasury Management Shared Service.",
    procedural,
    sections,
  });

  it("is left out after the name it stands for; one used again, a glossary term or a quoted title keeps it", () => {
    const out = withoutUnusedAbbreviations(
      summary(
        [
          section(
            "(1) The Council will enter an agreement with West Treasury Limited (WTL), authorised by the Financial Conduct Authority (FCA); (2) a waiver was approved so that WTL can be given a direct award.",
            [
              'Cabinet noted that the report "Harrow Strategic Plan (HSP) - Progress" had been put back.',
              "The Medium-Term Financial Strategy (MTFS) was updated.",
            ],
          ),
        ],
        "Non-pecuniary interests: item 10: Ada Brook (the Council's nominee on the Citizens' Advice Bureau (CAB); stayed).",
      ),
    );
    expect(out.sections[0]!.decision).toBe(
      "(1) The Council will enter an agreement with West Treasury Limited (WTL), authorised by the Financial Conduct Authority; (2) a waiver was approved so that WTL can be given a direct award.",
    );
    expect(out.sections[0]!.bullets.map((b) => b.text)).toEqual([
      'Cabinet noted that the report "Harrow Strategic Plan (HSP) - Progress" had been put back.',
      "The Medium-Term Financial Strategy (MTFS) was updated.",
    ]);
    expect(out.procedural).toBe(
      "Non-pecuniary interests: item 10: Ada Brook (the Council's nominee on the Citizens' Advice Bureau; stayed).",
    );
  });

  it("is left out only where it spells the words before it, letters from inside a word allowed", () => {
    const out = withoutUnusedAbbreviations(
      summary([
        section(
          "Returns were measured against the Sterling Overnight Index Average (SONIA); Item 9 (EXEMPT) was taken in private; Cllr Ann Lee (CHAIR) signed the minutes.",
        ),
      ]),
    );
    expect(out.sections[0]!.decision).toBe(
      "Returns were measured against the Sterling Overnight Index Average; Item 9 (EXEMPT) was taken in private; Cllr Ann Lee (CHAIR) signed the minutes.",
    );
  });
});

describe("a work programme's opening line", () => {
  it("is no point of its own: it only repeats the item's title", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(1, "Scrutiny Work Programme 2027/28", {
            minutesText:
              "The Sub-Committee considered its work programme for the rest of the year. A Member asked for the review of library opening hours to be brought forward to March 2028.\n\nRESOLVED: That the work programme be agreed.",
          }),
        ],
      }),
    );
    const bullets = summary.sections[0]!.bullets.map((b) => b.text);
    expect(bullets.join(" ")).toMatch(/library opening hours/);
    expect(bullets.join(" ")).not.toMatch(/considered its work programme/);
  });
});
