import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";
import type { z } from "zod";
import { detectBlockPage } from "./block-page";
import { PageParseError } from "./errors";
import { normaliseText } from "./text";

// Every HTML parser starts here: reject empty, blocked, truncated and non-ModernGov bodies, then check that the
// page is the kind the parser reads. The checks use markup ModernGov always emits for that kind (verified on the
// Kingston pages; Harrow runs the same templates), so a parser never "succeeds" on the wrong page.

export type PageKind =
  | "meeting"
  | "attendance"
  | "meeting-list"
  | "committee-details"
  | "committee-list"
  | "member"
  | "member-index"
  | "item" // mgAi.aspx: one agenda item with its full minutes text
  | "issue" // mgIssueHistoryHome.aspx / ieIssueDetails.aspx: one matter across meetings
  | "plan" // mgListPlanItems.aspx: a forward plan's items
  | "unknown";

/** What kind of ModernGov page this is, judged from its markup alone. */
export function detectPageKind($: CheerioAPI): PageKind {
  const root = $("#modgov");
  if (root.length === 0) return "unknown";
  const heading = normaliseText(root.find("h1").first().text()).toLowerCase();
  if (root.find("table.mgItemTable, #mgItemTable").length > 0) return "meeting";
  if (/^agenda item\b/.test(heading)) return "item";
  if (/^issue\b/.test(heading)) return "issue";
  if (
    /forward plan|key decision|plan items/.test(heading) &&
    root.find('a[href*="ieIssueDetails.aspx" i], a[href*="mgIssueHistoryHome.aspx" i]').length > 0
  ) {
    return "plan";
  }
  if (/attendance/.test(heading) || root.find('table[summary*="attendance" i]').length > 0) return "attendance";
  if (root.find(".mgUserSideBar, .mgUserBody").length > 0) return "member";
  if (
    root.find('.mgLinks a[href*="mgMeetingAttendance.aspx" i], .mgActionList a[href*="mgMeetingAttendance.aspx" i]')
      .length > 0
  ) {
    return "meeting";
  }
  if (
    root.find('#FormYearSelect, .mgMeetingsEarlierLater, a.mgMeetingTableLnk, input[name="hCommitteeId"]').length > 0
  ) {
    return "meeting-list";
  }
  if (
    root.find('a[href*="mgCommitteeMailingList.aspx" i], a[href*="mgAttendanceSummary.aspx" i]').length > 0 ||
    /committee details/.test(heading)
  ) {
    return "committee-details";
  }
  if (root.find(".mgThumbsList").length > 0 || root.find('a[href*="mgUserInfo.aspx" i]').length >= 3) {
    return "member-index";
  }
  if (root.find('a[href*="mgCommitteeDetails.aspx" i]').length > 0) return "committee-list";
  return "unknown";
}

/**
 * Parses `html` and guarantees it is a complete ModernGov page of one of the `expected` kinds, or throws a
 * PageParseError saying what it is instead.
 */
export function loadModernGovPage(html: string, url: string, expected: readonly PageKind[]): CheerioAPI {
  if (!html || !html.trim()) throw new PageParseError("empty", url, "the page is empty");
  const block = detectBlockPage(html);
  if (block) {
    throw new PageParseError("blocked", url, `a ${block.vendor} block page was served instead ("${block.evidence}")`);
  }
  // ModernGov always closes the document; a body that stops early is an interrupted download, and parsing it
  // would silently drop the items after the cut.
  if (!/<\/html\s*>/i.test(html)) throw new PageParseError("truncated", url, "the page ends before </html>");
  const $ = cheerio.load(html);
  if ($("#modgov").length === 0) {
    const title = normaliseText($("title").first().text()) || "untitled";
    throw new PageParseError("malformed", url, `not a ModernGov page (no #modgov container; title "${title}")`);
  }
  const kind = detectPageKind($);
  if (!expected.includes(kind)) {
    throw new PageParseError("wrong-kind", url, `expected a ${expected.join(" or ")} page, got ${kind}`);
  }
  return $;
}

/** Validates a parser's result, turning a schema failure into a PageParseError that names the page. */
export function validateResult<T extends z.ZodType>(schema: T, value: unknown, url: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? `${first.path.join(".")}: ${first.message}` : "invalid";
    throw new PageParseError("malformed", url, `parsed data failed validation (${where})`, { cause: result.error });
  }
  return result.data;
}
