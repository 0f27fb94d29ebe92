// Wordings found by an eleventh probe of Harrow meetings outside the real-text corpus (December 2026): the Harrow Town
// Centre Forum, the Wealdstone Regeneration and Strategic Planning advisory panels, the Education Admissions and
// Awards Advisory Panel, the Development Control Committee, an annual Council meeting and others, 2003–2023. The
// sentences are written here; names, dates, places and figures are made up.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { extractResolved } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const standing = (title: string, minutesText: string, description: string | null = null) =>
  describeStandingItem(minuteItem(title, minutesText, { description }));

const summarise = (committeeName: string, title: string, minutesText: string) =>
  summarizeExtractive(
    makeInput({
      meeting: { committeeName, title: `${committeeName} - Tuesday 7 October 2025 4.00 pm` },
      items: [agendaItem(1, title, { number: null, minutesText })],
    }),
  );

describe("a forum's minutes, matters arising and apologies", () => {
  it("reads minutes 'agreed as a correct record' as approved, with or without 'AGREED:'", () => {
    expect(
      standing(
        "Minutes",
        "AGREED:  That the minutes of the meeting held on 3 March 2025 be agreed as a correct record.",
      ),
    ).toBe("Minutes of 3 March 2025 approved.");
    expect(
      standing("Minutes", "That the minutes of the meeting held on 3 March 2025 be agreed as a correct record."),
    ).toBe("Minutes of 3 March 2025 approved.");
  });

  it("reads minutes 'agreed subject to the following amendment' as approved, with the amendment", () => {
    expect(
      standing(
        "Minutes of Meetings",
        "AGREED: That the minutes of the Ordinary and Annual General Meetings held on 9 June 2025 be agreed subject to the following amendment:\n\nInspector Joe Bran to read Inspector Joe Brand.",
      ),
    ).toBe(
      "Minutes of the Ordinary and Annual General Meetings of 9 June 2025 approved subject to an amendment: Inspector Joe Bran to read Inspector Joe Brand.",
    );
  });

  it("reads 'No matters were raised' under Matters Arising as none, with or without 'AGREED: That'", () => {
    for (const minute of ["No matters were raised.", "AGREED:  That no matters were raised."]) {
      expect(classifyItem(minuteItem("Matters Arising", minute))).toBe("procedural");
      expect(standing("Matters Arising", minute)).toBe("No matters arising.");
    }
  });

  it("reads apologies 'Received from' people named without a title", () => {
    expect(
      standing(
        "Apologies for Absence",
        "Received from Nora Pike (Hill Street Traders) and Omar Lutz (Harrow Cycling Group).",
      ),
    ).toBe("Apologies: Nora Pike (Hill Street Traders) and Omar Lutz (Harrow Cycling Group).");
  });

  it("says what 'AGREED: That the above be noted' noted, not 'the above'", () => {
    expect(extractResolved("The Forum heard that the new signs were up.\n\nAGREED: That the above be noted.")).toBe(
      "That the information be noted.",
    );
    const summary = summarise(
      "Harrow Town Centre Forum",
      "Matters Arising",
      "The Forum heard that the new signs for the market had been put up since the last meeting.\n\nAGREED: That the above be noted.",
    );
    expect(summary.sections[0]!.decision).toBe("The information was noted.");
  });
});

describe("appointments", () => {
  it("reads an appointment noted 'under the provisions of Council Procedure Rule …, as agreed at' a meeting", () => {
    expect(
      standing(
        "Appointment of Chair for the 2025/2026 Municipal Year",
        "RESOLVED: To note the appointment under the provisions of Council procedure Rule 1.1 (xii) of Councillor Rhoda Finch as Chair of the Development Control Committee for the 2025/2026 Municipal Year, as agreed at the Annual Council Meeting held on 15 May 2025.",
      ),
    ).toBe("Cllr Rhoda Finch appointed Chair for 2025/2026 (at the Annual Council Meeting on 15 May 2025).");
  });

  it("says a contested appointment the Chair's casting vote decided, without the bracketed note", () => {
    expect(
      standing(
        "Appointment of Vice-Chair",
        "Councillors Tobin and Grace Allen were both nominated and duly seconded for the position of Vice-Chair, and following a vote it was\n\nRESOLVED: That Councillor Tobin be appointed Vice-Chair of the Panel for the 2025/2026 Municipal Year.\n\n[Note: In agreeing the action set out above, the Chair exercised her second and casting vote].",
      ),
    ).toBe(
      "Cllr Tobin appointed Vice-Chair for 2025/2026, after a vote decided by the Chair's casting vote (also nominated: Cllr Grace Allen).",
    );
  });

  it("reads a Mayor's election resolved in capitals in ordinary type, and the overview names who", () => {
    expect(
      extractResolved(
        "Councillor Kemp nominated and Councillor Ruth Low seconded that COUNCILLOR MRS IDA MARSH be elected Mayor of the London Borough of Harrow for the Municipal Year.\n\nRESOLVED:\n\nTHAT COUNCILLOR MRS IDA MARSH BE ELECTED MAYOR OF THE LONDON BOROUGH OF HARROW FOR THE MUNICIPAL YEAR 2025/2026.",
      ),
    ).toBe(
      "That Councillor Mrs Ida Marsh be elected Mayor of the London Borough of Harrow for the Municipal Year 2025/2026.",
    );
    const summary = summarise(
      "Council",
      "Election of Mayor",
      "The Mayor called for nominations for the Office of Mayor for the Municipal Year.\n\nRESOLVED:\n\nTHAT COUNCILLOR MRS IDA MARSH BE ELECTED MAYOR OF THE LONDON BOROUGH OF HARROW FOR THE MUNICIPAL YEAR 2025/2026.",
    );
    // The council's own name and the municipal year's words go (docs/summaries.md#an-annual-councils-minutes).
    expect(summary.sections[0]!.decision).toBe("Councillor Mrs Ida Marsh was elected Mayor for 2025/2026.");
    expect(summary.overview).toMatch(/\belected Cllr Mrs Ida Marsh Mayor\b/);
  });
});

describe("an officer's account as a list", () => {
  it("keeps 'He advised that:' as the lead of its points, never 'He:' before each", () => {
    const summary = summarise(
      "Harrow Town Centre Forum",
      "Report of Accounts 2022-2025",
      "The Regeneration Project Manager introduced a report which set out the Forum's accounts for the last three financial years.\n\nHe advised that:\n\n·                     the balance of the account stood at £8,410.20;\n\n·                     most of the Forum's income came from the contributions of its Core Funders.",
    );
    const text = summary.sections[0]!.bullets.map((b) => [b.lead, b.text].join(" ")).join("\n");
    expect(text).not.toMatch(/\bHe: /);
    expect(text).toMatch(/£8,410\.20/);
  });
});

describe("older panels' standing lines", () => {
  it("files declarations under a header that is an item's title alone", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED: To note that the following declarations of interest were made:\n\nReport on Local Areas of Special Character\n\nCouncillor Hal Reid declared a non-pecuniary interest in that he lived in one of the areas being considered.\n\nBuilding Heights Supplementary Planning Document\n\nCouncillor Ivy Sand declared a non-pecuniary interest in that she worked for a body that set planning policy for London.",
      ),
    ).toBe(
      "Non-pecuniary interests: Report on Local Areas of Special Character: Hal Reid (lived in one of the areas being considered); Building Heights Supplementary Planning Document: Ivy Sand (worked for a body that set planning policy for London).",
    );
  });

  it("reads the Chair 'given the authority to sign' the minutes as approved, and keeps a quoted amendment as printed", () => {
    expect(
      standing(
        "Minutes",
        "RESOLVED:  That, having been circulated, the Chair be given the authority to sign the minutes of the meeting held on 14 July 2025 as a correct record when printed in the next Council Bound Minute Volume, subject to the amendment outlined below:\n\nRevise Resolution 2 of Minute 40 to read:\n\n“That the following be appointed as advisers to the Panel for the 2025/2026 Municipal Year: Ms Ada Rowe and Mr Ben Kerr.”",
      ),
    ).toBe(
      "Minutes of 14 July 2025 approved, subject to an amendment: Revise Resolution 2 of Minute 40 to read: “That the following be appointed as advisers to the Panel for the 2025/2026 Municipal Year: Ms Ada Rowe and Mr Ben Kerr.”",
    );
  });

  it("pairs the right-to-speak cells after 'the planning applications/items indicated', one item lost", () => {
    expect(
      standing(
        "Right of Members to Speak",
        "RESOLVED: That, in accordance with Committee Procedure Rule 4.1, the following Councillors, who are not Members of the committee, be allowed to speak on the planning applications/items indicated:\n\nCouncillor R Vane\n\nCouncillor Mrs Holt\n\n2/04 and 2/11\n\nCouncillor P Oduya\n\nMain Agenda Item 9",
      ),
    ).toBe("Members' right to speak: R Vane (item not given); Mrs Holt (2/04 and 2/11); P Oduya (main Agenda Item 9).");
  });

  it("says late items were admitted when the page cut their table after its header", () => {
    expect(
      standing(
        "Arrangement of Agenda",
        "RESOLVED:  That (1) it be agreed that, under the provisions of the Local Government (Access to Information) Act 1985, the following late items be admitted to the agenda by reason of the special circumstances and grounds for urgency stated:\n\nAgenda Item\n\nSpecial Circu",
      ),
    ).toBe("Items admitted late to the agenda as urgent (not named in the minutes).");
  });
});

describe("a bracketed note after a resolution", () => {
  it("says the note as a point, never inside the decision", () => {
    const summary = summarise(
      "Education Admissions and Awards Advisory Panel",
      "RECOMMENDATION 1 - Admissions to County Schools",
      "On 3 June 2025 there were 2 children for whom no reasonable offer of a school place could be made.\n\nResolved to RECOMMEND:\n\nThat offers of admission to schools be made as follows:\n\nReference\n\nYear Group\n\nAdmitting School\n\nK21\n\n10\n\nElm Park High\n\nK22\n\n11\n\nVale School\n\n[Note:  The panel agreed to admit case Ref K22 to the agenda and consider it as a matter of urgency.]",
    );
    const section = summary.sections[0]!;
    expect(section.decision).not.toMatch(/Note|urgency/);
    expect(section.decision).toMatch(/K22 \u2013 11 \u2013 Vale School/);
    expect(section.bullets.map((b) => b.text)).toContain(
      "The panel agreed to admit case Ref K22 to the agenda and consider it as a matter of urgency.",
    );
  });
});

describe("an older recommendation's reason on a printed page", () => {
  it("ends a bracketed reason at its bracket when the next heading runs on after it", () => {
    const summary = summarise(
      "Grants Advisory Panel",
      "RECOMMENDATION 1 - Grant Funding 2025/26",
      "The Panel received a report which set out the applications for funding deferred from its last meeting.\n\nResolved to RECOMMEND:  (to Cabinet)\n\nThat the decisions on grant funding, as set out in Appendix 1 to the minutes, be agreed.\n\n[REASON:  To enable the allocation of funding to voluntary organisations in 2025/26.] RECOMMENDATION 2 - Hill Trust Charity - Grant Applications",
    );
    expect(summary.sections[0]!.bullets.map((b) => b.text)).toContain(
      "Reason: To enable the allocation of funding to voluntary organisations in 2025/26.",
    );
  });
});

describe("an older reserves table's note", () => {
  it("says apologies 'as indicated above' were noted without pointing at a list the page does not give", () => {
    expect(
      standing(
        "Attendance by Reserve Members",
        "RESOLVED:  To note the attendance at this meeting of the following duly appointed Reserve Member:-\n\nOrdinary Member\n\nReserve Member\n\nCouncillor Ada Voss\n\nCouncillor Ned Hale\n\n[Note: Apologies for absence, as indicated above, were also noted].",
      ),
    ).toBe("Reserves: Ned Hale for Ada Voss. Apologies were also noted (names not in the minutes).");
  });
});

describe("a sub-heading under an item's header", () => {
  it("keeps the item as the header when a petition's subject is printed under it", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nItem 4 – Petitions\n\nEastfield Allotment Society\n\nCouncillor Kit Moss declared a non-pecuniary interest in that he was a member of the allotment society.\n\n12 Elm Rise\n\nCouncillor Dee Park declared a pecuniary interest in that she lived in Elm Rise and would leave the meeting for the discussion on this item.",
      ),
    ).toBe(
      "Pecuniary interests: item 4 (Petitions): Dee Park (lived in Elm Rise; left).\nNon-pecuniary interests: item 4 (Petitions): Kit Moss (member of the allotment society).",
    );
  });
});

describe("a school organisation committee's standing items", () => {
  it("reads an adviser who 'wished it to be noted that he was' something as declaring it", () => {
    expect(
      standing(
        "Declarations of Interest",
        "Mr Leo Grant, the Adviser to the Committee, wished it to be noted that he was the Chair of Governors of Elm Park School.\n\nRESOLVED:  That the above be noted.",
      ),
    ).toBe("Interests: Leo Grant (the Chair of Governors of Elm Park School).");
  });

  it("treats the committee's re-establishment with its chairs' appointment as standing, its first clause unnumbered", () => {
    const title = "Re-establishment of Committee (Council Side Membership), Re-appointment of Chair and Vice-Chair";
    const minute =
      "RESOLVED:  That (1) Councillor Toft, a member of the Local Education Authority Group, be appointed Chair of the Committee for 2025/2026 Municipal Year.\n\n(2) Mrs D Lowe, a member of the Schools Group, be appointed Vice-Chair of the Committee for 2025/2026 Municipal Year.";
    expect(classifyItem(minuteItem(title, minute))).toBe("procedural");
    expect(standing(title, minute)).toBe(
      "Cllr Toft, a member of the Local Education Authority Group, appointed Chair for 2025/2026; Mrs D Lowe, a member of the Schools Group, appointed Vice-Chair for 2025/2026.",
    );
  });
});

describe("an older recommendation printed without its label", () => {
  it("reads 'That …' under a 'RECOMMENDATION 1 -' title as the recommendation, its table whole", () => {
    const summary = summarise(
      "Education Admissions and Awards Advisory Panel",
      "RECOMMENDATION 1 - Admissions to County Schools",
      "That offers of admission to schools be made as follows:\n\nReference\n\nYear Group\n\nAdmitting School\n\nK31\n\n10\n\nElm Park High\n\nK32\n\n10\n\nVale School\n\n[Note:  That case K32 was printed in the main agenda as K30 due to an administrative error].",
    );
    const section = summary.sections[0]!;
    expect(section.decision).toBe(
      "Recommended: offers of admission to schools to be made as follows: (Reference \u2013 Year Group \u2013 Admitting School: K31 \u2013 10 \u2013 Elm Park High; K32 \u2013 10 \u2013 Vale School)",
    );
    expect(section.bullets.map((b) => b.text)).toContain(
      "Case K32 was printed in the main agenda as K30 due to an administrative error.",
    );
  });
});
