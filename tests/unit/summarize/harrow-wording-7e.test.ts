// Wordings found by a seventh probe of Harrow meetings outside the real-text corpus (December 2026): Cabinet,
// Council, Planning, Overview and Scrutiny, the Employees' Consultative Forum and the Traffic and Road Safety Advisory
// Panel, 2020–2022. The sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { parsePetition, petitionLine } from "@/lib/summarize/extractive/petitions";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("declarations", () => {
  it("never reads 'no declarations … except that Councillor A had submitted …' as no declarations", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED:  To note that no declarations were made at the meeting except that Councillor Ruth Alder had submitted a non-pecuniary interest in all the agenda items.",
      ),
    );
    expect(line).not.toBe("No declarations.");
    expect(line).toMatch(/^Non-pecuniary interests: Ruth Alder\b/);
    // A page that breaks off inside the exception still names the member.
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED:  To note that there were no declarations of interests made by Members at the meeting except that Councillor Ruth Alder had submitted a non-pecuniary interest in respect of all the agenda",
        ),
      ),
    ).toBe("Non-pecuniary interests: Ruth Alder.");
    // A plain "none" is still none.
    expect(
      describeStandingItem(item("Declarations of Interest", "RESOLVED:  To note that no declarations were made.")),
    ).toBe("No declarations.");
  });

  it("says further declarations were made when the page breaks off before them, never 'no additional declarations'", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED:  To note that the declarations of interests published on the Council website be taken as read and that during the meeting.\n\n(1)            The Declarations of Interests published before the meeting on the Council’s website were taken as read.  And the following further declarations were made at the meeting for agenda it",
      ),
    );
    expect(line).toBe(
      "Declarations published on the Council website taken as read; further declarations were made at the meeting.",
    );
    expect(line).not.toMatch(/no additional/);
  });

  it("reads 'an interest in item 3: Petitions in that …' as the item and the reason", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that the declarations of interests published on the Council website be taken as read and that during the meeting:\n\n(1) Councillor Tom Reed, declared a non-pecuniary interest in item 3: Petitions in that he lived in a street inside the Low Traffic Neighbourhood scheme, LTN-07. He would remain in the meeting whilst the matter was considered.",
        ),
      ),
    ).toBe(
      "Declarations published on the Council website taken as read.\nNon-pecuniary interests: Tom Reed (item 3 (Petitions), lived in a street inside the Low Traffic Neighbourhood scheme, LTN-07; stayed).",
    );
  });

  it("names the item a member left for ('left the meeting whilst agenda item 9, …, was considered')", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that\n\n(1) the Declarations of Interests published in advance of the meeting on the Council’s website were taken as read;\n\n(2) Members who had declared interests remained in the virtual meeting whilst the matters were considered and voted upon except that Councillor Priya Sood, who had declared a disclosable pecuniary interest, left the meeting whilst agenda item 9, Parking Charges 2022, was considered and voted upon.",
        ),
      ),
    ).toBe(
      "Declarations published taken as read.\nPecuniary interests: Priya Sood (item 9 (Parking Charges 2022); left).",
    );
  });

  it("leaves no unpaired quotation mark when an item's quoted title is shortened", () => {
    expect(
      describeStandingItem(
        item(
          "Declarations of Interest",
          "RESOLVED: To note that during the meeting:\n\n(1) Councillor Lena Hart, declared a non-pecuniary interest in item 12: “Adult Services Commissioning – Day Care Review and Next Steps” in that her husband worked for a day care charity. She would remain in the meeting whilst the matter was considered.",
        ),
      ),
    ).toBe(
      "Non-pecuniary interests: Lena Hart (item 12 (Adult Services Commissioning), her husband worked for a day care charity; stayed).",
    );
  });
});

describe("right to speak", () => {
  it("pairs a 'Councillor | Planning Application' table whose names lost their space", () => {
    expect(
      describeStandingItem(
        item(
          "Right of Members to Speak",
          "RESOLVED:  That, in accordance with Committee Procedure Rule 4.1, the following Councillors, who were not Members of the Committee, be allowed to speak on the agenda item indicated:\n\nCouncillor\n\nPlanning Application\n\nAnnaLoft\n\nAgenda Item 2/01, 12 Oak Grove, Harrow, HA3 9ZZ (P/1234/20)\n\nBen Carr\n\nAgenda Item 2/04, Pinner Park Farm (P/0999/21)",
        ),
      ),
    ).toBe(
      "Members' right to speak: Anna Loft (planning application 2/01, 12 Oak Grove, Harrow, HA3 9ZZ (P/1234/20)); Ben Carr (planning application 2/04, Pinner Park Farm (P/0999/21)).",
    );
  });

  it("keeps the bracketed note after the table", () => {
    const line = describeStandingItem(
      item(
        "Right of Members to Speak",
        "RESOLVED:  That, in accordance with Committee Procedure Rule 4.1, the following Councillor, who was not a Member of the Committee, be allowed to speak on the agenda item indicated:\n\nCouncillor\n\nPlanning Application\n\nBen Carr\n\n1/01 Old Mill Depot, HA7 1ZZ (P/2222/20)\n\n(However, the item was deferred, and Councillor Carr did not speak on the application itself.  He said he was concerned by the deferral.)",
      ),
    );
    expect(line).toMatch(
      /^Members' right to speak: Ben Carr \(planning application 1\/01 Old Mill Depot, HA7 1ZZ \(P\/2222\/20\)\)\. However, the item was deferred, and (?:Councillor|Cllr) Carr did not speak on the application itself\. He said he was concerned by the deferral\.$/,
    );
  });
});

describe("Cabinet's petitions and schedule", () => {
  it("reads a petitioner's office between the name and the count", () => {
    const line = (text: string) => {
      const petition = parsePetition(text);
      return petition && petitionLine(petition);
    };
    expect(
      line(
        "Petition from Councillor Maya Rees, Portfolio Holder for Parks and Leisure, containing 14 signatures, on behalf of Elm Road residents requesting the Council to clear fly-tipped rubbish from the alley behind houses 10 to 40.",
      ),
    ).toBe(
      "14 signatures requesting the Council to clear fly-tipped rubbish from the alley behind houses 10 to 40 — presented by Cllr Maya Rees (Portfolio Holder for Parks and Leisure) for Elm Road residents.",
    );
    expect(
      line(
        "Petition from Councillor Maya Rees, Portfolio Holder for Parks and Leisure, containing 31 signatures, on behalf of Birch Close residents (no. 3A to 18) regarding problems with trespass and asking the Council to fit a gate.",
      ),
    ).toBe(
      "31 signatures: problems with trespass and asking the Council to fit a gate — presented by Cllr Maya Rees (Portfolio Holder for Parks and Leisure) for Birch Close residents (no. 3A to 18).",
    );
  });

  it("says 'Having noted that …, Cabinet' before RESOLVED as what Cabinet noted", () => {
    expect(
      describeStandingItem(
        item(
          "Key Decision Schedule June - August 2021",
          "Having noted that the report on “Library Services Review” had been deferred to July, Cabinet\n\nRESOLVED:  To note the contents of the updated Key Decision Schedule for the period June - August 2021.",
        ),
      ),
    ).toBe("Cabinet noted that the report on “Library Services Review” had been deferred to July.");
  });
});

describe("Cabinet decisions", () => {
  it("drops a lone comma before 'be approved' ('the plan to …, be approved')", () => {
    const said = plainResolution(
      "RESOLVED:  That\n\n(1)            the progress of the Harrow Housing Partnership be noted;\n\n(2)            the proposed approach to the options open to the Council be endorsed, weighing the Council’s position through full due diligence; and\n\n(3)            the plan to increase the affordable housing on offer, be approved.",
    );
    expect(said).toContain("(3) The plan to increase the affordable housing on offer was approved.");
    // A comma that pairs with another stays with it.
    expect(said).toContain("was endorsed, weighing the Council’s position through full due diligence");
  });
});
