// Wordings of Harrow's minutes left over by the two probes of meetings outside the real-text corpus (December 2026):
// Council's electronic voting, ceremonial awards and prayers, and a list of several things agreed at once. The
// sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import type { SummaryItem } from "@/lib/summarize/types";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("Council's ceremonial and housekeeping items are standing business", () => {
  it("says plainly that the meeting voted electronically (no 'be used')", () => {
    const voting = item(
      "Electronic Voting",
      "RESOLVED: That the electronic voting system be used for the votes taken at this meeting.",
    );
    expect(classifyItem(voting)).toBe("procedural");
    expect(describeStandingItem(voting)).toBe("Electronic voting used for this meeting's votes.");
  });

  it("says a trial of electronic voting beside the show of hands", () => {
    const voting = item(
      "Electronic Voting",
      "The Mayor told members that electronic voting would be trialled tonight. Members were to vote by a show of hands first and then on their handsets.",
    );
    expect(describeStandingItem(voting)).toBe("Electronic voting tried at this meeting, alongside a show of hands.");
  });

  it("keeps long service awards out of the business sections", () => {
    const awards = item(
      "Long Service Awards",
      "The Mayor handed certificates to three members of staff for 25 years' service: Nia Roberts (Libraries), Owen Platt (Parks) and Ruth Kemble (Finance).",
    );
    expect(classifyItem(awards)).toBe("procedural");
    expect(describeStandingItem(awards)).toContain("Owen Platt (Parks)");
  });

  it("reads who led the prayers from the minute, not the agenda's plan", () => {
    const agenda = "Rabbi Miriam Stone of Pinner Synagogue is to open the meeting with prayers.";
    expect(
      describeStandingItem(item("Prayers", "Prayers were led by Imam Yusuf Grant of the Northolt Mosque.", agenda)),
    ).toBe("Prayers: led by Imam Yusuf Grant of the Northolt Mosque.");
    expect(
      describeStandingItem(
        item("Prayers", "The Mayor's Chaplain (the Rev. Ada Finch) opened the meeting with prayers.", agenda),
      ),
    ).toBe("Prayers: led by the Mayor's Chaplain (the Rev. Ada Finch).");
    // No minute: the agenda's line as before.
    expect(
      describeStandingItem(item("Prayers", null, "Councillor Ivo Marsh is to open the meeting with prayers.")),
    ).toBe("Prayers: Councillor Ivo Marsh was to open the meeting.");
  });
});

describe("a verb agrees with a list of several things", () => {
  it("'the membership of X, the Chairs and Nominated Members of Y' were agreed", () => {
    expect(
      plainResolution(
        "That the membership of the Harbour Committee, the Chairs and Nominated Members of its Sub-Committees be agreed.",
      ),
    ).toContain("Sub-Committees were agreed");
  });

  it("a single thing with a comma in its qualifier stays singular", () => {
    expect(plainResolution("That the report of the Director, as amended at the meeting, be noted.")).toContain(
      "was noted",
    );
  });
});

describe("Council's minutes line", () => {
  it("gives the meetings their article ('minutes of Extraordinary meeting and Ordinary meeting')", () => {
    expect(
      describeStandingItem(
        item(
          "Council Minutes",
          "RESOLVED: That the minutes of Extraordinary meeting and Ordinary meeting held on 3 June 2027 be taken as read and signed as correct records.",
        ),
      ),
    ).toBe("Minutes of the Extraordinary and Ordinary meetings of 3 June 2027 approved.");
  });

  it("puts the Mayor's announcement under the minutes on a line of its own", () => {
    const line = describeStandingItem(
      item(
        "Council Minutes",
        "RESOLVED: That the minutes of the meeting held on 3 June 2027 be taken as read and signed as a correct record.\n\nThe Mayor announced that Motion 4 had been withdrawn by its proposer.",
      ),
    );
    expect(line).toBe(
      "Minutes of 3 June 2027 approved.\nThe Mayor announced that Motion 4 had been withdrawn by its proposer.",
    );
  });
});

describe("a declaration filed under its item's header", () => {
  it("does not name the header's item again in its reason", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "Item 2/03 – Old Forge, Vine Street\n\nCouncillor Tess Marlow declared a non-pecuniary interest in item 2/03 in that she lived two streets away. She would remain in the room.\n\nCouncillor Hugo Penn declared a non-pecuniary interest in that he had been written to about item 2/03 by a neighbour. He would remain in the room.",
      ),
    );
    expect(line).toContain("item 2/03 (Old Forge, Vine Street):");
    expect(line).toContain("Tess Marlow (lived two streets away; stayed)");
    expect(line).toContain("written to about this item by a neighbour");
    expect(line!.match(/2\/03/g)).toHaveLength(1);
  });
});

describe("the overview of a petition the meeting made a recommendation on", () => {
  const council = (title: string, minutesText: string) =>
    summarizeExtractive(
      makeInput({
        meeting: { committeeName: "Council", title: "Council - Thursday 14 October 2027 7.30 pm" },
        items: [agendaItem(6, title, { minutesText })],
      }),
    ).overview;
  const petition = "Petition Asking for Free Parking at Orchard Way";
  const presented =
    "Mrs Delia Rowe presented a petition of 3,150 signatures asking for an hour's free parking at the Orchard Way car park to return.";

  it("says what was recommended, not 'recommended <agenda title>'", () => {
    const overview = council(
      petition,
      `${presented}\n\nRESOLVED to RECOMMEND (to Cabinet): That Cabinet look again at the charges at the Orchard Way car park.`,
    );
    expect(overview).toContain("recommended that Cabinet look again at the charges at the Orchard Way car park");
    expect(overview).not.toContain(`recommended ${petition}`);
  });

  it("falls back to 'made recommendations on' when the recommendation is too long for the overview", () => {
    const overview = council(
      petition,
      `${presented}\n\nRESOLVED to RECOMMEND (to Cabinet): That Cabinet look again at the charges at the Orchard Way car park, at the loading bays beside the parade of shops, and at the hours of the pay and display machines in the evenings and at weekends.`,
    );
    expect(overview).toContain(`made recommendations on ${petition}`);
  });

  it("keeps 'recommended <title>' when the report itself is recommended on", () => {
    const overview = council(
      "Draft Leisure Strategy 2028-2031",
      "The Council considered the draft strategy for its leisure centres.\n\nRESOLVED to RECOMMEND (to Cabinet): That the report be noted and recommended to Cabinet for final approval.",
    );
    expect(overview).toContain("recommended Draft Leisure Strategy 2028-2031");
  });
});
