// ISO 8601 weeks ("2025-W43": Monday to Sunday) in Europe/London, the council's calendar. A digest issue reviews
// one such week; its instants are London midnights, so a week spanning a clock change is still Monday to Monday.
import { z } from "zod";
import { londonMidnight, londonWallClock } from "@/lib/london-time";

export interface IsoWeek {
  year: number;
  week: number;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

export const isoWeekSchema = z
  .string()
  .trim()
  .refine((v) => parseIsoWeek(v) !== null, "an ISO week such as 2025-W43 (year, W, week 01–53)");

/** "2025-W43" → { year: 2025, week: 43 }; null for anything malformed or a week the year does not have. */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = WEEK_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1970 || year > 9999 || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** 52 or 53: the year has a week 53 when 28 December falls in it. */
export function weeksInYear(year: number): number {
  return isoWeekOfDate({ year, month: 12, day: 28 }).week;
}

function utcDay(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtcDay(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromUtcDay(utcDay(d) + days * 86_400_000);
}

/** Monday 1, Sunday 7. */
function isoWeekday(d: CalendarDate): number {
  return ((new Date(utcDay(d)).getUTCDay() + 6) % 7) + 1;
}

export function isoWeekOfDate(d: CalendarDate): IsoWeek {
  // The ISO year and week are those of the Thursday of the same week.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = utcDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((utcDay(thursday) - jan1) / (7 * 86_400_000)) + 1 };
}

export function mondayOf({ year, week }: IsoWeek): CalendarDate {
  const jan4 = { year, month: 1, day: 4 }; // always in week 1
  return addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
}

export function shiftWeek(w: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOfDate(addDays(mondayOf(w), weeks * 7));
}

export function londonCalendarDate(instant: Date): CalendarDate {
  const { year, month, day } = londonWallClock(instant);
  return { year, month, day };
}

export interface WeekRange {
  start: Date;
  end: Date;
}

/** Monday 00:00 to the next Monday 00:00, London time, as instants (end exclusive). */
export function weekRange(w: IsoWeek): WeekRange {
  const monday = mondayOf(w);
  return { start: londonMidnight(monday), end: londonMidnight(addDays(monday, 7)) };
}

/** The week before the one containing `now` (London): what a Monday-morning digest reviews. */
export function previousIsoWeek(now: Date): IsoWeek {
  return isoWeekOfDate(addDays(londonCalendarDate(now), -7));
}

/** The months' names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "20–26 October 2025", "27 October – 2 November 2025", "29 December 2025 – 4 January 2026". */
export function formatWeekLabel(w: IsoWeek): string {
  const from = mondayOf(w);
  const to = addDays(from, 6);
  const month = (d: CalendarDate) => MONTH_NAMES[d.month - 1] ?? "";
  if (from.year !== to.year) return `${from.day} ${month(from)} ${from.year} – ${to.day} ${month(to)} ${to.year}`;
  if (from.month !== to.month) return `${from.day} ${month(from)} – ${to.day} ${month(to)} ${to.year}`;
  return `${from.day}–${to.day} ${month(to)} ${to.year}`;
}
