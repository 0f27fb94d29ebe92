// The council's calendar is London's wall clock; the database stores instants. One formatter turns an instant into
// the date and time London shows, and one function turns a London date into the instant its day starts, whatever
// the server's own time zone and whether British Summer Time is in force.

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
  return { year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1, hour: p.hour ?? 0, minute: p.minute ?? 0, second: p.second ?? 0 };
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
