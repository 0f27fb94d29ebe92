// mgAi.aspx, the agenda item page that carries the whole of minutes cut short on the meeting page.
import { describe, expect, it } from "vitest";
import { parseItemPage } from "@/lib/moderngov/parse/parse-item-page";
import { PageParseError } from "@/lib/moderngov/parse/errors";

const URL = "https://moderngov.harrow.gov.uk/mgAi.aspx?ID=141203";
const page = (content: string) =>
  `<!DOCTYPE html><html><head><title>Agenda item</title></head><body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>` +
  `<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Agenda item - Members Attendance Record</h2></div><div class="mgContent">${content}</div></div></body></html>`;

describe("parseItemPage", () => {
  it("reads the minutes after the Minutes: label, up to the next label", () => {
    const html = page(
      `<div class="mgWordPara"><p>Report of the Director.</p></div><p class="mgSubItemTitleTxt">Minutes:</p>` +
        `<div class="mgWordPara"><p>The Committee noted the record.</p><p>Resolved – (a) That the record be noted.</p></div>` +
        `<p class="mgSubItemTitleTxt">Supporting documents:</p><ul><li><a href="documents/s1/x.pdf">x</a></li></ul>`,
    );
    const parsed = parseItemPage(html, URL);
    expect(parsed.title).toBe("Members Attendance Record");
    expect(parsed.minutes).toBe("The Committee noted the record.\n\nResolved – (a) That the record be noted.");
  });

  it("takes the item's text blocks when the page has no Minutes: label", () => {
    const html = page(
      `<div class="mgWordPara"><p>The Committee noted the Members' Attendance Record for 2020/21.</p></div><p class="mgSubItemTitleTxt">Supporting documents:</p>`,
    );
    expect(parseItemPage(html, URL).minutes).toBe("The Committee noted the Members' Attendance Record for 2020/21.");
  });

  it("refuses a page that is not an agenda item page", () => {
    expect(() =>
      parseItemPage("<html><body><div id='modgov'><h1>Committee details</h1></div></body></html>", URL),
    ).toThrow(PageParseError);
  });
});
