import { describe, expect, it } from "vitest";
import { buildMeetingsCalendar, type CalendarMeeting } from "@/lib/feeds/meetings-calendar";

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  externalId: 66062,
  committeeName: "Overview and Scrutiny Committee",
  isSpecial: true,
  startsAt: new Date("2025-07-08T17:30:00Z"),
  status: "held",
  statusNote: null,
  venue: "The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU",
  pageUrl: "https://digest.example.org/harrow/meetings/66062-overview-and-scrutiny-committee-2025-07-08",
  officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=66062",
  overview: "The committee discussed the ILACS report; it noted the report, and asked for an update.",
  updatedAt: new Date("2025-07-09T08:00:00Z"),
  ...overrides,
});

/** Unfolded content lines, as a calendar app reads them. */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
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
    meetings: [meeting(), meeting({ externalId: 66399, isSpecial: false, committeeName: "Governance, Audit, Risk Management and Standards Committee", status: "cancelled", startsAt: new Date("2026-11-10T18:30:00Z"), overview: null, venue: null })],
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
    expect(held).toContain("URL:https://digest.example.org/harrow/meetings/66062-overview-and-scrutiny-committee-2025-07-08");
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
