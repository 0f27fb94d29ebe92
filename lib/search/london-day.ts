// Calendar dates typed by readers ("2025-07-08") mean London days; the database stores instants. These turn a
// London date into the instant its day starts, whatever the server's time zone and whether BST is in force.
import { LONDON_TIME_ZONE } from "@/lib/urls";

const OFFSET_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** London's offset from UTC at an instant, in milliseconds (0 in winter, 3,600,000 in summer). */
export function londonOffsetMs(instant: Date): number {
  const p = Object.fromEntries(OFFSET_FORMAT.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-07-08" when it names a real day between years 1900 and 2999, else null. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** The instant a London day starts (midnight is never inside a clock change: the UK changes at 1 am). */
export function londonDayStart(date: { year: number; month: number; day: number }): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  return new Date(utcMidnight - londonOffsetMs(new Date(utcMidnight)));
}

/** The instant the following London day starts: an exclusive upper bound for "up to and including". */
export function londonDayEnd(date: { year: number; month: number; day: number }): Date {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return londonDayStart({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}
