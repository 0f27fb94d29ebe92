// A meeting's heading and its one status line. ModernGov writes status into titles ("…, CANCELLED", "Moved from
// 26 January 2027, Governance… 6.30 pm, NEW"); the page says it once, in words, and keeps the heading clean. The
// council's own wording stays in the record (Meeting.title, the API's `title`, "View on council website").

// Harrow also writes "Moved from 21 June, … 6.30 pm, MOVED" (no year) and puts a label first: "(Special) Moved from
// 13 September 2022, Overview and Scrutiny Committee - …".
// Older titles write the old date in figures ("Moved from 8.6.2017, …") or in brackets ("(Moved from 7 Nov 2013), …").
const STATUS_PREFIX =
  /^(?:\(?(?:Moved|Rescheduled|Postponed|Re-?arranged) from (?:\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+\.?(?: \d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4})\)?|NEW|CANCELLED|POSTPONED|PROVISIONAL|MOVED)\s*,?\s*/i;
const STATUS_SUFFIX = /\s*,\s*(?:NEW|CANCELLED|POSTPONED|PROVISIONAL|MOVED)\s*$/i;
const LABEL = /^\((?!(?:Moved|Rescheduled|Postponed|Re-?arranged) from )[^)]{1,80}\)\s*/i;

/** The title without the status markers the status line says in words; special-meeting labels are kept. */
export function meetingHeading(title: string): string {
  const label = LABEL.exec(title.trim())?.[0] ?? "";
  let text = title.trim().slice(label.length);
  for (let guard = 0; guard < 6; guard++) {
    const next = text.replace(STATUS_PREFIX, "").replace(STATUS_SUFFIX, "");
    if (next === text) break;
    text = next;
  }
  return text ? `${label}${text}` : title.trim();
}

export interface StatusLineInput {
  status: "scheduled" | "held" | "cancelled" | "postponed";
  /** the markers as stored, "; "-separated, e.g. "Moved from 26 January 2027; NEW" */
  statusNote: string | null;
  isUpcoming: boolean;
  /** "Tuesday 2 February 2027": the meeting's own date, as the page writes it */
  day: string;
  /** the heading the page shows, so a note already in it is not repeated */
  heading: string;
}

/** One sentence saying what state the meeting is in; null when there is nothing to say (a meeting held as planned). */
export function meetingStatusLine(m: StatusLineInput): string | null {
  const markers = (m.statusNote ?? "")
    .split(/;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  // "Postponed from 29 October 2013" names the date this meeting replaced, as "Moved from" does
  const movedFrom = markers
    .map((s) => /^\(?(?:moved|rescheduled|postponed|re-?arranged) from ([^)]+)\)?$/i.exec(s)?.[1])
    .find(Boolean);
  const explained = (s: string) =>
    /^\(?(?:moved|rescheduled|postponed|re-?arranged) from |^(?:new|cancelled|postponed|provisional|moved)$/i.test(s) ||
    m.heading.includes(s);
  const other = markers.filter((s) => !explained(s));
  const note = other.length ? ` Council note: ${other.join("; ")}.` : "";
  if (m.status === "cancelled") return `This meeting was cancelled.${note}`;
  if (m.status === "postponed") return `This meeting was postponed.${note}`;
  const moved = movedFrom ? `This meeting was moved from ${movedFrom} to ${m.day}.` : "";
  if (m.isUpcoming) {
    const ahead = "Papers and decisions will appear here as the council publishes them.";
    return `${moved ? `${moved} It` : "This meeting"} has not taken place yet. ${ahead}${note}`;
  }
  const text = `${moved}${note}`.trim();
  return text || null;
}
