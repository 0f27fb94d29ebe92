import { describe, expect, it } from "vitest";
import {
  formatIsoWeek,
  formatWeekLabel,
  isoWeekOfDate,
  isoWeekSchema,
  parseIsoWeek,
  previousIsoWeek,
  shiftWeek,
  weekRange,
  weeksInYear,
} from "@/lib/iso-week";

describe("ISO weeks in London", () => {
  it("parses and formats week ids, refusing weeks a year does not have", () => {
    expect(parseIsoWeek("2025-W43")).toEqual({ year: 2025, week: 43 });
    expect(formatIsoWeek({ year: 2025, week: 3 })).toBe("2025-W03");
    expect(parseIsoWeek("2020-W53")).toEqual({ year: 2020, week: 53 });
    for (const bad of ["2025-W53", "2025-W00", "2025-43", "2025W43", "W43", "2025-W4", " ", "2025-W43; drop"])
      expect(parseIsoWeek(bad), bad).toBeNull();
    expect(weeksInYear(2026)).toBe(53);
    expect(isoWeekSchema.safeParse("2026-W53").success).toBe(true);
  });

  it("puts year-end dates in the right ISO year", () => {
    expect(isoWeekOfDate({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDate({ year: 2027, month: 1, day: 1 })).toEqual({ year: 2026, week: 53 });
    expect(shiftWeek({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
  });

  it("runs Monday 00:00 to Monday 00:00 London time, across the clock change", () => {
    const w43 = weekRange({ year: 2025, week: 43 }); // clocks go back on Sunday 26 October
    expect(w43.start.toISOString()).toBe("2025-10-19T23:00:00.000Z"); // 00:00 BST
    expect(w43.end.toISOString()).toBe("2025-10-27T00:00:00.000Z"); // 00:00 GMT
    const w13 = weekRange({ year: 2026, week: 13 }); // clocks go forward on Sunday 29 March
    expect(w13.start.toISOString()).toBe("2026-03-23T00:00:00.000Z");
    expect(w13.end.toISOString()).toBe("2026-03-29T23:00:00.000Z");
  });

  it("reviews the previous week on a Monday morning, whatever the UTC date", () => {
    expect(previousIsoWeek(new Date("2025-10-27T07:00:00Z"))).toEqual({ year: 2025, week: 43 });
    // 23:30 UTC on Sunday 26 October is still Sunday in London (GMT): week 43 is current, 42 the previous
    expect(previousIsoWeek(new Date("2025-10-26T23:30:00Z"))).toEqual({ year: 2025, week: 42 });
    // 23:30 UTC on Sunday 29 March 2026 is already Monday 00:30 BST
    expect(previousIsoWeek(new Date("2026-03-29T23:30:00Z"))).toEqual({ year: 2026, week: 13 });
  });

  it("labels weeks for people", () => {
    expect(formatWeekLabel({ year: 2025, week: 43 })).toBe("20–26 October 2025");
    expect(formatWeekLabel({ year: 2025, week: 44 })).toBe("27 October – 2 November 2025");
    expect(formatWeekLabel({ year: 2026, week: 1 })).toBe("29 December 2025 – 4 January 2026");
  });
});
