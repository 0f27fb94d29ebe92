// Standing lines in fewer words, every name kept (stop 33): a member's role said without the meeting's own body, a
// resignation said as a verb, an absent member a reserve sat for not named again among the apologies, a question
// answered in writing, a correction to a named minute, and associations that share their kind said once. Sentences
// are written here; names, bodies and dates are made up.
import { describe, expect, it } from "vitest";
import { describeStandingItem, foldStandingItems, nounPhrase } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { minuteItem } from "./helpers";

const item = (title: string, minutesText: string): SummaryItem => minuteItem(title, minutesText, { description: null });
const fold = (...items: SummaryItem[]) => foldStandingItems(items, true);

describe("a member's role on the meeting's own body", () => {
  it("drops 'of the Committee' after the role, in an appointment", () => {
    expect(
      fold(
        item(
          "Appointment of Chair",
          "RESOLVED: That Mrs Petra Lowe, a co-opted Member of the Committee, be appointed Chair for the 2031/32 Municipal Year.",
        ),
      ),
    ).toBe("Petra Lowe, a co-opted Member, appointed Chair for 2031/32.");
  });

  it("drops 'of the Board' and 'on the Board' among apologies, keeping what the role says", () => {
    const said = fold(
      item(
        "Apologies for Absence",
        "RESOLVED: To note that apologies for absence had been received from Dr Kofi Mensah, a voting member of the Board, and from Ms Ada Thorn, an employer representative on the Board.",
      ),
    );
    // Whether the member could vote goes from the apologies (docs/summaries.md#standing-lines-stop-37).
    expect(said).toContain("Kofi Mensah and Ada Thorn");
    expect(said).toContain("Ada Thorn, an employer representative");
    expect(said).not.toMatch(/\b(?:of|on) the Board\b/);
  });

  it("keeps a body that has a name, or a panel the words after it single out", () => {
    const named = fold(
      item(
        "Apologies for Absence",
        "RESOLVED: To note that apologies for absence had been received from Mr Ivor Lund, a member of the Board of Governors.",
      ),
    );
    expect(named).toContain("a member of the Board of Governors");
    const which = fold(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that Councillor Una Fry declared a non-pecuniary interest in that she was a member of the Panel which had heard the appeal.",
      ),
    );
    expect(which).toContain("the Panel");
  });
});

describe("an appointment after a resignation", () => {
  it("says who resigned as a verb", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Vice-Chair",
          "RESOLVED: That Councillor Ines Barrow be appointed Vice-Chair for the remainder of the 2031/32 Municipal Year, following the resignation of Councillor Ted Hale from the Panel.",
        ),
      ),
    ).toBe("Cllr Ines Barrow appointed Vice-Chair for the rest of 2031/32, after Cllr Ted Hale resigned.");
    expect(
      describeStandingItem(
        item(
          "Appointment of Chair",
          "RESOLVED: That Councillor Ines Barrow be appointed Chair for the 2031/32 Municipal Year, following the resignation of the previous Chair.",
        ),
      ),
    ).toBe("Cllr Ines Barrow appointed Chair for 2031/32, after the previous Chair resigned.");
  });

  it("leaves a resignation said with where or when it happened as printed", () => {
    expect(
      describeStandingItem(
        item(
          "Appointment of Chair",
          "RESOLVED: That Councillor Ines Barrow be appointed Chair for the 2031/32 Municipal Year, following the resignation of Councillor Ted Hale in May.",
        ),
      ),
    ).toContain("following the resignation of Cllr Ted Hale in May");
  });
});

describe("an absent member a reserve sat for", () => {
  const reserves = item(
    "Attendance by Reserve Members",
    "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\nOrdinary Member | Reserve Member\nCouncillor Nell Price | Councillor Omar Quint",
  );

  it("is not named again in the apologies item's line, whichever comes first", () => {
    const apologies = item(
      "Apologies for Absence",
      "RESOLVED: To note that apologies for absence had been received from Councillor Nell Price and from Mr Saul Vance, a co-opted member.",
    );
    expect(fold(reserves, apologies)).toBe(
      "Reserves: Omar Quint for Nell Price.\nApologies: Saul Vance, a co-opted member.",
    );
    expect(fold(apologies, reserves)).toBe(
      "Apologies: Saul Vance, a co-opted member.\nReserves: Omar Quint for Nell Price.",
    );
  });

  it("takes the apologies line away when the reserve's member was the only apology", () => {
    const only = item(
      "Apologies for Absence",
      "RESOLVED: To note that apologies for absence had been received from Councillor Nell Price.",
    );
    expect(fold(only, reserves)).toBe("Reserves: Omar Quint for Nell Price.");
  });

  it("keeps an apology for lateness, and a name whose role follows it", () => {
    const late = item(
      "Apologies for Absence",
      "RESOLVED: To note that apologies for absence had been received from Councillor Nell Price, Portfolio Holder for Leisure, and Mr Saul Vance.",
    );
    expect(fold(reserves, late)).toContain("Nell Price, Portfolio Holder for Leisure");
  });
});

describe("a question answered in writing", () => {
  it("says it was answered in writing, not where the answer was published", () => {
    expect(
      describeStandingItem(
        item(
          "Public Questions",
          "RESOLVED: To note that one public question had been received and that a written answer had been sent to the questioner and published on the Council's website.",
        ),
      ),
    ).toBe("One public question answered in writing.");
  });
});

describe("minutes approved with a correction to a named minute", () => {
  it("says the minute corrected and, for a name, who it was", () => {
    expect(
      describeStandingItem(
        item(
          "Minutes",
          "RESOLVED: That the minutes of the meeting held on 4 March 2031 be taken as read and signed as a correct record, subject to the following correction:\n\nMinute 12: the name of the member who gave the vote of thanks should read Mrs Wren Adair.",
        ),
      ),
    ).toBe(
      "Minutes of 4 March 2031 approved; minute 12 corrected: the member who gave the vote of thanks was Mrs Wren Adair.",
    );
  });
});

describe("associations that share their kind", () => {
  it("are listed with the kind said once, every association kept", () => {
    const said = describeStandingItem(
      item(
        "Tenants' and Leaseholders' Representatives",
        "Representatives from the following Associations were in attendance:\n\nOakfield Tenants' and Residents' Association\n\nPark Row Leaseholders' Group\n\nMill Lane Tenants' and Residents' Association\n\nWest End Tenants' and Residents' Association",
      ),
    );
    expect(said).toBe(
      "Associations represented: Oakfield, Mill Lane and West End Tenants' and Residents' Associations, Park Row Leaseholders' Group.",
    );
  });

  it("lists names that share no kind as printed", () => {
    const said = describeStandingItem(
      item(
        "Tenants' and Leaseholders' Representatives",
        "Representatives from the following Associations were in attendance:\n\nOakfield Tenants' and Residents' Association\n\nPark Row Leaseholders' Group",
      ),
    );
    expect(said).toBe(
      "Associations represented: Oakfield Tenants' and Residents' Association, Park Row Leaseholders' Group.",
    );
  });
});

describe("a declaration's reason with where it lies beside the item", () => {
  it("stops before ', close to …', as before ', one of the …': the item's header says which item", () => {
    expect(nounPhrase("owned a bakery on Station Road, Pinner, close to the site")).toBe(
      "owned a bakery on Station Road, Pinner",
    );
    expect(nounPhrase("lived in a flat on Elm Parade, next to the proposed depot")).toBe(
      "lived in a flat on Elm Parade",
    );
  });
});
