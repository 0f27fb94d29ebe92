// Wordings found by a tenth probe of Harrow meetings outside the real-text corpus (December 2026): the West London
// Waste Authority and its Audit Committee, the Standards Committee, the Grants Advisory Panel, the Development Control
// Committee, the Tenants', Leaseholders' and Residents' Consultative Forum, Overview and Scrutiny, the Harrow
// Partnership Board and others, 2003–2023. The sentences are written here; names, dates, places and figures are made
// up.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { tidyMinute } from "@/lib/summarize/text/tidy-minute";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const standing = (title: string, minutesText: string, description: string | null = null) =>
  describeStandingItem(minuteItem(title, minutesText, { description }));

const summarise = (committeeName: string, title: string, minutesText: string) =>
  summarizeExtractive(
    makeInput({
      meeting: { committeeName, title: `${committeeName} - Tuesday 7 October 2025 7.30 pm` },
      items: [agendaItem(1, title, { number: null, minutesText })],
    }),
  );

describe("older recommendations", () => {
  it("reads 'Resolved to Recommend: (For decision by Council)' as a recommendation to Council", () => {
    const summary = summarise(
      "Standards Committee",
      "RECOMMENDATION I - Hearing Complaints Locally",
      "The Committee considered a report of the Borough Solicitor on how complaints against councillors would be heard locally.\n\nResolved to Recommend:  (For decision by Council)\n\nThat Council agree (1) the setting up of a Hearing Panel of 5 Members to hear complaints, as now set out in Appendix 1;\n\n(2)  that three members, one of them an Independent Person, make a quorum;\n\n(3)  that an Independent Person chair each hearing.",
    );
    expect(summary.sections[0]!.decision).toBe(
      "Recommended to Council: agree (1) the setting up of a Hearing Panel of 5 Members to hear complaints; (2) three members, one of them an Independent Person, make a quorum; (3) an Independent Person chair each hearing.",
    );
    expect(summary.missing.join(" ")).not.toMatch(/no decision/);
    // Stop 31: a thing Council is asked to agree is said as the thing recommended (wordings-31, asThingRecommended).
    expect(summary.overview).toMatch(/\brecommended to Council the setting up of a Hearing Panel\b/);
  });

  it("says the first step of a numbered list recommended to Council, never the item's title as if recommended", () => {
    const summary = summarise(
      "Standards Committee",
      "RECOMMENDATION I - Hearing Complaints Locally",
      "Resolved to RECOMMEND:  (to Council)\n\nThat Council agree (1) the setting up of a Hearing Panel of 5 Members to hear the complaints sent back to the Council, with the two Independent Persons sitting beside a councillor from each of the three largest groups;\n\n(2)  that the quorum for the Panel be 3.",
    );
    // It recommends a list of steps, not the item's own report: never "recommended Hearing Complaints Locally"; its
    // first step, cut before its aside (docs/summaries.md#what-was-recommended).
    expect(summary.overview).not.toMatch(/\brecommended Hearing Complaints Locally\b/);
    expect(summary.overview).toMatch(
      /\brecommended to Council the setting up of a Hearing Panel of 5 Members to hear the complaints sent back to the Council\.$/,
    );
  });
});

describe("decisions the page cut", () => {
  it("keeps the noting of the report when the page cut the next numbered clause after 'be requested to'", () => {
    const summary = summarise(
      "West London Waste Authority",
      "Contracts Update",
      "The Authority received a report which gave an update on the waste treatment contracts.\n\nRESOLVED: That (1) the report be noted; and\n(2) Ann Bell, Managing Director, be requested to",
    );
    expect(summary.sections[0]!.decision).toBe("The report was noted.");
    expect(summary.overview).toMatch(/\bnoted the Contracts Update\b/);
  });

  it("leaves out a last recommendation the page cut inside a word", () => {
    expect(
      plainResolution(
        "RESOLVED to RECOMMEND: (to Council) That Council agree (1) the setting up of a Hearing Panel of 5 Members; (2) that the quorum for the Panel be 3; (3) that the Independent Person t",
      ),
    ).toBe(
      "Recommended to Council: agree (1) the setting up of a Hearing Panel of 5 Members; (2) the quorum for the Panel to be 3.",
    );
  });
});

describe("standing lines", () => {
  it("keeps the other body whose chair an item titled with that body appoints", () => {
    expect(
      standing(
        "Appointment of Chair of the Audit Committee",
        "RESOLVED: That Councillor Rosa Hunt be appointed as Chair of the Audit Committee for the 2025/26 Municipal Year.",
      ),
    ).toBe("Cllr Rosa Hunt appointed Chair of the Audit Committee for 2025/26.");
  });

  it("says 'appointed as Chair for the meeting' without the 'as'", () => {
    expect(
      standing("Election of Chair", "RESOLVED: That Councillor Tom Birch be appointed as Chair for the meeting."),
    ).toBe("Cllr Tom Birch appointed Chair for the meeting.");
  });

  it("gives an apology for lateness as one, not as 'Apologies: Apologies for lateness were received from'", () => {
    expect(standing("Apologies for absence", "Apologies for lateness were received from Councillor Ivy Lamb.")).toBe(
      "Apologies: Ivy Lamb (for lateness).",
    );
  });

  it("does not give a member who was asking for a dispensation one", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED:  To note that the following interest was declared:\n\nAgenda Item 8 – Application for Dispensation\n\nCouncillor Mark Dale declared a prejudicial interest in that he was among the members seeking a dispensation.  He would speak to his request and then leave the room.",
      ),
    ).toBe(
      "Prejudicial interests: item 8 (Application for Dispensation): Mark Dale (was among the members seeking a dispensation; left).",
    );
  });
});

describe("older declarations and speakers", () => {
  it("reads a 'Member | Nature of Interest' table as each member's interests in the bodies listed under them", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nMember\n\nNature of Interest\n\nCouncillor Hale\n\nPinner Arts Trust\n\nHarrow Carers' Centre\n\nCouncillor Mira Dunn\n\nStanmore Youth Club\n\nWeald Lane Allotments\n\nKenton Choir",
      ),
    ).toBe(
      "Interests: Hale (Pinner Arts Trust, Harrow Carers' Centre); Mira Dunn (Stanmore Youth Club, Weald Lane Allotments, Kenton Choir).",
    );
  });

  it("files declarations under an older page's '(i) Main Agenda Item 4 –' and '(ii) Planning Application 2/07 –' headers", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED: To note the following declarations of interests arising from the business to be transacted at this meeting:\n\n(i)                   Main Agenda Item 4 – Minutes\n\nCouncillor Noel Grey declared an interest in main agenda item 4 arising from the fact that he owned the house named in an earlier application.\n\n(ii)                 Planning Application 2/07 – Elm Lodge, 3 Mill Road, Pinner (P/1001/25/CFU)\n\nCouncillors Ann Kerr and Bray declared a prejudicial interest in the above application arising from the fact that a member of their group lived next door, and accordingly left the room and took no part in the discussion or voting on this item.",
      ),
    ).toBe(
      "Prejudicial interests: item 2/07 (Elm Lodge, 3 Mill Road, Pinner (P/1001/25/CFU)): Ann Kerr and Bray (member of their group lived next door; left, did not take part).\nInterests: item 4 (Minutes): Noel Grey (owned the house named in an earlier application).",
    );
  });

  it("pairs each councillor allowed to speak with the item named in their place ('… respectively')", () => {
    expect(
      standing(
        "Right of Members to Speak",
        "RESOLVED: That, in accordance with Committee Procedure Rule 4.1, Councillors Ivo Hart and Mrs Lane, who were not Members of the Committee, be allowed to speak on main agenda item 6 and planning application 2/11 respectively.",
      ),
    ).toBe("Members' right to speak: Ivo Hart (main agenda item 6); Mrs Lane (planning application 2/11).");
  });
});

describe("more standing lines", () => {
  it("reads the forum's associations under an item titled with the lead-in, and who else attended", () => {
    const representatives = minuteItem(
      "Representatives From the Following Associations Were in Attendance",
      "Brookside Close Tenants’ and Residents’ Association\n\nGrange Farm Tenants’ and Residents’ Association\n\nResidents from Elm Close and Oak Walk were also in attendance.",
    );
    expect(classifyItem(representatives)).toBe("procedural");
    expect(describeStandingItem(representatives)).toBe(
      "Associations represented: Brookside Close and Grange Farm Tenants’ and Residents’ Associations. Residents from Elm Close and Oak Walk were also in attendance.",
    );
  });

  it("says when and by whom a committee was set up again beside a noted Chair, without a broken bracket", () => {
    expect(
      standing(
        "Appointment of Chair",
        "RESOLVED:  To note the appointment of Councillor Lyn Ford as Chair of the Development Control Committee for the remainder of the 2025/26 Municipal Year following the re?establishment by Council of the Committee at its meeting held on 16 October 2025.",
      ),
    ).toBe(
      "Cllr Lyn Ford appointed Chair for the rest of 2025/26 following its re-establishment by Council on 16 October 2025.",
    );
  });

  it("reads a silence the Chairman asked for, and the tributes after it, under an item titled with the name", () => {
    const silence = minuteItem(
      "Mrs Jane Orr",
      "Having opened the meeting, the Chairman asked the Committee to observe a minute’s silence in memory of the late Councillor Mrs Jane Orr, Mayor in 1999, who died on 4 October 2025.\n\nFollowing a minute’s silence, the Chairman and the Vice-Chairman paid tribute to her long service on the Committee.",
    );
    expect(classifyItem(silence)).toBe("procedural");
    expect(describeStandingItem(silence)).toBe(
      "Minute's silence for Cllr Mrs Jane Orr, Mayor in 1999, who died on 4 October 2025; the Chairman and the Vice-Chairman paid tribute to her long service on the Committee.",
    );
  });

  it("keeps an officer who left during an item after 'no declarations' from the members", () => {
    expect(
      standing(
        "Declarations of interest",
        "There were no declarations of interest from members of the Authority.\n\nDuring the course of the meeting, Ann Bell, Managing Director, left the meeting whilst item 5, Staffing Review was discussed, because it concerned her own pay.",
      ),
    ).toBe(
      "No declarations. Ann Bell, Managing Director, left the meeting while item 5, Staffing Review was discussed, because it concerned her own pay.",
    );
  });

  it("leaves out a board's 'Actions:' initials and the welcome, and gives an apology for lateness added after it", () => {
    expect(
      standing(
        "Apologies",
        "The Chair welcomed everyone to the meeting and reported the apologies received.  He added that an apology for lateness had been received from Ian Cole (Director, Harrow Carers' Trust).\n\nActions: DG/BA",
      ),
    ).toBe("Apologies: Ian Cole (Director, Harrow Carers' Trust) (for lateness).");
  });

  it("says 'all representatives be allowed to speak' as what the forum allowed", () => {
    expect(
      standing(
        "Welcome",
        "The Chairman welcomed the representatives to the meeting.\n\nRESOLVED:  That all representatives in attendance be allowed to speak on all agenda items during the meeting.",
      ),
    ).toMatch(/; all representatives in attendance allowed to speak on all agenda items during the meeting\.$/);
  });
});

describe("standing lines of the forums and the waste authority", () => {
  it("says there were no apologies and gives the welcome after it as a welcome, never as an apology", () => {
    expect(
      standing(
        "Apologies for absence",
        "There were no apologies for absence.\n\nThe Chair welcomed Councillor Rav Gill to his first meeting of the Authority.",
      ),
    ).toBe("No apologies. The Chair welcomed Cllr Rav Gill to his first meeting of the Authority.");
  });

  it("reads a 'Member | Nature of Interest' table whose second cell starts 'Declared a personal interest'", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED:  To note that the following interests were declared:\n\nMember\n\nNature of Interest\n\nCouncillor Bea Frost\n\nDeclared a personal interest in that she was a member of the NEU. She therefore stayed in the room and took part in the discussion and decision-making on every item.\n\nCouncillor Ned Pike\n\nDeclared a personal interest in that he was a member of the GMB.",
      ),
    ).toBe("Personal interests: Bea Frost (member of the NEU; stayed and voted); Ned Pike (member of the GMB).");
  });

  it("says an employees' side Chair and a councillor Vice-Chair appointed in one resolution with commas", () => {
    expect(
      standing(
        "Appointment of Chair & Vice Chair",
        "RESOLVED:  That Lee Marsh (Unison) be appointed as the Chair of the Forum, and Councillor Ana Roy as the Vice-Chair, for the 2025-26 Municipal Year.",
      ),
    ).toBe("Lee Marsh (Unison) appointed Chair and Cllr Ana Roy Vice-Chair for 2025-26.");
  });

  it("says which item was admitted late as urgent and why, not the table's cells run together", () => {
    expect(
      standing(
        "Arrangement of Agenda",
        "RESOLVED:  That (1) in accordance with the provisions of the Local Government (Access to Information) Act 1985, the following information be admitted to the agenda by reason of the special circumstances and grounds for urgency stated:\n\nAgenda Item\n\nSpecial Circumstances/Grounds for Urgency\n\n9.      Street Trading Policy - Information\n\nA guide for councillors on the new street trading rules was received after the agenda was printed. Officers felt it would help the debate.",
      ),
    ).toBe(
      "Admitted late to the agenda as urgent: item 9 (Street Trading Policy): A guide for councillors on the new street trading rules was received after the agenda was printed.",
    );
  });
});

describe("minutes approved", () => {
  it("gives two meetings' dates without their weekdays", () => {
    expect(
      standing(
        "Minutes",
        "RESOLVED: That the minutes of the meetings held on Friday 16 January 2026 and Friday 26 June 2026 be taken as read and signed as correct records subject to adding Ada Webb, Independent Person, to those present on 26 June 2026.",
      ),
    ).toBe(
      "Minutes of 16 January 2026 and 26 June 2026 approved subject to adding Ada Webb, Independent Person, to those present on 26 June 2026.",
    );
  });
});

describe("accounts and contests", () => {
  it("keeps the officers' answers under their lead-in when it ends 'as follows:-'", () => {
    const summary = summarise(
      "West London Waste Authority",
      "Contracts Update",
      "Tom Reed, Contracts Manager, introduced the report, and officers then answered the Members' points as follows:-\n\n·         A campaign would be run in summer 2026 about the fire risk of batteries put in household bins;\n\n·         Boroughs were being consulted on collecting abandoned vehicles. The Authority would procure a new service.\n\nRESOLVED: That the report be noted.",
    );
    const bullets = summary.sections[0]!.bullets;
    expect(bullets.map((b) => b.text).filter((t) => /as follows/.test(t))).toEqual([]);
    expect(bullets.every((b) => /as follows:$/.test(b.lead ?? ""))).toBe(true);
    expect(bullets).toHaveLength(2);
  });

  it("says an appointment came after a vote, and who else was nominated", () => {
    expect(
      standing(
        "Appointment of Vice-Chair",
        "Councillor Ray Bolt was nominated and seconded.  Councillor Nia Shore was nominated and seconded.  Upon these nominations being put to a vote, it was\n\nRESOLVED:  To appoint Councillor Nia Shore as Vice-Chair of the Development Control Committee for the remainder of the 2025/26 Municipal Year.",
      ),
    ).toBe(
      "Cllr Nia Shore appointed Vice-Chair for the rest of 2025/26, after a vote (also nominated: Cllr Ray Bolt).",
    );
  });

  it("gives the Chair's news of a new board member after the apologies, not as an apology", () => {
    expect(
      standing(
        "Apologies",
        "An apology for absence was received from Councillor Eve Lowe.\n\nThe Chair reported that Kit Marsh (Pinner Traders) would take Dan Oakes's seat on the Board.  The Chair added that Dan Oakes would move to the partnership's executive group.",
      ),
    ).toBe(
      "Apologies: Eve Lowe. Kit Marsh (Pinner Traders) would take Dan Oakes's seat on the Board. Dan Oakes would move to the partnership's executive group.",
    );
  });
});

describe("older Cabinet and panel wordings", () => {
  it("says a recommendation whose minute names no body as 'Recommended:', not 'RESOLVED to RECOMMEND:'", () => {
    expect(
      plainResolution(
        "RESOLVED to RECOMMEND: That the timetable for next year's budget, in Appendix D to the officer report, be agreed.",
      ),
    ).toMatch(/^Recommended: /);
  });

  it("mends a year range whose hyphen the page lost ('2025?26')", () => {
    const summary = summarise(
      "Cabinet",
      "Budget Planning",
      "Cabinet noted that the report set out the budgets for 2025?26 and the years to 2028?29, with savings of £4.2m.\n\nRESOLVED: That the report be noted.",
    );
    expect(summary.sections[0]!.bullets.map((b) => b.text).join(" ")).toContain("2025-26 and the years to 2028-29");
  });

  it("reads a death, the tributes, the silence and the condolences under an item titled with the name", () => {
    const silence = minuteItem(
      "Rose Tanner",
      "Members heard that Rose Tanner, who had represented Kenton East until 2010, had died in August.  Councillors Amos Lee and Jo Hart paid tribute to her.  The Committee observed a minute’s silence.  Condolences were to be sent to her family.",
    );
    expect(classifyItem(silence)).toBe("procedural");
    expect(describeStandingItem(silence)).toBe(
      "Minute's silence for Rose Tanner, who had represented Kenton East until 2010 (died in August); Cllrs Amos Lee and Jo Hart paid tribute to her; condolences were to be sent to her family.",
    );
    expect(
      describeStandingItem(
        minuteItem(
          "Sam Ng",
          "Members were informed that Sam Ng, a former Mayor, had died in June.  The Committee observed a minute’s silence in his memory.",
        ),
      ),
    ).toBe("Minute's silence for Sam Ng, a former Mayor, who had died in June.");
  });

  it("reads 'The Panel stood for a minute’s silence in memory of …' (a curly apostrophe) under the name", () => {
    const silence = minuteItem(
      "Councillor Ivy Dale",
      "The Panel stood for a minute’s silence in memory of Councillor Ivy Dale, its Chair from 2014 to 2018, who died in May.",
    );
    expect(classifyItem(silence)).toBe("procedural");
    expect(describeStandingItem(silence)).toBe(
      "Minute's silence for Cllr Ivy Dale, its Chair from 2014 to 2018, who died in May.",
    );
  });

  it("says who replaced whom from when, without the procedure rule or the agenda line again", () => {
    const line =
      "To note the appointment of Councillor Omar Vance, with effect from 2 March 2026, as a Member of the Panel in place of Councillor Ivy Dale, in accordance with Council Procedure Rule 1.5 and following notification on behalf of the Conservative Group Leader.";
    expect(
      describeStandingItem(
        minuteItem("Change in Membership", `RESOLVED:  ${line.replace("To note the", "To note that the")}`, {
          description: line,
        }),
      ),
    ).toBe(
      "Cllr Omar Vance appointed a Member in place of Cllr Ivy Dale from 2 March 2026, following notification on behalf of the Conservative Group Leader.",
    );
  });
});

describe("what the new readings leave alone", () => {
  it("keeps a last clause that ends in an appendix letter or a short word, even without a stop", () => {
    expect(
      plainResolution("That (1) the report be noted; and (2) the budget set out at Appendix C be approved as set up"),
    ).toMatch(/Appendix C was approved as set up$/);
    expect(
      plainResolution("That (1) the report be noted; and (2) the preferred route for the cycle lane be Route B"),
    ).toMatch(/Route B$/);
  });

  it("keeps an action point that says what is to be done, and drops only initials", () => {
    expect(
      tidyMinute("The Board discussed cycle thefts.\n\nAction: officers to report back in June\n\nActions: DG/BA"),
    ).toBe("The Board discussed cycle thefts.\n\nAction: officers to report back in June\n\n");
  });

  it("does not read 'resolved to recommend' inside a sentence as the decision", () => {
    const summary = summarise(
      "Standards Committee",
      "Code of Conduct Review",
      "Members noted that the working group had resolved to recommend a shorter code of conduct to a later meeting, with 12 rules instead of 20.",
    );
    expect(summary.sections[0]!.decision ?? null).toBeNull();
  });
});

describe("the stop at the end of a decision", () => {
  it("keeps the full stop when the last clauses share a verb said once ('Approved: (1) …; (2) ….')", () => {
    expect(
      plainResolution(
        "That (1) the waste policies in section 3 of the officer report be approved; (2) the borough strategies in section 1 of the report be approved.",
      ),
    ).toBe("Approved: (1) the waste policies; (2) the borough strategies.");
  });
});
