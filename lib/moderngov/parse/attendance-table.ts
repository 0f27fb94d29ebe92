import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { normaliseText } from "./text";
import type { AttendanceRecord, AttendanceStatus } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// mgMeetingAttendance tables (summary "Table of meeting attendance"): Attendee | Role | Attendance [| Notes].
// Columns are found by header text so extra or reordered columns do not shift values.

/** ModernGov's attendance wording → status. "Present as substitute", "Apologies, sent substitute"… */
export function readAttendanceStatus(text: string): AttendanceStatus {
  const t = text.toLowerCase();
  if (/apolog/.test(t)) return "apologies";
  if (/absent|did not attend|not present/.test(t)) return "absent";
  if (/expected/.test(t)) return "expected";
  if (/present|in attendance|attended|virtual/.test(t)) return "present";
  return "unknown";
}

type Columns = { name: number; role: number; attendance: number; note: number };

function findColumns(headers: string[]): Columns | null {
  const at = (re: RegExp) => headers.findIndex((h) => re.test(h));
  const name = at(/attendee|name|member|councillor/i);
  const attendance = at(/attendance|status|present/i);
  if (name < 0 || attendance < 0 || name === attendance) return null;
  return { name, role: at(/role|position|capacity/i), attendance, note: at(/note|comment/i) };
}

/** Tables in `scope` that look like attendance tables (by summary or by headers). */
export function findAttendanceTables($: CheerioAPI, scope: Cheerio<Element>): Cheerio<Element> {
  return scope.find("table").filter((_, table) => {
    const summary = $(table).attr("summary") ?? "";
    if (/attendance/i.test(summary)) return true;
    const headers = $(table)
      .find("th")
      .toArray()
      .map((th) => normaliseText($(th).text()));
    return findColumns(headers) !== null;
  });
}

export function readAttendanceTable($: CheerioAPI, table: Cheerio<Element>, pageUrl: string): AttendanceRecord[] {
  const headers = table
    .find("tr")
    .first()
    .find("th, td")
    .toArray()
    .map((c) => normaliseText($(c).text()));
  const columns = findColumns(headers) ?? { name: 0, role: 1, attendance: 2, note: 3 };
  const group = normaliseText(table.find("caption").first().text()) || null;
  const records: AttendanceRecord[] = [];
  table.find("tr").each((_, tr) => {
    const cells = $(tr).children("td");
    if (cells.length < 2) return;
    const nameCell = cells.eq(columns.name);
    const link = nameCell.find('a[href*="mgUserInfo.aspx" i]').first();
    const name = normaliseText(nameCell.text());
    const attendance = normaliseText(cells.eq(columns.attendance).text());
    if (!name || /^(attendee|name)$/i.test(name)) return;
    const href = link.attr("href");
    records.push({
      name,
      personId: readQueryInt(href, ["UID"]),
      profileUrl: link.length > 0 ? resolveUrl(href, pageUrl) : null,
      role: columns.role >= 0 ? normaliseText(cells.eq(columns.role).text()) || null : null,
      attendance,
      status: readAttendanceStatus(attendance),
      asSubstitute: /substitut/i.test(attendance),
      virtual: /virtual|remote|online/i.test(attendance),
      note: columns.note >= 0 ? normaliseText(cells.eq(columns.note).text()) || null : null,
      group,
    });
  });
  return records;
}
