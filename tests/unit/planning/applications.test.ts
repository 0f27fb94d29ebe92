// Planning applications read from an agenda item, its officers' report and its minute (lib/summarize/store/planning-applications.ts).
// The report text is what pdf-parse gives for the snapshot's report of 14 Elmcroft Crescent (labels one a line,
// long values wrapped), the minutes follow Harrow's printed minutes (docs/harrow.md#planning).
import { describe, expect, it } from "vitest";
import { extractApplications, planningSlug, readPlanningReport } from "@/lib/summarize/store/planning-applications";
import { planningPortalUrl } from "@/lib/councils";

const REPORT = `2/01 14 Elmcroft Crescent, Harrow, HA2 6HL - PL/2241/26
ITEM NO: 2/01
ADDRESS: 14 Elmcroft Crescent, Harrow, HA2 6HL
REFERENCE: PL/2241/26
DESCRIPTION: Two storey side extension; single storey rear extension; conversion of dwellinghouse
into two self-contained flats
WARD: Headstone
APPLICANT: Mr R. Patel
CASE OFFICER: Amira Hussain
EXPIRY DATE: 28 October 2026
RECOMMENDATION
The Committee is asked to grant planning permission subject to the conditions set out in this report.
INFORMATION
This application is reported to the Planning Committee because it has been called in.`;

const MINUTE = `PROPOSAL: Two storey side extension; single storey rear extension; conversion of dwellinghouse into two self-contained flats.

DECISION: REFUSED planning permission, contrary to the officer recommendation, for the following reason: the proposed development would be detrimental to the character of Elmcroft Crescent.

The decision to refuse the application was by a majority of votes.`;

describe("planning applications as data", () => {
  it("addresses an application by its reference in lower case", () => {
    expect(planningSlug("PL/2560/26")).toBe("pl-2560-26");
    expect(planningSlug("P/0941/23")).toBe("p-0941-23");
  });

  it("reads the report's labelled facts, wrapped lines joined, and its recommendation", () => {
    expect(readPlanningReport(REPORT)).toEqual({
      address: "14 Elmcroft Crescent, Harrow, HA2 6HL",
      ward: "Headstone",
      proposal:
        "Two storey side extension; single storey rear extension; conversion of dwellinghouse into two self-contained flats",
      officers: "grant",
    });
    expect(readPlanningReport(REPORT.replace("asked to grant", "asked to refuse")).officers).toBe("refuse");
    expect(readPlanningReport(null)).toEqual({ address: null, ward: null, proposal: null, officers: null });
  });

  it("combines the item, the report and the minute, and flags a decision against the officers", () => {
    const item = {
      agendaItemId: 7,
      number: "2/01",
      title: "14 Elmcroft Crescent, Harrow, HA2 6HL - PL/2241/26",
      minutesText: MINUTE,
      decisionText: null,
      applicationRefs: ["PL/2241/26"],
      reportTexts: [REPORT],
    };
    expect(extractApplications([item], true)).toEqual([
      {
        reference: "PL/2241/26",
        slug: "pl-2241-26",
        agendaItemId: 7,
        address: "14 Elmcroft Crescent, Harrow, HA2 6HL",
        ward: "Headstone",
        proposal:
          "Two storey side extension; single storey rear extension; conversion of dwellinghouse into two self-contained flats",
        officers: "grant",
        decision: "refused",
        vote: "by a majority", // "The decision to refuse the application was by a majority of votes."
        againstOfficers: true,
        detail: expect.stringMatching(/^Reasons: the proposed development would be detrimental/),
      },
    ]);
    // Before the meeting: no decision, whatever the text says; without a report, the address from the title.
    const pending = extractApplications([{ ...item, reportTexts: [] }], false)[0]!;
    expect(pending).toMatchObject({
      address: "14 Elmcroft Crescent, Harrow, HA2 6HL",
      decision: null,
      againstOfficers: false,
      officers: null,
      ward: null,
    });
  });

  it("links the council's planning portal only when configured", () => {
    expect(planningPortalUrl({}, "PL/2241/26")).toBeNull();
    expect(
      planningPortalUrl({ planningPortalUrl: "https://planning.example.gov.uk/app?ref={reference}" }, "PL/2241/26"),
    ).toBe("https://planning.example.gov.uk/app?ref=PL%2F2241%2F26");
  });
});
