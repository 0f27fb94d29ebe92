import { describe, expect, it } from "vitest";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import { KINGSTON, kingstonAgenda } from "./fixtures";

const URL = `${KINGSTON}/ieListDocuments.aspx?CId=711&MId=10221&Ver=4`;

describe("parseMeetingPage on Kingston's 15 January 2026 meeting (real page)", () => {
  const page = parseMeetingPage(kingstonAgenda(), URL);

  it("reads the title line, date-time and ids", () => {
    expect(page.title).toBe("Kingston and North Kingston Neighbourhood Committee - Thursday 15 January 2026 7:30 pm");
    expect(page.heading).toBe("Agenda, decisions and minutes");
    expect(page.committeeName).toBe("Kingston and North Kingston Neighbourhood Committee");
    expect(page).toMatchObject({ meetingId: 10221, committeeId: 711, date: "2026-01-15" });
    expect(page.startsAt).toBe("2026-01-15T19:30:00+00:00");
    expect(page.status).toBe("held");
    expect(page.modifiedDate).toBe("2026-02-05");
  });

  it("reads venue, contact, webcast and attendance link", () => {
    expect(page.venue).toEqual({
      text: "Guildhall, Kingston upon Thames.",
      locationUrl: `${KINGSTON}/mgLocationDetails.aspx?RID=1`,
      roomId: 1,
    });
    expect(page.contact?.email).toBe("alice.aubrey@kingston.gov.uk");
    expect(page.contact?.phone).toBe("07521058748");
    expect(page.webcastUrl).toBe("https://kingston.public-i.tv/site/mg_bounce.php?mg_m_id=10221&language=en_GB");
    expect(page.attendanceUrl).toBe(`${KINGSTON}/mgMeetingAttendance.aspx?ID=10221`);
  });

  it("lists the meeting-level documents with their kinds, in page order", () => {
    expect(page.documents.map((d) => [d.kind, d.title])).toEqual([
      ["agenda-frontsheet", "Agenda frontsheet"],
      ["reports-pack", "Agenda reports pack"],
      ["supplement", "Supplement: Agenda Item 7 - Community Safety Update"],
      ["supplement", "Late Material"],
      ["printed-decisions", "Printed decisions"],
      ["printed-minutes", "Printed minutes"],
    ]);
    const minutes = page.documents.find((d) => d.kind === "printed-minutes")!;
    expect(minutes.url).toBe(
      `${KINGSTON}/documents/g10230/Printed%20minutes%20Thursday%2015-Jan-2026%2019.30%20Kingston%20and%20North%20Kingston%20Neighbourhood%20Committee.pdf?T=1`,
    );
    expect(minutes).toMatchObject({ agendaId: 10230, packType: 1, sizeText: "PDF 111 KB", sizeBytes: 111 * 1024 });
    expect(page.documents[2]).toMatchObject({ supplementId: 23550, sizeBytes: 10 * 1024 * 1024 });
  });

  it("reads all twelve items with their printed numbers and AIId anchors", () => {
    expect(page.items.map((i) => i.number)).toEqual([
      "54.",
      "55.",
      "56.",
      "57.",
      "58.",
      "59.",
      "60.",
      "61.",
      "62.",
      "63.",
      "64.",
      "65.",
    ]);
    expect(page.items[0]).toMatchObject({
      agendaItemId: 51890,
      title: "Public Question Time",
      order: 1,
      isHeading: false,
    });
    expect(page.items.at(-1)?.title).toBe("Urgent Items Authorised by the Chair");
  });

  it("separates the item report from its additional documents, without size residue in titles", () => {
    const item = page.items.find((i) => i.number === "59.")!;
    expect(item.title).toBe("Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road");
    expect(item.documents.map((d) => d.kind)).toEqual([
      "item-report",
      "additional-document",
      "additional-document",
      "additional-document",
      "additional-document",
    ]);
    expect(item.documents[0]).toMatchObject({
      url: `${KINGSTON}/documents/s112217/Petition%20TMO%20Manorgate%20Rd%20Report.pdf`,
      attachmentId: 112217,
      sizeText: "PDF 161 KB",
    });
    expect(item.documents[4]?.title).toBe("Annex 4 - Survey summary");
  });

  it("keeps decision and minutes text with RESOLVED wording and paragraph breaks", () => {
    const item = page.items.find((i) => i.number === "63.")!;
    expect(item.decision).toMatch(/^RESOLVED that:\n\n1\. the redistribution of any remaining Councillor Ward Funding/);
    expect(item.minutes).toContain("It was RESOLVED that:");
    expect(item.minutes).toContain("Voting: unanimous");
    expect(item.minutes).not.toContain("View Recorded Vote");
    expect(item.recordedVotes).toEqual([
      {
        title: "Community Grant Programme: Redstribution of Councillor Ward Funding",
        type: "Resolution",
        text: null,
        result: "Carried",
      },
      {
        title: "Community Grant Programme: Barnfield Riding for the Disabled",
        type: "Resolution",
        text: null,
        result: "Carried",
      },
    ]);
    const apologies = page.items.find((i) => i.number === "56.")!;
    expect(apologies.minutes).toBe(
      "Apologies were received from Councillors Noel Hadjimichael, Patrick Hall and John Sweeney.",
    );
    expect(apologies.description).toBeNull();
  });

  it("flags minutes the page cuts short and links the full text", () => {
    const item = page.items.find((i) => i.number === "59.")!;
    expect(item.minutesTruncated).toBe(true);
    expect(item.fullTextUrl).toBe(`${KINGSTON}/mgAi.aspx?ID=51902`);
    expect(item.minutes).not.toContain("view the full minutes text");
    expect(page.items.find((i) => i.number === "61.")?.minutesTruncated).toBe(false);
  });

  it("decodes entity-encoded titles", () => {
    expect(page.items.find((i) => i.number === "62.")?.title).toBe(
      "Planned Highway Maintenance and Street Lighting Capital Programme 2026/27",
    );
  });
});

describe("parseMeetingPage on a cancelled meeting", () => {
  it("marks it cancelled when the title says so, with no items", () => {
    const html = kingstonAgenda()
      .replace("Thursday 15 January 2026 7:30 pm</a>", "Thursday 15 January 2026 7:30 pm, CANCELLED</a>")
      .replace(/<table class="mgItemTable"[\s\S]*?\n\t<\/table>/, "<p>No documents are available for this meeting</p>")
      .replace(/<li><a\s+href="documents[\s\S]*?<\/ul>/, "</ul>");
    const page = parseMeetingPage(html, URL);
    expect(page.status).toBe("cancelled");
    expect(page.cancelled).toBe(true);
    expect(page.items).toEqual([]);
    expect(page.notices).toEqual(["No documents are available for this meeting"]);
  });
});

describe("javascript: links", () => {
  it("follows a document address wrapped in javascript:, and drops links with none (never 'restricted' papers)", () => {
    const html = kingstonAgenda()
      .replace(
        'href="documents/s112217/Petition TMO Manorgate Rd Report.pdf"',
        `href="javascript:window.open('documents/s112217/Petition TMO Manorgate Rd Report.pdf')"`,
      )
      .replace(
        '<li><a  href="mgChooseDocPack.aspx?ID=10230"',
        '<li><a href="javascript:void(0)" onclick="x()">Print mgConvert2PDF.aspx pack</a></li><li><a  href="mgChooseDocPack.aspx?ID=10230"',
      );
    const page = parseMeetingPage(html, URL);
    const all = [...page.documents, ...page.items.flatMap((i) => i.documents)];
    const petition = all.find((d) => d.attachmentId === 112217);
    expect(petition?.url).toBe(`${KINGSTON}/documents/s112217/Petition%20TMO%20Manorgate%20Rd%20Report.pdf`);
    expect(all.filter((d) => d.url === null && !d.restricted)).toEqual([]);
    expect(all.some((d) => /^Print mgConvert2PDF/.test(d.title))).toBe(false);
  });
});
