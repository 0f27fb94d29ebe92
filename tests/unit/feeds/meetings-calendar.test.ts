import { describe, expect, it } from "vitest";
import { buildMeetingsCalendar, type CalendarMeeting } from "@/lib/feeds/meetings-calendar";

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  externalId: 66062,
  committeeName: "Overview and Scrutiny Committee",
  isSpecial: true,
  startsAt: new Date("2025-07-08T17:30:00Z"),
  status: "held",
  statusNote: null,
  // as the meeting page prints it, a sentence (real Harrow pages: "Venue: The Auditorium - … HA3 8LU. ")
  venue: "The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU.",
  pageUrl: "https://digest.example.org/harrow/meetings/66062-overview-and-scrutiny-committee-2025-07-08",
  officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=66062",
  overview: "The committee discussed the ILACS report; it noted the report, and asked for an update.",
  updatedAt: new Date("2025-07-09T08:00:00Z"),
  ...overrides,
});

/** Unfolded content lines, as a calendar app reads them. */
function lines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

function events(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT") {
      out.push(current!);
      current = null;
    } else current?.push(line);
  }
  return out;
}

describe("buildMeetingsCalendar", () => {
  const ics = buildMeetingsCalendar({
    name: "Harrow Council meetings",
    description: "Meetings of Harrow Council",
    uidHost: "digest.example.org",
    meetings: [
      meeting(),
      meeting({
        externalId: 66399,
        isSpecial: false,
        committeeName: "Governance, Audit, Risk Management and Standards Committee",
        status: "cancelled",
        startsAt: new Date("2026-11-10T18:30:00Z"),
        overview: null,
        venue: null,
      }),
    ],
  });
  const all = lines(ics);
  const [held, cancelled] = events(ics);

  it("is a VCALENDAR 2.0 with PRODID, the London VTIMEZONE, CRLF endings and folded lines", () => {
    expect(all[0]).toBe("BEGIN:VCALENDAR");
    expect(all.at(-1)).toBe("END:VCALENDAR");
    expect(all).toContain("VERSION:2.0");
    expect(all.some((l) => l.startsWith("PRODID:"))).toBe(true);
    expect(all).toContain("BEGIN:VTIMEZONE");
    expect(all).toContain("TZID:Europe/London");
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
    for (const physical of ics.split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
  });

  it("writes each meeting with a UID, DTSTAMP, London start time, URL, location and description", () => {
    expect(held).toContain("UID:meeting-66062@digest.example.org");
    expect(held).toContain("DTSTAMP:20250709T080000Z");
    expect(held).toContain("DTSTART;TZID=Europe/London:20250708T183000");
    expect(held).toContain("STATUS:CONFIRMED");
    expect(held).toContain("SUMMARY:Overview and Scrutiny Committee (special meeting)");
    expect(held).toContain(
      "URL:https://digest.example.org/harrow/meetings/66062-overview-and-scrutiny-committee-2025-07-08",
    );
    // the place, without the sentence's full stop
    expect(held).toContain("LOCATION:The Auditorium - Harrow Council Hub\\, Kenmore Avenue\\, Harrow\\, HA3 8LU");
    const description = held!.find((l) => l.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("report\\; it noted the report\\, and asked");
    expect(description).toContain("\\n\\nSummary and papers: https://digest.example.org/");
  });

  it("marks cancelled meetings STATUS:CANCELLED and says so in the title", () => {
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain("SUMMARY:Cancelled: Governance\\, Audit\\, Risk Management and Standards Committee");
    expect(cancelled).toContain("DTSTART;TZID=Europe/London:20261110T183000");
    expect(cancelled!.some((l) => l.startsWith("LOCATION"))).toBe(false);
  });
});

// What tests/unit/feeds/ical-writer.test.ts asserted of the hand-written writer, now asserted of the calendar that
// ical-generator writes: escaping, cleaning, folding, line endings, UTC stamps and London wall-clock times.
describe("the calendar's text, as RFC 5545 and calendar apps read it", () => {
  const calendar = (overrides: Partial<CalendarMeeting>) =>
    buildMeetingsCalendar({
      name: "Harrow, meetings; all",
      description: "Line one\nline two",
      uidHost: "digest.example.org",
      meetings: [meeting(overrides)],
    });
  const only = (ics: string) => events(ics)[0]!;
  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

  it("escapes backslash, semicolon and comma, and writes every kind of line break as \\n", () => {
    const event = only(calendar({ overview: "a\\b;c,d\r\ne\nf\rg" }));
    expect(event.find((l) => l.startsWith("DESCRIPTION:"))).toContain("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("escapes the calendar's own name and description too", () => {
    const all = lines(calendar({}));
    expect(all).toContain("X-WR-CALNAME:Harrow\\, meetings\\; all");
    expect(all).toContain("X-WR-CALDESC:Line one\\nline two");
  });

  it("turns other control characters (PDF form feeds, NUL) into spaces", () => {
    const ics = calendar({ overview: "page\fbreak\u0000x", committeeName: "Cabinet\u0007" });
    expect(only(ics).find((l) => l.startsWith("DESCRIPTION:"))).toContain("page break x");
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  });

  it("folds long lines at 75 octets without splitting a multi-byte UTF-8 character, and unfolds to the original", () => {
    const overview = "é£😀".repeat(40) + " The committee noted the report. ".repeat(12);
    const ics = calendar({ overview });
    for (const physical of ics.split("\r\n")) {
      expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/\uFFFD/);
      expect(Buffer.from(physical, "utf8").toString("utf8")).toBe(physical);
    }
    expect(unfold(ics)).toContain(`DESCRIPTION:${overview}`);
  });

  it("ends every line, the last included, with CRLF and has no bare LF", () => {
    const ics = calendar({ overview: "one\ntwo" });
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps a line break in a URL from ending the property early", () => {
    const event = only(calendar({ pageUrl: "https://x.example/a\r\nBEGIN:VEVENT" }));
    expect(event.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(0);
    expect(event.find((l) => l.startsWith("URL"))).toMatch(/:https:\/\/x\.example\/aBEGIN:VEVENT$/);
  });

  it("writes stamps in UTC and starts in London wall-clock time, in summer (BST) and winter (GMT), whatever the server's zone", () => {
    const saved = process.env.TZ;
    process.env.TZ = "America/New_York"; // the library's default for a plain Date would be this zone's wall clock
    try {
      expect(only(calendar({ updatedAt: new Date("2026-11-26T12:03:04.567Z") }))).toContain("DTSTAMP:20261126T120304Z");
      expect(only(calendar({ startsAt: new Date("2025-07-08T17:30:00Z") }))).toContain(
        "DTSTART;TZID=Europe/London:20250708T183000",
      );
      expect(only(calendar({ startsAt: new Date("2025-12-09T18:30:00Z") }))).toContain(
        "DTSTART;TZID=Europe/London:20251209T183000",
      );
      expect(only(calendar({ startsAt: new Date("2025-10-25T23:30:00Z") }))).toContain(
        "DTSTART;TZID=Europe/London:20251026T003000",
      );
      expect(only(calendar({ updatedAt: new Date("2025-07-09T08:00:00Z") }))).toContain(
        "LAST-MODIFIED:20250709T080000Z",
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
