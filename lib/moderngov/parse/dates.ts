// ModernGov prints wall-clock times in UK local time with no zone ("Tuesday 8 July 2025 6.30 pm"). Stored
// instants must carry the offset that applied on that date, or summer meetings shift by an hour.
// The UK rule since 1996 (all Harrow ModernGov data is later) is coded here rather than read from ICU, so
// results never depend on the runtime's time-zone database.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_PATTERN =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const WEEKDAY_PATTERN =
  "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun),?\\s+)?";
export const TIME_PATTERN =
  "(\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}[.:]\\d{2}\\s*(?:noon|midday)|noon|midday|[01]?\\d[.:][0-5]\\d|2[0-3][.:][0-5]\\d)";

/** Matches "[Weekday] d Month yyyy[,] [time]"; groups: weekday, day, month, year, time. */
export const DATE_TIME_REGEX = new RegExp(
  `\\b${WEEKDAY_PATTERN}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${TIME_PATTERN}(?![\\w]))?`,
  "gi",
);

export type LocalDateTime = {
  date: string;
  startsAt: string | null;
  weekday: string | null;
  index: number;
  length: number;
};

/** The last Sunday of a month, as a day of the month. */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** Whether British Summer Time applies at this instant (01:00 UTC last Sunday of March to last Sunday of October). */
export function isBritishSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMs >= start && utcMs < end;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** "2025-07-08" for a valid calendar date, else null (rejects 31 February). */
export function formatIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** London wall time → ISO 8601 with the offset in force, e.g. "2025-07-08T18:30:00+01:00". */
export function toLondonIso(year: number, month: number, day: number, hour: number, minute: number): string | null {
  const date = formatIsoDate(year, month, day);
  if (!date || hour > 23 || minute > 59) return null;
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try BST first: if that instant is inside summer time the wall time was BST, otherwise GMT.
  const summer = isBritishSummerTime(wallAsUtc - 3_600_000);
  return `${date}T${pad(hour)}:${pad(minute)}:00${summer ? "+01:00" : "+00:00"}`;
}

/** "6.30 pm", "7:30pm", "10.00 am", "12.00 noon", "19:30" → [hour, minute] (24-hour), else null. */
export function parseTimeOfDay(text: string | null | undefined): [number, number] | null {
  const t = (text ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (!t) return null;
  if (/^(\d{1,2}[.:]\d{2}\s*)?(noon|midday)$/.test(t)) return [12, 0];
  const m = /^(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3]?.[0];
  if (!meridiem && !m[2]) return null; // a bare number is not a time
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === "p" && hour !== 12) hour += 12;
    if (meridiem === "a" && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  return [hour, minute];
}

/** "Jul", "July", "Sept." → 7 / 7 / 9. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, "");
  return MONTHS[key.startsWith("sept") ? "sept" : key.slice(0, 3)] ?? null;
}

/**
 * Every "[Weekday] d Month yyyy [time]" in a text, in order. Titles can hold two dates ("Moved from 13
 * September 2022, … - Monday 17 October 2022 7.00 pm"); callers pick with pickMeetingDateTime.
 */
export function findDateTimes(text: string): LocalDateTime[] {
  const found: LocalDateTime[] = [];
  for (const m of text.matchAll(DATE_TIME_REGEX)) {
    const month = monthNumber(m[3]!);
    const date = month ? formatIsoDate(Number(m[4]), month, Number(m[2])) : null;
    if (!date) continue;
    const time = m[5] ? parseTimeOfDay(m[5]) : null;
    const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
    found.push({
      date,
      startsAt: time ? toLondonIso(y, mo, d, time[0], time[1]) : null,
      weekday: m[1] ?? null,
      index: m.index,
      length: m[0].length,
    });
  }
  return found;
}

/**
 * The meeting's own date in a title: the last one with a weekday, else the last with a time, else the last.
 * ("Moved from 13 September 2022" carries neither, and the meeting's date ends the title.)
 */
export function pickMeetingDateTime(text: string): LocalDateTime | null {
  const all = findDateTimes(text).reverse();
  return all.find((d) => d.weekday) ?? all.find((d) => d.startsAt) ?? all[0] ?? null;
}

/** "Tuesday 8 July 2025 6.30 pm" → "2025-07-08T18:30:00+01:00"; null when no date-time with a time is found. */
export function parseModernGovDateTime(text: string): string | null {
  return pickMeetingDateTime(text)?.startsAt ?? null;
}

/** Web-service dates "dd/mm/yyyy" → "yyyy-mm-dd". */
export function parseSlashDate(text: string | null | undefined): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text ?? "");
  return m ? formatIsoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** Combines an ISO date with a ModernGov time text into a London-offset instant, or null without a time. */
export function combineDateAndTime(date: string | null, time: string | null | undefined): string | null {
  if (!date) return null;
  const hm = parseTimeOfDay(time);
  if (!hm) return null;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return toLondonIso(y, m, d, hm[0], hm[1]);
}

/** Paging stamps in ieListMeetings links ("D=202409051930") → London-offset instant. */
export function parsePagingStamp(stamp: string | null | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp ?? "");
  return m ? toLondonIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) : null;
}
