// Wordings found by a tenth probe of Harrow meetings outside the real-text corpus (December 2026): the West London
// Waste Authority and its Audit Committee, the Standards Committee, the Grants Advisory Panel, the Development Control
// Committee, the Tenants', Leaseholders' and Residents' Consultative Forum, Overview and Scrutiny, the Harrow
// Partnership Board and others, 2003–2023. The sentences are written here; names, dates, places and figures are made
// up.
import { describe, expect, it } from "vitest";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
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
      "The Committee considered a report of the Borough Solicitor on how complaints against councillors would be heard locally.\n\nResolved to Recommend:  (For decision by Council)\n\nThat Council agree (1) the setting up of a Hearing Panel of 5 Members to hear complaints, as now set out in Appendix 1;\n\n(2)  that the quorum for the Panel be 3, including at least one of the Independent Persons;\n\n(3)  that the Panel be chaired by one of the Independent Persons.",
    );
    expect(summary.sections[0]!.decision).toBe(
      "Recommended to Council: agree (1) the setting up of a Hearing Panel of 5 Members to hear complaints; (2) the quorum for the Panel to be 3, including at least one of the Independent Persons; (3) the Panel to be chaired by one of the Independent Persons.",
    );
    expect(summary.missing.join(" ")).not.toMatch(/no decision/);
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
        "RESOLVED:  To note that the following interest was declared:\n\nAgenda Item 8 – Application for Dispensation\n\nCouncillor Mark Dale declared a prejudicial interest in that he was one of the Councillors requesting a dispensation.  He would make his representation then immediately leave the room before the matter was considered.",
      ),
    ).toBe(
      "Prejudicial interests: item 8 (Application for Dispensation): Mark Dale (one of the Councillors requesting a dispensation; left).",
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
