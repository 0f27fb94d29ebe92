// The council's calendar is London's wall clock; the database stores instants. This module is the one place that
// names the zone and the one way dates and times are written, on pages, in emails, in feeds and in summaries:
// "Tuesday 8 July 2025, 6.30 pm", "6.00 pm" on the hour, as the council's ModernGov site writes its own meeting
// titles. It also turns a London date into the instant its day starts, whatever the server's own time zone and
// whether British Summer Time is in force.

export const LONDON_TIME_ZONE = "Europe/London";

export interface LondonWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const WALL_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** What a clock in London shows at an instant. */
export function londonWallClock(instant: Date): LondonWallClock {
  const p: Record<string, number> = {};
  for (const part of WALL_CLOCK.formatToParts(instant)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return {
    year: p.year ?? 1970,
    month: p.month ?? 1,
    day: p.day ?? 1,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
  };
}

/** London's offset from UTC at an instant, in milliseconds (0 in winter, 3,600,000 in summer). */
export function londonOffsetMs(instant: Date): number {
  const w = londonWallClock(instant);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of 00:00 London time on a calendar date (the UK changes its clocks at 1 am, never at midnight). */
export function londonMidnight(date: { year: number; month: number; day: number }): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  return new Date(utcMidnight - londonOffsetMs(new Date(utcMidnight)));
}

/** An instant as a Date or as the ISO string a DTO carries. */
export type Instant = Date | string;

const toDate = (instant: Instant) => (typeof instant === "string" ? new Date(instant) : instant);

const ISO_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: LONDON_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date of an instant as the council states it (London wall time), e.g. "2025-07-08". */
export function londonDate(instant: Instant): string {
  return ISO_DATE.format(toDate(instant));
}

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h12",
});

function parts(instant: Instant): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(toDate(instant)).map((p) => [p.type, p.value]));
}

/** "Tuesday 8 July 2025" */
export function formatDay(instant: Instant): string {
  const p = parts(instant);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "Tuesday 8 July", when the year goes without saying (a weekly email). */
export function formatDayMonth(instant: Instant): string {
  const p = parts(instant);
  return `${p.weekday} ${p.day} ${p.month}`;
}

/** "8 Jul 2025", for dense lists */
export function formatShortDate(instant: Instant): string {
  const p = parts(instant);
  return `${p.day} ${p.month?.slice(0, 3)} ${p.year}`;
}

/** "6.30 pm", "6.00 pm", "12.00 pm" (noon): the council's own style. */
export function formatTime(instant: Instant): string {
  const p = parts(instant);
  // ICU has written the period as "pm", "p.m." and "PM" in different versions; the council writes "pm".
  const period = (p.dayPeriod ?? "").toLowerCase().replace(/[.\s]/g, "");
  return `${p.hour}.${p.minute} ${period}`.trim();
}

/** "Tuesday 8 July 2025, 6.30 pm" */
export function formatDateTime(instant: Instant): string {
  return `${formatDay(instant)}, ${formatTime(instant)}`;
}
