// Wordings found by a seventh probe of Harrow meetings outside the real-text corpus (December 2026): Council, the
// Planning Committee, scrutiny, the Call-In Sub-Committee, the Licensing Panel, the traffic panel, the licensing
// committee and the Employees' Consultative Forum, 2022–2025. The sentences are written here; names, dates, places and
// figures are made up.
import { describe, expect, it } from "vitest";
import { outcomePhrase } from "@/lib/summarize/extractive/overview";
import { describePetitions } from "@/lib/summarize/extractive/petitions";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const standing = (title: string, minutesText: string, description: string | null = null) =>
  describeStandingItem(minuteItem(title, minutesText, { description }));

describe("declarations", () => {
  it("files a declaration headed by two agenda items, each with its title, under both", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED:  To note that the following interests were declared:\n\nAgenda Item 8 - Annual Fire Safety Report for 2025-2026 and Agenda Item 9 - Gender Pay Gap Report\n\nCouncillor Rhona Tate declared a non-pecuniary interest in that she was a member of Unite.  She would remain in the room whilst the matter was considered and voted upon.",
      ),
    ).toBe(
      "Non-pecuniary interests: items 8 (Annual Fire Safety Report for 2025-2026) and 9 (Gender Pay Gap Report): Rhona Tate (member of Unite; stayed while voted on).",
    );
  });

  it("says there were none when the minute notes none and then gives the Chair's clarification", () => {
    expect(
      standing(
        "Declarations of Interest",
        "RESOLVED:  It was noted that there were no declarations of interest. However, the Chair provided the following clarification.\n\nAgenda Item 11 - 2/03 7 Oak Rise, HA5 1AB - PL/1234/24\n\nThe Chair said that the applicant thought she knew the objector, but they were not friends and she had no interest to declare.",
      ),
    ).toBe("No declarations.");
  });
});

describe("other standing lines", () => {
  it("says a noted change of membership as both facts, without the resolution's 'and that'", () => {
    expect(
      standing(
        "Membership",
        "RESOLVED:  It be noted that Alan Pike, a Union Member of the Forum, had stepped down and that Rosa Dean would be an interim Member of the Forum, representing Unison.",
      ),
    ).toBe(
      "Alan Pike, a Union Member of the Forum, had stepped down and Rosa Dean would be an interim Member of the Forum, representing Unison.",
    );
  });

  it("says the appointment of an untitled employees' side Chair and a councillor Vice-Chair as what happened", () => {
    expect(
      standing(
        "Appointment of Chair and Vice Chair of the Forum",
        "RESOLVED:  To appoint Lee Marsh as Chair and Councillor Ana Roy as Vice-Chair of the Employees' Consultative Forum for the 2025/2026 Municipal Year.",
      ),
    ).toBe("Lee Marsh appointed Chair and Cllr Ana Roy Vice-Chair for 2025/2026.");
  });

  it("joins an ordinary meeting and two special ones as one list of approved minutes", () => {
    expect(
      standing(
        "Minutes",
        "RESOLVED:  That the minutes of the meeting held on 10 June 2025, the special meetings held on 15 July 2025, and on 7 October 2025, be taken as read and signed as correct records.",
      ),
    ).toBe("Minutes of 10 June 2025 and of the special meetings of 15 July 2025 and 7 October 2025 approved.");
  });

  it("joins a meeting and 'the minutes of the special meeting' after it with their article", () => {
    expect(
      standing(
        "Minutes",
        "RESOLVED:  That the minutes of the meeting held on 8 January 2025, and the minutes of the special meeting held on 22 January 2025, be taken as read and signed as a correct record.",
      ),
    ).toBe("Minutes of 8 January 2025 and of the special meeting of 22 January 2025 approved.");
  });

  it("gives minutes approved 'subject to the above amendment' first, then the amendment the Chair gave before it", () => {
    expect(
      standing(
        "Minutes",
        'The Chair, Councillor Ada Rhee, advised that reasons for refusal should be written in the present tense.\n\nTherefore, the reason for refusal for agenda item 2/02, 9 Elm Way HA3 1AA, P/1234/24, should read: "The extension by reason of its bulk is out of character with the street."\n\nRESOLVED:  That subject to the above amendment, the minutes of the meeting held on 11 March 2026, be taken as read and signed as a correct record.',
      ),
    ).toBe(
      'Minutes of 11 March 2026 approved, subject to an amendment; the Chair, Cllr Ada Rhee, advised that reasons for refusal should be written in the present tense; therefore, the reason for refusal for agenda item 2/02, 9 Elm Way HA3 1AA, P/1234/24, should read: "The extension by reason of its bulk is out of character with the street."',
    );
  });

  it("says the addendum was received, not that it 'be received'", () => {
    expect(standing("Addendum", "RESOLVED:  To note that the Addendum and Supplemental Addendum be received.")).toBe(
      "The Addendum and Supplemental Addendum received.",
    );
  });

  it("says none of questions, petitions or deputations under an item titled with all three", () => {
    expect(
      standing(
        "Public Questions, Petitions and Deputations",
        "RESOLVED:  To note that no public questions were put, or petitions or deputations received.",
      ),
    ).toBe("No public questions, petitions or deputations.");
  });
});

describe("a resolution whose list is printed with bullets", () => {
  it("joins the bulleted lines after the lead-in's colon, never runs the bullets into the line", () => {
    const said = plainResolution(
      "RESOLVED:  That the following nominees be appointed as Advisers to the Panel for the 2025/26 Municipal Year:\n\n· Ivy Stone (Harrow Bus Users)\n· Omar Reed (Harrow Cyclists)\n· Pat Lowe (Harrow Resident Motorist).",
    );
    expect(said).toContain("for the 2025/26 Municipal Year: Ivy Stone (Harrow Bus Users); Omar Reed (Harrow Cyclists)");
    expect(said).not.toContain("\u00b7");
  });
});

describe("petitions", () => {
  it("reads a petition 'in relation' to something with its 'to' left out as the others", () => {
    expect(
      describePetitions(
        "In accordance with Rule 10, the following petitions were received:\n\n(i) Petition submitted by Tom Hale containing 64 signatures in relation to the road surface in Birch Grove.\n\n(ii) Petition submitted by Councillor Uma Dee containing 120 signatures in relation speeding in Larch Way.\n\n[The petitions stood referred to the Corporate Director of Place].",
      ),
    ).toEqual([
      "64 signatures: the road surface in Birch Grove \u2014 presented by Tom Hale; referred to the Corporate Director of Place.",
      "120 signatures: speeding in Larch Way \u2014 presented by Cllr Uma Dee; referred to the Corporate Director of Place.",
    ]);
  });
});

describe("resolutions", () => {
  it("keeps the comma after a clause of its own before the verb ('if mobilisation was delayed, be agreed')", () => {
    expect(
      plainResolution(
        "RESOLVED:  That (1) the award of the framework agreement to Acme Ltd for 5 years from 1 April 2026 or any later date if mobilisation was delayed, be agreed; (2) the Director be authorised to extend the existing contract.",
      ),
    ).toContain("or any later date if mobilisation was delayed, was agreed;");
  });
});

describe("a subsection number inside a recommendation", () => {
  it("is not taken for a clause number ('Section 38 (2) of the … Act')", () => {
    const said = plainResolution(
      extractResolved(
        "Resolved to RECOMMEND:  (to Council)\n\nThat\n\n(1)  the 2026/27 budget be approved;\n\n(2)  in accordance with Section 38 (2) of the Local Government Finance Act 1992, the Managing Director be instructed to place a notice in the local press within 21 days;\n\n(3)  the Strategy be approved.",
      )!,
    );
    expect(said).toContain(
      "(2) in accordance with Section 38 (2) of the Local Government Finance Act 1992, the Managing Director to be instructed to place a notice",
    );
    expect(said).not.toContain("instruct of");
  });
});

describe("a table inside a resolution, printed a paragraph per cell", () => {
  const minutes =
    "RESOLVED:  That\n\n(1)  the appointment of the identified Portfolio Holder Assistants be approved as set out in the table below, noting that these replaced earlier appointments; and\n\nPortfolio Holder Assistant\n\nIdentified Remit\n\nResponsible Cabinet Member\n\nCllr Ada Lynch\n\nHousing\n\nCllr Ben Ford\n\nCllr Cara Singh\n\nLibraries and Leisure\n\nCllr Dev Rao\n\n(2)  the allowance for the Portfolio Holder Assistants be paid from the date of appointment.";

  it("gives the table as rows after the clause that points to it, not its cells run into the next clause", () => {
    const raw = extractResolved(minutes)!;
    expect(raw).toContain(
      "noting that these replaced earlier appointments (Portfolio Holder Assistant \u2013 Identified Remit \u2013 Responsible Cabinet Member: Cllr Ada Lynch \u2013 Housing \u2013 Cllr Ben Ford; Cllr Cara Singh \u2013 Libraries and Leisure \u2013 Cllr Dev Rao); and (2) the allowance",
    );
  });

  it("makes no section of a table cell that looks like a heading", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Cabinet", title: "Cabinet - Thursday 21 May 2026 6.30 pm" },
        items: [agendaItem(1, "Appointment of Portfolio Holder Assistants", { minutesText: minutes })],
      }),
    );
    expect(summary.sections.map((s) => s.heading)).toEqual(["Appointment of Portfolio Holder Assistants"]);
  });
});

describe("the overview", () => {
  it("says who was elected Mayor, not 'decided on Election of Mayor'", () => {
    expect(
      outcomePhrase(
        "Councillor Nadia Kerr was elected Mayor of the London Borough of Harrow for the Municipal Year 2025/26.",
        "Election of Mayor",
      ),
    ).toEqual({ verb: "elected", object: "Cllr Nadia Kerr Mayor for 2025/26" });
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Council", title: "(Annual), Council - Thursday 21 May 2026 6.30 pm" },
        items: [
          agendaItem(1, "Election of Mayor", {
            minutesText:
              "RESOLVED:  That Councillor Nadia Kerr be elected Mayor of the London Borough of Harrow for the Municipal Year 2026/27.",
          }),
        ],
      }),
    );
    expect(summary.overview).toContain("elected Cllr Nadia Kerr Mayor for 2026/27");
    expect(summary.overview).not.toContain("decided on");
  });
});

describe("the overview of appointments", () => {
  it("says how many were appointed to what, not 'decided on Appointment of Advisers'", () => {
    expect(
      outcomePhrase(
        "The following nominees were appointed as Advisers to the Panel for the 2026/27 Municipal Year: Ivy Stone (Harrow Bus Users); Omar Reed (Harrow Cyclists); Pat Lowe (Harrow Resident Motorist).",
        "Appointment of Advisers",
      ),
    ).toEqual({ verb: "appointed", object: "3 Advisers to the Panel for 2026/27" });
  });

  it("puts an election before a noting", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Council", title: "(Annual), Council - Thursday 21 May 2026 6.30 pm" },
        items: [
          agendaItem(1, "Election of Mayor", {
            minutesText:
              "RESOLVED:  That Councillor Nadia Kerr be elected Mayor of the London Borough of Harrow for the Municipal Year 2026/27.",
          }),
          agendaItem(2, "Members' Allowances Scheme 2026/27", {
            minutesText: "RESOLVED:  That the Members' Allowances Scheme 2026/27 be noted.",
          }),
        ],
      }),
    );
    expect(summary.overview).toContain(
      "elected Cllr Nadia Kerr Mayor for 2026/27 and noted the Members' Allowances Scheme 2026/27",
    );
  });
});

describe("meetings", () => {
  it("does not say the published minutes record standing business when no minutes are published", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          committeeName: "Planning Committee",
          title: "Planning Committee - Wednesday 15 January 2025 6.30 pm",
          startsAt: "2025-01-15T18:30:00Z",
        },
        items: [
          agendaItem(1, "Attendance by Reserve Members"),
          agendaItem(2, "Declarations of Interest"),
          agendaItem(3, "Minutes", {
            description:
              "That the minutes of the meeting held on 11 December 2024 be taken as read and signed as a correct record.",
          }),
        ],
        now: "2025-03-01T09:00:00Z",
      }),
    );
    expect(summary.overview).not.toContain("published minutes record");
    expect(summary.overview).toContain("minutes have not been published yet");
  });

  it("keeps a hearing's notice headed with the premises' address in the item's own section", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Licensing Panel", title: "Licensing Panel - Tuesday 9 September 2025 10.00 am" },
        items: [
          agendaItem(1, "Temporary Event Notice - Unit 4, Mill Road, North Harrow, HA2 0AA", {
            minutesText:
              'Decision of the Licensing Sub-Committee\n\n9th September 2025\n\nUnit 4, Mill Road, North Harrow, Harrow, HA2 0AA ("the Premises")\n\nThis is an application for a standard Temporary Event Notice made under section 100 of the Licensing Act 2003 in relation to Unit 4, Mill Road, North Harrow.\n\nThe notice seeks to permit the sale of alcohol and regulated entertainment from 21:00 hours on Friday 19th September 2025 until 03:00 hours on Saturday 20th September 2025.\n\nAn objection notice was received from the Environmental Protection Team on the ground of public nuisance after an earlier event.',
          }),
        ],
      }),
    );
    expect(summary.sections.map((s) => s.heading)).toEqual([
      "Temporary Event Notice - Unit 4, Mill Road, North Harrow, HA2 0AA",
    ]);
    expect(summary.sections[0]!.bullets.map((b) => b.text).join(" ")).toContain("21:00 hours on Friday 19th September");
  });
});
