// Wordings found by a fourth probe of Harrow meetings outside the real-text corpus (December 2026): scrutiny, the
// Corporate Parenting Panel, the Health and Wellbeing Board, the audit and standards committees and the Employees'
// Consultative Forum, mostly 2005–2018. The sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { outcomePhrase } from "@/lib/summarize/extractive/overview";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("older standing wordings", () => {
  it("keeps the apologies of members named as Mr or Mrs ('To note the apologies received from …')", () => {
    const apologies = item(
      "Apologies for Absence",
      "RESOLVED:  To note the apologies received from Mr Tomas Ruell and Mrs Hana Odell.",
    );
    expect(describeStandingItem(apologies)).toBe("Apologies: Mr Tomas Ruell and Mrs Hana Odell.");
  });

  it("reads 'A minute of silence was observed in memory of …' under a title that is the person's name", () => {
    const silence = item(
      "Mr Ivor Penn and Councillor Ruth Alder",
      "A minute of silence was observed in memory of Ivor Penn, who had worked for the Council for many years, and Councillor Ruth Alder.",
    );
    expect(classifyItem(silence)).toBe("procedural");
    expect(describeStandingItem(silence)).toBe(
      "Minute's silence for Ivor Penn, who had worked for the Council for many years, and Cllr Ruth Alder.",
    );
    // A business item that mentions a silence in passing stays business.
    expect(
      classifyItem(
        item(
          "Staff Survey Results",
          "A minute of silence was observed at the start. The Forum then received the results of the staff survey, which showed that 61% of staff felt valued.",
        ),
      ),
    ).toBe("substantive");
  });

  it("leaves out the lead-in 'Further to the report of …, it was' before an appointment", () => {
    const chair = item(
      "Appointment of Chairman",
      "Further to the report of the Director of Legal Services, it was\n\nRESOLVED:  That the Venerable Anna Crofts be appointed Chairman of the Standards Committee for the Municipal Year 2011/12.",
    );
    expect(describeStandingItem(chair)).toBe("The Venerable Anna Crofts appointed Chairman for 2011/12.");
  });

  it("says a noted appointment as what happened, with where it was made", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Chairman",
          "RESOLVED:  To note the appointment of Councillor Lena Hart at the Cabinet meeting on 12 February 2015 as Chairman of the Corporate Parenting Panel for the remainder of the Municipal Year 2014/2015.",
        ),
      ),
    ).toBe("Cllr Lena Hart appointed Chairman for the rest of 2014/2015 (at the Cabinet meeting on 12 February 2015).");
    expect(
      describeStandingItem(
        item(
          "Appointment of Chairman",
          "RESOLVED:  To note the appointment at the Special Meeting of the Overview and Scrutiny Committee on 9 June 2011 of Councillor Omar Vance as Chairman of the Sub-Committee for the Municipal Year 2011/2012.",
        ),
      ),
    ).toBe(
      "Cllr Omar Vance appointed Chairman for 2011/2012 (at the Special Meeting of the Overview and Scrutiny Committee on 9 June 2011).",
    );
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED:  To note the appointment of the Chief Executive of Harrow Healthwatch, Dr Ines Morrow, as Vice-Chair of the Board for the 2019-20 Municipal Year.",
        ),
      ),
    ).toBe("Dr Ines Morrow (Chief Executive of Harrow Healthwatch) appointed Vice-Chair for 2019-20.");
  });

  it("pairs the reserves table when a bracketed note follows it, and says the note", () => {
    const reserves = item(
      "Attendance by Reserve Members",
      "RESOLVED:  To note the attendance at this meeting of the following duly appointed Reserve Members:\n\nOrdinary Member\n\nReserve Member\n\nCouncillor Pia Drummond\n\nCouncillor Ken Ashe\n\nCouncillor Rory Blake\n\nCouncillor Sana Mir\n\n[Note:  The meeting was also told, during this item, that Councillor Ned Fry would attend as a Reserve Member for Councillor Ola Hine, but Councillor Fry did not in the end attend].",
    );
    expect(describeStandingItem(reserves)).toBe(
      "Reserves: Ken Ashe for Pia Drummond; Sana Mir for Rory Blake. Cllr Ned Fry would attend for Cllr Ola Hine, but Cllr Fry did not in the end attend.",
    );
  });
});

describe("declarations", () => {
  it("names every member who declared together, and says a prejudicial interest and what it was in", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interest was declared:\n\nAgenda Item 6 – Review of the Standards Framework\n\nDr Alma Reyes and Mr Piet Sand declared prejudicial interests in relation to the proposals about the independent persons, as this was a post they both held.  They would therefore leave the room while those proposals were discussed.",
      ),
    );
    expect(line).toBe(
      "Prejudicial interests: item 6 (Review of the Standards Framework): Alma Reyes and Piet Sand (in the proposals about the independent persons, a post they both held; left).",
    );
  });

  it("lists several councillors named before one verb", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: Councillors Jo Varga, Eli Stone, K L Moss and Tim Roe declared personal interests in item 8 as they were governors of local schools.",
      ),
    );
    expect(line).toContain("Jo Varga, Eli Stone, K L Moss and Tim Roe");
    // A title after a comma is not another member.
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: Councillor Jo Varga, Chair of the Harrow Arts Trust, declared a personal interest in item 8.",
        ),
      ),
    ).toBe("Personal interests: Jo Varga (item 8).");
  });

  it("reads an older declarations table laid out a cell to a paragraph", () => {
    const table = (names: string, says: string) =>
      item(
        "Declarations of Interest",
        `RESOLVED: To note that the following interests were declared:\n\nAgenda Item\n\nMember\n\nNature of Interest\n\n9.     Pay and Grading Review\n\n${names}\n\n${says}`,
      );
    expect(
      describeStandingItem(
        table(
          "Councillor Abel",
          "The member declared a personal interest in that he sat on the panel reviewing pay.  He would remain in the room whilst the matter was considered and voted upon.",
        ),
      ),
    ).toBe(
      "Personal interests: item 9 (Pay and Grading Review): Abel (sat on the panel reviewing pay; stayed while voted on).",
    );
    expect(
      describeStandingItem(
        table(
          "Councillors Lisa Grant, Dev Patel, Omar Khan",
          "The Members indicated personal interests in that they were members of a trade union.",
        ),
      ),
    ).toBe(
      "Personal interests: item 9 (Pay and Grading Review): Lisa Grant, Dev Patel and Omar Khan (members of a trade union).",
    );
  });

  it("reads 'the declarations as published … and the following additional declaration made by …:' once", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note the declarations as published on the Council's website prior to the meeting and the following additional declaration made by Councillor Mira Osei during consideration of:\n\nAgenda Item 9 – Treasury Management Councillor Osei declared an interest in that she owned a small business. She would leave the Chamber if the interest became pecuniary.",
      ),
    );
    expect(line).toBe(
      "Declarations published on the Council's website noted.\nInterests: item 9 (Treasury Management): Mira Osei (owned a small business; would leave if the interest became pecuniary).",
    );
  });
});

describe("recommendations to Council in older minutes", () => {
  it("leaves no comma before the stop where a cross-reference went", () => {
    expect(
      plainResolution(
        "Resolved to RECOMMEND:  (to Council)\n\nThat the terms of reference of the Adults Scrutiny Sub-Committee, as now amended and as set out at Appendix 2 to these minutes, be approved.",
      ),
    ).toBe(
      "Recommended to Council: approve the terms of reference of the Adults Scrutiny Sub-Committee, as now amended.",
    );
    expect(
      plainResolution(
        "Resolved to RECOMMEND:  (to Council)\n\nThat the Protocol on Member Visits, now attached, be adopted.",
      ),
    ).toBe("Recommended to Council: adopt the Protocol on Member Visits.");
    expect(
      plainResolution(
        "Resolved to RECOMMEND:  (to Annual Council)\n\nThat the Members' Code, together with the Seven Principles of Public Life set out in Appendix 4 to the officer report, be adopted.",
      ),
    ).toBe(
      "Recommended to Annual Council: adopt the Members' Code, together with the Seven Principles of Public Life.",
    );
  });

  it("says a condition first and both verbs ('subject to consultation, … be approved and adopted into …')", () => {
    const decision = plainResolution(
      "Resolved to RECOMMEND:  (to Council)\n\nThat, subject to consultation, the Local Code of Governance be approved and adopted into the Constitution.\n\n(See also Minute 112).",
    );
    expect(decision).toBe(
      "Recommended to Council: subject to consultation, approve the Local Code of Governance and adopt it into the Constitution.",
    );
    expect(outcomePhrase(decision, "Governance Update")).toEqual({
      verb: "recommended",
      object:
        "that Council approve the Local Code of Governance and adopt it into the Constitution, subject to consultation",
    });
    // A resolution the meeting took itself keeps the condition first too.
    expect(
      plainResolution("That, subject to the views of the auditors, the draft Statement of Accounts be agreed."),
    ).toBe("Subject to the views of the auditors, the draft Statement of Accounts was agreed.");
  });
});

describe("a welcome that notes who replaced whom", () => {
  it("is standing business that says who replaced whom, without the welcome's formalities", () => {
    const welcome = item(
      "A Welcome and Notification of a Replacement of a Councillor on the Committee",
      "The Chair welcomed all those present to the first online meeting of the Committee and made some general announcements.  He told the Committee that the meeting would be audio and video recorded and put on the Council's website.  Also present were Members of the Sub-Committees, who had been invited for the Question and Answer Session.\n\nThe Chair also welcomed Councillor Ada Brook to the Committee and, in accordance with Council Procedure Rule 1.5, he advised that Councillor Ada Brook had replaced Councillor Len Voss on the Committee.  On behalf of the Committee, the Chair thanked Councillor Voss, a former Vice-Chair of the Committee, for the contributions made to its work over four years.",
    );
    expect(classifyItem(welcome)).toBe("procedural");
    expect(describeStandingItem(welcome)).toBe(
      "Cllr Ada Brook replaced Cllr Len Voss; the Chair thanked Cllr Voss, a former Vice-Chair of the Committee.",
    );
  });

  it("reads 'noted the replacement of A by B as the main Member … and that A would occupy the position of 2nd Reserve'", () => {
    const welcome = item(
      "A Welcome and Notification of a Replacement of a Councillor on the Sub-Committee",
      "In accordance with Council Procedure Rule 1.5, the Sub-Committee noted the replacement of Councillor Ray Dunn by Councillor Dr Mia Holt as the main Member of the Adults Scrutiny Sub-Committee and that Councillor Ray Dunn would occupy the position of 2nd Reserve.  The Chair welcomed Councillor Dr Holt and thanked Councillor Ray Dunn for the contributions made to the work of the Sub-Committee.",
    );
    expect(describeStandingItem(welcome)).toBe(
      "Cllr Dr Mia Holt replaced Cllr Ray Dunn as a main member; Ray Dunn became 2nd reserve; the Chair welcomed Cllr Dr Holt and thanked Cllr Ray Dunn.",
    );
  });
});

describe("how a meeting may be recorded", () => {
  it("is standing business under the title of the regulations", () => {
    const rule = item(
      "The Openness of Local Government Bodies Regulations 2014",
      "RESOLVED:  That Board Procedure Rule 19 be suspended to enable the recording or filming of any part of the meeting.",
    );
    expect(classifyItem(rule)).toBe("procedural");
    expect(describeStandingItem(rule)).toBe(
      "Board Procedure Rule 19 suspended to allow the recording or filming of any part of the meeting.",
    );
  });
});

describe("an older recommendation to a Portfolio Holder with its reason in square brackets", () => {
  const summary = () =>
    summarizeExtractive(
      makeInput({
        meeting: {
          committeeName: "Employees' Consultative Forum",
          title: "Employees' Consultative Forum - Wednesday 14 March 2012 7.30 pm",
        },
        items: [
          agendaItem(1, "RECOMMENDATION 1 - Flexible Working Policy", {
            minutesText:
              "The Forum was given an officer report on the unions' response to the proposed flexible working policy.\n\nResolved to RECOMMEND:  (to the Portfolio Holder for Business Support)\n\nThat the adoption of the revised flexible working policy as proposed by management be agreed, subject to:\n\n(i)  a review of the policy after eighteen months;\n\n(ii)  a report on any appeals to the Portfolio Holder.\n\n[Reason for Recommendation:  To let requests to work flexibly be decided within four weeks, in line with most London Boroughs].",
          }),
        ],
      }),
    );

  it("says the reason plainly, without its brackets", () => {
    const text = JSON.stringify(summary().sections);
    expect(text).toContain(
      "Reason: To let requests to work flexibly be decided within four weeks, in line with most London Boroughs.",
    );
    expect(text).not.toContain("[Reason");
  });

  it("says what was recommended to the Portfolio Holder in the overview, its conditions in a word", () => {
    // Stop 31: a thing the Portfolio Holder is asked to agree is said as the thing recommended (wordings-31).
    expect(summary().overview).toContain(
      "recommended to the Portfolio Holder the adoption of the revised flexible working policy as proposed by management, with conditions",
    );
  });
});

describe("more of the older minutes' wording", () => {
  it("says 'the following paragraph' as 'a paragraph' once 'the following' goes", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 14 May 2013, be taken as read and signed as a correct record subject to the inclusion of the following paragraph at the end of Minute 12,",
        ),
      ),
    ).toBe("Minutes of 14 May 2013 approved subject to the inclusion of a paragraph at the end of Minute 12.");
  });

  it("says 'Your Committee' as 'The Committee', and what was recommended to Annual Council", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Standards Committee", title: "Standards Committee - Monday 15 April 2013 6.00 pm" },
        items: [
          agendaItem(1, "RECOMMENDATION I - Members' Code of Conduct", {
            minutesText:
              "Your Committee was given two drafts of the Members' Code of Conduct, one as the Government issued it and one with the Council's own changes.\n\nResolved to RECOMMEND:  (to Annual Council)\n\nThat the Council's revised Members' Code of Conduct, with the Seven Principles of Public Life set out in Appendix 2 to the officer report, be adopted.",
          }),
        ],
      }),
    );
    expect(JSON.stringify(summary.sections)).toContain("The Committee was given two drafts");
    expect(JSON.stringify(summary.sections)).not.toContain("Your Committee");
    expect(summary.overview).toContain(
      "recommended that Annual Council adopt the Council's revised Members' Code of Conduct, with the Seven Principles of Public Life",
    );
  });
});

describe("a standards sub-committee's standing items", () => {
  it("reads who chaired the meeting under 'Appointment of Sub-Committee Chairman'", () => {
    const chair = item(
      "Appointment of Sub-Committee Chairman",
      "RESOLVED:  That it be noted that Dr Ruth Pell shall serve as Chairman of the meeting.",
    );
    expect(classifyItem(chair)).toBe("procedural");
    expect(describeStandingItem(chair)).toBe("Dr Ruth Pell chaired the meeting.");
  });

  it("reads minutes 'received and signed as a correct record' as approved", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 9 May 2013 be received and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 May 2013 approved.");
  });

  it("names the items taken in private from the Arrangement of Agenda's table", () => {
    expect(
      describeStandingItem(
        item(
          "Arrangement of Agenda",
          "RESOLVED:  That all business be considered with the press and public present with the exception of the following item for the reason set out below:-\n\nItem\n\nReason\n\n9.     Review of a Complaint\n\nThe report contained information about an individual.",
        ),
      ),
    ).toBe("All business in public except item 9 (Review of a Complaint).");
  });
});
