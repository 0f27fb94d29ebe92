import { findDateTimes, pickMeetingDateTime } from "./dates";
import { normaliseText } from "./text";
import type { MeetingFlags, MeetingTitle } from "./types";

// Harrow decorates titles loosely (docs/harrow.md#titles): "(Special) Moved from 13 September 2022, Overview and
// Scrutiny Committee - Monday 17 October 2022 7.00 pm", "…, NEW", "Virtual Meeting, …". Markers are peeled off the
// start and end; the committee name is what remains before " - {date}". Wording and capitals vary, so the patterns are
// loose and every marker is also kept verbatim.

const PREFIX_PATTERNS: readonly RegExp[] = [
  /^\([^)]{1,80}\)/, // (Special), (Annual), (Council Tax), (Special - ILACS Report)
  // the year is sometimes left out: "Moved from 21 June, Health and Social Care Scrutiny Sub-Committee - …, MOVED"
  /^Moved from \d{1,2}(?:st|nd|rd|th)? [A-Za-z]+\.?(?: \d{4})?(?=,|\s|$)/i,
  // "Moved from 8.6.2017, Traffic and Road Safety Advisory Panel - …": the old date in figures, day first
  /^(?:Moved|Rescheduled|Postponed|Re-?arranged) from \d{1,2}[./]\d{1,2}[./]\d{2,4}(?=,|\s|$)/i,
  /^(?:Rescheduled|Postponed|Re-?arranged) from \d{1,2}(?:st|nd|rd|th)? [A-Za-z]+\.?(?: \d{4})?(?=,|\s|$)/i,
  /^Virtual Meeting\b/i,
  /^(?:Special|Extraordinary|Reconvened|Additional) Meeting(?: - [^,]{1,80})?(?=,)/i,
  /^Urgent [^,]{0,40}Decision(?=,)/i,
  /^(?:NEW|CANCELLED|POSTPONED|PROVISIONAL)\b/,
];

/** Flags implied by a list of markers. */
export function readMeetingFlags(markers: readonly string[]): MeetingFlags {
  const has = (re: RegExp) => markers.some((m) => re.test(m));
  // "Postponed from 29 October 2013, …" (like "Moved from …") names the date this meeting replaced: the meeting
  // itself went ahead, so only a bare POSTPONED marks it postponed.
  // "(Moved from 7 Nov 2013)" is the same marker in brackets
  const moved = markers
    .map((m) => /^\(?(?:moved|rescheduled|postponed|re-?arranged) from ([^)]+)\)?$/i.exec(m)?.[1])
    .find(Boolean);
  const fromMarker = /^\(?(?:moved|rescheduled|postponed|re-?arranged) from /i;
  return {
    cancelled: has(/cancel/i),
    postponed: markers.some((m) => /postpone/i.test(m) && !fromMarker.test(m)),
    special: has(/special|extraordinary/i),
    isNew: has(/^new$/i),
    provisional: has(/provisional/i),
    virtual: has(/virtual/i),
    movedFrom: moved ? (findDateTimes(moved)[0]?.date ?? figuresDate(moved)) : null,
    markers: [...markers],
  };
}

/** "8.6.2017" or "8/6/17" (day first, as the council writes dates in figures) as an ISO date; null otherwise. */
function figuresDate(text: string): string | null {
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Splits leading markers off a text; returns them and the remainder. */
export function peelPrefixMarkers(text: string): { markers: string[]; rest: string } {
  const markers: string[] = [];
  let rest = text.trim();
  for (let guard = 0; guard < 8; guard++) {
    const match = PREFIX_PATTERNS.map((re) => re.exec(rest)).find((m) => m !== null);
    if (!match) break;
    markers.push(match[0].trim());
    rest = rest.slice(match[0].length).replace(/^[\s,;:]+/, "");
  }
  return { markers, rest };
}

/** Splits a ", NEW, CANCELLED" style tail into markers. */
export function splitSuffixMarkers(text: string): string[] {
  return text
    .split(/[,;]| - /)
    .map((part) => normaliseText(part.replace(/^[\s\-–]+/, "")))
    .filter(Boolean);
}

/** Parses a ModernGov meeting title line into committee name, date-time and status markers. */
export function parseMeetingTitle(title: string): MeetingTitle {
  const raw = normaliseText(title);
  const when = pickMeetingDateTime(raw);
  const before = when ? raw.slice(0, when.index) : raw;
  const after = when ? raw.slice(when.index + when.length) : "";
  const { markers, rest } = peelPrefixMarkers(before);
  const committeeName = normaliseText(rest.replace(/\s*[-–,]\s*$/, "")) || null;
  const allMarkers = [...markers, ...splitSuffixMarkers(after)];
  return {
    raw,
    committeeName,
    date: when?.date ?? null,
    startsAt: when?.startsAt ?? null,
    ...readMeetingFlags(allMarkers),
  };
}
