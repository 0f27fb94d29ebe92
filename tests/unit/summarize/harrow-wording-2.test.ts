// Wordings of Harrow's minutes found by a second probe of meetings outside the real-text corpus (December 2026):
// Tenants' and Leaseholders' Forum, Standards, Education Forum, Corporate Parenting, older Council and Planning
// pages. The sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { isCapitalsHeading } from "@/lib/summarize/extractive/debris";
import { outcomeVerb } from "@/lib/summarize/extractive/overview";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("standing lines that lost or garbled words", () => {
  it("keeps the rest of the year ('remainder' holds no 'stayed')", () => {
    const line = describeStandingItem(
      item(
        "Appointment of Chair",
        "RESOLVED: That the Reverend Ann Holloway be appointed Chair of the Standards Committee for the remainder of the Municipal Year 2026/2027.",
      ),
    );
    expect(line).toContain("for the rest of 2026/2027");
    expect(line).not.toContain("stayed");
  });

  it("keeps the 'be' of a step the meeting will take ('a Vice-Chair would be appointed')", () => {
    const line = describeStandingItem(
      item(
        "Appointment of Vice-Chair",
        "The Forum agreed to take this item first.\n\nRESOLVED: That Councillor Rhoda Finch be appointed Vice-Chair, and that a second Vice-Chair would be appointed at the next meeting.",
      ),
    );
    expect(line).toContain("Rhoda Finch appointed Vice-Chair");
    expect(line).toContain("would be appointed at the next meeting");
  });

  it("keeps an apology given beside a member who joined online", () => {
    const line = describeStandingItem(
      item(
        "Apologies for Absence",
        "Apologies for absence were received from Councillor Omar Pike, Portfolio Holder for Leisure as well as from Councillor Lena Voss who attended virtually.",
      ),
    );
    expect(line).toBe("Apologies: Omar Pike, Portfolio Holder for Leisure and Lena Voss who attended virtually.");
  });
});

describe("declarations under Harrow's older item headers", () => {
  it("lists every item of 'Agenda Items 4, 5, 6, 8' and not the numbers as a title", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nAgenda Items 4, 5, 6, 8\n\nCouncillor Nell Brody declared a non pecuniary interest in all agenda items in that she chaired the Sunnyside Residents' Association. She would remain in the room whilst these matters were considered and voted upon.",
      ),
    );
    expect(line).toContain("items 4, 5, 6 and 8:");
    expect(line).toContain("Nell Brody");
    expect(line).not.toContain("(5, 6, 8)");
  });

  it("reads Council's 'Item 6 on the Summons – Petitions' as item 6, Petitions", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "(i) Item 6 on the Summons - Petitions\n\nCouncillor Ray Dunmore declared a personal interest arising from his position as a governor of Elmfield School.",
      ),
    );
    expect(line).toContain("item 6 (Petitions)");
    expect(line).not.toContain("on the Summons");
  });
});

describe("a minute's silence by another name", () => {
  it("says 'stood for one minute in silent tribute' as a minute's silence, a standing line", () => {
    const line = describeStandingItem(
      item(
        "Tribute to Councillor Len Morrow",
        "The Committee stood for one minute in silent tribute to Councillor Len Morrow, who had died on Monday 3 March 2025.",
      ),
    );
    expect(line).toBe("Minute's silence for Cllr Len Morrow, who had died on Monday 3 March 2025.");
    expect(classifyItem(item("Tribute to Councillor Len Morrow", "The Committee stood …"))).toBe("procedural");
  });

  it("says 'observed a minute's silence in respect of the passing of' shortly", () => {
    expect(
      describeStandingItem(
        item(
          "Minute's Silence",
          "The Forum observed a minute's silence in respect of the passing of Councillor Ivo Grant.",
        ),
      ),
    ).toBe("Minute's silence for Cllr Ivo Grant.");
  });
});

describe("an older recommendation's reason, cut off by the page", () => {
  it("is not part of the decision ('[Reason for Recom')", () => {
    expect(
      extractResolved(
        "The Forum discussed the dates.\n\nResolved to RECOMMEND: (to the Portfolio Holder for Schools)\n\nThat the proposed term dates for 2027 – 2028 be adopted.\n\n[Reason for Recom",
      ),
    ).toBe(
      "RESOLVED to RECOMMEND: (to the Portfolio Holder for Schools) That the proposed term dates for 2027 – 2028 be adopted.",
    );
  });
});

describe("reserves and right-to-speak tables on older pages", () => {
  it("says reserve members attended when the page kept only the table's header row", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:-\n\nOrdinary Member\n\nReserve Member",
        ),
      ),
    ).toBe("Reserve members attended (names not in the minutes).");
  });

  it("pairs who may speak with the item when every cell is a paragraph of its own", () => {
    expect(
      describeStandingItem(
        item(
          "Right of Members to Speak",
          "RESOLVED: That, in accordance with Committee Procedure Rule 4.1, the following Councillor, who was not a Member of the Committee, be allowed to speak on the agenda item indicated:\n\nAgenda item\n\nCouncillor Ada Quinn\n\nPlanning applications 2/07 and 2/09",
        ),
      ),
    ).toBe("Members' right to speak: Ada Quinn (planning applications 2/07 and 2/09).");
  });
});

describe("minutes deferred and appointments noted", () => {
  it("says minutes put off to the next meeting as what happened to them", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the meeting of the 12 March 2026 be deferred to the next meeting of the Tenants' and Leaseholders' Consultative Forum.",
          "That the minutes of the meeting held on 12 March 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 12 March 2026 deferred to the next meeting.");
  });

  it("does not repeat the agenda's line when it adds nothing to the minute", () => {
    const line = describeStandingItem(
      item(
        "Appointment of Chair",
        "RESOLVED: To note the appointment at the Cabinet meeting on 14 May 2026 of Councillor Pryce as Chair of the Forum for the Municipal Year 2026/2027.",
        "To note the appointment of Councillor Gwen Pryce at the Cabinet meeting on 14 May 2026 under the provisions of Advisory Panel and Consultative Forum Procedure Rule 5.1 as Chair of the Consultative Forum for the Municipal Year 2026/2027.",
      ),
    );
    // "To note the appointment … of Councillor Pryce as Chair" reads as what happened (harrow-wording-4 and -6).
    expect(line).toContain("Pryce appointed Chair");
    expect(line).not.toContain("the agenda said");
  });
});

describe("the Tenants' and Leaseholders' Forum's list of associations", () => {
  const minute =
    "Representatives from the following Associations were in attendance:-\n\nMaple Court Tenants' and Residents' Association\n\nHarrow Federation of Tenants' and Residents' Associations\n\nOakridge Community Association\n\n(In total, 12 Tenants/Representatives attended).";

  it("is one standing line naming each association and the count, not a section", () => {
    const representatives = item("Tenants' and Leaseholders' Representatives", minute);
    expect(classifyItem(representatives)).toBe("procedural");
    expect(describeStandingItem(representatives)).toBe(
      "Associations represented: Maple Court Tenants' and Residents' Association, Harrow Federation of Tenants' and Residents' Associations, Oakridge Community Association (12 tenants/representatives in all).",
    );
  });
});

describe("a declaration the page broke off in", () => {
  it("gives no reason of one stray word when the page stops at 'in that he'", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nAgenda Item 7 - Library Strategy\n\nCouncillor Tom Ashby declared a non-pecuniary interest in that he was a trustee of the Friends of Pinner Library. He remained in the meeting while the item was discussed.\n\nCouncillor Gita Rao declared a non-pecuniary interest in that she",
      ),
    );
    expect(line).toContain("Tom Ashby (trustee of the Friends of Pinner Library; stayed); Gita Rao.");
    expect(line).toMatch(/Gita Rao(?! \()/);
    expect(line).not.toContain("(she)");
  });

  it("drops a last word cut mid-way and says the reason is cut", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "Item 9 – Outside Bodies\n\nCouncillor Rosa Lind declared a non-pecuniary interest in that she had previously been appointed to these bo",
      ),
    );
    expect(line).toContain("Rosa Lind (had previously been appointed…)");
  });
});

describe("a minute the page broke off within its first words", () => {
  it("is no minute, not a line that ends in 'Tha'", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  Tha",
          "That the minutes of the meeting held on 9 January 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 January 2026: no decision recorded.");
  });
});

describe("an older minute's sub-headings in capitals", () => {
  it("are no bullets", () => {
    expect(isCapitalsHeading("COUNCILLORS ANN TOLL AND BRIGHT")).toBe(true);
    expect(isCapitalsHeading("(2) COUNCILLOR MISS FENN")).toBe(true);
    expect(isCapitalsHeading("The HRA and the MTFS were noted.")).toBe(false);
    expect(isCapitalsHeading("NHS NWL ICB")).toBe(false);
  });
});

describe("an older declaration's wording", () => {
  it("reads 'in the above item arising from her position as …, and, accordingly, she was entitled to remain'", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "(ii) Item 14 on the Summons – Motion on the Closure of Wealdstone Library\n\nCouncillor Iris Calder declared a personal interest in the above item arising from her position as a volunteer at Wealdstone Library and, accordingly, she was entitled to remain and take part in the discussion and voting on this item.",
      ),
    );
    expect(line).toContain("item 14 (Motion on the Closure of Wealdstone Library): Iris Calder (");
    expect(line).toContain("volunteer at Wealdstone Library;");
    expect(line).not.toMatch(/above item|accordingly|entitled to/);
  });

  it("keeps a whole reason when the page broke off after it, in the sentence saying who stayed", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "Agenda Item 6 - Constitution Changes\n\nCouncillor Bram Ode declared a personal interest in that he was a Member of the Constitution Working Group.  He would remain in th",
      ),
    );
    expect(line).toContain("Bram Ode (Member of the Constitution Working Group; stayed)");
  });
});

describe("a tenants' representative's declaration", () => {
  it("is kept for 'Miss A declared that she is the Chair of …'", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that the following interests were declared:\n\n· Miss Rina Hale declared that she is the Chair of the Roxbourne Advice Centre.",
        ),
      ),
    ).toBe("Interests: Rina Hale (the Chair of the Roxbourne Advice Centre).");
  });
});

describe("an appointment taken out of order", () => {
  it("says who was appointed, not how the item came to be taken first", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "The Chair proposed and Members of the Forum agreed that the Appointment of a Vice-Chair item had been left off the agenda in error, and that it would be taken first.\n\nRESOLVED: That Councillor Mrs Ada Venn was appointed Vice-Chair of the Tenants' and Leaseholders' Consultative Forum.",
        ),
      ),
    ).toBe("Cllr Mrs Ada Venn appointed Vice-Chair.");
  });
});

describe("more of the committees' set phrases", () => {
  it("reads 'no Members, who were not members of the Committee, had indicated that they wished to speak' as none", () => {
    expect(
      describeStandingItem(
        item(
          "Right of Members to Speak",
          "RESOLVED: To note that no Members, who were not members of the Committee, had indicated that they wished to speak at the meeting.",
        ),
      ),
    ).toBe("No other councillors asked to speak.");
  });

  it("reads 'no Reserve Members were currently appointed to the Panel' as none", () => {
    expect(
      describeStandingItem(
        item(
          "Attendance by Reserve Members",
          "RESOLVED: To note that no Reserve Members were currently appointed to the Panel.",
        ),
      ),
    ).toBe("No reserve members.");
  });

  it("leaves the procedure rule out of an appointment", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: That, in accordance with Committee Procedure Rule 7.2.2, Councillor Petra Sands was appointed Vice-Chair of the Committee for the 2026/2027 Municipal Year.",
        ),
      ),
    ).toBe("Cllr Petra Sands appointed Vice-Chair for 2026/2027.");
  });

  it("says an agenda taken wholly in public as a standing line", () => {
    const arrangement = item(
      "Arrangement of Agenda",
      "RESOLVED: To note that all items be considered with the press and public present.",
    );
    expect(classifyItem(arrangement)).toBe("procedural");
    expect(describeStandingItem(arrangement)).toBe("All items taken in public.");
  });
});

describe("Cabinet resolutions as the decision listings print them", () => {
  it("drops where in the report the detail sits without leaving 'officer report' behind", () => {
    const plain = plainResolution(
      "That (1) the membership of the Cabinet Panels as set out in Appendix A to the officer report be agreed; and (2) the terms of reference of the Housing Advisory Panel as set out in Appendix C to the report be agreed and the Monitoring Officer be authorised to amend the Constitution.",
    );
    expect(plain).not.toMatch(/officer report|\breport were\b|Appendix/);
    expect(plain).toContain("the Monitoring Officer was authorised to amend the Constitution");
  });

  it("says 'That officers be instructed' without the 'That'", () => {
    expect(
      plainResolution(
        "That officers be instructed to study a free garden waste collection and report back on the options.",
      ),
    ).toBe("Officers were instructed to study a free garden waste collection and report back on the options.");
  });

  it("says a step left in the subjunctive as what will happen", () => {
    const plain = plainResolution(
      "That (1) the Tree Strategy 2026-2031 be approved; (2) if needed, the Leader determine which option goes ahead; and (3) delivery of the Strategy be subject to a yearly report to Cabinet.",
    );
    expect(plain).toContain("(2) If needed, the Leader will determine which option goes ahead");
    expect(plain).toContain("(3) Delivery of the Strategy will be subject to a yearly report to Cabinet");
  });

  it("leaves the procedure rule out of an appointment of a board's doctor", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: That, in accordance with Committee Procedure Rule 7.2.2, Dr Imogen Hart was appointed Vice-Chair of the Board for the 2026/2027 Municipal Year.",
        ),
      ),
    ).toBe("Dr Imogen Hart appointed Vice-Chair for 2026/2027.");
  });
});

describe("the overview's verb for a decision that agrees, then delegates", () => {
  it("is 'agreed' when the first clause agrees and a later one mentions delegated authority", () => {
    expect(
      outcomeVerb(
        "(1) The membership of the Cabinet Panels was agreed; (2) The Housing Panel's terms of reference were agreed and the Monitoring Officer was authorised to amend the Constitution under delegated authority.",
      ),
    ).toBe("agreed");
    expect(outcomeVerb("The Director of Finance was given delegated authority to set the fees.")).toBe("authorised");
  });
});

describe("a partnership board's minutes", () => {
  it("reads 'AGREED:' as the resolution and keeps members named without a title", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "AGREED:  That the minutes of the meeting held on 4 October 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 4 October 2026 approved.");
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "AGREED:  To note that the following interests were declared:\n\nAgenda Item 5 – Partnership Budgets\n\nMarta Quell declared a personal interest in that she was a Director of Harrow Chamber of Trade.  She would remain in the room whilst the matter was considered and voted upon.\n\nCouncillor Idris Lowe declared a personal interest in that he was a patient at Edgware Community Hospital.  He would remain in the room whilst the matter was considered and voted upon.",
      ),
    );
    expect(line).toContain("Marta Quell (Director of Harrow Chamber of Trade)");
    expect(line).toContain("Idris Lowe (a patient at Edgware Community Hospital)");
    expect(line).toMatch(/; both stayed while voted on\.$/);
    expect(extractResolved("The Board discussed it.\n\nAGREED: That the report be noted.")).toBe(
      "That the report be noted.",
    );
  });
});

describe("a board's substitutes item", () => {
  it("is standing business, not a section", () => {
    const substitutes = item(
      "Attendance by Substitute Members",
      "The Board welcomed Nadia Ferro, London Ambulance Service, as a guest.  No apologies for absence had been received.",
    );
    expect(classifyItem(substitutes)).toBe("procedural");
    expect(describeStandingItem(substitutes)).toContain("welcomed Nadia Ferro, London Ambulance Service, as a guest");
  });
});

describe("scrutiny minutes' wordings", () => {
  it("files 'In connection with Agenda Item 6 (…), Councillor A declared …' under item 6", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "In connection with Agenda Item 6 (Access to Dental Care in Harrow),  Councillor Lina Osei declared a non-pecuniary interest in that she is employed by a dental practice in Harrow.  She would remain in the room whilst the matter was considered.",
        ),
      ),
    ).toBe(
      "Non-pecuniary interests: item 6 (Access to Dental Care in Harrow): Lina Osei (employed by a dental practice in Harrow; stayed).",
    );
  });

  it("gives minutes whose date lost its year the year the agenda line gives", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 9 March be taken as read and signed as a correct record.",
          "That the minutes of the special meeting held on 9 March 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 March 2026 approved.");
  });
});

describe("a panel member who spoke for one side", () => {
  it("keeps that the member represented the objectors", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "Agenda Item 4 - Application to Vary a Premises Licence, The Crown, 5 Hill Road, HA1 9ZZ\n\nCouncillor Dev Rana declared a non-pecuniary interest in that he was a governor of Hill Road School.  He lived in the ward but not near the premises.  He confirmed that he would be representing some of the objectors and would raise no new points.",
      ),
    );
    expect(line).toContain("Dev Rana (governor of Hill Road School; represented some of the objectors)");
  });
});
