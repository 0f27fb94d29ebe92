import { describe, expect, it } from "vitest";
import { PageParseError, type PageParseErrorKind } from "@/lib/moderngov/parse/errors";
import { parseAttendancePage } from "@/lib/moderngov/parse/parse-attendance";
import { parseCommitteeDetails } from "@/lib/moderngov/parse/parse-committee-details";
import { parseCommitteeList } from "@/lib/moderngov/parse/parse-committee-list";
import { parseMeetingList } from "@/lib/moderngov/parse/parse-meeting-list";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import { parseMemberIndex } from "@/lib/moderngov/parse/parse-member-index";
import { parseMemberPage } from "@/lib/moderngov/parse/parse-member-page";
import { parseGetCommittees, parseGetMeetings } from "@/lib/moderngov/parse/parse-web-service";
import { HARROW, kingstonAgenda, kingstonCommittee, kingstonMeetings, kingstonStructure } from "./fixtures";

// A block page, a half-downloaded page or the wrong page must never parse as "no data".

const URL = `${HARROW}/ieListDocuments.aspx?CId=249&MId=65943`;

function errorOf(fn: () => unknown): PageParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PageParseError) return error;
    throw error;
  }
  throw new Error("expected a PageParseError, but parsing succeeded");
}

const F5_PAGE = `<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 8301524690327148893<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>`;
const AKAMAI_PAGE = `<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access "http&#58;&#47;&#47;moderngov&#46;harrow&#46;gov&#46;uk&#47;ieListMeetings&#46;aspx&#63;" on this server.<P>\nReference&#32;&#35;18&#46;3c2e1002&#46;1700000000&#46;1a2b3c\n</BODY>\n</HTML>`;
const CAPTCHA_PAGE = `<!DOCTYPE html><html><head><title>Verify you are human</title><script src="https://www.google.com/recaptcha/api.js"></script></head><body><div class="g-recaptcha" data-sitekey="x"></div></body></html>`;

const PARSERS: Array<[string, (html: string, url: string) => unknown]> = [
  ["parseMeetingPage", parseMeetingPage],
  ["parseMeetingList", parseMeetingList],
  ["parseCommitteeList", parseCommitteeList],
  ["parseCommitteeDetails", parseCommitteeDetails],
  ["parseAttendancePage", parseAttendancePage],
  ["parseMemberPage", parseMemberPage],
  ["parseMemberIndex", parseMemberIndex],
  ["parseGetCommittees", parseGetCommittees],
  ["parseGetMeetings", parseGetMeetings],
];

describe.each(PARSERS)("%s on pages it must refuse", (_, parse) => {
  it.each<[string, string, PageParseErrorKind]>([
    ["an F5 Request Rejected page", F5_PAGE, "blocked"],
    ["an Akamai Access Denied page", AKAMAI_PAGE, "blocked"],
    ["a captcha page", CAPTCHA_PAGE, "blocked"],
    ["an empty body", "   \n", "empty"],
  ])("throws for %s", (_, html, kind) => {
    const error = errorOf(() => parse(html, URL));
    expect(error.kind).toBe(kind);
    expect(error.url).toBe(URL);
  });
});

describe("truncated and non-ModernGov pages", () => {
  it("refuses a meeting page cut off mid-table", () => {
    const html = kingstonAgenda();
    const cut = html.slice(0, html.indexOf("Coombe Lane West Zebra Crossing"));
    const error = errorOf(() => parseMeetingPage(cut, URL));
    expect(error.kind).toBe("truncated");
    expect(error.message).toContain(URL);
  });

  it("refuses a meeting list cut off before its rows end", () => {
    const html = kingstonMeetings();
    expect(errorOf(() => parseMeetingList(html.slice(0, html.indexOf("mgTableOddRow")), URL)).kind).toBe("truncated");
  });

  it("refuses an ordinary HTML page without ModernGov's structure", () => {
    const html = `<!DOCTYPE html><html><head><title>Harrow Council</title></head><body><h1>Maintenance</h1><p>We'll be back soon.</p></body></html>`;
    const error = errorOf(() => parseMeetingPage(html, URL));
    expect(error.kind).toBe("malformed");
    expect(error.message).toMatch(/not a ModernGov page/);
  });
});

describe("wrong page kind", () => {
  it.each<[string, () => unknown, RegExp]>([
    [
      "a committee page given to the meeting parser",
      () => parseMeetingPage(kingstonCommittee(), URL),
      /expected a meeting page, got committee-details/,
    ],
    ["a meeting page given to the meeting-list parser", () => parseMeetingList(kingstonAgenda(), URL), /got meeting$/],
    [
      "a meeting list given to the committee-list parser",
      () => parseCommitteeList(kingstonMeetings(), URL),
      /got meeting-list/,
    ],
    [
      "the committee structure given to the details parser",
      () => parseCommitteeDetails(kingstonStructure(), URL),
      /got committee-list/,
    ],
    ["a meeting page given to the attendance parser", () => parseAttendancePage(kingstonAgenda(), URL), /got meeting/],
    [
      "a committee page given to the member parser",
      () => parseMemberPage(kingstonCommittee(), URL),
      /got committee-details/,
    ],
    ["an HTML page given to a web-service parser", () => parseGetCommittees(kingstonAgenda(), URL), /got an HTML page/],
  ])("throws wrong-kind for %s", (_, run, message) => {
    const error = errorOf(run);
    expect(error.kind).toBe("wrong-kind");
    expect(error.message).toMatch(message);
  });
});
