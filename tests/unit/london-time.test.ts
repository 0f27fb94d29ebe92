import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatShortDate,
  formatTime,
  londonDate,
  londonMidnight,
} from "@/lib/london-time";

describe("London dates and times, written one way", () => {
  it("writes times as the council does: hour, a full stop, minutes, a space, am or pm", () => {
    expect(formatTime("2025-07-08T17:30:00Z")).toBe("6.30 pm"); // BST
    expect(formatTime("2025-10-23T17:00:00Z")).toBe("6.00 pm"); // BST, on the hour
    expect(formatTime("2025-10-30T18:30:00Z")).toBe("6.30 pm"); // GMT, after the clocks went back
    expect(formatTime(new Date("2026-01-13T10:00:00Z"))).toBe("10.00 am");
    expect(formatTime("2026-01-13T12:05:00Z")).toBe("12.05 pm");
    expect(formatTime("2026-01-13T00:15:00Z")).toBe("12.15 am");
  });

  it("writes days in London, whatever the instant's UTC date", () => {
    expect(formatDay("2025-10-25T23:30:00Z")).toBe("Sunday 26 October 2025");
    expect(formatDayMonth("2025-10-23T17:00:00Z")).toBe("Thursday 23 October");
    expect(formatShortDate("2025-07-08T17:30:00Z")).toBe("8 Jul 2025");
    expect(formatDateTime("2025-07-08T17:30:00Z")).toBe("Tuesday 8 July 2025, 6.30 pm");
    expect(londonDate("2025-07-07T23:30:00Z")).toBe("2025-07-08");
  });

  it("finds the instant a London day starts in summer and in winter", () => {
    expect(londonMidnight({ year: 2025, month: 7, day: 8 }).toISOString()).toBe("2025-07-07T23:00:00.000Z");
    expect(londonMidnight({ year: 2025, month: 12, day: 9 }).toISOString()).toBe("2025-12-09T00:00:00.000Z");
  });
});
