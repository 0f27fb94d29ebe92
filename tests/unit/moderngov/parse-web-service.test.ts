import { describe, expect, it } from "vitest";
import { PageParseError } from "@/lib/moderngov/parse/errors";
import { parseGetCommittees, parseGetMeeting, parseGetMeetings } from "@/lib/moderngov/parse/parse-web-service";
import { readFixture } from "./fixtures";

const WS = "https://democracy.manchester.gov.uk/mgWebService.asmx";

describe("parseGetCommittees (Manchester, real response)", () => {
  it("reads ids, titles, flags and categories", () => {
    const committees = parseGetCommittees(readFixture("lgsf-xml/committees.xml"), `${WS}/GetCommittees`);
    expect(committees).toEqual([
      {
        committeeId: 312,
        title: "Appointment Sub Committee for Director of Adult Social Services",
        deleted: false,
        expired: true,
        category: "Governance and Decision Making Committees",
      },
      {
        committeeId: 163,
        title: "Art Galleries Committee",
        deleted: false,
        expired: false,
        category: "Governance and Decision Making Committees",
      },
      {
        committeeId: 144,
        title: "Audit Committee",
        deleted: false,
        expired: false,
        category: "Governance and Decision Making Committees",
      },
    ]);
  });

  it("unwraps a SOAP envelope", () => {
    const inner = readFixture("lgsf-xml/committees.xml").replace(/^<\?xml[^>]*>\s*/, "");
    const soap = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetCommitteesResponse xmlns="http://moderngov.co.uk/namespaces"><GetCommitteesResult>${inner}</GetCommitteesResult></GetCommitteesResponse></soap:Body></soap:Envelope>`;
    expect(parseGetCommittees(soap, WS).map((c) => c.committeeId)).toEqual([312, 163, 144]);
  });
});

describe("parseGetMeetings (Manchester, real response)", () => {
  it("reads meetings with their committee, London-offset start and status", () => {
    const meetings = parseGetMeetings(readFixture("lgsf-xml/meetings.xml"), `${WS}/GetMeetings?lCommitteeId=144`);
    expect(meetings).toEqual([
      {
        meetingId: 4966,
        committeeId: 144,
        committeeTitle: "Audit Committee",
        date: "2026-01-13",
        time: "10.00 am",
        startsAt: "2026-01-13T10:00:00+00:00",
        status: "Cancelled",
        statusLabel: null,
        cancelled: true,
        isWebcast: false,
      },
      {
        meetingId: 4967,
        committeeId: 144,
        committeeTitle: "Audit Committee",
        date: "2026-02-10",
        time: "10.00 am",
        startsAt: "2026-02-10T10:00:00+00:00",
        status: "Confirmed",
        statusLabel: null,
        cancelled: false,
        isWebcast: false,
      },
    ]);
  });

  it("splits 'Confirmed; Budget Council' and decodes doubly escaped titles (GetAllMeetingsByDate shape)", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><getmeetingsbydate><meetingscount> 1</meetingscount><meetings><meeting><meetingid>65501</meetingid><meetingdate>23/02/2023</meetingdate><meetingtime>6.30 pm</meetingtime><committeeid>288</committeeid><committeetitle>Budget &amp;amp; Council Tax</committeetitle><meetingstatus>Confirmed; Budget Council</meetingstatus><iswebcast>True</iswebcast></meeting></meetings></getmeetingsbydate>`;
    expect(parseGetMeetings(xml, `${WS}/GetAllMeetingsByDate`)).toEqual([
      {
        meetingId: 65501,
        committeeId: 288,
        committeeTitle: "Budget & Council Tax",
        date: "2023-02-23",
        time: "6.30 pm",
        startsAt: "2023-02-23T18:30:00+00:00",
        status: "Confirmed",
        statusLabel: "Budget Council",
        cancelled: false,
        isWebcast: true,
      },
    ]);
  });
});

describe("parseGetMeeting (Manchester, real responses)", () => {
  it("reads agenda id, items, escaped HTML text, linked documents and attendees", () => {
    const meeting = parseGetMeeting(
      readFixture("lgsf-xml/meeting_with_minutes.xml"),
      `${WS}/GetMeeting?lMeetingId=4967`,
    );
    expect(meeting).toMatchObject({
      meetingId: 4967,
      agendaId: 4967,
      startsAt: "2026-02-10T10:00:00+00:00",
      location: "Council Antechamber, Level 2, Town Hall Extension",
      agendaPublished: true,
      minutesPublished: true,
      decisionsPublished: false,
    });
    expect(meeting.items.map((i) => [i.agendaItemId, i.number, i.position, i.title])).toEqual([
      [18831, "1.", 4, "Minutes"],
      [18833, "9.", 12, "Work Programme"],
    ]);
    expect(meeting.items[0]?.agendaText).toBe(
      "To approve as a correct record the minutes of the meeting held on 25 November 2025.",
    );
    expect(meeting.items[1]?.minutesText).toMatch(
      /^The Committee considered a report of the Governance and Scrutiny Support Unit/,
    );
    expect(meeting.items[0]?.documents).toEqual([
      {
        attachmentId: 60860,
        title: "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
        url: "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860",
        isUrl: false,
        restricted: false,
        publicationDate: "2026-02-02",
        isDecisionAttachment: false,
      },
    ]);
    expect(meeting.attendees[0]).toMatchObject({
      personId: 192,
      name: "Councillor Basil Curley",
      role: "Committee Member",
      status: "expected",
      party: "LAB",
      ward: "Charlestown",
    });
  });

  it("reads a cancelled meeting with no items", () => {
    const meeting = parseGetMeeting(readFixture("lgsf-xml/meeting_no_minutes.xml"), `${WS}/GetMeeting?lMeetingId=4966`);
    expect(meeting).toMatchObject({ meetingId: 4966, status: "Cancelled", cancelled: true, items: [] });
    expect(meeting.attendees[0]?.photoUrl).toBe(
      "https://democracy.manchester.gov.uk/UserData/2/9/1/Info00000192/bigpic.jpg",
    );
    expect(meeting.attendees[0]?.keyPosts).toBe("Chair of Health Scrutiny Committee");
  });

  it("withholds the URL of a restricted linked document", () => {
    const xml = readFixture("lgsf-xml/meeting_with_minutes.xml").replace(
      "<isrestricted>False</isrestricted>\n          <restrictionsRef>",
      "<isrestricted>True</isrestricted>\n          <restrictionsRef>",
    );
    const doc = parseGetMeeting(xml, `${WS}/GetMeeting?lMeetingId=4967`).items[0]!.documents[0]!;
    expect(doc).toMatchObject({ restricted: true, url: null, attachmentId: 60860 });
  });

  it("rejects the wrong operation's response and cut-off XML", () => {
    const committees = readFixture("lgsf-xml/committees.xml");
    expect(() => parseGetMeeting(committees, WS)).toThrow(PageParseError);
    expect(() => parseGetMeeting(committees, WS)).toThrow(/expected <meeting>, got <committees>/);
    const cut = readFixture("lgsf-xml/meeting_with_minutes.xml").slice(0, 2000);
    expect(() => parseGetMeeting(cut, WS)).toThrow(expect.objectContaining({ kind: "truncated" }));
  });
});
