import type { CheerioAPI } from "cheerio";
import { formatIsoDate, monthNumber, parseSlashDate } from "./dates";
import { PageParseError } from "./errors";
import { loadModernGovPage, validateResult } from "./page-kind";
import { extractBlockText, normaliseText } from "./text";
import { issuePageSchema, type IssueMeeting, type IssuePage } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// mgIssueHistoryHome.aspx?IId={IId} and ieIssueDetails.aspx?IId={IId}&Opt=0|3: one issue. As the councils'
// public pages print them (Bury, Durham, Bromsgrove, Haringey, Dacorum, Derbyshire; see
// tests/fixtures/moderngov/issue-html/ORIGIN.md): h1 "Issue details" or "Issue - meetings", the issue's title
// in h2.mgSubTitleTxt, a details block of "Label: value" lines (div.mgFieldGroup; "Decision type: Key",
// "Decision status: …", "Decision due: November 2023 by Cabinet", "Lead member: …", "Notice of proposed
// decision first published: 22/11/2023"), then the meetings, each a link to the meeting page written
// "Meeting: 20/09/2017 - Council (Item 52)" (Opt=3) or "20/09/2017 - Council" (the agenda items list).

export const ISSUE_PAGE_PARSER = "issue-page:1";

const FIELD = /^([A-Z][A-Za-z ?'/-]{2,60}?)\s*:\s*(.*)$/s;

/**
 * The labelled facts an issue page and a forward-plan entry share: decision type (and whether it is a key decision;
 * `keyByDefault` when the page does not say), status, who decides and when, lead member, wards, first notice.
 */
export function decisionFields(fields: Map<string, string>, keyByDefault: boolean) {
  const due = fields.get("decision due") ?? null;
  const type = fields.get("decision type") ?? fields.get("is key decision?") ?? fields.get("key decision") ?? null;
  const maker = fields.get("decision maker") ?? (due ? (/\bby\s+(.+)$/i.exec(due)?.[1] ?? null) : null);
  return {
    decisionType: type,
    isKey: type ? /^(key|yes)\b/i.test(type) : keyByDefault,
    status: fields.get("decision status") ?? null,
    decisionMaker: maker ? normaliseText(maker) : null,
    decisionDueText: due,
    decisionDue: parseDueDate(due),
    leadMember: fields.get("lead member") ?? fields.get("lead cabinet member") ?? null,
    // Harrow's decision pages write "Wards/Areas affected: (All Wards/Areas);"
    wards: (fields.get("wards affected") ?? fields.get("wards/areas affected"))?.replace(/;\s*$/, "") ?? null,
    firstPublished: parseDueDate(fields.get("notice of proposed decision first published") ?? null),
  };
}

export function parseIssuePage(html: string, pageUrl: string): IssuePage {
  const $ = loadModernGovPage(html, pageUrl, ["issue"]);
  const root = $("#modgov");
  const issueId = readQueryInt(pageUrl, ["IId", "IID", "iid"]);
  if (issueId === null) throw new PageParseError("malformed", pageUrl, "no issue id (IId=) in the URL");
  const title = normaliseText(root.find(".mgSubTitleTxt").first().text()).replace(/^Issue\s*-\s*/i, "");
  if (!title) throw new PageParseError("malformed", pageUrl, "issue page without a title");

  const fields = readFields($);
  // The paragraphs before the details block (inside div.mgContent, or straight after the title).
  const content = root.find(".mgContent").first();
  const before = (content.length ? content.children() : root.find(".mgSubTitleTxt").first().nextAll()).toArray();
  const stop = before.findIndex((el) => $(el).is(".mgFieldGroup, h2, h3"));
  const purposeNodes = $(before.slice(0, stop === -1 ? before.length : stop)).filter("p, div.mgWordPara");
  const purpose = purposeNodes.length ? extractBlockText(purposeNodes) || null : null;

  return validateResult(
    issuePageSchema,
    {
      url: resolveUrl(pageUrl, pageUrl),
      issueId,
      title,
      purpose,
      ...decisionFields(fields, false),
      meetings: readMeetings($, pageUrl),
    },
    pageUrl,
  );
}

/** "Label: value" lines of the details block, keyed by the lower-cased label. */
function readFields($: CheerioAPI): Map<string, string> {
  const fields = new Map<string, string>();
  $("#modgov .mgFieldGroup p, #modgov .mgFieldGroup li").each((_, p) => {
    const text = normaliseText($(p).text());
    const m = FIELD.exec(text);
    if (!m) return;
    const key = m[1]!.trim().toLowerCase();
    const value = normaliseText(m[2]);
    if (value && !fields.has(key)) fields.set(key, value);
  });
  return fields;
}

const MEETING_LINE = /^(?:Meeting:\s*)?(\d{1,2}\/\d{1,2}\/\d{4})\s*-\s*(.+?)(?:\s*\(Item\s+([^)]+)\))?\s*$/i;

function readMeetings($: CheerioAPI, pageUrl: string): IssueMeeting[] {
  const out: IssueMeeting[] = [];
  const seen = new Set<string>();
  $('#modgov a[href*="ieListDocuments.aspx" i]').each((_, a) => {
    const text = normaliseText($(a).text());
    const m = MEETING_LINE.exec(text);
    if (!m) return;
    const href = $(a).attr("href");
    const meetingId = readQueryInt(href, ["MId", "MID", "MeetingId", "mid"]);
    const url = resolveUrl(href, pageUrl);
    if (!meetingId || !url) return;
    const key = `${meetingId}:${m[3] ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      meetingId,
      committeeId: readQueryInt(href, ["CId", "CID", "cid"]),
      date: parseSlashDate(m[1]),
      committeeName: normaliseText(m[2]) || null,
      itemNumber: m[3] ? normaliseText(m[3]) : null,
      url,
    });
  });
  return out;
}

/** "19/11/2026", "19 Nov 2026", "November 2026" (the first of the month), with "by Cabinet" and the like after. */
export function parseDueDate(text: string | null): string | null {
  if (!text) return null;
  const slash = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slash) return parseSlashDate(`${slash[1]}/${slash[2]}/${slash[3]}`);
  const dayMonth = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayMonth) {
    const month = monthNumber(dayMonth[2]!);
    if (month) return formatIsoDate(Number(dayMonth[3]), month, Number(dayMonth[1]));
  }
  const monthOnly = /\b([A-Za-z]{3,9})\.?\s+(\d{4})\b/.exec(text);
  if (monthOnly) {
    const month = monthNumber(monthOnly[1]!);
    if (month) return formatIsoDate(Number(monthOnly[2]), month, 1);
  }
  return null;
}
