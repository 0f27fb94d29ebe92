// The meetings calendar as iCalendar (RFC 5545), written by ical-generator: one VEVENT per meeting, in London time,
// cancelled meetings kept with STATUS:CANCELLED (calendar apps then strike them through instead of silently dropping
// them). Pure. Three of the library's habits are ours to handle (each pinned by tests/unit/feeds/meetings-calendar):
// - a plain Date is written in the *server's* local time under TZID, so start times go in as TZDate (@date-fns/tz),
//   which the library reads in the named zone;
// - a calendar-level time zone would write DTSTAMP and LAST-MODIFIED in that zone without "Z", so the zone is set
//   per event and the calendar only carries the VTIMEZONE generator;
// - the calendar's name and description are written unescaped, and control characters pass through, so text is
//   cleaned and the calendar-level values escaped here; and the output lacks the final CRLF the RFC requires.
// It also writes "URL;VALUE=URI:", where URI is the property's default type anyway; the plain "URL:" we always
// published is kept (a property always starts a line, and a folded line starts with a space, so the swap is exact).
import { TZDate } from "@date-fns/tz";
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { LONDON_TIME_ZONE } from "@/lib/london-time";

export interface CalendarMeeting {
  externalId: number;
  committeeName: string;
  isSpecial: boolean;
  startsAt: Date;
  status: "scheduled" | "held" | "cancelled" | "postponed";
  statusNote: string | null;
  venue: string | null;
  /** Absolute URL of the meeting's page on this site. */
  pageUrl: string;
  /** The council's page, when it is a safe http(s) URL. */
  officialUrl: string | null;
  overview: string | null;
  updatedAt: Date;
}

export interface MeetingsCalendar {
  name: string;
  description: string;
  /** The host of the site, which makes UIDs globally unique. */
  uidHost: string;
  meetings: CalendarMeeting[];
}

const STATUS: Record<CalendarMeeting["status"], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  // Not happening at this time, but not called off either: a new date is to follow.
  postponed: ICalEventStatus.TENTATIVE,
};

/** Europe/London since 1996 (EU rules: last Sunday of March and of October at 01:00 UTC). */
export const LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${LONDON_TIME_ZONE}`,
  `X-LIC-LOCATION:${LONDON_TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** Control characters other than line breaks (form feeds from PDF text, NULs) have no place in a calendar. */
function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, " ");
}

/** URI values are not escaped, but a line break in one would end the property early. */
function cleanUri(uri: string): string {
  return uri.replace(/[\u0000-\u001F\u007F\s]/g, "");
}

function eventSummary(m: CalendarMeeting): string {
  const prefix = m.status === "cancelled" ? "Cancelled: " : m.status === "postponed" ? "Postponed: " : "";
  return `${prefix}${m.committeeName}${m.isSpecial ? " (special meeting)" : ""}`;
}

function eventDescription(m: CalendarMeeting): string {
  return [
    m.statusNote,
    m.overview,
    `Summary and papers: ${m.pageUrl}`,
    m.officialUrl ? `On the council's website: ${m.officialUrl}` : null,
  ]
    .filter((part): part is string => Boolean(part))
    .join("\n\n");
}

export function buildMeetingsCalendar(calendar: MeetingsCalendar): string {
  const cal = ical({
    prodId: { company: "Harrow Council digest", product: "Meetings calendar", language: "EN" },
    scale: "GREGORIAN",
    method: ICalCalendarMethod.PUBLISH,
    name: escape(cleanText(calendar.name), false),
    description: escape(cleanText(calendar.description), false),
    // No zone name here (see above): only the generator, which writes the VTIMEZONE the events refer to.
    timezone: { name: null, generator: (zone) => (zone === LONDON_TIME_ZONE ? LONDON_VTIMEZONE : null) },
    ttl: 6 * 60 * 60,
    x: [["X-WR-TIMEZONE", LONDON_TIME_ZONE]],
  });
  for (const m of calendar.meetings) {
    cal.createEvent({
      id: `meeting-${m.externalId}@${cleanUri(calendar.uidHost)}`,
      timezone: LONDON_TIME_ZONE,
      start: new TZDate(m.startsAt.getTime(), LONDON_TIME_ZONE),
      // Stamped with the meeting's last change rather than the time of the request, so that an unchanged calendar
      // is byte-identical and conditional requests (ETag) can answer 304.
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
      summary: cleanText(eventSummary(m)),
      status: STATUS[m.status],
      url: cleanUri(m.pageUrl),
      description: cleanText(eventDescription(m)),
      // ModernGov prints the venue as a sentence ("Venue: … HA3 8LU. "); a calendar's location is a place, not a sentence
      location: m.venue ? cleanText(m.venue).replace(/\s*\.$/, "") : null,
      categories: [{ name: cleanText(m.committeeName) }],
    });
  }
  return `${cal.toString().replace(/\r\nURL;VALUE=URI:/g, "\r\nURL:")}\r\n`;
}
