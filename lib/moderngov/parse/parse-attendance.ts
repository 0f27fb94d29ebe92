import { findAttendanceTables, readAttendanceTable } from "./attendance-table";
import { parseMeetingTitle } from "./meeting-title";
import { loadModernGovPage, validateResult } from "./page-kind";
import { PageParseError } from "./errors";
import { normaliseText } from "./text";
import { attendancePageSchema, type AttendancePage } from "./types";
import { COMMITTEE_ID_PARAMS, MEETING_ID_PARAMS, readQueryInt, resolveUrl } from "./urls";

// mgMeetingAttendance.aspx?ID={MId}: who was expected, present, absent or sent apologies.

export function parseAttendancePage(html: string, pageUrl: string): AttendancePage {
  const $ = loadModernGovPage(html, pageUrl, ["attendance"]);
  const root = $("#modgov");
  const tables = findAttendanceTables($, root);
  const meetingLink = root.find('a[href*="ieListDocuments.aspx" i]').first().attr("href");
  const meetingUrl = resolveUrl(meetingLink, pageUrl);
  const meetingId = readQueryInt(pageUrl, ["ID", ...MEETING_ID_PARAMS]) ?? readQueryInt(meetingUrl, MEETING_ID_PARAMS);
  if (meetingId === null) throw new PageParseError("malformed", pageUrl, "no meeting id in the URL or the page");

  const titleText = normaliseText(root.find(".mgSubTitleTxt").first().text()) || null;
  const title = titleText ? parseMeetingTitle(titleText) : null;
  const committeeHref = root.find('a[href*="mgCommitteeDetails.aspx" i]').first().attr("href");
  const attendees = tables.toArray().flatMap((table) => readAttendanceTable($, $(table), pageUrl));
  // A genuine attendance page always has its table; without one the page is not what it claims to be.
  if (tables.length === 0)
    throw new PageParseError("malformed", pageUrl, "attendance page without an attendance table");

  return validateResult(
    attendancePageSchema,
    {
      url: resolveUrl(pageUrl, pageUrl),
      meetingId,
      committeeId: readQueryInt(committeeHref, ["ID"]) ?? readQueryInt(meetingUrl, COMMITTEE_ID_PARAMS),
      title: titleText,
      date: title?.date ?? null,
      startsAt: title?.startsAt ?? null,
      meetingUrl,
      attendees,
    },
    pageUrl,
  );
}
