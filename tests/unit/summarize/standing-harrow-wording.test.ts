// Standing items in wordings Harrow's minutes use that the real-text corpus does not hold (found by probing
// meetings outside it, December 2026). The sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { buildItemSections, cleanHeading } from "@/lib/summarize/extractive/build-sections";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { withAntecedents } from "@/lib/summarize/extractive/pick-bullets";
import type { ItemSource } from "@/lib/summarize/extractive/item-sources";
import { describePetitions } from "@/lib/summarize/extractive/petitions";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { describeStandingItem, foldStandingItems } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { splitSentences } from "@/lib/summarize/text/sentences";
import type { SummaryItem } from "@/lib/summarize/types";
import { item as helperItem, makeInput, minuteItem } from "./helpers";

/** The minute as the page gives it: one paragraph block per blank-line-separated paragraph. */
const minuteSource = (text: string): ItemSource => ({
  origin: "minutes",
  title: "Minutes",
  documentId: null,
  url: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=1",
  blocks: text.split(/\n\s*\n/).map((p) => ({ kind: "para" as const, text: p, page: null })),
});

const item = (title: string, minutesText: string | null, position = 1): SummaryItem =>
  minuteItem(title, minutesText, { position });

describe("a minute that only says 'there were none'", () => {
  it("says which item had nothing, so no line is lost or left without a subject", () => {
    const none = "RESOLVED: To note that there were none.";
    expect(describeStandingItem(item("Declarations of Interest", none))).toBe("No declarations.");
    expect(describeStandingItem(item("Right of Members to Speak", none))).toBe("No other councillors asked to speak.");
    expect(describeStandingItem(item("References from Council and other Committees/Panels", none))).toBe(
      "No references.",
    );
    // Three items with the same words keep three lines.
    const lines = foldStandingItems(
      [
        item("Right of Members to Speak", none, 1),
        item("Declarations of Interest", none, 2),
        item("References from Council and other Committees/Panels", none, 3),
      ],
      true,
    );
    expect(lines?.split("\n")).toHaveLength(3);
  });

  it("reads 'no petitions or deputations were put' as nothing received", () => {
    expect(
      describeStandingItem(
        item("Petitions and Deputations", "RESOLVED: To note that no petitions or deputations were put."),
      ),
    ).toBe("No petitions or deputations.");
  });
});

describe("appointments, minutes and questions in plain words", () => {
  it("says who was appointed, not the infinitive of the resolution", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: To appoint Councillor Rena Okafor as Vice-Chair of the Parking Advisory Panel (PAP) for the 2026/2027 Municipal Year.",
        ),
      ),
    ).toBe("Cllr Rena Okafor appointed Vice-Chair for 2026/2027.");
  });

  it("leaves no comma before 'approved' when the minute put one before 'be taken as read'", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the meeting held on 4 March 2026, be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 4 March 2026 approved.");
  });

  it("says questions 'responded to' were answered, not where the recording is", () => {
    expect(
      describeStandingItem(
        item(
          "Public Questions",
          "RESOLVED: To note that three public questions had been received and responded to and the recording would be available on the website.",
        ),
      ),
    ).toBe("Three public questions answered.");
    expect(
      describeStandingItem(
        item(
          "Public Questions",
          "RESOLVED: To note that one public question had been received, responded to and the recording would be made available on the Council's website.",
        ),
      ),
    ).toBe("One public question answered.");
  });
});

describe("the reserves table", () => {
  const lead = "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Members:";
  it("says who sat for whom, whether the scraper kept the table's rows or ran its cells together", () => {
    const rows = `${lead}\n\nOrdinary Member | Reserve Member\n\nCouncillor Nina Shah | Councillor Paul Brent\n\nCouncillor Ed Marsh | Councillor Ola Diaz`;
    expect(describeStandingItem(item("Attendance by Reserve Members", rows))).toBe(
      "Reserves: Paul Brent for Nina Shah; Ola Diaz for Ed Marsh.",
    );
    const runTogether = `${lead}\n\nOrdinary Member | Reserve Member Councillor Nina Shah | Councillor Paul Brent`;
    expect(describeStandingItem(item("Attendance by Reserve Members", runTogether))).toBe(
      "Reserves: Paul Brent for Nina Shah.",
    );
    const cells = `${lead}\n\nOrdinary Member\n\nReserve Member\n\nCouncillor Nina Shah\n\nCouncillor Paul Brent`;
    expect(describeStandingItem(item("Attendance by Reserve Members", cells))).toBe(
      "Reserves: Paul Brent for Nina Shah.",
    );
  });

  it("says reserves attended, not a garbled lead-in, when the page lost the names", () => {
    expect(describeStandingItem(item("Attendance by Reserve Members", lead))).toBe(
      "Reserve members attended (names not in the minutes).",
    );
  });
});

describe("petitions listed the ways Cabinet's minutes list them", () => {
  it("reads 'To note that the following petition had been received: (1) … presented a petition on behalf …, containing … and requesting …'", () => {
    expect(
      describePetitions(
        "RESOLVED: To note that the following petition had been received:\n\n(1) Councillor Omar Reid presented a petition on behalf of Kenton residents, containing 37 signatures and requesting the Council to review the waiting restrictions in Birch Avenue, HA3 9XX (for numbers 2-30).\n\nRESOLVED: That the petition be received and referred to the Corporate Director of Place for consideration.",
      ),
    ).toEqual([
      "37 signatures: the waiting restrictions in Birch Avenue, HA3 9XX (for numbers 2-30) — presented by Cllr Omar Reid for Kenton residents; referred to the Corporate Director of Place for consideration.",
    ]);
  });

  it("keeps every petition of a 'From …, on behalf of …, containing …' list, each with the referral that names its number", () => {
    expect(
      describePetitions(
        "The following petitions were received:\n\n(1) From Councillor Ruth Allen, on behalf of Mrs Dee Noble and other residents of Oak Way, containing 64 signatures, requesting that the Council took action on vans parked overnight;\n(2) From Councillor Sam Oduya, on behalf of Lime Grove residents, containing 22 signatures, requesting the Council to review the bus stop outside the library; and\n(3) From Ms Hana Kowal, containing 1480 signatures to date, requesting the Council to keep the paddling pool in Elm Park open.\n\nRESOLVED: That\n\n(1) petitions (1) and (2) be referred to the Corporate Director of Place for a response; and\n(2) petition (3) be referred to the Corporate Director of Place for a response and to the next Council meeting for debate.",
      ),
    ).toEqual([
      "64 signatures requesting that the Council took action on vans parked overnight — presented by Cllr Ruth Allen for Mrs Dee Noble and other residents of Oak Way; referred to the Corporate Director of Place for a response.",
      "22 signatures: the bus stop outside the library — presented by Cllr Sam Oduya for Lime Grove residents; referred to the Corporate Director of Place for a response.",
      "1480 signatures to date requesting the Council to keep the paddling pool in Elm Park open — from Ms Hana Kowal; referred to the Corporate Director of Place for a response and to the next Council meeting for debate.",
    ]);
  });
});

describe("a petitions list run into one paragraph", () => {
  it("still splits at '; and (2)'", () => {
    expect(
      describePetitions(
        "The following petitions were received: (1) From Councillor Ruth Allen, on behalf of Oak Way residents, containing 64 signatures, requesting that the Council took action on vans parked overnight; and (2) From Ms Hana Kowal, containing 18 signatures, requesting the Council to keep the paddling pool open.\n\nRESOLVED: That (1) petition (1) be referred to the Corporate Director of Place; and (2) petition (2) be referred to the next Council meeting for debate.",
      ),
    ).toEqual([
      "64 signatures requesting that the Council took action on vans parked overnight — presented by Cllr Ruth Allen for Oak Way residents; referred to the Corporate Director of Place.",
      "18 signatures requesting the Council to keep the paddling pool open — from Ms Hana Kowal; referred to the next Council meeting for debate.",
    ]);
  });
});

describe("a planning application whose address and reference are only in the item's title", () => {
  it("is one line, outcome first, with the proposal and the officers' view from 'The Committee was asked to … grant'", async () => {
    const minute =
      "PROPOSAL:\nErection of a two storey teaching block (use class F1(a))\n\nThe Committee was asked to: 1) agree the reasons for approval as set out in the report and 2) grant planning permission subject to the conditions listed in Appendix 1 of the report.\n\nDECISION: GRANTED subject to the conditions set out in the Officer's report.";
    const [section] = buildItemSections({
      item: { ...item("Elmside Academy, Gayton Road, HA1 2ZZ PL/0456/26", minute), number: "2/01" },
      sources: [],
      minutes: minute,
      preview: false,
    });
    expect(section!.decision).toBe(
      "Granted, as officers recommended: Elmside Academy, Gayton Road, HA1 2ZZ (PL/0456/26) – erection of a two storey teaching block (use class F1(a)).",
    );
    expect(section!.bullets).toEqual([]);
    expect(section!.itemNumber).toBe("2/01");
  });
});

describe("a licensing panel's decision", () => {
  const decisionOf = (minute: string) =>
    buildItemSections({
      item: item("Corner Stores, 4 Elm Parade, Harrow, HA2 0ZZ", minute),
      sources: [],
      minutes: minute,
      preview: false,
    })[0]!.decision;

  it("is the outcome, not the list of what the Panel took into account", () => {
    expect(
      decisionOf(
        "In attendance:\n\nRESOLVED: That, having taken into account the following,\n\n· Written and any oral representations by all the parties;\n\n· The Licensing Act 2003 and the steps appropriate to promote the licensing objectives;\n\n· Harrow Council's Licensing Policy,\n\nthe Panel decided to grant the application for a premises licence subject to the conditions agreed with the police.",
      ),
    ).toBe(
      "The Panel decided to grant the application for a premises licence subject to the conditions agreed with the police.",
    );
    // The page broke off inside the list: there is no outcome to show, and the list is not one.
    expect(
      decisionOf(
        "In attendance:\n\nRESOLVED: That, having taken into account the following,\n\n· Written and any oral representations by all the parties. This included a video sent in la…",
      ),
    ).toBeNull();
  });

  it("reads the notice of decision's capitals as a plain sentence, with the conditions that follow", () => {
    expect(
      decisionOf(
        'THE LONDON BOROUGH OF HARROW LICENSING ACT 2003\nSections 17 – 18 Notification of decision following a licensing panel hearing to determine an application for a premises licence\nTO: Corner Stores Ltd (the "applicant") All persons who made relevant representations\nPREMISES: 4 Elm Parade, Harrow, HA2 0ZZ\nTAKE NOTICE: THAT following a hearing before the Licensing Panel ON 3rd March 2026\nHARROW COUNCIL, as the Licensing Authority for the premises RESOLVED TO TAKE THE FOLLOWING STEPS IN RELATION TO THE PREMISES LICENCE, AS APPROPRIATE TO PROMOTE THE LICENSING OBJECTIVES:\nRESOLVED TO GRANT THE APPLICATION SUBJECT TO CONDITIONS\nTHE CONDITIONS ARE AS FOLLOWS: 1. Alcohol may be sold for consumption off the premises only. 2. No single cans shall be sold.',
      ),
    ).toBe(
      "The application was granted subject to conditions: 1. Alcohol may be sold for consumption off the premises only. 2. No single cans shall be sold.",
    );
  });
});

describe("an item whose published minute gives nothing to show", () => {
  it("is not said to have no minutes published", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Licensing Panel", title: "Licensing Panel - Tuesday 3 March 2026 6.30 pm" },
        items: [
          helperItem(1, "Corner Stores, 4 Elm Parade, Harrow, HA2 0ZZ", {
            minutesText:
              "In attendance:\n\nRESOLVED: That, having taken into account the following,\n\n· Written and any oral representations by all the parties. This included a video sent in la…",
          }),
        ],
      }),
    );
    const section = summary.sections.find((s) => s.heading.startsWith("Corner Stores"));
    expect(section?.decision).toBeNull();
    expect(section?.note).toBe("The published minute for this item records no decision.");
  });
});

describe("more standing wordings from Harrow's minutes", () => {
  it("keeps only the apology and who came to speak from the Leader's account of a hybrid meeting", () => {
    const minute =
      "Having declared the meeting open, the Leader of the Council made the following clarifications in relation to the conduct of the meeting:\n\n· The meeting was being held in the Council Chamber with Councillors Rosa Lin, Dev Khan and himself as the Leader present in the room.\n\n· The other members of Cabinet (Councillors Amy Cole and Ben Hart) had joined the meeting virtually.\n\n· Councillors Carl Dunn and Eve Frost (for item 5 – Councillor Questions) had also joined the meeting virtually.\n\nApologies for absence had been received from Councillor Gary Holt, Portfolio Holder for Housing.";
    expect(describeStandingItem(item("Apologies for Absence", minute))).toBe(
      "Apologies: Gary Holt, Portfolio Holder for Housing. Also taking part: Carl Dunn and Eve Frost (item 5 – Councillor Questions).",
    );
  });

  it("keeps the item a declaration names 'of the agenda', and the page of a paper it is on", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that Councillor Patel declared a disclosable pecuniary interest in item 11 of the agenda.",
        ),
      ),
    ).toBe("Pecuniary interests: Patel (item 11).");
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that Councillor Joan Bell declared a non-pecuniary interest on page 88 of the risk register which referenced trade unions as she is a member of Unison.",
        ),
      ),
    ).toBe("Non-pecuniary interests: Joan Bell (on page 88 of the risk register, member of Unison).");
  });

  it("drops the pointer to the Licensing Panel's note on its minutes however it is worded", () => {
    expect(describeStandingItem(item("Minutes", "(See Note at conclusion of these minutes)."))).toBeNull();
  });

  it("says the Planning Committee's addendum and representations items plainly", () => {
    expect(describeStandingItem(item("Addendum", "RESOLVED: To accept the Addendum, and Supplemental Addendum."))).toBe(
      "Addendum and Supplemental Addendum accepted.",
    );
    expect(
      describeStandingItem(
        item(
          "Representations on Planning Applications",
          "RESOLVED: That in accordance with the provisions of Committee Procedure Rule 29 (Part 4B of the Constitution), representations be received in respect of item 2/04 and 2/07 on the list of planning applications.",
        ),
      ),
    ).toBe("Representations received on items 2/04 and 2/07.");
  });
});

describe("an account printed under RESOLVED", () => {
  it("is the minute's points, not a Decision", () => {
    const minute =
      "RESOLVED: The Chair reported that she had spoken to the questioner and explained that the warning on the planning website was there because a new portal would go live within a fortnight. He accepted this and did not put his question, on the understanding that the warning would be made clearer.";
    const [section] = buildItemSections({
      item: item("Public Questions", minute),
      sources: [minuteSource(minute)],
      minutes: minute,
      preview: false,
    });
    expect(section!.decision).toBeNull();
    // "He accepted this …" goes on in the bullet it points back to (resident-reading-28.test.ts).
    expect(section!.bullets.map((b) => b.text)).toEqual([
      "The Chair reported that she had spoken to the questioner and explained that the warning on the planning website was there because a new portal would go live within a fortnight. He accepted this and did not put his question, on the understanding that the warning would be made clearer.",
    ]);
  });
});

describe("a sentence that starts 'He …' or 'She …'", () => {
  const candidates = (text: string) =>
    collectCandidates([minuteSource(text)], { itemTitle: "Treasury Management Update", preview: false }).candidates;

  it("carries the sentence naming the person when picked alone", () => {
    const found = candidates(
      "The Head of Treasury introduced the report. She advised that borrowing stood at £412.5m at 30 June 2026 and that no treasury limit had been breached.",
    );
    const she = found.filter((c) => c.text.startsWith("She advised") || c.text.startsWith("Head of Treasury:"));
    // A post's account of the report it introduced is said as the post's (docs/summaries.md, the sixth long minutes),
    // as the paragraph is read (post-accounts.ts paragraphGiver), so it no longer points back.
    expect(withAntecedents(she).map((c) => c.text)).toEqual([
      "Head of Treasury: Borrowing stood at £412.5m at 30 June 2026, and no treasury limit had been breached.",
    ]);
  });

  it("is left out when the sentence naming the person is too long to carry with it (here, too long to keep at all)", () => {
    const found = candidates(
      "The Chair reported that she had met the questioner before the meeting and had explained to him at some length that the notice on the planning pages was there because a new online portal would replace the old system within the next fortnight, during which officers would try to decide as many of the outstanding householder and minor applications as they possibly could so that applicants would not face avoidable delays. He accepted this explanation and did not put his question.",
    );
    expect(found.filter((c) => c.text.startsWith("He "))).toEqual([]);
  });
});

describe("Council and panel standing items, further wordings", () => {
  it("says a minute's silence tersely when members 'stood and observed' it", () => {
    expect(
      describeStandingItem(
        item(
          "Minute Silence",
          "Members of Council stood and observed a minute silence for the late Councillor Ray Dunne, former Mayor of the borough.\n\nMembers paid tribute to the late Councillor Ray Dunne.",
        ),
      ),
    ).toBe("Minute's silence for Cllr Ray Dunne, former Mayor of the borough.");
    expect(
      describeStandingItem(
        item(
          "Minute Silence",
          "Members stood and observed one minute silence for those affected by the floods in Kerala.",
        ),
      ),
    ).toBe("Minute's silence for those affected by the floods in Kerala.");
  });

  it("files declarations under an 'Items 10 & 11 –' header, not the item before it", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "Item 7 – Depot Redevelopment\n\nCouncillor Ann Roe declared a non-pecuniary interest in that she was a ward councillor for the area.\n\nItems 10 & 11 – Youth Justice Plan and Safer Streets Strategy\n\nCouncillor Bo Chen declared a non-pecuniary interest in that he was a serving magistrate.",
        ),
      ),
    ).toBe(
      "Non-pecuniary interests: item 7 (Depot Redevelopment): Ann Roe (a ward councillor for the area); items 10 & 11 (Youth Justice Plan and Safer Streets Strategy): Bo Chen (a serving magistrate).",
    );
  });

  it("reads the minutes approved when the resolution says 'taken as a read and signed correct record'", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the meeting held on 2 June 2026 be taken as a read and signed correct record.",
        ),
      ),
    ).toBe("Minutes of 2 June 2026 approved.");
  });

  it("names which meetings' minutes were approved with their article", () => {
    expect(
      describeStandingItem(
        item(
          "Council Minutes",
          "RESOLVED: That the minutes of the Annual Council meeting held on 21 May 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of the Annual Council meeting of 21 May 2026 approved.");
  });

  it("keeps what a procedural motion said", () => {
    expect(
      describeStandingItem(
        item(
          "Procedural Motions",
          "Councillor Rob Vance advised Council that he would second the amendment to the Parks Motion set out in the Tabled Documents.",
        ),
      ),
    ).toBe(
      "Procedural motions: Cllr Rob Vance would second the amendment to the Parks Motion set out in the Tabled Documents.",
    );
    expect(describeStandingItem(item("Procedural Motions", "There were no procedural motions."))).toBe(
      "No procedural motions.",
    );
  });
});

describe("minutes of several meetings", () => {
  it("gives each meeting its date in the same terse form", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the Council meeting held on 12 February 2026, the Annual Council meeting held on 21 May 2026 and the Extraordinary Council meeting held on 28 May 2026 be taken as read and signed as correct records.",
        ),
      ),
    ).toBe(
      "Minutes of the Council meeting of 12 February 2026, the Annual Council meeting of 21 May 2026 and the Extraordinary Council meeting of 28 May 2026 approved.",
    );
  });
});

describe("a reserves minute that names no reserve", () => {
  it("says none were nominated, and keeps an apology given beside it", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note that no Reserve Members had been nominated to attend the meeting.\n\nAn apology for absence had been received from Noel Hart.",
        ),
      ),
    ).toBe("No reserve members. Apologies: Noel Hart.");
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note that no Reserve Members had been nominated to attend the meeting.\n\nAn apology for absence had been received from Mr Hart.",
        ),
      ),
    ).toBe("No reserve members. Apologies: Mr Hart.");
  });
});

describe("Cabinet's petitions, each with its own resolution", () => {
  it("reads 'Petition from Mr A containing N signatures, on behalf of …' and 'Two petitions from …, containing A and B signatures respectively'", () => {
    expect(
      describePetitions(
        "The following petitions had been received:\n\n(1) Petition from Mr Lee Grant containing 41 signatures, on behalf of residents of Elm Avenue, Harrow Weald, requesting the Council to address speeding in the road and introduce traffic calming measures.\n\nRESOLVED: That the petition be referred to the Corporate Director of Place for consideration and response.\n\n(2) Two petitions from Ms Rita Voss, requesting the Council to keep the Hilltop car park open, containing 3100 and 1250 signatures respectively.\n\nRESOLVED: That the petitions be referred to the Corporate Director of Place for consideration and response as well as to the next appropriate Council meeting for debate.",
      ),
    ).toEqual([
      "41 signatures requesting the Council to address speeding in the road and introduce traffic calming measures — presented by Mr Lee Grant for residents of Elm Avenue, Harrow Weald; referred to the Corporate Director of Place for consideration and response.",
      "Two petitions, 3100 and 1250 signatures, requesting the Council to keep the Hilltop car park open — from Ms Rita Voss; referred to the Corporate Director of Place for consideration and response as well as to the next appropriate Council meeting for debate.",
    ]);
  });
});

describe("minute sentences the page cut or labelled", () => {
  const candidates = (text: string) =>
    collectCandidates([minuteSource(text)], { itemTitle: "12 Elm Parade", preview: false }).candidates.map(
      (c) => c.text,
    );

  it("leaves out a few words the page broke off mid-word", () => {
    expect(
      candidates(
        "The premises are not licensed at present and stand among shops and flats.\n\nThe Panel carefully consid…",
      ),
    ).toEqual(["The premises are not licensed at present and stand among shops and flats."]);
  });

  it("says a planning minute's PROPOSAL label in plain words", () => {
    expect(
      candidates(
        "PROPOSAL: the proposal was for a variation of condition 2 (approved plans) of planning permission P/1234/25 to add rear dormers to 6 of the approved houses.",
      ),
    ).toEqual([
      "Proposal: a variation of condition 2 (approved plans) of planning permission P/1234/25 to add rear dormers to 6 of the approved houses.",
    ]);
  });
});

describe("the Employees' Consultative Forum's and the Traffic Panel's standing items", () => {
  it("reads a reserves table whose names carry no title, and a substitute noted before it", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Members:-\n\nOrdinary Member | Reserve Member\n\nK Osei | Dana Pike\n\nR Lowe | Tom Barr",
        ),
      ),
    ).toBe("Reserves: Dana Pike for K Osei; Tom Barr for R Lowe.");
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "Having received apologies on behalf of Jan Ross, GMB, the Forum noted the attendance of Lee Fox, GMB as a substitute for the purposes of the meeting.\n\nRESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Members:-\n\nOrdinary Member | Reserve Member\n\nCouncillor Amy Dale | Councillor Raj Mehta",
        ),
      ),
    ).toBe("Reserves: Raj Mehta for Amy Dale; Lee Fox, GMB for Jan Ross, GMB.");
  });

  it("keeps an adviser's and members' right to speak as standing lines, with who spoke on which item", () => {
    const speakers = item(
      "Members' Right To Speak",
      "RESOLVED: In accordance with Executive Procedure Rule 40.1 – Part 4D of the Constitution, the Panel agreed that the following Members could speak at the meeting:\n\nCouncillor | Agenda Item\n\nOla Ince | 8 – Information Report: Petitions\n\nPaul Reyes | 11 – Kenton Area Parking Review",
    );
    expect(classifyItem(speakers)).toBe("procedural");
    expect(describeStandingItem(speakers)).toBe(
      "Members' right to speak: Ola Ince (item 8 – Information Report: Petitions); Paul Reyes (item 11 – Kenton Area Parking Review).",
    );
    const adviser = item("Co-opted Adviser's Right To Speak", "RESOLVED: That Ms Ada Lin be permitted to speak.");
    expect(classifyItem(adviser)).toBe("procedural");
    expect(describeStandingItem(adviser)).toBe("Adviser's right to speak: Ms Ada Lin permitted to speak.");
  });

  it("files declarations made 'for all agenda items' under that", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that the following interests were declared:\n\nAll Agenda Items\n\nCouncillor Ray Moss declared a non-pecuniary interest in that he was a ward councillor for Roxeth.",
        ),
      ),
    ).toBe("Non-pecuniary interests: all items: Ray Moss (a ward councillor for Roxeth).");
  });
});

describe("a long declaration's reason", () => {
  it("is cut where a clause starts, never mid-clause", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that the following interests were declared:\n\nItem 9 – Open Spaces Order\n\nCouncillor Mary Tate declared a non-pecuniary interest in that she sat on the committee of the Elm Common Nature Reserve and also that the Hill Lane viewpoint was mentioned and she was on the Board of Conservators of the Common which adjoined the viewpoint and so the reserve. She would remain in the meeting whilst the item was discussed and voted upon.",
        ),
      ),
    ).toBe(
      "Non-pecuniary interests: item 9 (Open Spaces Order): Mary Tate (sat on the committee of the Elm Common Nature Reserve and also that the Hill Lane viewpoint was mentioned and she was on the Board of Conservators of the Common; stayed while voted on).",
    );
  });
});

describe("a quotation of several sentences", () => {
  it("stays in the sentence that quotes it", () => {
    expect(
      splitSentences(
        "The petition read: 'Shops on Elm Parade are losing trade. Please give us an hour of free parking'. Officers gave advice on the charges.",
      ),
    ).toEqual([
      "The petition read: 'Shops on Elm Parade are losing trade. Please give us an hour of free parking'.",
      "Officers gave advice on the charges.",
    ]);
    // The Council's apostrophes are no quotation marks.
    expect(splitSentences("The Council's plan was agreed. Residents' views were noted.")).toEqual([
      "The Council's plan was agreed.",
      "Residents' views were noted.",
    ]);
  });
});

describe("an older minute's Part I heading", () => {
  it("drops the 'RECOMMENDATION 1 -' numbering", () => {
    expect(cleanHeading("RECOMMENDATION 1 - Petition Requesting Free Parking on Elm Parade")).toBe(
      "Petition Requesting Free Parking on Elm Parade",
    );
    expect(cleanHeading("RECOMMENDATION II - Code of Corporate Governance")).toBe("Code of Corporate Governance");
    expect(cleanHeading("TARSAP Recommendation on the School Streets Programme")).toBe(
      "TARSAP Recommendation on the School Streets Programme",
    );
  });
});

describe("a recommendation whose numbered points follow 'That'", () => {
  it("says the points as recommendations, without the 'That'", () => {
    const raw = extractResolved(
      "Resolved to RECOMMEND: (To the Leader of the Council)\n\nThat (1) the first hour of parking be free on Elm Parade, Monday to Friday; and\n\n(2) all other charges remain the same.",
    );
    expect(plainResolution(raw!)).toBe(
      "Recommended to the Leader of the Council: (1) the first hour of parking to be free on Elm Parade, Monday to Friday; (2) all other charges to remain the same.",
    );
  });
});

describe("Council's petitions, each under its own 'Petition – …' heading", () => {
  it("reads the heading, the presenter 'signed by N people' and the quoted terms, with the referral after each", () => {
    expect(
      describePetitions(
        'RESOLVED: To note that the following petitions had been received:\n\n(1) Petition – Back Lane, Elm Parade\n\nSam Ford, a representative of the residents and traders of Elm Parade, presented a petition signed by 84 people with the following terms of reference:\n\n"The service road behind Elm Parade is dirty and needs cleaning and resurfacing."\n\nRESOLVED: That the petition be received and referred to the relevant Corporate Director for consideration.\n\n(2) Petition – One Site for Oakfield School\n\nAna Cruz, a representative of the parents of Oakfield School presented a petition signed by 1,240 people with the following terms of reference:\n\n"We ask for one school site in Pinner."',
      ),
    ).toEqual([
      '84 people: "The service road behind Elm Parade is dirty and needs cleaning and resurfacing." — presented by Sam Ford, a representative of the residents and traders of Elm Parade; referred to the relevant Corporate Director for consideration.',
      '1,240 people: "We ask for one school site in Pinner." — presented by Ana Cruz, a representative of the parents of Oakfield School.',
    ]);
  });
});

describe("a dispensation reported before the declarations", () => {
  it("is kept", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "The Monitoring Officer reported that a dispensation had been granted by the Standards Committee via the urgency procedure to enable Members that may otherwise have a pecuniary interest in Motion 3, Motion on Bus Fares, to take part in the debate for this meeting only and to remain, speak and vote.\n\nThe following interests were declared:\n\nItem 8 – Local Plan\n\nCouncillor Ivy Hale declared a non-pecuniary interest in that she lived near one of the sites. She would remain in the room whilst the matter was considered and voted upon.",
        ),
      ),
    ).toBe(
      "Dispensation: granted by the Standards Committee via the urgency procedure to enable Members that may otherwise have a pecuniary interest in Motion 3, Motion on Bus Fares, to take part in the debate for this meeting only and to remain, speak and vote.\nNon-pecuniary interests: item 8 (Local Plan): Ivy Hale (lived near one of the sites; stayed while voted on).",
    );
  });
});
