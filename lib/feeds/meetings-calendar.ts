// The meetings calendar as iCalendar: one VEVENT per meeting, in London time, cancelled meetings kept with
// STATUS:CANCELLED (calendar apps then strike them through instead of silently dropping them). Pure.
import {
  LONDON_VTIMEZONE,
  escapeIcalText,
  formatLondonLocal,
  formatUtc,
  renderCalendar,
  sanitizeIcalUri,
  type IcalComponent,
  type IcalProperty,
} from "./ical-writer";

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

const STATUS: Record<CalendarMeeting["status"], string> = {
  scheduled: "CONFIRMED",
  held: "CONFIRMED",
  cancelled: "CANCELLED",
  // Not happening at this time, but not called off either: a new date is to follow.
  postponed: "TENTATIVE",
};

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

export function toEvent(m: CalendarMeeting, uidHost: string): IcalComponent {
  // Stamped with the meeting's last change rather than the time of the request, so that an unchanged calendar is
  // byte-identical and conditional requests (ETag) can answer 304.
  const stamp = formatUtc(m.updatedAt);
  const properties: IcalProperty[] = [
    ["UID", escapeIcalText(`meeting-${m.externalId}@${uidHost}`)],
    ["DTSTAMP", stamp],
    ["LAST-MODIFIED", stamp],
    ["DTSTART;TZID=Europe/London", formatLondonLocal(m.startsAt)],
    ["SUMMARY", escapeIcalText(eventSummary(m))],
    ["STATUS", STATUS[m.status]],
    ["URL", sanitizeIcalUri(m.pageUrl)],
    ["DESCRIPTION", escapeIcalText(eventDescription(m))],
  ];
  if (m.venue) properties.push(["LOCATION", escapeIcalText(m.venue)]);
  properties.push(["CATEGORIES", escapeIcalText(m.committeeName)]);
  return { name: "VEVENT", properties };
}

export function buildMeetingsCalendar(calendar: MeetingsCalendar): string {
  return renderCalendar({
    name: "VCALENDAR",
    properties: [
      ["VERSION", "2.0"],
      ["PRODID", "-//Harrow Council digest//Meetings calendar//EN"],
      ["CALSCALE", "GREGORIAN"],
      ["METHOD", "PUBLISH"],
      ["NAME", escapeIcalText(calendar.name)],
      ["X-WR-CALNAME", escapeIcalText(calendar.name)],
      ["DESCRIPTION", escapeIcalText(calendar.description)],
      ["X-WR-CALDESC", escapeIcalText(calendar.description)],
      ["X-WR-TIMEZONE", "Europe/London"],
      ["REFRESH-INTERVAL;VALUE=DURATION", "PT6H"],
      ["X-PUBLISHED-TTL", "PT6H"],
    ],
    components: [LONDON_VTIMEZONE, ...calendar.meetings.map((m) => toEvent(m, calendar.uidHost))],
  });
}
