import { describe, expect, it } from "vitest";
import { detectBlockPage } from "@/lib/moderngov/parse/block-page";
import {
  combineDateAndTime,
  parseModernGovDateTime,
  parsePagingStamp,
  parseSlashDate,
  parseTimeOfDay,
} from "@/lib/moderngov/parse/dates";
import { parseMeetingTitle } from "@/lib/moderngov/parse/meeting-title";
import { decodeHtmlEntities, normaliseText, parseFileSize } from "@/lib/moderngov/parse/text";
import { canonicaliseUrl, readQueryInt, resolveUrl, MEETING_ID_PARAMS } from "@/lib/moderngov/parse/urls";
import { kingstonAgenda } from "./fixtures";

describe("parseModernGovDateTime", () => {
  it("reads a summer title as BST (+01:00)", () => {
    expect(parseModernGovDateTime("Tuesday 8 July 2025 6.30 pm")).toBe("2025-07-08T18:30:00+01:00");
  });

  it("reads a winter title as GMT (+00:00), with the colon time style", () => {
    expect(parseModernGovDateTime("Thursday 15 January 2026 7:30 pm")).toBe("2026-01-15T19:30:00+00:00");
  });

  it("switches on the last Sundays of March and October", () => {
    expect(parseModernGovDateTime("Saturday 29 March 2025 6.30 pm")).toBe("2025-03-29T18:30:00+00:00");
    expect(parseModernGovDateTime("Sunday 30 March 2025 6.30 pm")).toBe("2025-03-30T18:30:00+01:00");
    expect(parseModernGovDateTime("Saturday 25 October 2025 6.30 pm")).toBe("2025-10-25T18:30:00+01:00");
    expect(parseModernGovDateTime("Sunday 26 October 2025 6.30 pm")).toBe("2025-10-26T18:30:00+00:00");
  });

  it("handles am, noon and midnight edge times", () => {
    expect(parseTimeOfDay("10.00 am")).toEqual([10, 0]);
    expect(parseTimeOfDay("12.00 noon")).toEqual([12, 0]);
    expect(parseTimeOfDay("12.30 pm")).toEqual([12, 30]);
    expect(parseTimeOfDay("12.15 am")).toEqual([0, 15]);
    expect(parseTimeOfDay("19:30")).toEqual([19, 30]);
    expect(parseTimeOfDay("7")).toBeNull();
  });

  it("returns null without a time or for an impossible date", () => {
    expect(parseModernGovDateTime("Tuesday 8 July 2025")).toBeNull();
    expect(parseModernGovDateTime("Monday 31 February 2025 6.30 pm")).toBeNull();
  });

  it("reads web-service dates and paging stamps", () => {
    expect(parseSlashDate("10/02/2026")).toBe("2026-02-10");
    expect(combineDateAndTime("2026-02-10", "10.00 am")).toBe("2026-02-10T10:00:00+00:00");
    expect(parsePagingStamp("202409051930")).toBe("2024-09-05T19:30:00+01:00");
  });
});

describe("parseMeetingTitle (Harrow title lines)", () => {
  it("peels '(Special) Moved from …' and keeps the meeting's own date", () => {
    const t = parseMeetingTitle(
      "(Special) Moved from 13 September 2022, Overview and Scrutiny Committee - Monday 17 October 2022 7.00 pm",
    );
    expect(t.committeeName).toBe("Overview and Scrutiny Committee");
    expect(t.startsAt).toBe("2022-10-17T19:00:00+01:00");
    expect(t.special).toBe(true);
    expect(t.movedFrom).toBe("2022-09-13");
    expect(t.markers).toEqual(["(Special)", "Moved from 13 September 2022"]);
  });

  it("reads NEW and CANCELLED suffixes and keeps commas inside committee names", () => {
    const t = parseMeetingTitle(
      "Governance, Audit, Risk Management and Standards Committee - Tuesday 19 March 2024 6.30 pm, CANCELLED",
    );
    expect(t.committeeName).toBe("Governance, Audit, Risk Management and Standards Committee");
    expect(t.cancelled).toBe(true);
    const planning = parseMeetingTitle("(Special), Planning Committee - Thursday 6 February 2025 6.30 pm, NEW");
    expect(planning).toMatchObject({
      committeeName: "Planning Committee",
      special: true,
      isNew: true,
      cancelled: false,
    });
  });

  it("peels 'Moved from 21 June' without a year, and the ', MOVED' suffix (corpus meeting 65312)", () => {
    const t = parseMeetingTitle(
      "Moved from 21 June, Health and Social Care Scrutiny Sub-Committee - Monday 27 June 2022 6.30 pm, MOVED",
    );
    expect(t.committeeName).toBe("Health and Social Care Scrutiny Sub-Committee");
    expect(t.startsAt).toBe("2022-06-27T18:30:00+01:00");
    expect(t.markers).toEqual(["Moved from 21 June", "MOVED"]);
  });

  it("reads the Virtual Meeting prefix", () => {
    const t = parseMeetingTitle(
      "Virtual Meeting, Performance and Finance Scrutiny Sub-Committee - Tuesday 29 March 2022 6.30 pm",
    );
    expect(t).toMatchObject({ virtual: true, committeeName: "Performance and Finance Scrutiny Sub-Committee" });
    expect(t.startsAt).toBe("2022-03-29T18:30:00+01:00");
  });
});

describe("resolveUrl", () => {
  const page =
    "https://moderngov.harrow.gov.uk/(S(1bwain55pptpzair2v30wdir))/ieListDocuments.aspx?CId=850&MeetingId=65998";

  it("drops the cookieless session segment from the page and from links", () => {
    expect(resolveUrl("mgMeetingAttendance.aspx?ID=65998", page)).toBe(
      "https://moderngov.harrow.gov.uk/mgMeetingAttendance.aspx?ID=65998",
    );
    expect(canonicaliseUrl(page)).toBe("https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=850&MeetingId=65998");
  });

  it("moves Harrow's legacy hosts to moderngov.harrow.gov.uk", () => {
    expect(canonicaliseUrl("https://www2.harrow.gov.uk/ieListDocuments.aspx?CId=276&MId=65002")).toBe(
      "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=276&MId=65002",
    );
    expect(canonicaliseUrl("http://www.harrow.gov.uk/www2/ieListDocuments.aspx?CId=1001&MId=64213")).toBe(
      "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=1001&MId=64213",
    );
    expect(canonicaliseUrl("https://www.harrow.gov.uk/news")).toBe("https://www.harrow.gov.uk/news");
  });

  it("encodes raw spaces in document paths and refuses mailto links", () => {
    expect(
      resolveUrl("documents/s112217/Petition TMO Manorgate Rd Report.pdf", "https://moderngov.kingston.gov.uk/x.aspx"),
    ).toBe("https://moderngov.kingston.gov.uk/documents/s112217/Petition%20TMO%20Manorgate%20Rd%20Report.pdf");
    expect(resolveUrl("mailto:someone@harrow.gov.uk", page)).toBeNull();
  });

  it("reads meeting ids under every alias", () => {
    for (const url of ["x.aspx?MId=65966", "x.aspx?CId=249&MeetingId=65892", "x.aspx?CId=249&MID=65048"]) {
      expect(readQueryInt(url, MEETING_ID_PARAMS)).toBeGreaterThan(65000);
    }
  });
});

describe("text helpers", () => {
  it("turns size residue into bytes", () => {
    expect(parseFileSize("PDF 245 KB")).toEqual({ format: "PDF", bytes: 245 * 1024 });
    expect(parseFileSize("pdf icon PDF 3 MB")).toEqual({ format: "PDF", bytes: 3 * 1024 * 1024 });
    expect(parseFileSize("no size")).toEqual({ format: null, bytes: null });
  });

  it("decodes the web service's second layer of escaping without eating literal tags", () => {
    expect(decodeHtmlEntities("Budget &amp; Council Tax")).toBe("Budget & Council Tax");
    expect(decodeHtmlEntities("Chair&#39;s Communications")).toBe("Chair's Communications");
    expect(decodeHtmlEntities("questions by &lt;DATE&gt;")).toBe("questions by <DATE>");
    expect(normaliseText(" a\u00a0\n b ")).toBe("a b");
  });
});

describe("detectBlockPage", () => {
  it("recognises an F5 'Request Rejected' page", () => {
    const html = `<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 1234567890123456789</body></html>`;
    expect(detectBlockPage(html)?.vendor).toBe("F5 BIG-IP ASM");
  });

  it("recognises Akamai and Cloudflare pages", () => {
    expect(
      detectBlockPage(
        `<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>You don't have permission to access "http://moderngov.harrow.gov.uk/" on this server.<P>Reference #18.1</BODY></HTML>`,
      )?.vendor,
    ).toBe("Akamai");
    expect(
      detectBlockPage(
        `<html><head><title>Just a moment...</title></head><body><div id="challenge-platform"></div></body></html>`,
      )?.vendor,
    ).toBe("Cloudflare");
  });

  it("never flags a real ModernGov page", () => {
    expect(detectBlockPage(kingstonAgenda())).toBeNull();
  });
});
