// One import point for ingest: every pure parser, its error type and the output types. Parsers take the body
// and the URL it was fetched from, never do I/O, and throw PageParseError rather than return empty data.

export { detectBlockPage, type BlockPageMatch } from "./block-page";
export { PageParseError, isPageParseError, type PageParseErrorKind } from "./errors";
export { detectPageKind, type PageKind } from "./page-kind";
export { parseMeetingTitle } from "./meeting-title";
export { parseModernGovDateTime } from "./dates";
export { canonicaliseUrl, resolveUrl, stripSessionSegment } from "./urls";
export { parseCommitteeList } from "./parse-committee-list";
export { parseCommitteeDetails } from "./parse-committee-details";
export { parseMeetingList } from "./parse-meeting-list";
export { parseMeetingPage } from "./parse-meeting-page";
export { parseAttendancePage } from "./parse-attendance";
export { parseMemberPage } from "./parse-member-page";
export { parseMemberIndex } from "./parse-member-index";
export { parseGetCommittees, parseGetMeeting, parseGetMeetings } from "./parse-web-service";
export * from "./types";
