// Calendar dates typed by readers ("2025-07-08") mean London days; the database stores instants. These turn a
// London date into the instants its day starts and ends (lib/london-time.ts does the time-zone work).
import { londonMidnight } from "@/lib/london-time";

export { londonOffsetMs } from "@/lib/london-time";

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

/** The instant a London day starts. */
export const londonDayStart = londonMidnight;

/** The instant the following London day starts: an exclusive upper bound for "up to and including". */
export function londonDayEnd(date: { year: number; month: number; day: number }): Date {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return londonDayStart({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}
