// Wordings found by a seventh probe of Harrow meetings outside the real-text corpus (December 2026): Cabinet,
// Council, Planning, the Licensing Panel, scrutiny and the audit committee, 2013–2020. The sentences are written
// here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { meetingStatusLine } from "@/lib/data/meeting-heading";
import { parseMeetingTitle } from "@/lib/moderngov/parse/meeting-title";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { repairLostHyphens } from "@/lib/summarize/text/normalise";
import { makeInput, minuteItem } from "./helpers";

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
