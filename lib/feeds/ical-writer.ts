// A small iCalendar (RFC 5545) writer. ical-generator would do this, but version 11 needs Node 22 and version 10 is
// not installed (and packages may not be added here), so this covers what a published meetings calendar needs:
// CRLF line endings, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, local
// times with TZID=Europe/London and the matching VTIMEZONE, and UTC stamps.
import { LONDON_TIME_ZONE, londonWallClock } from "@/lib/london-time";

export const CRLF = "\r\n";

/** TEXT values: backslash, semicolon and comma escaped, every kind of line break written as \n. */
export function escapeIcalText(text: string): string {
  return stripControls(text)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Control characters other than line breaks (form feeds from PDF text, NULs) have no place in a calendar. */
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, " ");
}

/** URI values (URL:) are not TEXT and are not escaped, but a line break in one would end the property early. */
export function sanitizeIcalUri(uri: string): string {
  return uri.replace(/[\u0000-\u001F\u007F\s]/g, "");
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (RFC 5545 3.1): continuation lines start with
 * one space, which counts towards their 75. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export type IcalProperty = [name: string, value: string];

/** A property line; `name` may carry parameters ("DTSTART;TZID=Europe/London"); `value` must already be escaped. */
export function propertyLine([name, value]: IcalProperty): string {
  if (!/^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^;:,"\r\n]+)*$/.test(name)) throw new Error(`Invalid iCalendar property name: ${name}`);
  return foldLine(`${name}:${value}`);
}

export interface IcalComponent {
  name: string;
  properties: IcalProperty[];
  components?: IcalComponent[];
}

function componentLines(component: IcalComponent): string[] {
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map(propertyLine),
    ...(component.components ?? []).flatMap(componentLines),
    `END:${component.name}`,
  ];
}

/** The whole calendar, every line ending in CRLF (including the last). */
export function renderCalendar(calendar: IcalComponent): string {
  return componentLines(calendar).join(CRLF) + CRLF;
}

/** 20261126T120000Z */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** London wall-clock time of an instant, for DTSTART;TZID=Europe/London: 20250708T183000 */
export function formatLondonLocal(date: Date): string {
  const w = londonWallClock(date);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${w.year}${two(w.month)}${two(w.day)}T${two(w.hour)}${two(w.minute)}${two(w.second)}`;
}

/** Europe/London since 1996 (EU rules: last Sunday of March and of October at 01:00 UTC). */
export const LONDON_VTIMEZONE: IcalComponent = {
  name: "VTIMEZONE",
  properties: [
    ["TZID", LONDON_TIME_ZONE],
    ["X-LIC-LOCATION", LONDON_TIME_ZONE],
  ],
  components: [
    {
      name: "DAYLIGHT",
      properties: [
        ["TZOFFSETFROM", "+0000"],
        ["TZOFFSETTO", "+0100"],
        ["TZNAME", "BST"],
        ["DTSTART", "19700329T010000"],
        ["RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"],
      ],
    },
    {
      name: "STANDARD",
      properties: [
        ["TZOFFSETFROM", "+0100"],
        ["TZOFFSETTO", "+0000"],
        ["TZNAME", "GMT"],
        ["DTSTART", "19701025T020000"],
        ["RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"],
      ],
    },
  ],
};
