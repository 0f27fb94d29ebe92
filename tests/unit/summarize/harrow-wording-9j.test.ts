// Wordings found by a twelfth probe of Harrow meetings outside the real-text corpus (December 2026): Cabinet, Council,
// the Health and Wellbeing Board, the Governance, Audit, Risk Management and Standards Committee, the Corporate
// Parenting Panel, the Employees' Consultative Forum and Licensing Panel hearings, 2005–2025. The sentences are
// written here; names, dates, places and figures are made up.
import { describe, expect, it } from "vitest";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const standing = (title: string, minutesText: string, description: string | null = null) =>
  describeStandingItem(minuteItem(title, minutesText, { description }));

const summarize = (committeeName: string, title: string, minutesText: string) =>
  summarizeExtractive(
    makeInput({
      meeting: { committeeName, title: `${committeeName} - Tuesday 7 October 2025 7.30 pm` },
      items: [agendaItem(1, title, { number: null, minutesText })],
    }),
  );

describe("older minutes printed in capitals", () => {
  it("keeps the names of an amendment to minutes approved in capitals, in ordinary type", () => {
    const line = standing(
      "Council Minutes",
      "RESOLVED:\n\nTHAT THE MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON 9 MARCH 2025 BE TAKEN AS READ AND SIGNED AS A CORRECT RECORD, SUBJECT TO THE AMENDMENT OF THE ATTENDANCE LIST TO SHOW COUNCILLOR MAY ROSS AS THE WORSHIPFUL THE MAYOR AND COUNCILLOR LEN OAKES AS THE DEPUTY MAYOR.",
    );
    expect(line).toBe(
      "Minutes of the ordinary Council meeting of 9 March 2025 approved, subject to the amendment of the attendance list to show Cllr May Ross as the Worshipful the Mayor and Cllr Len Oakes as the Deputy Mayor.",
    );
  });
});

describe("declarations", () => {
  it("keeps the item a declaration names 'in relation to item 7, Title'", () => {
    expect(
      standing(
        "Declarations of Interest",
        "Councillor Omar Vale declared a personal and prejudicial interest in relation to item 7, Review of Street Trading Policy.  He left the room during consideration and decision making on this item.",
      ),
    ).toBe("Prejudicial interests: Omar Vale (item 7 (Review of Street Trading Policy); left).");
  });

  it("reads a reason joined by ', and that' as two facts, and a kind run into 'interest' as that kind", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED:  To note that the following interests were declared for all agenda items:\n\nCouncillor Ada Finch declared a non-pecuniaryinterest in that she was a member of Unite, and that her brother works for the Council.  She would remain in the room whilst all matters were considered and voted upon.",
      ),
    ).toBe(
      "Non-pecuniary interests: Ada Finch (member of Unite, and her brother works for the Council; stayed while voted on).",
    );
  });
});

describe("a panel's own minutes and chair", () => {
  it("reads 'the minutes of the meeting of the Committee held on' as the meeting's minutes", () => {
    expect(
      standing(
        "Minutes",
        "RESOLVED:  That the minutes of the meeting of the Committee held on 4 June 2025 be taken as read and signed as a correct record.",
      ),
    ).toBe("Minutes of 4 June 2025 approved.");
  });

  it("says a hearing's Chairman was appointed, whatever the case of 'hearing'", () => {
    for (const hearing of ["Hearing", "hearing"])
      expect(
        standing(
          "Appointment of Chair",
          `RESOLVED:  That Councillor Mrs Lena Cobb be appointed Chairman of the Licensing Panel ${hearing}.`,
        ),
      ).toBe("Cllr Mrs Lena Cobb appointed Chairman.");
  });

  it("drops the standing note on how a pooled panel's minutes are approved", () => {
    expect(
      standing(
        "Arrangement of Agenda",
        "RESOLVED: To note that all items be considered with the press and public present.\n\n[Note:  Licensing Panel minutes are:-\n\n(1) approved following each meeting by the Members serving on that particular occasion and signed as a correct record by the Chair for that meeting;\n(2) not submitted to the next panel meeting for approval.\n\nReasons: The Licensing Panel is constituted from a pooled membership.  A later Panel is likely to have a different Chair and Members.]",
      ),
    ).toBe("All items taken in public.");
  });
});

describe("an advisory panel's right to speak", () => {
  it("pairs the cells of a table after 'the following Members could speak at the meeting:'", () => {
    expect(
      standing(
        "Right of Members to Speak",
        "RESOLVED:  In accordance with Executive Procedure Rule 40.1 – Part 4D of\n\nthe Constitution, the Panel agreed that the following Members could speak at\n\nthe meeting:\n\nCouncillor\n\nAgenda Item\n\nRita Moss\n\n8 – Information Report: Petitions\n\nKarl Dunn\n\n11 – Northfield Area Parking Review – Consultation Results",
      ),
    ).toBe(
      "Members' right to speak: Rita Moss (item 8 – Information Report: Petitions); Karl Dunn (item 11 – Northfield Area Parking Review – Consultation Results).",
    );
  });
});

describe("an item named inside a declaration's reason", () => {
  it("files the declaration under the header's item, not an item its reason mentions", () => {
    const line = standing(
      "Declarations of Interest",
      "RESOLVED: To note that the following declarations were made:\n\nAgenda Item 9 Decisions Taken Under The Urgency Procedure\n\nCouncillor Ian Holt declared a non-pecuniary interest in that he had previously declared a non-pecuniary interest on agenda item 1/02, Hill Farm, Old Lane, P/1234/21, when the Committee considered the application on 3 March 2025.",
    );
    expect(line).toMatch(
      /^Non-pecuniary interests: item 9 \(Decisions Taken Under The Urgency Procedure\): Ian Holt \(had previously declared/,
    );
    expect(line).not.toMatch(/Ian Holt \(item 1\/02/);
  });
});

describe("the item a declaration names before its reason", () => {
  it("still reads 'an interest in item 6 in that …'", () => {
    expect(
      standing(
        "Declarations of Interest",
        "Councillor Bea Lyle declared a non-pecuniary interest in item 6 in that she lived on Mill Road.",
      ),
    ).toBe("Non-pecuniary interests: Bea Lyle (item 6, lived on Mill Road).");
  });
});

describe("a declaration's reason", () => {
  it("drops the article before an honorary or former member, as before a member", () => {
    expect(
      standing(
        "Declarations of Interest",
        "Councillor Joe Pratt declared a non-pecuniary interest in that he was an honorary member of the Rail Workers Union.",
      ),
    ).toBe("Non-pecuniary interests: Joe Pratt (honorary member of the Rail Workers Union).");
  });
});

describe("declarations on questions", () => {
  it("keeps the questions and the reason of 'an interest in relation to public questions 4, 5 and 6 that she was …'", () => {
    expect(
      standing(
        "Declarations of Interest",
        "Item 6 – Public Questions\n\nCouncillor Jo Reed declared a disclosable pecuniary interest in relation to public questions 4, 5 and 6 that she was the chair of governors for Elm Primary School which was next to the site.",
      ),
    ).toBe(
      "Pecuniary interests: item 6 (Public Questions): Jo Reed (public questions 4, 5 and 6, the chair of governors for Elm Primary School).",
    );
  });
});

describe("an older minute's standing lines", () => {
  it("joins a sentence the page broke after 'the' before a capital, and says whose notice appointed a member", () => {
    const line = standing(
      "Membership",
      "In accordance with Council Procedure Rule 1.5, the Green Group have given notice that Councillor Ivo Marsh be appointed to the vacancy on the\n\nScrutiny Sub-Committee (with effect 2 March 2025).\n\nRESOLVED:  That the Sub-Committee welcomed Councillor Ivo Marsh as a main Member of the Sub-Committee.",
    );
    expect(line).toBe(
      "Cllr Ivo Marsh appointed from 2 March 2025 (notice from the Green Group); the Sub-Committee welcomed Cllr Ivo Marsh as a main Member.",
    );
  });

  it("gives apologies for part of a meeting without the clerk's minute pointer", () => {
    expect(
      standing(
        "Apologies for Absence",
        "Apologies for absence were received from the Chief Executive, and from Councillors Lu Chen and Parr, Lead Members of the Waste Review Group, in respect of agenda item 8 (Minute 702 refers).",
      ),
    ).toBe(
      "Apologies: the Chief Executive, and Lu Chen and Parr, Lead Members of the Waste Review Group, in respect of agenda item 8.",
    );
  });
});

describe("a forum's welcome", () => {
  it("gives what the Chair asked to be minuted as the fact itself", () => {
    expect(
      standing(
        "Welcome",
        "The Chair asked that it be minuted that there were no leaseholder representatives at the meeting.\n\nRESOLVED:  That all representatives present be allowed to speak on all agenda items.",
      ),
    ).toBe(
      "There were no leaseholder representatives at the meeting; all representatives present allowed to speak on all agenda items.",
    );
  });
});

describe("an advisory panel's recommendation whose subject has no article", () => {
  it("never makes the subject the body's verb ('recommended that Cabinet organisations …')", () => {
    const summary = summarize(
      "Grants Advisory Panel",
      "Grants Applications 2026/2027",
      "The Panel received a report which set out the applications for funding for 2026/27.\n\nResolved to RECOMMEND: (to Cabinet)\n\nThat (1) organisations currently receiving a grant through a three-year agreement as listed in Appendix 1 continue to receive funding in the 2026/27 financial year;\n\n(2)  a grant of £9,000 be awarded to the Pinner Heritage Trust.",
    );
    expect(summary.overview).not.toMatch(/\bthat Cabinet organisations\b/);
    expect(summary.overview).toMatch(/Grants Applications 2026\/2027|Pinner Heritage Trust/);
  });
});
