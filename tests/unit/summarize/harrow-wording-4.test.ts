// Wordings of Harrow's minutes from committees the earlier probes had not read (the Grants Advisory Panel, Licensing
// and General Purposes, the Major Developments and Planning Policy panels, the Chief Officers' Employment Panel,
// SACRE, the Education Forum and the Town Centre Forum, 2003-2024; December 2026). The sentences are written here;
// names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { splitPrintedMinutes } from "@/lib/summarize/extractive/split-minutes";
import type { TextBlock } from "@/lib/summarize/text/blocks";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import type { SummaryItem } from "@/lib/summarize/types";
import { makeInput, minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("an appointment the meeting only notes is said as an appointment", () => {
  it("'To note the appointment at the meeting of the Cabinet held on … of Councillor A as Chair …'", () => {
    const noted = item(
      "Appointment of Chair",
      "RESOLVED: To note the appointment at the meeting of the Cabinet held on 14 May 2026 of Councillor Rhona Tait as Chair of the Forum for the Municipal Year 2026/2027.",
    );
    expect(describeStandingItem(noted)).toBe(
      "Cllr Rhona Tait appointed Chair for 2026/2027 (by Cabinet on 14 May 2026).",
    );
  });

  it("'That the appointment, by Cabinet on …, of Councillor A as Chairman … be noted'", () => {
    const noted = item(
      "Appointment of Chairman",
      "RESOLVED:  That the appointment, by Cabinet on 3 October 2026, of Councillor Omar Finch as Chairman of the Panel for the remainder of the 2026/27 municipal year be noted.",
    );
    expect(describeStandingItem(noted)).toBe(
      "Cllr Omar Finch appointed Chairman for the rest of 2026/27 (by Cabinet on 3 October 2026).",
    );
  });

  it("the appointment named first and where it was made after ('… as Vice-Chairman at the Special meeting …')", () => {
    const noted = item(
      "Appointment of Vice-Chairman",
      "RESOLVED:  To note the appointment of Councillor Priya Lal as Vice-Chairman at the Special meeting of the Licensing and General Purposes Committee on 20 May 2026.",
    );
    expect(describeStandingItem(noted)).toBe(
      "Cllr Priya Lal appointed Vice-Chairman (at the Special meeting of the Licensing and General Purposes Committee on 20 May 2026).",
    );
  });

  it("drops the procedure rule it was made under and keeps the meeting's date", () => {
    const noted = item(
      "Appointment of Chairman",
      "RESOLVED:  To note the appointment under the provisions of Council Procedure Rule 1.1 (xii) at the Extraordinary Council meeting, held on 27 May 2026, of Councillor Bea Hart as Chairman of the Committee for the Municipal Year 2026/27.",
    );
    expect(describeStandingItem(noted)).toBe(
      "Cllr Bea Hart appointed Chairman for 2026/27 (at the Extraordinary Council meeting on 27 May 2026).",
    );
  });

  it("a member from outside the council appointed by the meeting, and new members from a list", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chairman",
          "RESOLVED:  To appoint Mrs Dora Quayle as Vice-Chairman of the SACRE for the 2026/2027 Municipal Year.",
        ),
      ),
    ).toBe("Mrs Dora Quayle appointed Vice-Chairman for 2026/2027.");
    expect(
      describeStandingItem(
        item(
          "Welcome, Introductions and Membership",
          "RESOLVED:  To appoint the following nominees as new Members of the Standing Advisory Council for Religious Education (SACRE):\n\nDr K Obi (nominated to replace Mr Venn as Humanist Member)\n\nRev'd T Moss (nominated by the Harrow Deanery Synod)",
        ),
      ),
    ).toBe(
      "New members appointed: Dr K Obi (nominated to replace Mr Venn as Humanist Member); Rev'd T Moss (nominated by the Harrow Deanery Synod).",
    );
  });

  it("'be elected Chairman' is what happened", () => {
    expect(
      describeStandingItem(
        item(
          "Election of Chairman for Municipal Year 2026/27",
          "RESOLVED:  That Councillor Hana Yeo be elected Chairman unanimously for the Municipal Year 2026/27.",
        ),
      ),
    ).toBe("Cllr Hana Yeo elected Chairman unanimously for 2026/27.");
  });
});

describe("names the page ran into their title", () => {
  it("'CouncillorAnn Lee' in a reserves table is Ann Lee", () => {
    const reserves = item(
      "Attendance by Reserve Members",
      "RESOLVED:  To note the attendance at this meeting of the following duly appointed Reserve Members:-\n\nOrdinary Member\n\nReserve Member\n\nCouncillor Tom Rudd\n\nCouncillorAnn Lee\n\nCouncillorJay Kapoor\n\nCouncillor Ed Marr",
    );
    expect(describeStandingItem(reserves)).toBe("Reserves: Ann Lee for Tom Rudd; Ed Marr for Jay Kapoor.");
  });
});

describe("the smaller panels' standing items are standing lines", () => {
  it("an opening reflection says who gave it, and what the meeting decided about them", () => {
    const reflection = item("Opening Reflection", "Mr Idris Vane opened the meeting with a spiritual reflection.");
    expect(classifyItem(reflection)).toBe("procedural");
    expect(describeStandingItem(reflection)).toBe("Opening reflection: Mr Idris Vane.");
    expect(
      describeStandingItem(
        item(
          "Opening Reflection",
          "This was led by Ms Noor Abadi, who read a passage on hospitality from the Talmud.\n\nRESOLVED:  That opening reflections would be continued at all future meetings.",
        ),
      ),
    ).toBe(
      "Opening reflection: Ms Noor Abadi, who read a passage on hospitality from the Talmud; opening reflections would be continued at all future meetings.",
    );
  });

  it("'Attendance of Reserve Members' is the reserves item, and a minute cut after four words says nothing", () => {
    const cut = item("Attendance of Reserve Members", "RESOLVED:  To note the a");
    expect(classifyItem(cut)).toBe("procedural");
    expect(describeStandingItem(cut)).toBeNull();
  });

  it("no matters arising is a standing line, not a decision", () => {
    const none = item("Matters Arising", "AGREED:  To note that there were no matters arising from the minutes.");
    expect(classifyItem(none)).toBe("procedural");
    expect(describeStandingItem(none)).toBe("No matters arising.");
    // Matters arising that record something stay business.
    expect(
      classifyItem(
        item(
          "Matters Arising",
          "Members noted that the Hindu community had nominated a new representative, and that officers would write to the two members who had resigned to thank them for their service over many years.",
        ),
      ),
    ).toBe("substantive");
  });

  it("the chair for one meeting of a panel is an appointment", () => {
    const chair = item(
      "Chair for the Panel",
      "Further to Minute 12 of the meeting held on 2 March 2026,\n\nRESOLVED:  To note that Councillor Ivy Mount had been appointed Chair of the Panel for this meeting.",
    );
    expect(classifyItem(chair)).toBe("procedural");
    expect(describeStandingItem(chair)).toBe("Cllr Ivy Mount appointed Chair for this meeting.");
    // "To note that, in the absence of …": no comma left over.
    expect(
      describeStandingItem(
        item(
          "Chair for the Panel",
          "RESOLVED:  To note that, in the absence of the Chair, Councillor Ivy Mount had been appointed Chair of the Panel for this meeting.",
        ),
      ),
    ).toBe("In the absence of the Chair, Cllr Ivy Mount appointed Chair for this meeting.");
  });

  it("the order of the agenda, changed: why, not the new order itself or the clerk's note of the sequence", () => {
    const order = item(
      "Order of Agenda",
      "Several members said that they would have to leave the meeting early, and the order of the agenda was therefore changed.\n\nRESOLVED:  That, in order to allow members who could not stay for the whole evening to take part in setting up the Conference, the agenda be altered to run as follows:-\n\nStanding Conference\n\nAgenda as circulated\n\n[Note: (i) the Council stood adjourned; (ii) the Conference met.]",
    );
    expect(classifyItem(order)).toBe("procedural");
    expect(describeStandingItem(order)).toBe(
      "Agenda order changed to allow members who could not stay for the whole evening to take part in setting up the Conference.",
    );
  });

  it("minutes approved 'subject to the following amendments, the minutes of …' say which minutes first", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That, subject to the following amendments, the minutes of the meeting held on 6 October 2026 be taken as read and signed as a correct record:\n\n(i) Minute 4 – the apologies of Councillor Lea Fenn be recorded.",
        ),
      ),
    ).toBe(
      "Minutes of 6 October 2026 approved, subject to amendments: Minute 4 – the apologies of Cllr Lea Fenn be recorded.",
    );
  });

  it("the Chief Officers' Employment Panel's nominees table pairs who sat for whom", () => {
    const nominees = item(
      "Membership",
      "RESOLVED:  To note the attendance at this meeting of the following duly appointed nominated Members:\n\nOrdinary Member\n\nNominated Member\n\nCouncillor Ada Blum\n\nCouncillor Rafe Core\n\nCouncillor Lin Ostrow\n\nCouncillor Kit Dane",
    );
    expect(describeStandingItem(nominees)).toBe("Nominated members: Rafe Core for Ada Blum; Kit Dane for Lin Ostrow.");
  });

  it("the press and public excluded, in one plain line (nothing when the page cut the minute before it said so)", () => {
    const excluded = item(
      "Exclusion of the Press and Public",
      "RESOLVED: That in accordance with Part I of Schedule 12A to the Local Government Act 1972, the press and public be excluded from the meeting for the following item(s) for the reasons set out below:",
    );
    expect(classifyItem(excluded)).toBe("procedural");
    expect(describeStandingItem(excluded)).toBe("Press and public excluded.");
    expect(
      describeStandingItem(
        item("Exclusion of the Press and Public", "RESOLVED:  That in accordance with Part I of Sch"),
      ),
    ).toBeNull();
    expect(
      describeStandingItem(
        item(
          "Arrangement of Agenda",
          "RESOLVED:  That the item appearing in Part II of the agenda (Minute 40 refers) be considered with the press and public excluded on the grounds that it contained confidential information which was exempt under the provisions of paragraph 1 of Part I to Schedule 12A of the Local Government Act 1972, in that it related to an applicant for a post with the Authority.",
        ),
      ),
    ).toBe(
      "Part II item taken with the press and public excluded: it related to an applicant for a post with the Authority.",
    );
  });

  it("no reserve members on the committee at all, and the item dropped from later agendas", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED:  (1) To note that no Reserve Members were included in the Committee's membership; and\n\n(2)  that this item be removed from future agendas.",
        ),
      ),
    ).toBe("No reserve members. This item to be removed from future agendas.");
  });

  it("a correction list's ':-' and a lone bullet mark are not text", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 4 March 2026 be taken as read and signed as a correct record, subject to the following amendments:-\n\n(i) in the attendance list, Mr Ola Ruiz's surname was misspelt.\n\n(ii) apologies from Mrs Fay Dunn to be added.",
        ),
      ),
    ).toBe(
      "Minutes of 4 March 2026 approved, subject to amendments: in the attendance list, Mr Ola Ruiz's surname was misspelt; apologies from Mrs Fay Dunn to be added.",
    );
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 4 March 2026 be taken as read and signed as a correct record, subject to the following amendment:\n\n·",
        ),
      ),
    ).toBe("Minutes of 4 March 2026 approved, subject to an amendment.");
  });

  it("a declaration under an item header that gives only the number ('Agenda Item 3:')", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "Agenda Item 3:\n\nCouncillor Una Pryce declared a personal interest in that she was a serving councillor.",
        ),
      ),
    ).toBe("Personal interests: item 3: Una Pryce (a serving councillor).");
  });
});

describe("'this Forum' is the meeting's own body", () => {
  it("'appointment … as Chairman of this Forum' drops it", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Chairman",
          "RESOLVED:  To note the appointment, at the Cabinet meeting on 4 June 2026, of Councillor Miss Ida Worth as Chairman of this Forum for the Municipal Year 2026/27.",
        ),
      ),
    ).toBe("Cllr Miss Ida Worth appointed Chairman for 2026/27 (by Cabinet on 4 June 2026).");
  });
});

describe("an advisory panel's recommendations, as older minutes print them", () => {
  const grants = (resolution: string, after = "") =>
    summarizeExtractive(
      makeInput({
        items: [
          minuteItem(
            "RECOMMENDATION 1 - Voluntary Sector Grants 2026/27",
            `The Panel received a report of the Director of Finance which set out the applications for funding.\n\nThe officer advised that the fund now stood at £18,200.\n\n${resolution}${after}`,
          ),
        ],
      }),
    );
  const section = (summary: ReturnType<typeof grants>) => summary.sections[0]!;
  const bullets = (summary: ReturnType<typeof grants>) => section(summary).bullets.map((b) => b.text);

  it("says why in one 'Reason:' line, and drops a reason that only points at the report and a 'See also' pointer", () => {
    const summary = grants(
      "Resolved to RECOMMEND: (to the Portfolio Holder for Finance)\n\nThat (1) £400 be released to Pinner Bowls Club;\n\n(2) £1,500 be reserved for Wealdstone Youth Trust pending its accounts.",
      "\n\n[Reason for Recommendation: To share the trust's monies among voluntary groups for 2026/27].\n\n(See also Minutes 14 and 19).",
    );
    expect(section(summary).decision).toBe(
      "Recommended to the Portfolio Holder for Finance: (1) £400 to be released to Pinner Bowls Club; (2) £1,500 to be reserved for Wealdstone Youth Trust pending its accounts.",
    );
    expect(bullets(summary)).toContain("Reason: To share the trust's monies among voluntary groups for 2026/27.");
    expect(bullets(summary).join(" ")).not.toMatch(/See also|\[Reason/);
    const pointer = grants(
      "Resolved to RECOMMEND: (To the Portfolio Holder)\n\nThat the grant of £400 be released to Pinner Bowls Club.",
      "\n\nREASON: As set out in the officer report.",
    );
    expect(bullets(pointer).join(" ")).not.toMatch(/REASON|Reason/);
  });

  it("a bracketed reason is not part of the decision", () => {
    const summary = grants(
      "Resolved to RECOMMEND: (To Cabinet)\n\nThat the amendments to the Panel's terms of reference be approved.\n\n[Reason: To bring the terms of reference up to date].",
    );
    expect(section(summary).decision).toBe(
      "Recommended to Cabinet: approve the amendments to the Panel's terms of reference.",
    );
  });

  it("'That Cabinet (1) note …; (2) agree that …; (3) agree to …': each point keeps its own verb", () => {
    const summary = grants(
      "Resolved to RECOMMEND: (To Cabinet)\n\nThat Cabinet (1) note that the grants budget for 2026/27 is £1,204,000;\n\n(2)  agree that £28,000 of it covers inflation on salaries;\n\n(3)  agree to the 'in principle' grants set out in the appendix to these minutes.",
    );
    expect(section(summary).decision).toBe(
      "Recommended to Cabinet: (1) note that the grants budget for 2026/27 is £1,204,000; (2) agree that £28,000 of it covers inflation on salaries; (3) agree to the 'in principle' grants set out in the appendix to these minutes.",
    );
  });

  it("keeps 'detailed in Appendix 1 of these minutes', which says where the grants are, not a report's section", () => {
    const summary = grants(
      "Resolved to RECOMMEND: (to Cabinet)\n\nThat (1) a grant of £12,000 be awarded to the Harrow Heritage Trust;\n\n(2) the recommendations detailed in Appendix 1 of these minutes be agreed.",
    );
    expect(section(summary).decision).toContain("(2) the recommendations detailed in Appendix 1 of these minutes");
  });

  it("'Resolved to RECOMMEND (unanimously): (to Council)' is a recommendation to Council", () => {
    const summary = grants(
      "Resolved to RECOMMEND (unanimously): (to Council)\n\nThat Ms Ines Garde be appointed Chief Executive.",
    );
    expect(section(summary).decision).toBe(
      "Recommended to Council (unanimously): Ms Ines Garde to be appointed Chief Executive.",
    );
  });

  it("a policy recommended for endorsement 'attached at Appendix A' loses no comma to the verb", () => {
    const summary = grants(
      "Resolved to RECOMMEND: (to Council)\n\nThat the Licensing Policy, attached at Appendix A, be endorsed.\n\n(See also Minute 61)",
    );
    expect(section(summary).decision).toBe(
      "Recommended to Council: endorse the Licensing Policy, attached at Appendix A.",
    );
  });

  it("the overview of a recommendation to release one grant and withdraw others says it recommended", () => {
    const summary = grants(
      "Resolved to RECOMMEND: (To the Portfolio Holder)\n\nThat (1) the reserved grant of £5,000 be released to the Women's Centre;\n\n(2) the reserved grant of £2,500 for Harrow Link be withdrawn and taken back into the Grants Budget.",
    );
    expect(summary.overview).not.toContain("withdrawal");
    expect(summary.overview).toMatch(/\brecommend/);
  });
});

describe("a forum's notes and a presentation's list", () => {
  it("apologies 'Received from …' and notes of an informal meeting noted, older minutes for the next meeting", () => {
    expect(
      describeStandingItem(
        item("Apologies for Absence", "Received from Councillor Ana Berg and Mr Colm Daly, Station Road Traders."),
      ),
    ).toBe("Apologies: Ana Berg and Mr Colm Daly, Station Road Traders.");
    expect(
      describeStandingItem(
        item(
          "Minutes of Meetings",
          "AGREED:  That (1) the notes of the informal meeting of the Forum held on 12 February 2026 be noted; (2) the minutes of the meeting held on 3 July 2025 be considered at the next meeting of the Forum.",
        ),
      ),
    ).toBe(
      "Minutes of 12 February 2026 and 3 July 2025: the notes of the informal meeting of the Forum held on 12 February 2026 noted; the minutes of the meeting held on 3 July 2025 to be considered at the next meeting.",
    );
  });

  it("minutes approved after a remark about them: the approval first", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "Following a Member's question, the Chair said that the meetings were webcast and that the minutes were not a verbatim record.\n\nRESOLVED: That the minutes of the meeting held on 9 September 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe(
      "Minutes of 9 September 2026 approved; following a Member's question, the Chair said that the meetings were webcast and that the minutes were not a verbatim record.",
    );
  });

  it("keeps the long sentence a presentation's list hangs from", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          minuteItem(
            "Local Development Framework - Core Strategy Preferred Option",
            "The Forum received a presentation from an officer on the Core Strategy Preferred Option, and on the context and main drivers for change in the borough over the next fifteen years, which included:\n\n· the existing environment and an emerging evidence base;\n\n· changes to national policy;\n\n· changes to the regional planning context.\n\nThe officer said that the aim of the Core Strategy was to encourage the transformation of the borough by 2026.",
          ),
        ],
      }),
    );
    const text = summary.sections[0]!.bullets.map((b) => b.text).join("\n");
    expect(text).toMatch(/^The Forum received a presentation .* which included: the existing environment/m);
  });
});

describe("the Partnership Board's substitutes and appointments", () => {
  it("a substitutes table with an Organisation column pairs each row's three cells", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Substitute Members",
          "RESOLVED:  To note the attendance at this meeting of the following duly appointed Reserve Member:-\n\nOrdinary Member\n\nReserve Member\n\nOrganisation\n\nCouncillor Rita Vale\n\nCouncillor Owen Lusk\n\nHarrow Council\n\nJo Penn\n\nSam Idris\n\nHarrow Police",
        ),
      ),
    ).toBe("Reserves: Owen Lusk for Rita Vale (Harrow Council); Sam Idris for Jo Penn (Harrow Police).");
  });

  it("'To (1) note the attendance of A of B as substitute member for C'", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Substitute Members",
          "AGREED: To (1) note the attendance of Lena Moor of the Volunteer Centre as substitute member for Ravi Dutt;\n\n(2) note the apologies received.",
        ),
      ),
    ).toBe("Reserves: Lena Moor of the Volunteer Centre for Ravi Dutt.");
  });

  it("a proposal that someone 'be appointed' is no appointment; a deferred appointment says so", () => {
    const deferred = describeStandingItem(
      item(
        "Appointment of Vice-Chairman",
        "The Chair proposed that Dr Ann Hale be appointed as Vice-Chair. Dr Hale said that she could not take on the role this year.\n\nMembers therefore proposed that the appointment of a Vice-Chair be deferred until the next meeting.",
      ),
    );
    expect(deferred).toBe("Appointment of a Vice-Chair deferred until the next meeting.");
    const proposed = describeStandingItem(
      item(
        "Appointment of Vice-Chairman",
        "The Chair proposed that Dr Ann Hale be appointed as Vice-Chair, which members supported.",
      ),
    );
    expect(proposed).not.toMatch(/Hale appointed/);
  });

  it("an appointment agreed after an account of the nomination: who was appointed, even without a title", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chairman",
          "The Chairman said that this item had been held over from the last meeting. Nita Shah's nomination was proposed and agreed.\n\nAGREED: That Nita Shah, the voluntary sector's representative, be appointed Vice-Chairman of the Board for the 2026-27 Municipal Year.",
        ),
      ),
    ).toBe("Nita Shah, the voluntary sector's representative, appointed Vice-Chairman for 2026-27.");
  });

  it("minutes 'agreed as a correct record' are approved", () => {
    expect(
      describeStandingItem(
        item("Minutes", "The minutes of the meeting held on 2 June 2026 were agreed as a correct record."),
      ),
    ).toBe("Minutes of 2 June 2026 approved.");
  });
});

describe("more of the smaller panels' standing wordings", () => {
  it("no nominee members, and minutes 'of the meeting of the <Panel> held on …'", () => {
    expect(
      describeStandingItem(item("Membership", "RESOLVED:  To note that there were no nominee Members in attendance.")),
    ).toBe("No nominated members.");
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting of the Chief Officers' Employment Panel held on 7 April 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 7 April 2026 approved.");
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on the 9 May 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 May 2026 approved.");
  });

  it("a substitutes table whose cells do not pair up lists them without the header or lead-in", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Substitute Members",
          "(1) note the attendance at this meeting of the following substitute Members:-\n\nOrdinary Member\n\nReserve Member\n\nAda Price\n\nBen Cole\n\nHarrow Police\n\nCara Dent\n\nJobcentre Plus\n\n(2) note the apologies received.",
        ),
      ),
    ).toBe("Substitutes (the table as printed): Ada Price, Ben Cole, Harrow Police, Cara Dent, Jobcentre Plus.");
  });

  it("a chair of the body itself drops the body's name, and an appointment the page cut loses its partial words", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Chairman",
          "RESOLVED:  That Mrs Ivy Lane be appointed Chairman of the Standing Advisory Council for Religious Education for the Municipal Year 2026/27.",
        ),
      ),
    ).toBe("Mrs Ivy Lane appointed Chairman for 2026/27.");
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chairman",
          "RESOLVED:  That Councillor Ray Oduya be appointed Vice-Chairman of the Major Developments Panel for the Mun",
          "To appoint a Vice-Chairman for the Municipal Year 2026/27.",
        ),
      ),
    ).toBe("Cllr Ray Oduya appointed Vice-Chairman…");
    // A whole minute that ends without a full stop keeps every word.
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chairman",
          "RESOLVED:  That Councillor Ray Oduya be appointed Vice-Chairman for the Municipal Year 2026/27",
          "To appoint a Vice-Chairman for the Municipal Year 2026/27.",
        ),
      ),
    ).toBe("Cllr Ray Oduya appointed Vice-Chairman for 2026/27.");
  });

  it("a later point the minute began with a lower-case word after 'That' stays in lower case", () => {
    expect(
      describeStandingItem(
        item(
          "Membership",
          "Nomination forms had been sent out so that the membership could be confirmed.\n\nRESOLVED:  That forms not returned at the meeting be forwarded to the clerk by 30 June 2026.",
        ),
      ),
    ).toBe(
      "Nomination forms had been sent out so that the membership could be confirmed; forms not returned at the meeting to be forwarded to the clerk by 30 June 2026.",
    );
  });
});

describe("printed minutes whose item title ran into the paragraph after it", () => {
  it("starts the item at its whole title and keeps the sentence that followed", () => {
    const block = (text: string): TextBlock => ({ kind: "para", text, page: 1 });
    const items = [
      { ...item("Matters Arising", null), position: 1 },
      { ...item("Service Integration across Health and Social Care - Governance Arrangements", null), position: 2 },
    ];
    const split = splitPrintedMinutes(
      [
        block("Matters Arising"),
        block("The Chair said the partner would be invited to a later meeting."),
        block(
          "Service Integration across Health and Social Care - Governance Arrangements The Board considered a report on joint working between health and social care.",
        ),
        block("Members were concerned that the structure would be hard to run."),
      ],
      items,
    );
    const texts = (position: number) => split.get(position)!.map((b) => ("text" in b ? b.text : ""));
    expect(texts(1)).toEqual(["The Chair said the partner would be invited to a later meeting."]);
    expect(texts(2)).toEqual([
      "The Board considered a report on joint working between health and social care.",
      "Members were concerned that the structure would be hard to run.",
    ]);
  });
});
