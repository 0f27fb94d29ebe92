import { describe, expect, it } from "vitest";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import { HARROW, harrowMeetingPage } from "./fixtures";

// Harrow's pages differ from Kingston's in the ways docs/harrow.md describes; these pages keep Kingston's real
// ModernGov markup and change only those parts.

const planningRows = [
  {
    note: "Enc.",
    title: "Guidance Note for Members of the Public attending the Planning Committee",
    reportHref: "documents/s190001/Guidance Note.pdf",
    reportSize: "PDF 91 KB",
  },
  {
    number: "1.",
    aiid: 140001,
    title: "Attendance by Reserve Members",
    description: "To note the attendance at this meeting of any duly appointed Reserve Members.",
  },
  { number: "2.", aiid: 140002, title: "Right of Members to Speak" },
  { title: "Resolved Items" },
  { number: "9.", aiid: 140009, title: "Addendum", reportHref: "documents/s190009/Addendum.pdf" },
  {
    title: "Planning Applications Received",
    description: "Report of the Chief Planning Officer - circulated separately.",
  },
  {
    note: "GRANT",
    number: "2/01",
    aiid: 140021,
    title: "Canons High School, Shaldon Road, HA8 6AL PL/0117/23",
    reportHref: "documents/s190021/Canons High School.pdf",
    reportSize: "PDF 2 MB",
    minutes: "<p>PROPOSAL: extensions.</p><p>DECISION: GRANTED permission subject to conditions.</p>",
  },
  { number: "2/02", aiid: 140022, title: "35 Manor Way, HA2 6BZ, P/0941/23" },
  { number: "2-01", aiid: 140023, title: "Alexandra School, Alexandra Avenue, Rayners Lane, HA2 9DX, PL-2968-24" },
];

describe("Planning Committee's three-column table (Note | No. | Item)", () => {
  const page = parseMeetingPage(
    harrowMeetingPage({
      title: "Planning Committee - Wednesday 18 December 2024 6.30 pm",
      committeeId: 1001,
      rows: planningRows,
      withNote: true,
    }),
    `${HARROW}/ieListDocuments.aspx?CId=1001&MId=65958`,
  );

  it("reads the number from the number cell, not the Note column", () => {
    expect(page.items.map((i) => i.number)).toEqual([null, "1.", "2.", null, "9.", null, "2/01", "2/02", "2-01"]);
    expect(page.items[0]).toMatchObject({
      note: "Enc.",
      isHeading: false,
      title: "Guidance Note for Members of the Public attending the Planning Committee",
    });
    expect(page.items[6]?.note).toBe("GRANT");
  });

  it("treats unnumbered section rows as headings and files later items under them", () => {
    const headings = page.items.filter((i) => i.isHeading).map((i) => i.title);
    expect(headings).toEqual(["Resolved Items", "Planning Applications Received"]);
    expect(page.items.find((i) => i.number === "9.")?.section).toBe("Resolved Items");
    expect(page.items.find((i) => i.number === "2/01")?.section).toBe("Planning Applications Received");
    expect(page.items.find((i) => i.number === "1.")?.section).toBeNull();
  });

  it("extracts application references from item titles, normalised", () => {
    expect(page.items.find((i) => i.number === "2/01")?.applicationRefs).toEqual(["PL/0117/23"]);
    expect(page.items.find((i) => i.number === "2/02")?.applicationRefs).toEqual(["P/0941/23"]);
    expect(page.items.find((i) => i.number === "2-01")?.applicationRefs).toEqual(["PL/2968/24"]);
    expect(page.items.find((i) => i.number === "1.")?.applicationRefs).toEqual([]);
  });

  it("keeps the report link and minutes of an application", () => {
    const item = page.items.find((i) => i.number === "2/01")!;
    expect(item.documents[0]).toMatchObject({
      kind: "item-report",
      url: `${HARROW}/documents/s190021/Canons%20High%20School.pdf`,
      sizeBytes: 2 * 1024 * 1024,
    });
    expect(item.minutes).toBe("PROPOSAL: extensions.\n\nDECISION: GRANTED permission subject to conditions.");
    expect(item.agendaItemId).toBe(140021);
  });

  it("resolves links against Harrow's host", () => {
    expect(page.attendanceUrl).toBe(`${HARROW}/mgMeetingAttendance.aspx?ID=10221`);
  });
});

describe("Harrow title lines and numbering on the meeting page", () => {
  it("reads a special, moved meeting", () => {
    const page = parseMeetingPage(
      harrowMeetingPage({
        title:
          "(Special) Moved from 13 September 2022, Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm",
        committeeId: 276,
        rows: [{ number: "1.", aiid: 1, title: "Attendance by Reserve Members" }],
      }),
      `${HARROW}/ieListDocuments.aspx?CId=276&MId=65612&Ver=4`,
    );
    expect(page).toMatchObject({
      meetingId: 65612,
      committeeId: 276,
      committeeName: "Overview and Scrutiny Committee",
      special: true,
      movedFrom: "2022-09-13",
      startsAt: "2022-10-17T19:00:00+01:00",
    });
    expect(page.title).toBe(
      "(Special) Moved from 13 September 2022, Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm",
    );
  });

  it("keeps sub-item numbers and an unnumbered Public Notice row", () => {
    const page = parseMeetingPage(
      harrowMeetingPage({
        title: "Cabinet - Tuesday 15 October 2024 6.30 pm",
        committeeId: 249,
        rows: [
          { title: "Public Notice", description: "Members of the public may film this meeting." },
          { title: "Agenda - Part I" },
          { number: "3.", aiid: 3, title: "Minutes" },
          { number: "3a", aiid: 31, title: "Minutes of 10 January 2023" },
          { number: "3b", aiid: 32, title: "Minutes of 9 February 2023" },
          { title: "People" },
          { number: "8.", aiid: 8, title: "Provision of Supported Accommodation" },
        ],
      }),
      `${HARROW}/(S(1bwain55pptpzair2v30wdir))/ieListDocuments.aspx?CId=249&MeetingId=65943`,
    );
    expect(page.url).toBe(`${HARROW}/ieListDocuments.aspx?CId=249&MeetingId=65943`);
    expect(page.meetingId).toBe(65943);
    expect(page.items.map((i) => [i.number, i.isHeading])).toEqual([
      [null, false],
      [null, true],
      ["3.", false],
      ["3a", false],
      ["3b", false],
      [null, true],
      ["8.", false],
    ]);
    expect(page.items.find((i) => i.number === "8.")?.section).toBe("People");
    expect(page.items.map((i) => i.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("never returns a fetchable URL for a restricted enclosure", () => {
    const page = parseMeetingPage(
      harrowMeetingPage({
        title: "Cabinet - Thursday 24 July 2025 6.30 pm",
        committeeId: 249,
        rows: [
          {
            number: "13.",
            aiid: 13,
            title: "Procurement of Leisure Management",
            reportHref: "documents/s200013/Leisure report.pdf",
            additional: [
              `<a href="documents/s200014/Appendix A.pdf">Appendix A - Options <span class="mgHide">, item 13.</span><span class="mgFileSize">PDF 245 KB</span></a>`,
              `Restricted enclosure <span class="mgHide">, item 13.</span> <a href="ieListDocuments.aspx?CId=249&amp;MId=74896#reasons">View the reasons why document 13./2 is restricted</a>`,
            ],
          },
        ],
      }),
      `${HARROW}/ieListDocuments.aspx?CId=249&MId=74896`,
    );
    const docs = page.items[0]!.documents;
    expect(docs.map((d) => [d.kind, d.restricted])).toEqual([
      ["item-report", false],
      ["additional-document", false],
      ["additional-document", true],
    ]);
    expect(docs[1]).toMatchObject({ title: "Appendix A - Options", sizeBytes: 245 * 1024 });
    expect(docs[2]?.url).toBeNull();
  });
});
