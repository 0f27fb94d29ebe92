// Wordings found by a seventh probe of Harrow meetings outside the real-text corpus (December 2026): Cabinet,
// Council, Planning, the Licensing Panel, scrutiny and the audit committee, 2013–2020. The sentences are written
// here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { meetingHeading, meetingStatusLine } from "@/lib/data/meeting-heading";
import { parseMeetingTitle } from "@/lib/moderngov/parse/meeting-title";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { withAntecedents } from "@/lib/summarize/extractive/pick-bullets";
import type { ItemSource } from "@/lib/summarize/extractive/item-sources";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { repairLostHyphens } from "@/lib/summarize/text/normalise";
import { item, makeInput, minuteItem } from "./helpers";

describe("meeting titles", () => {
  it("reads 'Postponed from <date>, …' as the date this meeting replaced, not as a postponed meeting", () => {
    const t = parseMeetingTitle("Postponed from 14 October 2015, Licensing Panel - Tuesday 3 November 2015 10.30 am");
    expect(t.committeeName).toBe("Licensing Panel");
    expect(t.postponed).toBe(false);
    expect(t.movedFrom).toBe("2015-10-14");
    expect(t.startsAt).toBe("2015-11-03T10:30:00+00:00");
    // a bare POSTPONED marker still marks the meeting postponed
    expect(parseMeetingTitle("Licensing Panel - Tuesday 3 November 2015 10.30 am, POSTPONED").postponed).toBe(true);
    expect(
      meetingStatusLine({
        status: "held",
        statusNote: "Postponed from 14 October 2015",
        isUpcoming: false,
        day: "Tuesday 3 November 2015",
        heading: "Licensing Panel - Tuesday 3 November 2015 10.30 am",
      }),
    ).toBe("This meeting was moved from 14 October 2015 to Tuesday 3 November 2015.");
  });
});

describe("older 'moved' title prefixes", () => {
  it("peels 'Moved from 8.6.2017, …' (the old date in figures) and '(Moved from 7 Nov 2013), …' off the committee name", () => {
    const figures = parseMeetingTitle(
      "Moved from 3.5.2016, Traffic and Road Safety Advisory Panel - Monday 20 June 2016 7.30 pm",
    );
    expect(figures.committeeName).toBe("Traffic and Road Safety Advisory Panel");
    expect(figures.movedFrom).toBe("2016-05-03");
    const bracketed = parseMeetingTitle(
      "(Moved from 4 Nov 2014), Grants Advisory Panel - Monday 24 November 2014 7.30 pm",
    );
    expect(bracketed.committeeName).toBe("Grants Advisory Panel");
    expect(bracketed.movedFrom).toBe("2014-11-04");
    const heading = meetingHeading("(Moved from 4 Nov 2014), Grants Advisory Panel - Monday 24 November 2014 7.30 pm");
    expect(heading).toBe("Grants Advisory Panel - Monday 24 November 2014 7.30 pm");
    expect(
      meetingStatusLine({
        status: "held",
        statusNote: "(Moved from 4 Nov 2014)",
        isUpcoming: false,
        day: "Monday 24 November 2014",
        heading,
      }),
    ).toBe("This meeting was moved from 4 Nov 2014 to Monday 24 November 2014.");
  });
});

describe("characters the page lost", () => {
  it("reads 'Vice?Chair' (a non-breaking hyphen lost to a question mark) as Vice-Chair, and leaves web addresses", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          minuteItem(
            "Appointment of Vice-Chair",
            "RESOLVED:  That Councillor Ola Brandt be appointed Vice?Chair for the 2015/16 Municipal Year.",
          ),
        ],
      }),
    );
    expect(summary.procedural).toContain("Cllr Ola Brandt appointed Vice-Chair for 2015/16");
    expect(summary.procedural).not.toContain("?");
    expect(repairLostHyphens("a non?pecuniary interest")).toBe("a non-pecuniary interest");
    const link = "https://www2.harrow.gov.uk/ieListDocuments.aspx?CId=260&MId=60001&Ver=4";
    expect(repairLostHyphens(`The recording is at ${link} now.`)).toBe(`The recording is at ${link} now.`);
    expect(repairLostHyphens("Did it apply?Yes")).toBe("Did it apply?Yes");
  });
});

describe("pages that broke off", () => {
  it("says no decision recorded for a minutes approval cut before its verb ('RESOLVED: That the minutes of the meeting held')", () => {
    const line = describeStandingItem(
      minuteItem("Minutes", "RESOLVED:  That the minutes of the meeting held", {
        description:
          "That the minutes of the Cabinet meeting held on 9 May 2016 be taken as read and signed as a correct record.",
      }),
    );
    expect(line).toBe("Minutes of 9 May 2016: no decision recorded.");
    // a whole approval is still read
    expect(
      describeStandingItem(
        minuteItem(
          "Minutes",
          "RESOLVED:  That the minutes of the meeting held on 9 May 2016 be taken as read and signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 May 2016 approved.");
  });
});

describe("declarations", () => {
  it("files a declaration under a 'Minute Number 412 – …' header (an announcement earlier in the meeting)", () => {
    const line = describeStandingItem(
      minuteItem(
        "Declarations of Interest",
        "RESOLVED:  To note that the following interest was declared:\n\nMinute Number 412 – Council’s Solar Panel Offer\n\nCouncillor Ivo Marsh declared a non-pecuniary interest in that he was employed by an energy charity.  He remained in the room during the Leader’s announcement in this regard.",
      ),
    );
    expect(line).toBe(
      "Non-pecuniary interests: minute 412 (Council’s Solar Panel Offer): Ivo Marsh (employed by an energy charity; stayed).",
    );
  });
});

describe("declarations cut by the page", () => {
  it("leaves out a last declaration the page cut before its verb ('Councillor Rhea Voss de')", () => {
    const line = describeStandingItem(
      minuteItem(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nItem 4 – Petitions\n\nCouncillor Ned Arkwright declared a non-pecuniary interest in that he was a member of the residents’ group.\n\nItem 5 – Public Questions\n\nCouncillor Rhea Voss de",
      ),
    );
    expect(line).toBe("Non-pecuniary interests: item 4 (Petitions): Ned Arkwright (member of the residents’ group).");
  });
});

describe("the annual meeting of Council", () => {
  const annual = () =>
    summarizeExtractive(
      makeInput({
        meeting: {
          title: "(Annual), Council - Thursday 21 May 2015 7.30 pm",
          committeeName: "Council",
          startsAt: "2015-05-21T19:30:00+01:00",
        },
        items: [
          item(1, "ELECTION OF MAYOR", {
            minutesText:
              "RESOLVED: That Councillor Ada Quist be elected Mayor of the London Borough of Harrow for the Municipal Year 2015/16.",
            description: "To elect a Mayor of the Borough for the Municipal Year 2015/16.",
          }),
          item(2, "ELECTION AND INVESTITURE OF DEPUTY MAYOR", {
            minutesText:
              "RESOLVED: That Councillor Omar Brisk be elected Deputy Mayor of the London Borough of Harrow for the Municipal Year 2015/16.",
          }),
          item(3, "APPOINTMENT OF CHAPLAIN", {
            minutesText:
              "The Mayor confirmed to Council that she had appointed Reverend Jo Pell, Vicar of St Mary’s, Kenton as her Chaplain for her Mayoral Year.",
            description: "To receive the Mayor’s announcement concerning a Chaplain.",
          }),
          item(4, "CIVIC FUNCTIONS", { minutesText: "RESOLVED: That the dates of the Civic Functions be noted." }),
        ],
      }),
    );

  it("says who was elected Mayor and Deputy Mayor in the overview, not the items' titles", () => {
    expect(annual().overview).toBe(
      "The Council met on Thursday 21 May 2015 and elected Cllr Ada Quist Mayor for 2015/16 and Cllr Omar Brisk Deputy Mayor for 2015/16.",
    );
  });

  it("files the Mayor's Chaplain and the civic functions under standing business", () => {
    const summary = annual();
    expect(summary.sections.map((s) => s.heading)).toEqual([
      "Election of Mayor",
      "Election and Investiture of Deputy Mayor",
    ]);
    expect(summary.procedural).toContain(
      "Mayor's Chaplain for the year: Reverend Jo Pell, Vicar of St Mary’s, Kenton.",
    );
    expect(summary.procedural).toContain("Civic Functions");
  });
});

describe("declaration headers", () => {
  it("keeps the subject of a call-in header ('Call-in of the Cabinet Decision (date) – <subject>')", () => {
    const line = describeStandingItem(
      minuteItem(
        "Declarations of Interest",
        "RESOLVED:  To note that the following interests were declared:\n\nAgenda Item 5 - Call-in of the Cabinet Decision (12 March 2016) – Determination of Proposals to Expand Fernhill School\n\nCouncillor Ruth Okafor declared a non-pecuniary interest in that she was a governor at a neighbouring school.  She would remain in the room whilst the matter was considered and voted upon.",
      ),
    );
    expect(line).toBe(
      "Non-pecuniary interests: item 5 (Call-in: Determination of Proposals to Expand Fernhill School): Ruth Okafor (a governor at a neighbouring school; stayed while voted on).",
    );
  });
});

describe("sentences that point back", () => {
  it("carries the sentence an 'As a result, …' bullet points back to when picked alone", () => {
    const source: ItemSource = {
      origin: "minutes",
      title: "Minutes",
      documentId: null,
      url: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=1",
      blocks: [
        {
          kind: "para",
          text: "The Director added that while most carers were supported well, waiting times differed widely between wards. As a result, four themes, Find, Support, Rest and Plan, had been chosen to guide the work.",
          page: null,
        },
      ],
    };
    const { candidates } = collectCandidates([source], { itemTitle: "Draft Carers' Strategy", preview: false });
    const result = candidates.filter((c) => c.text.startsWith("As a result"));
    expect(withAntecedents(result).map((c) => c.text)).toEqual([
      "The Director added that while most carers were supported well, waiting times differed widely between wards. As a result, four themes, Find, Support, Rest and Plan, had been chosen to guide the work.",
    ]);
  });
});

describe("welcomes under an item titled with the person's name", () => {
  it("files the welcome as standing business, not as an item discussed", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(1, "Mira Castell, Director of Children's Services", {
            minutesText:
              "The Leader of the Council welcomed Mira Castell, the newly appointed Director of Children's Services, to her first Cabinet meeting.  A warm welcome was given to Mira by all Councillors present at the meeting.",
          }),
          item(2, "The Home Energy Scheme", {
            minutesText:
              "The Leader of the Council praised officers for bringing the scheme to residents' attention.  He reported that 1,200 households had registered for the scheme, which used collective buying power to lower bills.",
          }),
        ],
      }),
    );
    expect(summary.sections.map((s) => s.heading)).toEqual(["The Home Energy Scheme"]);
    expect(summary.overview).not.toContain("Mira Castell");
    expect(summary.procedural).toContain("welcomed Mira Castell");
  });
});

describe("appointments", () => {
  it("says 'appointed Vice-Chair' (not 'as the Vice-Chair') and who then took the chair", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Appointment of Vice-Chair 2016-17",
          "RESOLVED:  That Councillor Tessa Crane be appointed as the Vice-Chair of the Committee for the 2016-17 Municipal Year.\n\nCouncillor Tessa Crane in the Chair.",
        ),
      ),
    ).toBe("Cllr Tessa Crane appointed Vice-Chair for 2016-17 and took the chair.");
  });
});

describe("Council's numbered motions under one item", () => {
  it("keeps 'Item 16 (1)' as item 16(1), and a page cut inside the next header leaves the last reason whole", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "DECLARATIONS OF INTEREST",
          "Item 16 (1) – Motion on Library Hours\n\nCouncillor Ada Fenn declared a non-pecuniary interest in that she volunteered at a library.\n\nItem 16 (2) – Motion on Bus Fares\n\nCouncillor Rob Tate declared a non-pecuniary interest in that his wife was employed by Transport for London.\n\nItem 16 (3) – Moti",
        ),
      ),
    ).toBe(
      "Non-pecuniary interests: item 16(1) (Motion on Library Hours): Ada Fenn (volunteered at a library); item 16(2) (Motion on Bus Fares): Rob Tate (his wife was employed by Transport for London).",
    );
  });
});

describe("reserves", () => {
  it("says 'no apologies' as well when the reserves minute notes none were received", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Attendance by Reserve Members",
          "It was noted that no apologies had been received and no Reserve Members had been appointed.",
        ),
      ),
    ).toBe("No apologies. No reserve members.");
  });
});
