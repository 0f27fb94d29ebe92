import { readFileSync } from "node:fs";
import path from "node:path";

// Reads the recorded pages in tests/fixtures/moderngov (see ORIGIN.md there) and builds Harrow-style variants
// of them. Variants keep Kingston's real markup and swap only the parts Harrow is known to print differently.

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/moderngov");

export function readFixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), "utf8");
}

export const KINGSTON = "https://moderngov.kingston.gov.uk";
export const HARROW = "https://moderngov.harrow.gov.uk";

export const kingstonAgenda = () => readFixture("kingston-html/Agenda_151.html");
export const kingstonMeetings = () => readFixture("kingston-html/BrowseMeetings.html");
export const kingstonCommittee = () => readFixture("kingston-html/CommitteeDetails.html");
export const kingstonStructure = () => readFixture("kingston-html/CommitteeStructure.html");

export type RowSpec = {
  note?: string;
  number?: string;
  aiid?: number;
  title: string;
  reportHref?: string;
  reportSize?: string;
  description?: string;
  additional?: string[]; // raw <li> inner HTML
  minutes?: string; // raw HTML inside div.mgWordPara
};

/** One item row in ModernGov's markup; with `withNote`, Planning's extra leading "Note" cell. */
export function itemRow(row: RowSpec, withNote: boolean): string {
  const anchor = row.aiid ? `<a name="AI${row.aiid}" aria-disabled="true"></a>` : "";
  const title = row.reportHref
    ? `<a class="mgAiTitleLnk" href="${row.reportHref}" title="Link to document">${row.title} <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> ${row.reportSize ?? "PDF 100 KB"}</span> </a>`
    : row.title;
  const description = row.description
    ? `<div class="mgWordPara"><div class="WordSection1"><p class="MsoNormal">${row.description}</p></div></div>`
    : "";
  const additional = row.additional
    ? `<p class="mgSubItemTitleTxt">Additional documents:</p><ul class="mgBulletList">${row.additional.map((li) => `<li>${li}</li>`).join("")}</ul>`
    : "";
  const minutes = row.minutes
    ? `<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><div class="WordSection1">${row.minutes}</div></div>`
    : "";
  const note = withNote ? `<td>${row.note ?? ""}</td>` : "";
  return `<tr>${note}<td class="mgItemNumberCell"><p class="mgAiTitleTxt">${anchor}${row.number ?? ""}</p></td>
    <td><p class="mgAiTitleTxt">${title}</p>${description}${additional}${minutes}</td></tr>`;
}

/**
 * The Kingston meeting page with a different title line and item table: how a Harrow page differs. The
 * action list, venue and footer stay real ModernGov markup.
 */
export function harrowMeetingPage(opts: {
  title: string;
  committeeId: number;
  rows: RowSpec[];
  withNote?: boolean;
}): string {
  const withNote = opts.withNote ?? false;
  const header = withNote
    ? `<tr><th class="mgHide" scope="col">Note</th><th class="mgHide" scope="col">No.</th><th class="mgHide" scope="col">Item</th></tr>`
    : `<tr><th class="mgHide" scope="col">No.</th><th class="mgHide" scope="col">Item</th></tr>`;
  const table = `<table class="mgItemTable" summary="Table of agenda items" id="mgItemTable"><caption class="mgSectionTitle">Items</caption>${header}${opts.rows.map((r) => itemRow(r, withNote)).join("\n")}</table>`;
  return kingstonAgenda()
    .replace(/<table class="mgItemTable"[\s\S]*?\n\t<\/table>/, table)
    .replace(
      /<h2 class="mgSubTitleTxt"><a\s+href="mgCommitteeDetails\.aspx\?ID=711"[^>]*>[^<]*<\/a><\/h2>/,
      `<h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=${opts.committeeId}">${opts.title}</a></h2>`,
    );
}

/**
 * A complete ModernGov page (Kingston's real head, menus and footer) around the given #modgov content. Used for
 * page kinds with no recorded sample (attendance, councillors): the content follows ModernGov's templates as
 * other scrapers read them (attendance table summary "Table of meeting attendance", .mgUserSideBar/.mgUserBody,
 * .mgThumbsList, the VW=TABLE member table).
 */
export function modernGovShell(modgovInner: string): string {
  return kingstonCommittee().replace(
    /(<div id="modgov">)[\s\S]*?(<div class="mgFooter" >)/,
    (_, open: string, footer: string) => `${open}${modgovInner}\n${footer}`,
  );
}
