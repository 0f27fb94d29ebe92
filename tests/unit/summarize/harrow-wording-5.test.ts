// Wordings of Harrow's minutes met by the fifth probe of meetings outside the real-text corpus (December 2026):
// Cabinet, Council, Planning, the Licensing Panel, the Traffic and Road Safety Advisory Panel and the Call-In
// Sub-Committee, 2005-2024. The sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { describePetitions } from "@/lib/summarize/extractive/petitions";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import type { SummaryItem } from "@/lib/summarize/types";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("declarations read as declared", () => {
  it("a 'non- pecuniary' interest (a space after the hyphen) is non-pecuniary, not pecuniary", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nAgenda Item 8 – Parking Review\n\nCouncillor Omar Reece declared a non- pecuniary interest in that he lived on one of the roads in the review. He would remain in the room whilst the matter was considered and voted upon.",
      ),
    );
    expect(line).toContain("Non-pecuniary interests:");
    expect(line).not.toMatch(/^Pecuniary/m);
  });

  it("a member who would leave only if the interest became pecuniary did not leave", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nAgenda Item 12 – Town Centre Strategy\n\nCouncillor Pia Lund, who was not a member of Cabinet, declared a non-pecuniary interest in that she owned a shop in Wealdstone. If the interest became pecuniary during the meeting she would leave the room to listen to the discussion relating to this item.",
      ),
    );
    expect(line).toContain("would leave if the interest became pecuniary");
    expect(line).not.toMatch(/; left\)/);
  });
});

describe("apologies", () => {
  it("'Received from Councillor A, …' names who sent them, without 'Received from'", () => {
    expect(
      describeStandingItem(
        item(
          "Apologies for Absence",
          "Received from Councillor Tom Reyes, Portfolio Holder for Housing, and Councillor Ama Boateng.",
        ),
      ),
    ).toBe("Apologies: Tom Reyes, Portfolio Holder for Housing, and Ama Boateng.");
  });

  it("'None received from Members of Cabinet' is no apologies", () => {
    expect(describeStandingItem(item("Apologies for Absence", "None received from Members of Cabinet."))).toBe(
      "No apologies.",
    );
  });

  it("an apology from a member who attended online says so in brackets", () => {
    expect(
      describeStandingItem(
        item(
          "Apologies for Absence",
          "Apologies for absence were received from Councillor Rhys Carr but he attended virtually.",
        ),
      ),
    ).toBe("Apologies: Rhys Carr (attended virtually).");
  });
});

describe("minutes", () => {
  it("minutes 'signed as a correct record' (without 'taken as read') are approved, not 'be approved'", () => {
    expect(
      describeStandingItem(
        item(
          "Council Minutes",
          "RESOLVED:  That the minutes of the meeting held on 9 October 2008 be signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 October 2008 approved.");
  });
});

const cabinet = (title: string, minutesText: string) =>
  summarizeExtractive(
    makeInput({
      meeting: {
        committeeName: "Cabinet",
        title: "Cabinet - Thursday 18 February 2027 6.30 pm",
        startsAt: "2027-02-18T18:30:00Z",
      },
      now: "2027-03-01T09:00:00Z",
      items: [agendaItem(7, title, { minutesText })],
    }),
  );
const rendered = (summary: ReturnType<typeof summarizeExtractive>) => renderSummaryMarkdown(summary);

describe("Cabinet's recommendations to Council", () => {
  const minute =
    "Resolved to RECOMMEND: to Council\n\n(1) the Borough Plan 2027 be noted;\n\n(2) the Borough Plan be approved and the Head of Strategy be authorised, after consulting the Leader of the Council, to make minor changes to the Plan before it goes to Council.\n\nReason for Recommendation: To refresh the Council's policy framework for the coming year.\n\nAlternative Options Considered and Rejected: As set out in the report.\n\nConflict of Interest relating to the matter declared by Cabinet Member/Dispensation Granted: None.\n\n[Call-in does not apply as the decision is reserved to full Council.]";

  it("says 'Recommended to Council:' for 'Resolved to RECOMMEND: to Council'", () => {
    const text = rendered(cabinet("Borough Plan 2027", minute));
    expect(text).toContain("Recommended to Council: ");
    expect(text).not.toMatch(/RESOLVED to RECOMMEND/i);
  });

  it("gives the reason for the recommendation as the reason and leaves out the formulas after it", () => {
    const text = rendered(cabinet("Borough Plan 2027", minute));
    expect(text).toContain("Reason: To refresh the Council's policy framework for the coming year.");
    expect(text).not.toContain("Alternative Options Considered");
    expect(text).not.toContain("Conflict of Interest");
  });
});

describe("older Council minutes and right-to-speak tables", () => {
  it("minutes approved in a '(i) … (ii) …' list after 'RESOLVED: That' leave no 'That;' behind", () => {
    const line = describeStandingItem(
      item(
        "Council Minutes",
        'RESOLVED:  That\n\n(i)            the minutes of the meeting held on 2 June 2011 be taken as read and signed as a correct record, subject to a correction at page 5 (22 - Motion on Libraries) to read "asked that his vote against be recorded."\n\n(ii)          the minutes of the extraordinary meeting held on 30 June 2011, be taken as read and signed as a correct record.',
      ),
    );
    expect(line).not.toMatch(/\bThat;/);
    expect(line).toMatch(/^Minutes of 2 June 2011 approved, subject to a correction at page 5/);
    expect(line).toContain("; minutes of the extraordinary meeting of 30 June 2011 approved.");
  });

  it("pairs the speakers with their planning applications when the table's cells are paragraphs", () => {
    expect(
      describeStandingItem(
        item(
          "Right of Members to Speak",
          "RESOLVED:  That, in accordance with Committee Procedure Rule 4.1, the following Councillors, who were not Members of the Committee, be allowed to speak on the agenda item indicated:\n\nCouncillor\n\nPlanning Application\n\nIrene Vale\n\n2/04 & 2/05",
        ),
      ),
    ).toBe("Members' right to speak: Irene Vale (planning applications 2/04 & 2/05).");
  });

  it("says other councillors were allowed to speak when the page lost the table", () => {
    expect(
      describeStandingItem(
        item(
          "Right of Members to Speak",
          "RESOLVED: That, in accordance with Committee Procedure Rule 4.1, the following Councillors, who were not Members of the Committee, be allowed to speak on the agenda items indicated:",
        ),
      ),
    ).toBe("Other councillors were allowed to speak (names not in the minutes).");
  });
});

describe("a note of the meeting's recording", () => {
  it("is no business item: no section and no 'discussed Recording' in the overview", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Traffic and Road Safety Advisory Panel" },
        items: [
          agendaItem(1, "Recording", {
            minutesText:
              "The recording of this meeting can be watched at the link below:\n\nhttps://www.example.gov.uk/meeting-video",
          }),
          agendaItem(2, "Parking Review 2026", {
            minutesText:
              "The Panel received a report on the parking review.\n\nRESOLVED: That the Portfolio Holder be recommended to approve the parking review.",
          }),
        ],
      }),
    );
    const text = renderSummaryMarkdown(summary);
    expect(text).not.toContain("## Recording");
    expect(summary.overview).not.toMatch(/Recording/);
    expect(text).toContain("https://www.example.gov.uk/meeting-video");
  });
});

describe("an older page's table of interests (Agenda Item | Member | Nature of Interest)", () => {
  const table =
    "RESOLVED:  To note that the following interests were declared:\n\nAgenda Item\n\nNature of Interest\n\n14.     Key Decision - Library Service Review\n\nCouncillor Ruth Ames\n\nThe Member indicated a personal interest in that she was a trustee of the Friends of Pinner Library.  She would remain in the room whilst the matter was considered and voted upon.\n\nCouncillor K Doyle\n\nThe Member, who was not a member of Cabinet, declared a personal interest in that he volunteered at a library.  He would remain in the room whilst the matter was considered and voted upon.\n\n17.     Award of Contract for Grounds Maintenance\n\nCouncillor Tariq Bell\n\nThe Member indicated a personal interest.  However, he would leave the room whilst the matter was considered and voted upon.";

  it("files each member's reason and outcome under the item, with no stray cells", () => {
    const line = describeStandingItem(item("Declarations of Interest", table));
    expect(line).toBe(
      "Personal interests: item 14 (Library Service Review): Ruth Ames (trustee of the Friends of Pinner Library; stayed while voted on); K Doyle (volunteered at a library; stayed while voted on); item 17 (Award of Contract for Grounds Maintenance): Tariq Bell (left).",
    );
  });

  it("reads the same table when the scraper joins a row's cells with ' | '", () => {
    const rows = table
      .replace("Agenda Item\n\nNature of Interest", "Agenda Item | Member | Nature of Interest")
      .replace("Library Service Review\n\nCouncillor Ruth Ames\n\n", "Library Service Review | Councillor Ruth Ames | ")
      .replace("Councillor K Doyle\n\n", " | Councillor K Doyle | ")
      .replace("Grounds Maintenance\n\nCouncillor Tariq Bell\n\n", "Grounds Maintenance | Councillor Tariq Bell | ");
    expect(describeStandingItem(item("Declarations of Interest", rows))).toBe(
      describeStandingItem(item("Declarations of Interest", table)),
    );
  });
});

describe("an older Planning minute that lists several applications under one item", () => {
  const minute =
    "RESOLVED:  That authority be given to the Head of Planning to issue the decision notices in respect of the applications considered.\n\n(1)        ORCHARD WAY & BEECH CLOSE, KENTON ESTATE, HARROW, HA3 9QQ (APPLICATION 1/01)\n\n            Reference: P/2841/10/KT/MAJ – (Kenton Homes). Construction of 48 Houses and 20 Flats as Part of the Kenton Estate Renewal; New Access Road and 70 Car Parking Spaces.\n\n            DECISION:  DEFERRED for a Member Site Visit.\n\n            The Committee wished it to be recorded that the decision to DEFER was unanimous.\n\n(2)        12 HILL RISE, PINNER, HA5 3XY (APPLICATION 2/03)\n\n            Reference: P/0917/10/LB – (Mr J Patel). Single Storey Rear Extension.\n\n            DECISION:  GRANTED permission for the development described in the application and submitted plans, subject to the conditions set out in the report.";

  it("gives each application its own line: outcome, address, reference and proposal", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Planning Committee" },
        items: [agendaItem(9, "Planning Applications Received", { minutesText: minute })],
      }),
    );
    const decisions = summary.sections.map((s) => s.decision);
    expect(decisions).toEqual([
      "Deferred (voted unanimously): Orchard Way & Beech Close, Kenton Estate, Harrow, HA3 9QQ (P/2841/10) – construction of 48 Houses and 20 Flats as Part of the Kenton Estate Renewal; New Access Road and 70 Car Parking Spaces. For a Member Site Visit.",
      "Granted: 12 Hill Rise, Pinner, HA5 3XY (P/0917/10) – single Storey Rear Extension.",
    ]);
    expect(summary.sections.map((s) => s.itemNumber)).toEqual(["1/01", "2/03"]);
  });
});

describe("a 'that … be' inside a resolution's clause stays as resolved", () => {
  it("'with the intention that the council be offered' is an intention, not something that happened", () => {
    const said = plainResolution(
      "That (1) the pilot to lease the roof space of the Elm estate to Skyline Ltd, who will seek planning permission for new homes with the intention that the council be offered first refusal to buy them, be approved; (2) the Director be authorised to sign the lease.",
    );
    expect(said).toContain("with the intention that the council be offered first refusal to buy them, was approved");
    expect(said).toContain("(2) The Director was authorised to sign the lease.");
  });

  it("'so that residents be consulted' keeps its 'that' and 'be'", () => {
    expect(plainResolution("That the scheme be approved so that residents be consulted first.")).toBe(
      "The scheme was approved so that residents be consulted first.",
    );
  });
});

describe("Cabinet's petitions and a minutes correction", () => {
  it("'Petition from Councillor A, containing 13 signatures, on behalf residents in …' says for whom and what", () => {
    const lines = describePetitions(
      "RESOLVED: To note that the following petition had been received:\n\n(1) Petition from Councillor Ian Holt, containing 21 signatures, on behalf residents in the Mill Lane area, including Brook Road and Kiln Close, requesting that the Council looked at parking on these roads and introduced a Controlled Parking Zone.\n\nRESOLVED: That the petition be referred to the Corporate Director of Place for consideration and response.",
    );
    expect(lines).not.toBeNull();
    expect(lines!.join("\n")).not.toMatch(/\bbehalf residents\b/);
    expect(lines!.join("\n")).toContain("Ian Holt");
    expect(lines!.join("\n")).toContain("residents in the Mill Lane area");
  });

  it("'he had declared a pecuniary interest' under the minutes keeps 'declared'", () => {
    const line = describeStandingItem(
      item(
        "Minutes",
        "Councillor Ola Brandt advised that he had declared a pecuniary interest at the last meeting on 4 May 2026. This had been recorded as a non-pecuniary interest by mistake.\n\nRESOLVED: That, subject to the above correction, the minutes of the meeting held on 4 May 2026 be taken as read and signed as a correct record.",
      ),
    );
    expect(line).toContain("had declared a pecuniary interest");
  });
});

describe("a petition under its own heading, with its request in the next paragraph", () => {
  it("reads '(1) Petition – title', 'A presented a petition with N signatures with the following request:', the request and its referral", () => {
    const lines = describePetitions(
      "RESOLVED: To note that the following petitions had been received\n\n(1) Petition – Opening Hours of Elm Library\n\nMs Rosa Quint presented a petition with 512 signatures with the following request:\n\nWe ask the Council to keep Elm Library open on Saturdays.\n\nRESOLVED: That the petition be received and referred to the Director of Culture for a response.\n\n(2) Petition – Planning Application at 4 Ash Grove, Pinner\n\nCouncillor Dev Mistry presented a petition signed by 48 residents with the following request:\n\nWe object to the application and ask that it go to the Planning Committee.\n\nRESOLVED: That the petition be received and referred to the Corporate Director, Place for a response.",
    );
    expect(lines).toEqual([
      "512 signatures: We ask the Council to keep Elm Library open on Saturdays — presented by Ms Rosa Quint; referred to the Director of Culture for a response.",
      "48 residents: We object to the application and ask that it go to the Planning Committee — presented by Cllr Dev Mistry; referred to the Corporate Director, Place for a response.",
    ]);
  });
});

describe("more older standing wordings", () => {
  it("reads 'Councillor A: (Non-Pecuniary Interest) – reason' points under a lead-in that names the item", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED:  That the following declarations made at the meeting by Councillors in relation to agenda item 6 of the published agenda, Recommendation from the Traffic and Road Safety Advisory Panel – 3 March 2021 – School Streets Programme, be noted:\n\n·                     Councillor Ada Finch: (Non-Pecuniary Interest) – Lived on Elm Road, inside one of the proposed School Streets.\n\n·                     Councillor Ben Okafor: (Non-Pecuniary Interest) – Ward Member for Headstone.",
      ),
    );
    expect(line).toBe(
      "Non-pecuniary interests: item 6 (Recommendation from the Traffic and Road Safety Advisory Panel): Ada Finch (lived on Elm Road, inside one of the proposed School Streets); Ben Okafor (Ward Member for Headstone).",
    );
  });

  it("joins a minute's sentence the page broke across two paragraphs ('be taken' / 'as read')", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 2 March 2021 be taken\n\nas read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 2 March 2021 approved.");
  });

  it("keeps the Mayor's welcome among the standing lines", () => {
    expect(
      classifyItem(
        item(
          "MAYOR'S WELCOME",
          "The Mayor welcomed Councillor Lee Park to his first meeting of Council since his election.",
        ),
      ),
    ).toBe("procedural");
  });

  it("says who was appointed for 'To note the appointment of Councillors A and B as Members … in place of …'", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Chairman and Members",
          "RESOLVED:\n\n(1)               To note the appointment of Councillors Una Reid and Cal Moss as Members of the Sub-Committee in place of Councillors Dale and Frey, following notification from the Labour Group;\n\n(2)               that Councillor Cal Moss be appointed as Chair for the meeting.",
        ),
      ),
    ).toBe(
      "Cllrs Una Reid and Cal Moss appointed Members for Cllrs Dale and Frey, following notification from the Labour Group; Cllr Cal Moss appointed Chair for the meeting.",
    );
  });

  it("reads a minute printed in capitals as the same minute in ordinary type", () => {
    expect(
      describeStandingItem(
        item(
          "COUNCIL MINUTES",
          "RESOLVED:\n\nTHAT THE MINUTES OF THE ORDINARY MEETING HELD ON 20 JANUARY 2005, HAVING BEEN CIRCULATED, BE TAKEN AS READ AND SIGNED AS CORRECT RECORDS.",
        ),
      ),
    ).toBe("Minutes of the ordinary meeting of 20 January 2005 approved.");
  });
});

describe("declarations listed in an appendix, and short or slipped resolutions", () => {
  it("says the declarations are listed in the minutes' appendix when the minute names nobody", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "The Mayor invited declarations of interest, with particular reference to the budget.\n\nA number of Members confirmed additional individual interests.\n\nRESOLVED: That the declarations of interest made by Members of Council in respect of the business to be transacted at this meeting be duly received and recorded (as set out at Appendix I).",
        ),
      ),
    ).toBe("Declarations recorded in Appendix I to the minutes.");
  });

  it("keeps 'a number of members' who declared under an item, with where they are listed", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "(i) Item 7 on the Summons – Revenue Budget 2009/10\n\nA number of Members declared personal interests in the above item (set out at Appendix I to these Minutes) and accordingly remained in the Chamber and took part in the debate and voting on this item.\n\n(ii) Item 9 on the Summons – Corporate Plan\n\nCouncillor Uma Shah declared a personal interest in the above item as she lived near the depot site, but considered that she could speak and vote.",
      ),
    );
    expect(line).toContain(
      "item 7 (Revenue Budget 2009/10): a number of members (listed in Appendix I to the minutes; stayed",
    );
    expect(line).toContain("item 9 (Corporate Plan): Uma Shah");
  });

  it("'That <what> noted.' (the minute's 'be' left out) is said as noted", () => {
    expect(
      plainResolution(
        "That the return of Councillors elected, their wards and the membership of the political groups as contained in the report noted.",
      ),
    ).toMatch(
      /^The return of Councillors elected, their wards and the membership of the political groups (?:was|were) noted\.$/,
    );
  });

  it("a decision the page cut after its first few words is no decision", () => {
    const summary = cabinet("Tree Strategy 2027", "The Cabinet received the strategy.\n\nRESOLVED:  To provide a");
    expect(summary.sections[0]?.decision ?? null).toBeNull();
  });
});

describe("several item headers over one declaration", () => {
  it("files the declaration under every item listed above it, not only the last", () => {
    const line = describeStandingItem(
      item(
        "DECLARATIONS OF INTEREST",
        "The Mayor invited appropriate declarations of interest.\n\nItem 8 – Final Revenue Budget 2013/14\n\nItem 9 – Capital Programme 2013/14 to 2015/16\n\nItem 10 - Treasury Management Strategy 2013/14\n\nCouncillor Ravi Dutt declared a personal interest in that his brother was a teacher at a Harrow school.\n\nItem 14 – Motion on Library Hours\n\nCouncillor Jo Kemp declared a prejudicial interest as she chaired the Friends of Elm Library.",
      ),
    );
    expect(line).toContain(
      "items 8 (Final Revenue Budget 2013/14), 9 (Capital Programme 2013/14 to 2015/16) and 10 (Treasury Management Strategy 2013/14): Ravi Dutt",
    );
    expect(line).toContain("item 14 (Motion on Library Hours): Jo Kemp");
  });
});

it("'in that he was member of the temple' (no article) reads as 'member of the temple'", () => {
  expect(
    describeStandingItem(
      item(
        "Declarations of Interest",
        "Item 6 – Public Questions\n\nCouncillor Amar Gill declared a non-pecuniary interest in that he was member of the gurdwara a questioner had asked about.",
      ),
    ),
  ).toBe(
    "Non-pecuniary interests: item 6 (Public Questions): Amar Gill (member of the gurdwara a questioner had asked about).",
  );
});

it("keeps 'did not take part in the discussion' beside 'remained in the room'", () => {
  expect(
    describeStandingItem(
      item(
        "Declarations of Interest",
        "Agenda Item 6 – Review of the Premises Licence, The Crown\n\nCouncillor Iris Webb, who was not a member of the Panel, declared a personal interest in that she was the ward councillor. She remained in the room and did not take part in the discussion on this item.",
      ),
    ),
  ).toBe(
    "Personal interests: item 6 (Review of the Premises Licence): Iris Webb (the ward councillor; stayed, did not take part).",
  );
});
