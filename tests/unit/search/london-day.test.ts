import { describe, expect, it } from "vitest";
import { londonDayEnd, londonDayStart, londonOffsetMs, parseIsoDate } from "@/lib/search/london-day";

describe("London days", () => {
  it("start at midnight London time, in winter and in summer", () => {
    expect(londonDayStart({ year: 2025, month: 1, day: 15 }).toISOString()).toBe("2025-01-15T00:00:00.000Z");
    expect(londonDayStart({ year: 2025, month: 7, day: 8 }).toISOString()).toBe("2025-07-07T23:00:00.000Z");
  });

  it("end where the next day starts, across the clock changes", () => {
    // 30 March 2025: clocks go forward at 01:00 GMT, so the day is 23 hours long.
    expect(londonDayEnd({ year: 2025, month: 3, day: 30 }).toISOString()).toBe("2025-03-30T23:00:00.000Z");
    expect(londonDayStart({ year: 2025, month: 3, day: 30 }).toISOString()).toBe("2025-03-30T00:00:00.000Z");
    // 26 October 2025: clocks go back, a 25-hour day.
    expect(londonDayStart({ year: 2025, month: 10, day: 26 }).toISOString()).toBe("2025-10-25T23:00:00.000Z");
    expect(londonDayEnd({ year: 2025, month: 10, day: 26 }).toISOString()).toBe("2025-10-27T00:00:00.000Z");
    expect(londonDayEnd({ year: 2025, month: 12, day: 31 }).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("know London's offset", () => {
    expect(londonOffsetMs(new Date("2025-07-08T17:30:00Z"))).toBe(3_600_000);
    expect(londonOffsetMs(new Date("2025-12-08T17:30:00Z"))).toBe(0);
  });
});

describe("parseIsoDate", () => {
  it("accepts real days only", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      "2025-02-29",
      "2025-13-01",
      "2025-00-10",
      "25-01-01",
      "2025-1-1",
      "1800-01-01",
      "today",
      "2025-01-01T00:00",
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });
});
