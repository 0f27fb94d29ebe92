// Planning minutes as one line per application, and standing items that keep who and what. The minute texts are
// shaped like Harrow's (see tests/fixtures/real-harrow/ORIGIN.md); the names and applications are made up here.
import { describe, expect, it } from "vitest";
import { applicationLine, parsePlanningApplications } from "@/lib/summarize/extractive/planning";
import { nameTheApplicant } from "@/lib/summarize/extractive/bullet-filters";
import { describeStandingItem, oneDeclaration } from "@/lib/summarize/extractive/standing-items";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { isVoteList } from "@/lib/summarize/extractive/debris";
import { withAntecedents, withLeadIns } from "@/lib/summarize/extractive/pick-bullets";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { overviewOutcome } from "@/lib/summarize/overview-outcome";
import { cleanHeading } from "@/lib/summarize/extractive/build-sections";
import { keyDecision, keyFinding, outcomePhrase, outcomeVerb, shortHeading } from "@/lib/summarize/extractive/overview";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { withoutProcedure } from "@/lib/summarize/extractive/procedure-sentences";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { splitPrintedMinutes } from "@/lib/summarize/extractive/split-minutes";
import { agendaText } from "@/lib/summarize/extractive/agenda-text";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { bulletText } from "@/lib/summarize/bullets";
import type { TextBlock } from "@/lib/summarize/text/blocks";
import type { SummaryInput, SummaryItem, SummarySection } from "@/lib/summarize/types";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const PLANNING = `1/01 Land at Elm Yard, Kenton, HA3 0AA – PL/1111/26. PROPOSAL: Redevelopment to provide 40 homes. The Committee received the report. DECISION: GRANTED, as recommended by officers, subject to the conditions set out in the report. The Committee voted 6 in favour, 1 against.

2/01 9 Birch Road, Pinner, HA5 1BB – P/2222/26. PROPOSAL: Change of use to a house in multiple occupation for six people. A motion to refuse was put to the vote. DECISION: REFUSED, against the officer recommendation, for the following reasons: (1) harm to neighbours through noise and disturbance. The Committee voted 4 in favour of refusal, 3 against.`;

const item = (title: string, minutesText: string | null): SummaryItem => minuteItem(title, minutesText);

/** A held meeting with no items: what the overview writer needs besides the sections. */
const heldMeeting = (committeeName: string, startsAt: string): SummaryInput =>
  ({
    meeting: {
      title: committeeName,
      committeeName,
      startsAt,
      status: "held",
      isSpecial: false,
      officialUrl: "x",
      webcastUrl: null,
    },
    items: [],
    documents: [],
    now: "2027-12-01T00:00:00Z",
  }) as SummaryInput;

describe("planning minutes", () => {
  const apps = parsePlanningApplications(PLANNING);

  it("finds each application with its address, reference, proposal, decision, vote and the officers' view", () => {
    expect(
      apps.map((a) => [a.number, a.address, a.reference, a.decision, a.vote, a.officers, a.againstOfficers]),
    ).toEqual([
      ["1/01", "Land at Elm Yard, Kenton, HA3 0AA", "PL/1111/26", "granted", "6 in favour, 1 against", "grant", false],
      [
        "2/01",
        "9 Birch Road, Pinner, HA5 1BB",
        "P/2222/26",
        "refused",
        "4 in favour of refusal, 3 against",
        "grant",
        true,
      ],
    ]);
  });

  it("writes one line per application, outcome first, flagged when it went against the officers", () => {
    expect(applicationLine(apps[0]!)).toBe(
      "Granted (voted 6 in favour, 1 against), as officers recommended: Land at Elm Yard, Kenton, HA3 0AA (PL/1111/26) – redevelopment to provide 40 homes.",
    );
    expect(applicationLine(apps[1]!)).toBe(
      "Refused (voted 4 in favour of refusal, 3 against), against the officer recommendation to grant: 9 Birch Road, Pinner, HA5 1BB (P/2222/26) – change of use to a house in multiple occupation for six people. Reasons: (1) harm to neighbours through noise and disturbance.",
    );
  });

  it("is not fooled by minutes that are not planning decisions", () => {
    expect(parsePlanningApplications("RESOLVED: That the report be noted.")).toEqual([]);
    expect(parsePlanningApplications("The Chair referred to P/1234/20 in passing. RESOLVED: noted.")).toEqual([]);
  });

  it("counts the outcomes in the overview instead of listing addresses", () => {
    const input = heldMeeting("Planning Committee", "2026-10-21T17:30:00Z");
    const sections = apps.map((a) => ({
      heading: a.address,
      itemNumber: a.number,
      bullets: [],
      tables: [],
      decision: applicationLine(a),
    }));
    expect(writeOutcomeOverview(input, sections)).toBe(
      "The Planning Committee met on Wednesday 21 October 2026 and granted 1 application and refused 1 (1 against the officers' recommendation).",
    );
  });
});

describe("standing items keep who and what", () => {
  it("counts questions whose minute only records that they were taken in one line, not as a decided section", () => {
    const taken = item(
      "Councillor Questions",
      "RESOLVED: That the Councillor Questions had been answered and the recording would be put on the Council's website.",
    );
    expect(classifyItem(taken)).toBe("procedural");
    expect(describeStandingItem(taken)).toBe("Councillor questions answered.");
    const one = item(
      "Public Questions",
      "RESOLVED: To note that one public question had been received and responded to.",
    );
    expect(classifyItem(one)).toBe("procedural");
    // A minute that gives a question and its answer stays a section of its own.
    const asked = item(
      "Public Questions",
      "Ms Jo Park asked when the crossing on Station Road would be repaired. The Portfolio Holder replied that work would start in May.",
    );
    expect(classifyItem(asked)).toBe("questions");
    expect(describeStandingItem(asked)).toBeNull();
  });

  it("names who sent apologies and who sat for whom", () => {
    expect(
      describeStandingItem(
        item("Apologies for Absence", "Apologies for absence had been received from Councillors Ann Lee and Raj Shah."),
      ),
    ).toBe("Apologies: Ann Lee and Raj Shah.");
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note that the following duly appointed Reserve Members attended:\n(1) Councillor Jo Park, as reserve for Councillor Sam Hill;\n(2) Councillor Lee Wu, as reserve for Councillor Ed Fox.",
        ),
      ),
    ).toBe("Reserves: Jo Park for Sam Hill; Lee Wu for Ed Fox.");
  });

  it("says who declared what, why, and whether they stayed, left, voted or had a dispensation", () => {
    expect(
      oneDeclaration(
        "Councillor Ann Lee declared a non-pecuniary interest in Item 9 – Budget as her son receives care, and would remain in the room whilst the matter was considered and voted upon",
      ),
    ).toBe("Ann Lee (non-pecuniary, item 9 (Budget), her son receives care; stayed while voted on)");
    expect(
      oneDeclaration(
        "Councillor Raj Shah declared a pecuniary interest because his wife works for the contractor. He would leave the room for the item",
      ),
    ).toBe("Raj Shah (pecuniary, his wife works for the contractor; left)");
    expect(
      oneDeclaration(
        "Councillor Jo Park, who had a disclosable pecuniary interest in Item 4 – Questions because she works for TfL, would stay in the meeting under her dispensation",
      ),
    ).toBe("Jo Park (pecuniary, item 4 (Questions), works for TfL; dispensation, stayed)");
  });

  it("keeps the dates of the minutes approved and what was corrected, and says plainly when nothing happened", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the meeting held on 3 March 2026 be taken as read and signed as a correct record, subject to noting that Councillor Ann Lee had attended.",
        ),
      ),
    ).toBe("Minutes of 3 March 2026 approved, subject to noting that Cllr Ann Lee had attended.");
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that there were no declarations of interests made by Members.",
        ),
      ),
    ).toBe("No declarations.");
    expect(describeStandingItem(item("Petitions", "None were received."))).toBe("No petitions.");
  });
});

describe("one-line listings lead with the outcome", () => {
  it("takes the outcome after 'met on … and', and falls back to the first sentence when there is none", async () => {
    const { oneLineOf } = await import("@/lib/data/meetings");
    const decided =
      "The Planning Committee met on Wednesday 21 October 2026 and granted 2 applications and refused 1 (1 against the officers' recommendation); it also discussed Appeals.";
    expect(overviewOutcome(decided)).toEqual({
      body: "Planning Committee",
      outcome: "granted 2 applications and refused 1 (1 against the officers' recommendation)",
    });
    expect(oneLineOf(decided)).toBe("Granted 2 applications and refused 1 (1 against the officers' recommendation).");
    const discussed = "The Cabinet met on Thursday 11 February 2021 and discussed the Borough Plan.";
    expect(overviewOutcome(discussed)).toBeNull();
    expect(oneLineOf(discussed)).toBe(discussed);
  });

  it("stops the outcome before the overview's key point, without footnote markers", async () => {
    expect(
      overviewOutcome(
        "The Cabinet met on Thursday 27 May 2027 and approved the Parks Strategy and the Public Spaces Protection Order (PSPO[^1]). Key point: The new pavilion will cost £2.1m.",
      ),
    ).toEqual({
      body: "Cabinet",
      outcome: "approved the Parks Strategy and the Public Spaces Protection Order (PSPO)",
      keyPoint: "The new pavilion will cost £2.1m.",
    });
  });

  it("leads with the key point when the outcome only noted papers (the snapshot's Corporate Parenting Panel)", async () => {
    const { oneLineOf } = await import("@/lib/data/meetings");
    const { firstOutcome } = await import("@/lib/digest/headline");
    const noted =
      "The Corporate Parenting Panel met on Thursday 23 October 2027 and noted Participation Service Update, Children Missing from Care and 4 other items. Key point: The monitoring visit from Ofsted in September 2027 found that significant progress has been made.";
    expect(oneLineOf(noted)).toBe(
      "The monitoring visit from Ofsted in September 2027 found that significant progress has been made.",
    );
    expect(firstOutcome({ overview: noted } as Parameters<typeof firstOutcome>[0])).toBe(
      "Corporate Parenting Panel: The monitoring visit from Ofsted in September 2027 found that significant progress has been made",
    );
    // An outcome that decided something stays first.
    const approved = noted.replace("noted Participation", "approved Participation");
    expect(oneLineOf(approved)).toBe(
      "Approved Participation Service Update, Children Missing from Care and 4 other items.",
    );
  });
});

describe("an overview's key point from what an inspection found (the snapshot's Corporate Parenting Panel, 23 October 2025)", () => {
  const bullets = (...texts: string[]): SummarySection => ({
    heading: "Ofsted Monitoring Visit",
    itemNumber: "8",
    bullets: texts.map((text) => ({ text, source: { documentId: null, url: null, page: null } })),
    tables: [],
    decision: "The report was noted.",
  });

  it("is what the visit found, short of a rating, and a rating still comes first", () => {
    const found =
      "The monitoring visit from Ofsted in May 2027 found that significant progress had been made since March.";
    const spend = "Children's Services is forecast to overspend by £2.100m.";
    expect(keyFinding([bullets(spend, found, "Inspectors spoke with care leavers.")])).toBe(found);
    const rated = "The inspection judged the experiences of care leavers to be inadequate.";
    expect(keyFinding([bullets(found, rated)])).toBe(rated);
  });
});

describe("an overview's key point from the decisions", () => {
  it("is the clause that commits the most money, when it reads as a sentence and fits", () => {
    const section = (decision: string): SummarySection => ({
      heading: "x",
      itemNumber: null,
      bullets: [],
      tables: [],
      decision,
    });
    const sections = [
      section(
        "The strategy was based on two sites; the new Civic Centre will be about 20,000 sq. ft at an estimated cost of £21.899m (£17.073m for the building and £4.826m for parking); the depot fit-out at £8.415m was approved.",
      ),
      section("The Director was authorised to commission the study, at a cost of about £50k."),
    ];
    expect(keyDecision(sections, 25)).toBe(
      "The new Civic Centre will be about 20,000 sq. ft at an estimated cost of £21.899m.",
    );
    // Too long for the room left, or not a sentence of its own: no key point rather than a fragment.
    expect(keyDecision(sections.slice(1), 8)).toBeNull();
    expect(keyDecision([section("(8) note: a) budget gaps of £24.651m for 2022/23")], 25)).toBeNull();
  });
});

describe("resolutions in plain words", () => {
  it("says what was decided without the report's cross-references or dangling '; and', keeping every figure", async () => {
    expect(plainResolution("That the report be noted.")).toBe("The report was noted.");
    expect(
      plainResolution(
        "(1) that the recommendations as set out in section 15 of the officer report be agreed; and (2) that £2.5m be added to the capital programme (Appendix 3 to the report);",
      ),
    ).toBe("(1) The recommendations were agreed; (2) £2.5m was added to the capital programme.");
  });

  it("says a verb shared by numbered resolutions once, keeping the numbers, and drops the statutory formula and a leading 'that'", async () => {
    expect(
      plainResolution(
        "RESOLVED to RECOMMEND: (to Council) (1) that the 2027/28 budget, having regard to the outcome of the consultations, be approved so that the Council Tax for 2027/28 can be set (Appendix 2 to the report); (2) that the Pay Policy Statement in Appendix 13 to the officer report be approved; (3) that the Capital Strategy be approved. [As these decisions are reserved to full Council, call-in did not apply to them.] (4) that, under Section 38 (2) of the Local Government Finance Act 1992, the Chief Executive be instructed to publish the amounts set under recommendation 2 within 21 days; (5) that the following be noted: a) budget gaps of £12.5m for 2028/29 and £4.1m for 2029/30.",
      ),
    ).toBe(
      "Recommended to Council: approve (1) the 2027/28 budget so that the Council Tax for 2027/28 can be set; (2) the Pay Policy Statement; (3) the Capital Strategy; (4) instruct the Chief Executive to publish the amounts set under recommendation 2 within 21 days; (5) note: a) budget gaps of £12.5m for 2028/29 and £4.1m for 2029/30.",
    );
    expect(
      plainResolution(
        "(1) that the annual report be approved; (2) that the work programme be approved; (3) that £40,000 be allocated to the review.",
      ),
    ).toBe("Approved: (1) the annual report; (2) the work programme; (3) £40,000 was allocated to the review.");
    expect(plainResolution("RESOLVED: That the petition be referred to the Corporate Director.")).toBe(
      "RESOLVED: The petition was referred to the Corporate Director.",
    );
  });

  it("keeps a recommendation a recommendation: never 'was approved' for what another body will decide", async () => {
    expect(
      plainResolution(
        "RESOLVED to RECOMMEND: (to Council) (1) that the 2021/22 budget be approved; (2) that the Pay Policy Statement in Appendix 13 to the report be approved.",
      ),
    ).toBe("Recommended to Council: approve (1) the 2021/22 budget; (2) the Pay Policy Statement.");
  });
});

describe("list lead-ins stay with their lists", () => {
  it("keeps several points of a list under the sentence that introduces it, and gives a lone point its lead in its text", async () => {
    const source = { documentId: 1, url: null, page: 1 };
    const picked = withLeadIns([
      {
        text: "Created three care leaving teams.",
        score: 2,
        order: 1,
        source,
        lead: "Since March 2025, the service has:",
      },
      { text: "Recruited 4 PAs.", score: 2, order: 2, source, lead: "Since March 2025, the service has:" },
      { text: "NHS partners joined the Panel.", score: 2, order: 3, source, lead: "Next, the service will:" },
    ]);
    expect(picked.map((c) => [c.text, c.underLead])).toEqual([
      ["Created three care leaving teams.", "Since March 2025, the service has:"],
      ["Recruited 4 PAs.", "Since March 2025, the service has:"],
      ["Next, the service will: NHS partners joined the Panel.", undefined],
    ]);
  });

  it("joins a list's points that are only fragments ('whether …') to the first, never a bullet in lower case", async () => {
    const source = { documentId: 1, url: null, page: 1 };
    const lead = "The representative set out the reasons for the call-in, questioning:";
    const picked = withLeadIns([
      { text: "Whether residents had been consulted.", score: 2, order: 1, source, lead },
      { text: "whether the car park had enough spaces;", score: 2, order: 2, source, lead },
      { text: "why the hours had changed.", score: 2, order: 3, source, lead },
      { text: "The Chair thanked the representative.", score: 2, order: 4, source },
    ]);
    expect(picked.map((c) => c.text)).toEqual([
      "The representative set out the reasons for the call-in, questioning: whether residents had been consulted; whether the car park had enough spaces; why the hours had changed.",
      "The Chair thanked the representative.",
    ]);
  });
});

describe("a bullet that refers back says what it refers to", () => {
  it("gives a picked 'The overspend will be met…' the paragraph's sentence it refers to, once", async () => {
    const text =
      "2.14.1 The Housing Revenue Account is forecast to overspend by £0.412m. The pressure arises from responsive repairs. The overspend will be met from HRA balances, which are forecast to stand at £5.688m at 31 March 2027, above the minimum of £4.0m.";
    const { candidates } = collectCandidates(
      [
        {
          origin: "report",
          title: "Budget Monitoring",
          documentId: 1,
          url: null,
          blocks: [{ kind: "para", text, page: 2 }],
        },
      ],
      { itemTitle: "Budget Monitoring", preview: false },
    );
    const overspend = candidates.find((c) => c.text.startsWith("The overspend"))!;
    expect(withAntecedents([overspend]).map((c) => c.text)).toEqual([
      "2.14.1 The Housing Revenue Account is forecast to overspend by £0.412m. The overspend will be met from HRA balances, which are forecast to stand at £5.688m at 31 March 2027, above the minimum of £4.0m.",
    ]);
    // Picked together, each is said once, in one bullet: the second goes on after the sentence it refers to.
    const both = candidates.filter((c) => /overspend/.test(c.text));
    expect(withAntecedents(both).map((c) => c.text)).toEqual([both.map((c) => c.text).join(" ")]);
  });

  it("ranks a report's description of itself below a figure from it", async () => {
    const ctx = {
      itemTitle: "Revenue and Capital Budget Monitoring 2026/27",
      sectionWeight: 0.8,
      origin: "report" as const,
      isBullet: false,
      isFirstInSection: true,
      preview: false,
      inRecommendations: false,
    };
    const fact = scoreSentence("The Housing Revenue Account is forecast to overspend by £0.412m.", ctx);
    expect(
      scoreSentence(
        "This report sets out the Council's forecast revenue and capital position for 2026/27 as at the end of Quarter 2 (30 September 2026).",
        ctx,
      ),
    ).toBeLessThan(fact);
    expect(
      scoreSentence(
        "It updates Cabinet on the delivery of savings agreed as part of the 2026/27 budget and the forecast position on reserves.",
        ctx,
      ),
    ).toBeLessThan(fact / 2);
  });
});

describe("standing items as Harrow's minutes print them", () => {
  it("keeps each declaration when a list lost its markers, with the item's whole title and what the interest is in", () => {
    const minutes = `RESOLVED: To note the interests declared below.

Agenda Item 12 – Procurement of contractor for mobility assessments for Concessionary Travel (1) Councillor Ann Lee declared a non-pecuniary interest because she holds a Blue Badge. She stayed in the room. (2) Councillor Raj Shah declared a non-pecuniary interest in a petition about parking on Elm Road, as he lives there; he left the room.`;
    expect(describeStandingItem(item("Declarations of Interest", minutes))).toBe(
      "Non-pecuniary interests: item 12 (Procurement of contractor for mobility assessments for Concessionary Travel): Ann Lee (holds a Blue Badge; stayed); Raj Shah (in a petition about parking on Elm Road, lives there; left).",
    );
    const runTogether =
      "RESOLVED: To note the following interests:\nCouncillor Ann Lee declared a non-pecuniary interest because her son works for the Trust. She stayed.\nCouncillor Raj Shah declared a pecuniary interest because he owns a shop on the street. He left.";
    expect(describeStandingItem(item("Declarations of Interest", runTogether))).toBe(
      "Pecuniary interests: Raj Shah (owns a shop on the street; left).\nNon-pecuniary interests: Ann Lee (her son works for the Trust; stayed).",
    );
  });

  it("reads 'He also declared…' as the same member's second declaration, and names what an interest is in", () => {
    const minutes =
      "RESOLVED: To note that:\n(1) Councillor Paul Osborn declared a pecuniary interest in Elm Road Car Park because he lives on Elm Road, and would leave the meeting if that matter came up. He also declared a non-pecuniary interest in Item 12 – Budget as Chair of the Lee Valley Regional Park Authority, and would stay in the meeting.";
    expect(describeStandingItem(item("Declarations of Interest", minutes))).toBe(
      "Pecuniary interests: Paul Osborn (in Elm Road Car Park, lives on Elm Road; would leave if that matter came up).\nNon-pecuniary interests: Paul Osborn (item 12 (Budget), Chair of the Lee Valley Regional Park Authority; stayed).",
    );
  });

  it("says the published declarations were taken as read, and keeps the condition of a promise to leave", () => {
    const minutes = `RESOLVED: That
(1) the Declarations of Interest posted on the Council's website before the meeting be taken as read and noted;
(2) it be noted that Councillor Ann Lee had given advance notice of a pecuniary interest: her father receives a home adaptation grant, and she would leave the Chamber if disabled facilities grants were debated or voted on;`;
    expect(describeStandingItem(item("Declarations of Interest", minutes))).toBe(
      "Declarations published on the Council's website taken as read.\nPecuniary interests: Ann Lee (her father receives a home adaptation grant; would leave if disabled facilities grants were debated or voted on).",
    );
  });

  it("names who led prayers and an appointment that was on the agenda without a minute", () => {
    expect(
      describeStandingItem({
        ...item("Prayers", null),
        description: "Mr Sam Idris of the Kenton Community Centre is to open the meeting with prayers.",
      }),
    ).toBe("Prayers: Mr Sam Idris of the Kenton Community Centre was to open the meeting.");
    expect(
      describeStandingItem({ ...item("Prayers", null), description: "The meeting opens with prayers." }),
    ).toBeNull();
    expect(
      describeStandingItem({
        ...item("Appointment of Vice-Chair", null),
        description: "To appoint a Vice-Chair for the rest of the 2025/26 Municipal Year.",
      }),
    ).toBe("Appointment of Vice-Chair for 2025/26: no decision recorded.");
  });
});

describe("the agenda's own words", () => {
  it("keeps a time with a full stop in one sentence", () => {
    expect(
      agendaText(
        "Questions are taken in order of arrival; the deadline was 3.00 pm on 4 April 2024. Each person may ask one. A third sentence.",
      ),
    ).toBe(
      "Questions are taken in order of arrival; the deadline was 3.00 pm on 4 April 2024. Each person may ask one.",
    );
  });
});

describe("printed minutes split by item", () => {
  const block = (text: string): TextBlock => ({ kind: "para", text, page: 1 });
  const items = [
    { ...item("Licensing Procedures", null), position: 1 },
    { ...item("Dragons Lounge, 225 Kenton Lane, Harrow, HA3 8RP.", null), position: 2 },
  ];

  it("takes a heading that ends with a full stop when it is an item's own title, but not a sentence that resembles one", () => {
    const split = splitPrintedMinutes(
      [
        block("101. Licensing Procedures"),
        block("The Chair explained the procedure."),
        block("102. Dragons Lounge, 225 Kenton Lane, Harrow, HA3 8RP."),
        block("The application sought a new licence."),
      ],
      items,
    );
    expect(split.get(1)!.map((b) => ("text" in b ? b.text : ""))).toEqual(["The Chair explained the procedure."]);
    expect(split.get(2)!.map((b) => ("text" in b ? b.text : ""))).toEqual(["The application sought a new licence."]);
    const sentence = splitPrintedMinutes(
      [block("101. Licensing Procedures"), block("Dragons Lounge in Kenton Lane, Harrow, was visited.")],
      items,
    );
    expect(split.get(2)).toBeDefined();
    expect(sentence.get(2)).toBeUndefined();
  });
});

describe("printed minutes of a budget Council (real wording, corpus meeting 64392)", () => {
  // The printed minutes as the corpus PDF prints them: a title in capitals wrapped onto a second line, a
  // resolution whose "RESOLVED: That" stands alone above its numbered clauses, a clause the source cut with "…",
  // then the next item's title, and a recorded vote's names.
  const text = [
    "64. FINAL REVENUE BUDGET 2019/20 AND MEDIUM TERM FINANCIAL",
    "STRATEGY 2019/20 TO 2021/22",
    "(iii) The substantive Recommendation was put to the vote and carried.",
    "Voting for: the Mayor, Councillor Kareema Marikar, and Councillors Ali, Dan Anderson, Assad, Borio,",
    "Butterworth, Brown and Swersky.",
    "RESOLVED: That",
    "(1) the 2019/20 budget be approved;",
    "(2) the Chief Executive be instructed to publish a notice in the local press of the amounts set under …",
    "Corporate Plan (Harrow Ambition Plan)",
    "Cabinet had recommended to Council that the Corporate Plan 2019 be noted and approved.",
    "RESOLVED: That the Corporate Plan 2019 (Harrow Ambition Plan) be approved.",
  ].join("\n");
  const items = [
    {
      ...item("FINAL REVENUE BUDGET 2019/20 AND MEDIUM TERM FINANCIAL STRATEGY 2019/20 TO 2021/22", null),
      position: 1,
    },
    { ...item("Corporate Plan (Harrow Ambition Plan)", null), position: 2 },
  ];
  const blocks = readPdfBlocks(text);
  const split = splitPrintedMinutes(blocks, items);
  const texts = (position: number) => split.get(position)!.map((b) => ("text" in b ? b.text : ""));

  it("reads 'RESOLVED: That' as the start of a sentence, not a heading", () => {
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).not.toContain("RESOLVED: That");
  });

  it("takes the rest of a wrapped title as the title, not as a heading inside the item", () => {
    expect(texts(1)).not.toContain("STRATEGY 2019/20 TO 2021/22");
    expect(texts(1)[0]).toBe("The substantive Recommendation was put to the vote and carried.");
  });

  it("ends a clause the source cut with '…', so the next item's title starts that item", () => {
    expect(texts(1).join(" ")).not.toMatch(/Corporate Plan/);
    expect(texts(2).join(" ")).toMatch(/^Cabinet had recommended/);
  });
});

describe("an urgent Leader's decision (real wording, corpus meeting 66043)", () => {
  it("reads 'no public questions had been received' as none, and leaves the 'Resolved Items' divider to no item", () => {
    expect(
      classifyItem(item("Public Questions", "RESOLVED: To note that no public questions had been received.")),
    ).toBe("procedural");
    const items = [
      { ...item("Public Questions", null), position: 1 },
      { ...item("Residential Electric Vehicle Charge Point Infrastructure Procurement", null), position: 2 },
    ];
    // As the printed minutes' blocks read: the divider stands on its own line between two items.
    const blocks: TextBlock[] = [
      { kind: "bullet", label: "3.", text: "Public Questions", page: 1 },
      { kind: "para", text: "RESOLVED: To note that no public questions had been received.", page: 1 },
      { kind: "heading", text: "Resolved Items", page: 1 },
      {
        kind: "bullet",
        label: "4.",
        text: "Residential Electric Vehicle Charge Point Infrastructure Procurement",
        page: 1,
      },
      { kind: "para", text: "The Leader of the Council considered a report on Dynamic Purchasing Systems.", page: 1 },
    ];
    const split = splitPrintedMinutes(blocks, items);
    expect(split.get(1)!.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "RESOLVED: To note that no public questions had been received.",
    ]);
    expect(split.get(2)!.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "The Leader of the Council considered a report on Dynamic Purchasing Systems.",
    ]);
  });
});

describe("declarations that name other items (real wording, corpus meeting 65943)", () => {
  it("an 'Agenda Item 4 – Public Questions' line in the declarations minute does not start the Public Questions item", () => {
    const items = [
      { ...item("Declarations of Interest", null), position: 2 },
      { ...item("Petitions", null), position: 3 },
      { ...item("Public Questions", null), position: 4 },
    ];
    const blocks: TextBlock[] = [
      { kind: "bullet", label: "2.", text: "Declarations of Interest", page: 1 },
      { kind: "heading", text: "Agenda Item 4 \u2013 Public Questions", page: 1 },
      {
        kind: "para",
        text: "Councillor Janet Mote declared a non-pecuniary interest as Governor of St John Fisher Primary School.",
        page: 1,
      },
      { kind: "bullet", label: "3.", text: "Petitions", page: 1 },
      { kind: "para", text: "RESOLVED: That the petition be referred to the Acting Strategic Director.", page: 1 },
      { kind: "bullet", label: "4.", text: "Public Questions", page: 1 },
      { kind: "para", text: "To note that 2 public questions had been received and answered.", page: 1 },
    ];
    const split = splitPrintedMinutes(blocks, items);
    expect(split.get(2)!.map((b) => ("text" in b ? b.text : ""))).toContain(
      "Councillor Janet Mote declared a non-pecuniary interest as Governor of St John Fisher Primary School.",
    );
    expect(split.get(4)!.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "To note that 2 public questions had been received and answered.",
    ]);
  });
});

describe("numbered resolutions after the first (real wording, corpus meeting 66043)", () => {
  it("say what was done in plain words too, agreeing with a plural head noun", async () => {
    expect(
      plainResolution(
        "RESOLVED: That (1) the contents of Appendix 1 be noted; (2) officers be authorised to abandon the Oxford City Council DPS procurement",
      ),
    ).toBe(
      "RESOLVED: (1) The contents of Appendix 1 were noted; (2) Officers were authorised to abandon the Oxford City Council DPS procurement",
    );
  });
});

describe("a change of membership (real wording, corpus meeting 65087)", () => {
  it("is standing business that says what happened, with the agenda's nomination and date beside it, tersely", () => {
    const membership = {
      ...item(
        "Membership",
        "RESOLVED: That the Sub-Committee welcome Councillor Hitesh Karia as a main Member of the Health and Social Care Scrutiny Sub-Committee.",
      ),
      description:
        "Under Council Procedure Rule 1.5, the Conservative Group has notified that Councillor Hitesh Karia should fill the vacancy on the Scrutiny Sub-Committee, with effect from 9 November 2021.",
    };
    expect(classifyItem(membership)).toBe("procedural");
    const line = describeStandingItem(membership)!;
    expect(line).toMatch(/^The Sub-Committee welcomed Cllr Hitesh Karia as a main Member/);
    expect(line).toBe(
      "The Sub-Committee welcomed Cllr Hitesh Karia as a main Member, nominated by the Conservative Group from 9 November 2021.",
    );
    expect(line).toContain("9 November 2021");
    expect(line).not.toContain("Procedure Rule");
  });
});

describe("a recorded vote's names", () => {
  it("are not a bullet: the outcome is the sentence before, the names are listed with the item", () => {
    expect(
      isVoteList(
        "Voting for: the Mayor, Councillor Kareema Marikar, and Councillors Ali, Dan Anderson, Assad and Swersky.",
      ),
    ).toBe(true);
    expect(isVoteList("Voting against: Councillors Almond, Ashton, Mrs Bath and Wright.")).toBe(true);
    expect(isVoteList("For the Motion \u2013 Councillors Ali, Brown, Chana (3)")).toBe(true);
    expect(isVoteList("Abstaining: Councillor Sasi Suresh.")).toBe(true);
    expect(isVoteList("For the year ahead, the Council expects an overspend of £1.2m.")).toBe(false);
    expect(isVoteList("The substantive Recommendation was put to the vote and carried.")).toBe(false);
  });
});

describe("titles printed in capitals", () => {
  it("read in title case in headings and the overview, abbreviations kept", () => {
    expect(cleanHeading("FINAL REVENUE BUDGET 2019/20 AND MEDIUM TERM FINANCIAL STRATEGY 2019/20 TO 2021/22")).toBe(
      "Final Revenue Budget 2019/20 and Medium Term Financial Strategy 2019/20 to 2021/22",
    );
    expect(cleanHeading("MOTION: OPPOSITION TO THE ULEZ EXPANSION")).toBe("Motion: Opposition to the ULEZ Expansion");
    expect(cleanHeading("MEMBERS' ALLOWANCES SCHEME 2023/24")).toBe("Members' Allowances Scheme 2023/24");
    expect(cleanHeading("Housing Revenue Account (HRA) Budget")).toBe("Housing Revenue Account (HRA) Budget");
  });

  it("a long title in the overview is cut at a natural break", () => {
    expect(shortHeading("Final Revenue Budget 2019/20 and Medium Term Financial Strategy 2019/20 to 2021/22")).toBe(
      "Final Revenue Budget 2019/20…",
    );
    expect(
      shortHeading("Provision of Supported Accommodation for Unaccompanied Asylum-Seeking Children and Young People"),
    ).toBe("Provision of Supported Accommodation for Unaccompanied Asylum-Seeking Children…");
    expect(shortHeading("Harrow to Pinner Cycleway - Public consultation outcome")).toBe(
      "Harrow to Pinner Cycleway - Public consultation outcome",
    );
    // No natural break within the words: never ends on "with the…".
    expect(
      shortHeading("Treasury Management - Shared Service Arrangement with the Greater London Authority (GLA)"),
    ).toBe("Treasury Management - Shared Service Arrangement…");
  });

  it("a welcome and a change of membership are standing business", () => {
    expect(
      classifyItem(item("WELCOME", "Council welcomed Sean Harriss, Chief Executive, to his first Council meeting.")),
    ).toBe("procedural");
    // Employees' Consultative Forum, 12 January 2022 (corpus meeting 65162).
    expect(
      classifyItem(
        item(
          "Membership of the Forum",
          "RESOLVED: To note that Cabinet had appointed Sharon Haynes, Unison Representative.",
        ),
      ),
    ).toBe("procedural");
  });
});

describe("a licensing hearing's bullets name the premises", () => {
  it("names the premises from the item's title in the first bullet about 'the application', once", () => {
    const bullets = [
      { text: "The application sought a new premises licence for a restaurant." },
      { text: "The application was opposed by two neighbours." },
    ];
    expect(nameTheApplicant(bullets, "Dragons Lounge, 225 Kenton Lane, Harrow, HA3 8RP.").map((b) => b.text)).toEqual([
      "The application for Dragons Lounge, 225 Kenton Lane, sought a new premises licence for a restaurant.",
      "The application was opposed by two neighbours.",
    ]);
    expect(nameTheApplicant(bullets, "Licensing Procedures")).toEqual(bullets);
  });
});

describe("a refusal says why", () => {
  it("gives the minute's reason when the decision only points to the report", () => {
    const [app] = parsePlanningApplications(
      "3/01 The Old Mill, 6 Hill Row, Harrow, HA1 3EW – PL/2417/26. PROPOSAL: A two-storey house. Members agreed with officers that the proposal would harm the Hill Village Conservation Area. DECISION: REFUSED, as recommended by officers, for the reasons set out in the report. The Committee voted 6 in favour of refusal, 0 against.",
    );
    expect(applicationLine(app!)).toBe(
      "Refused (voted 6 in favour of refusal, 0 against), as officers recommended: The Old Mill, 6 Hill Row, Harrow, HA1 3EW (PL/2417/26) – a two-storey house. Members agreed with officers that the proposal would harm the Hill Village Conservation Area.",
    );
  });
});

describe("standing business written tersely, every name and fact kept", () => {
  it("lists declarations under their kind once, with a short title for the item (a planning application keeps its address)", () => {
    const minutes = `The interests below were declared:

Item 7 – Harrow to Pinner Cycleway - Public consultation outcome

Councillor Ann Lee declared a non-pecuniary interest as she lives on the route, and stayed in the room for the consideration and the vote.

Item 9 – Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30

Councillor Raj Shah declared a pecuniary interest as a member of the Greater London Authority, and would leave the room for the debate and vote on the item.

Agenda Item 2/02 – 12 Elm Road, Pinner, HA5 1AA, P/1234/26

Councillor Jo Park declared a non-pecuniary interest as she knows one of the objectors.`;
    expect(describeStandingItem(item("Declarations of Interest", minutes))).toBe(
      [
        "Pecuniary interests: item 9 (Revenue Budget 2027/28): Raj Shah (member of the Greater London Authority; left).",
        "Non-pecuniary interests: item 7 (Harrow to Pinner Cycleway): Ann Lee (lives on the route; stayed and voted); item 2/02 (12 Elm Road, Pinner, HA5 1AA, P/1234/26): Jo Park (knows one of the objectors).",
      ].join("\n"),
    );
  });

  it("says 'none' in two or three words, however the minute puts it", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To record that no declarations of interest were made at the meeting.",
        ),
      ),
    ).toBe("No declarations.");
    expect(describeStandingItem(item("Apologies for Absence", "No apologies for absence had been received."))).toBe(
      "No apologies.",
    );
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To record that no Reserve Members were present at this meeting.",
        ),
      ),
    ).toBe("No reserve members.");
    expect(
      describeStandingItem(
        item(
          "Right of Members to Speak",
          "RESOLVED: That no Councillors from outside the Committee had asked to speak at the meeting.",
        ),
      ),
    ).toBe("No other councillors asked to speak.");
  });

  it("drops the set phrases around who sat, chaired or was appointed", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "Councillor Kim Lo attended as the Reserve Member for Councillor Al Ray.",
        ),
      ),
    ).toBe("Reserves: Kim Lo for Al Ray.");
    expect(
      describeStandingItem(item("Appointment of Chair", "That Councillor Kim Lo chair the Licensing Panel Hearing.")),
    ).toBe("Chair: Kim Lo.");
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: That, under Committee Procedure Rule 7.2.2, Councillor Al Ray was appointed Vice-Chair of the Committee for the 2027/2028 Municipal Year.",
        ),
      ),
    ).toBe("Under Committee Procedure Rule 7.2.2, Cllr Al Ray appointed Vice-Chair for 2027/2028.");
    expect(
      describeStandingItem(
        item(
          "Apologies for Absence",
          "Councillor Kim Lo sent apologies for absence.\n\nApologies were also offered for Councillor Al Ray, who joined the meeting at 7:40 pm.",
        ),
      ),
    ).toBe("Apologies: Kim Lo; Al Ray, who joined at 7:40 pm.");
  });

  it("says a member stayed while the item was voted on, who took the chair in their place, and 'no public questions'", () => {
    expect(
      oneDeclaration(
        "Councillor Ann Lee declared a non-pecuniary interest as Portfolio Holder for Finance, and would stay in the room while the matters were considered and voted on",
      ),
    ).toBe("Ann Lee (non-pecuniary, Portfolio Holder for Finance; stayed while voted on)");
    expect(
      oneDeclaration(
        "Councillor Raj Shah, the Chair, declared a non-pecuniary disclosable interest: he was the Portfolio Holder for Planning.",
        "He said he would pass the chair to Councillor Jo Park (Vice-Chair) and leave the room while the application was considered and voted on.",
      ),
    ).toBe("Raj Shah (non-pecuniary, the Portfolio Holder for Planning; left, chair passed to Jo Park (Vice-Chair))");
    expect(
      describeStandingItem(item("Public Questions", "RESOLVED: To note that there were no public questions.")),
    ).toBe("No public questions.");
  });

  it("keeps the minutes' dates (from the agenda when the minute has none) and the corrections, without the clerk's locators", () => {
    expect(
      describeStandingItem({
        ...item(
          "Minutes",
          "RESOLVED: (1) the minutes of the 3 March 2027 meeting be taken as read and signed as a correct record; and (2) the minutes of the 9 March 2027 meeting be taken as read and signed as a correct record.",
        ),
      }),
    ).toBe("Minutes of 3 March 2027 and 9 March 2027 approved.");
    expect(describeStandingItem({ ...item("Minutes", "(See the Note at the end of these minutes.)") })).toBeNull();
    const corrections =
      "Ms Dee Fox, Adviser, put forward these corrections to the minutes:\n\nItem 12, Deputation: (1) 2nd bullet point, 1st sentence: to record that the speaker asked about 20 mph zones; (2) 4th bullet point: the reference to 'Elm Rd' should be to Elm Road.";
    expect(
      describeStandingItem({
        ...item("Minutes", corrections),
        description: "That the minutes of the meeting of 4 April 2027 be taken as read and signed as a correct record.",
      }),
    ).toBe(
      "Minutes of 4 April 2027: Corrections from Ms Dee Fox, Adviser: Item 12, Deputation: the speaker asked about 20 mph zones; the reference to 'Elm Rd' should be to Elm Road.",
    );
  });
});

describe("standing business that is only arrangements or a noted paper", () => {
  it("keeps who came to speak from a hybrid meeting's welcome, not who sat where", () => {
    const minutes = `Opening the meeting, the Leader of the Council explained how it would run:

(1) the meeting was in the Council Chamber, with Councillors Ann Lee and Raj Shah and the Leader in the room; (2) the other Cabinet members (Councillors Jo Park and Kim Lo) took part online; (3) Councillors Al Ray and Sam Hart (for item 5, Councillor Questions) and Councillor Pat Moss, who would be asked to speak briefly on the Overview and Scrutiny Committee's reference on item 9, Library Strategy 2027, also took part online.

The Leader welcomed Councillor Jo Park to Cabinet as the new Portfolio Holder for Housing.`;
    expect(describeStandingItem(item("Welcome", minutes))).toBe(
      "Also taking part: Cllrs Al Ray and Sam Hart (item 5, Councillor Questions) and Cllr Pat Moss (item 9, the Overview and Scrutiny Committee's reference); the Leader welcomed Cllr Jo Park to Cabinet as the new Portfolio Holder for Housing.",
    );
    // Only the arrangements: nothing worth a line.
    expect(
      describeStandingItem(
        item(
          "Welcome",
          "The Chair explained how the meeting would be conducted: (1) members of the Panel were in the room; (2) officers took part online.",
        ),
      ),
    ).toBeNull();
  });

  it("drops a resolution that only notes a standing paper, keeping what the minute says beside it", () => {
    expect(
      describeStandingItem(
        item(
          "Progress on Scrutiny Projects",
          "RESOLVED: To receive and note how far the scrutiny reports had progressed.",
        ),
      ),
    ).toBeNull();
    expect(
      describeStandingItem(
        item(
          "Key Decision Schedule March - May 2027",
          'Cabinet noted that the report "Parks Update" had been put back to the May meeting.\n\nRESOLVED: To note the Key Decision Schedule for March to May 2027.',
        ),
      ),
    ).toBe('Cabinet noted that the report "Parks Update" had been put back to the May meeting.');
  });

  it("says once what several members declared alike, and reads 'Apologies came from…' as the names", () => {
    const minutes = `Agenda Item 10 – Electric Vehicle Charging Strategy: Draft for approval

Councillor Ann Lee declared a non-pecuniary interest as the owner of an electric vehicle, and stayed in the room for the consideration and the vote.

Councillor Raj Shah declared a non-pecuniary interest as the owner of an electric vehicle, and stayed in the room for the consideration and the vote.

Councillor Jo Park declared a non-pecuniary interest as she lives on Elm Road, and stayed in the room for the consideration and the vote.`;
    expect(describeStandingItem(item("Declarations of Interest", minutes))).toBe(
      "Non-pecuniary interests: item 10 (Electric Vehicle Charging Strategy): Ann Lee and Raj Shah (each: owner of an electric vehicle); Jo Park (lives on Elm Road); all stayed and voted.",
    );
    expect(
      describeStandingItem(
        item(
          "Apologies for Absence",
          "Apologies came from Councillors Kim Lo and Al Ray (Non-Executive Members) and from Councillor Sam Hart (Opposition Leader).",
        ),
      ),
    ).toBe("Apologies: Kim Lo and Al Ray (Non-Executive Members) and Sam Hart (Opposition Leader).");
    expect(
      describeStandingItem(
        item("Apologies for Absence", "Councillor Kim Lo, Non-Executive member of Cabinet, sent apologies."),
      ),
    ).toBe("Apologies: Kim Lo, Non-Executive member of Cabinet.");
  });
});

describe("a minute's silence titled 'A Minute Silence' (real wording, corpus meeting 65745)", () => {
  it("is standing business, said as the silence and for whom", () => {
    const silence = item(
      "A Minute Silence",
      "The meeting kept a minute's silence for Councillor Kim Lo of Barnet Council, a former Harrow Councillor, who died on 1 March 2027.",
    );
    expect(classifyItem(silence)).toBe("procedural");
    expect(describeStandingItem(silence)).toBe(
      "Minute's silence for Cllr Kim Lo of Barnet Council, a former Harrow Councillor, who died on 1 March 2027.",
    );
  });
});

describe("the overview's titles after a verb", () => {
  it("reads a title's leading 'The' in lower case: 'approved the Council's Library Strategy'", () => {
    const input = heldMeeting("Cabinet", "2027-03-18T18:30:00Z");
    const section = { heading: "The Council's Library Strategy", itemNumber: "9", bullets: [], tables: [] };
    // "The report was approved" says less than the title, so the title is named.
    expect(writeOutcomeOverview(input, [{ ...section, decision: "The report was approved." }])).toBe(
      "The Cabinet met on Thursday 18 March 2027 and approved the Council's Library Strategy.",
    );
  });
});

describe("an overview of a meeting that only took questions and petitions (real shapes: corpus meetings 66087, 65714)", () => {
  const input = heldMeeting("Traffic and Road Safety Advisory Panel", "2027-11-13T18:30:00Z");
  const petitions = (...texts: string[]): SummarySection => ({
    heading: "Petitions",
    itemNumber: "4",
    bullets: texts.map((text) => ({ text, source: { documentId: null, url: null, page: null } })),
    tables: [],
    decision: null,
  });

  it("says what the petition asks, and is not an outcome to lead a listing or the digest with", () => {
    const overview = writeOutcomeOverview(
      input,
      [],
      [petitions("90 signatures: a zebra crossing on Elm Road — referred to the Panel by Cabinet (25 July 2027).")],
    );
    expect(overview).toBe(
      "The Traffic and Road Safety Advisory Panel met on Saturday 13 November 2027 and received a petition (90 signatures: a zebra crossing on Elm Road).",
    );
    expect(overviewOutcome(overview)).toBeNull();
  });

  it("counts several petitions, and says questions were taken", () => {
    const questions: SummarySection = {
      ...petitions("Ms Jo Park asked about the Elm Road crossing."),
      heading: "Public Questions",
    };
    expect(
      writeOutcomeOverview(
        input,
        [],
        [petitions("Petition presented by Cllr Ann Lee for 44 residents.", "A petition of 12 signatures."), questions],
      ),
    ).toBe(
      "The Traffic and Road Safety Advisory Panel met on Saturday 13 November 2027 and received 2 petitions and took questions.",
    );
    expect(writeOutcomeOverview(input, [], [petitions("Petition presented by Cllr Ann Lee for 44 residents.")])).toBe(
      "The Traffic and Road Safety Advisory Panel met on Saturday 13 November 2027 and received a petition.",
    );
  });
});

describe("an overview of a hearing or a single application (shapes from Licensing Panel and Planning minutes)", () => {
  const section = (heading: string, decision: string | null, note?: string): SummarySection => ({
    heading,
    itemNumber: null,
    bullets: [],
    tables: [],
    decision,
    ...(note ? { note } : {}),
  });

  it("says the application was granted or refused, named by its premises, never 'granted Corner Stores'", () => {
    const input = heldMeeting("Licensing Panel", "2027-03-03T18:30:00Z");
    expect(
      writeOutcomeOverview(input, [
        section(
          "Corner Stores, 4 Elm Parade, Harrow, HA2 0ZZ",
          "The Panel decided to grant the application for a premises licence subject to the conditions agreed with the police.",
        ),
      ]),
    ).toBe(
      "The Licensing Panel met on Wednesday 3 March 2027 and granted the application for Corner Stores, 4 Elm Parade, Harrow, HA2 0ZZ.",
    );
    expect(
      writeOutcomeOverview(input, [
        section("Application for review of the premises licence for Day Fresh", "The application was refused."),
      ]),
    ).toBe(
      "The Licensing Panel met on Wednesday 3 March 2027 and refused the application for review of the premises licence for Day Fresh.",
    );
  });

  it("says an item whose minute shows no outcome was discussed, and one whose minute is not out was listed", () => {
    const input = heldMeeting("Licensing Panel", "2027-03-03T18:30:00Z");
    expect(
      writeOutcomeOverview(input, [
        section("Corner Stores", null, "The published minute for this item records no decision."),
        section("Moonlight Cafe", null, "The minutes for this item have not been published."),
      ]),
    ).toBe(
      "The Licensing Panel met on Wednesday 3 March 2027 and held a hearing on Corner Stores; its agenda also listed Moonlight Cafe, with no minutes published.",
    );
  });

  it("says a hearing whose outcome the minute does not record was held, which is no outcome to lead a listing with", () => {
    const overview = writeOutcomeOverview(heldMeeting("Licensing Panel", "2027-03-03T18:30:00Z"), [
      section(
        "Corner Stores, 4 Elm Parade, Harrow, HA2 0ZZ",
        null,
        "The published minute for this item records no decision.",
      ),
    ]);
    expect(overview).toBe(
      "The Licensing Panel met on Wednesday 3 March 2027 and held a hearing on Corner Stores, 4 Elm Parade, Harrow, HA2 0ZZ.",
    );
    expect(overviewOutcome(overview)).toBeNull();
    expect(
      writeOutcomeOverview(heldMeeting("Licensing Panel", "2027-03-03T18:30:00Z"), [
        section(
          "Application for review of the premises licence for Corner Stores",
          null,
          "The published minute for this item records no decision.",
        ),
      ]),
    ).toBe(
      "The Licensing Panel met on Wednesday 3 March 2027 and held a hearing on the application for review of the premises licence for Corner Stores.",
    );
    // Another committee's item without an outcome is still "discussed".
    expect(
      writeOutcomeOverview(heldMeeting("Cabinet", "2027-03-03T18:30:00Z"), [
        section("Library Strategy", null, "The published minute for this item records no decision."),
      ]),
    ).toBe("The Cabinet met on Wednesday 3 March 2027 and discussed Library Strategy.");
  });
});

describe("an overview says what each decision did, in the decision's words (real shapes: corpus meetings 65287, 65745, 65948, 66043, 64847, 990004)", () => {
  const input = heldMeeting("Cabinet", "2027-03-18T18:30:00Z");
  const section = (heading: string, decision: string): SummarySection => ({
    heading,
    itemNumber: null,
    bullets: [],
    tables: [],
    decision,
  });

  it("turns a decision's first clause round to follow the meeting", () => {
    expect(
      outcomePhrase("The Allotments Strategy 2027-2032 was approved; the Director was authorised to …", "Allotments"),
    ).toEqual({
      verb: "approved",
      object: "the Allotments Strategy 2027-2032",
    });
    expect(outcomePhrase("(1) A procurement for a home care service was started; (2) …", "Home Care Services")).toEqual(
      {
        verb: "started",
        object: "a procurement for a home care service",
      },
    );
    expect(
      outcomePhrase(
        "The three play streets, at Elm, Oak and Ash Schools, will become permanent.",
        "TARSAP Recommendation on Play Streets",
      ),
    ).toEqual({
      verb: "agreed",
      object: "that the three play streets, at Elm, Oak and Ash Schools, will become permanent",
    });
    expect(
      outcomePhrase(
        "Recommended to Council: approve (1) the 2027/28 budget so that the Council Tax can be set; (2) …",
        "Budget",
      ),
    ).toEqual({ verb: "recommended", object: "that Council approve the 2027/28 budget" });
    expect(
      outcomePhrase("Endorse (1) the action plan for submission to Ofsted by 2 July 2027; (2) …", "Inspection"),
    ).toEqual({
      verb: "endorsed",
      object: "the action plan for submission to Ofsted by 2 July 2027",
    });
  });

  it("says who was given authority to do what (real shapes: corpus meetings 66018, 66043), past a noting that opens the decision", () => {
    expect(
      outcomePhrase(
        "The Director of Environment, in consultation with the Director of Finance, was given delegated authority to buy the 12 refuse lorries listed in the schedule.",
        "Purchase of Refuse Lorries",
      ),
    ).toEqual({
      verb: "authorised",
      object: "the Director of Environment to buy the 12 refuse lorries listed in the schedule",
    });
    // "approved" had been read from "that had been approved earlier", a clause about an older decision.
    expect(
      outcomePhrase(
        "The contents of Appendix 2 were noted; officers were authorised to end the Elm County Council framework procurement of bike hangars that had been approved earlier; a new tender …",
        "Bike Hangar Procurement",
      ),
    ).toEqual({
      verb: "authorised",
      object:
        "officers to end the Elm County Council framework procurement of bike hangars that had been approved earlier",
    });
  });

  it("never takes an earlier decision a clause points back to for this one's verb", () => {
    expect(
      outcomeVerb("Officers to end the framework procurement that had been approved earlier; a new tender to be run."),
    ).toBe("decided on");
    expect(outcomeVerb("The Library Strategy, which was approved in 2019, to be reviewed in 2028.")).toBe("decided on");
    expect(outcomeVerb("The Library Strategy was approved.")).toBe("approved");
  });

  it("drops the report's pointers and keeps a condition", () => {
    expect(
      outcomePhrase(
        "The recommendations in Section 4 of Appendix A to the Parks Scrutiny Report were agreed.",
        "Parks review response",
      ),
    ).toEqual({ verb: "agreed", object: "the recommendations in the Parks Scrutiny Report" });
    expect(
      outcomePhrase(
        "(1) The final report of the parks review was agreed, subject to the amendment to recommendation 3; (2) …",
        "Parks review",
      ),
    ).toEqual({
      verb: "agreed",
      object: "the final report of the parks review, subject to the amendment to recommendation 3",
    });
    expect(
      outcomePhrase(
        "The areas were designated as Local Areas of Special Character (LASC): in Pinner, 1-9 Elm Road.",
        "LASC",
      ),
    ).toEqual({ verb: "designated", object: "Local Areas of Special Character (LASC)" });
  });

  it("looks past a noting to the outcome, and says nothing of its own when the words only point back", () => {
    expect(
      outcomePhrase(
        "Note (1) the Treasury Management Mid-Year Review for 2027/28; (2) Council to be recommended to approve the revised Capital Financing Requirement.",
        "Treasury Management",
      ),
    ).toEqual({ verb: "recommended", object: "that Council approve the revised Capital Financing Requirement" });
    expect(
      outcomePhrase("The contents of Appendix 1 were noted; officers were authorised to re-tender.", "EV Charging"),
    ).toBeNull();
    expect(outcomePhrase("The pilot was approved: the roof space is to be leased …", "Homes for Harrow")).toBeNull();
    expect(outcomePhrase("The report was noted.", "Annual Report")).toBeNull();
    // The first "was approved" belongs to a clause inside the subject.
    expect(outcomePhrase("The Elm Road contract, which was approved in May 2026, was ended.", "Elm Road")).toBeNull();
    // Cut off by the page, or a clause the body itself will carry out once something else happens: the title is named.
    expect(outcomePhrase("The Sheldon House fit-out up to £875k …", "Accommodation")).toBeNull();
    // Broken off mid-word, with no "…": "recommended that Mr Lee, Chief Executiv" would be the overview.
    expect(outcomePhrase("Recommended to Council: That Mr Sam Lee, Chief Executiv", "Appointment")).toBeNull();
    expect(
      outcomePhrase(
        "The Council will agree with the GLA for it to provide services, once negotiations end.",
        "Treasury",
      ),
    ).toBeNull();
  });

  it("writes the overview from them, a whole clause as a phrase of its own, titles where the words say less", () => {
    expect(
      writeOutcomeOverview(input, [
        section(
          "TARSAP Recommendation on Play Streets",
          "The three play streets, at Elm, Oak and Ash Schools, will become permanent.",
        ),
        section("Homes for Harrow: Airspace Development", "The pilot was approved: the roof space is to be leased."),
        section("Allotments Strategy", "The Allotments Strategy 2027-2032 was approved."),
      ]),
    ).toBe(
      "The Cabinet met on Thursday 18 March 2027 and approved Homes for Harrow: Airspace Development and the Allotments Strategy 2027-2032, and agreed that the three play streets, at Elm, Oak and Ash Schools, will become permanent.",
    );
  });

  it("gives way to titles, longest phrase first, when the decisions' words would crowd the overview", () => {
    const long = (n: number) =>
      section(
        `Item ${n}`,
        `The plan for the renewal of the Elm Road ${n} estate, with its new homes, shops and gardens for residents, was approved.`,
      );
    const overview = writeOutcomeOverview(input, [
      long(1),
      long(2),
      section("Allotments Strategy", "The Allotments Strategy 2027-2032 was approved."),
    ]);
    expect(overview).toBe(
      "The Cabinet met on Thursday 18 March 2027 and approved Item 1; the plan for the renewal of the Elm Road 2 estate, with its new homes, shops and gardens for residents; and the Allotments Strategy 2027-2032.",
    );
  });
});

describe("a licensing hearing's statutory list (real wording, corpus meeting 65242)", () => {
  it("leaves out what every panel has regard to, and keeps what it found in this hearing", () => {
    expect(
      withoutProcedure(
        "The Panel weighed all the relevant material, namely: (1) the written and oral representations of every party; (2) the Licensing Act 2003 and the steps appropriate to promote the licensing objectives; (3) the Guidance issued under section 182 of the Licensing Act 2003; (4) Harrow Council's Licensing Policy; (5) the Human Rights Act 1998.",
      ),
    ).toBeNull();
    const found = "The Panel considered the relevant representations and found the agreed closing times satisfactory.";
    expect(withoutProcedure(found)).toBe(found);
  });
});

describe("a licensing hearing's statutory list as numbered paragraphs under its lead", () => {
  it("leaves out the lead and its points, and keeps what the panel found", () => {
    const minutes = [
      "The application for the Blue Anchor, 12 Station Road, sought a new premises licence for a bar with a garden.",
      "The Panel weighed all the relevant material, namely:",
      "(1) the written and oral representations of every party;",
      "(2) the Licensing Act 2003 and the steps appropriate to promote the licensing objectives;",
      "(3) Harrow Council's Licensing Policy;",
      "(4) the Human Rights Act 1998.",
      "The Panel accepted the conditions agreed with the police, subject to deleting two of them.",
      "RESOLVED: That the licence be granted subject to conditions.",
    ].join("\n\n");
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Licensing Panel - Monday 28 June 2027 10.00 am",
          committeeName: "Licensing Panel",
          startsAt: "2027-06-28T10:00:00+01:00",
        },
        items: [agendaItem(3, "Blue Anchor, 12 Station Road", { minutesText: minutes })],
        now: "2027-07-01T09:00:00Z",
      }),
    );
    const texts = summary.sections.flatMap((s) => s.bullets.map((b) => bulletText(b)));
    expect(texts.join(" ")).not.toMatch(/relevant material|Human Rights Act|written and oral/);
    expect(texts).toContain(
      "The Panel accepted the conditions agreed with the police, subject to deleting two of them.",
    );
  });
});

describe("two sets of minutes approved as numbered paragraphs", () => {
  it("read as tersely as when the clauses run on in one paragraph", () => {
    const runOn =
      "RESOLVED: That (1) the minutes of the 9 March 2027 meeting be taken as read and signed as a correct record; and (2) the minutes of the 23 March 2027 meeting be taken as read and signed as a correct record.";
    const paragraphs =
      "RESOLVED: That\n\n(1) the minutes of the 9 March 2027 meeting be taken as read and signed as a correct record; and\n\n(2) the minutes of the 23 March 2027 meeting be taken as read and signed as a correct record.";
    const said = describeStandingItem(minuteItem("Minutes", runOn));
    expect(said).toBe("Minutes of 9 March 2027 and 23 March 2027 approved.");
    expect(describeStandingItem(minuteItem("Minutes", paragraphs))).toBe(said);
  });
});

describe("titles that start alike (real wording, corpus meeting 65228)", () => {
  it("are told apart in the overview by what follows their shared start", () => {
    const input = heldMeeting("Call-In Sub-Committee", "2027-06-14T18:30:00Z");
    const section = (heading: string, decision: string | null = null): SummarySection => ({
      heading,
      itemNumber: null,
      bullets: [
        { text: "The representative set out the grounds.", source: { documentId: null, url: null, page: null } },
      ],
      tables: [],
      decision,
    });
    expect(
      writeOutcomeOverview(input, [
        section(
          "Call-In of the Cabinet Decision (20 May 2027) - Library Opening Hours",
          "The call-in was decided on ground e).",
        ),
        section("Call-In of the Cabinet Decision (20 May 2027) - The Parking Charges in Pinner"),
      ]),
    ).toBe(
      "The Call-In Sub-Committee met on Monday 14 June 2027 and heard the call-ins of Cabinet's decisions on Library Opening Hours and on the Parking Charges in Pinner.",
    );
    // Titles that start alike and are not call-ins: named by what follows the shared start.
    expect(
      writeOutcomeOverview(heldMeeting("Cabinet", "2027-06-14T18:30:00Z"), [
        section("Scrutiny Review (May 2027) - Library Opening Hours"),
        section("Scrutiny Review (May 2027) - The Parking Charges in Pinner"),
      ]),
    ).toBe(
      "The Cabinet met on Monday 14 June 2027 and discussed Library Opening Hours and the Parking Charges in Pinner.",
    );
  });
});

describe("a resolution's punctuation", () => {
  it("drops a clause's trailing comma before the list's semicolon", async () => {
    expect(
      plainResolution(
        "RESOLVED: That\n\n(1) the re-profiling of slippage of £38.927m be approved;\n\n(2) an addition of £2.150m to the capital programme, funded by grant, for homes for temporary accommodation, be approved;\n\n(3) the savings of £9.840m, including £1.750m rated red, be noted;\n\n(4) the deficit of £18.274m be noted.",
      ),
    ).not.toMatch(/,;/);
  });
});

describe("a second clause in the subjunctive", () => {
  it("says what another body will be asked, in plain English", async () => {
    expect(
      plainResolution(
        "That the six recommendations be referred to Cabinet, and Cabinet be asked to respond within two months.",
      ),
    ).toBe("The six recommendations were referred to Cabinet, and Cabinet will be asked to respond within two months.");
  });
});
