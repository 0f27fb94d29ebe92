// Dates as Harrow prints them ("Thursday 23 October 2025", "6.00 pm"), in London time whatever the server's zone.

const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hour12: true });

export function formatMeetingDate(iso: string): string {
  const parts = Object.fromEntries(DAY.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

export function formatMeetingTime(iso: string): string {
  const parts = Object.fromEntries(TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.hour}.${parts.minute} ${String(parts.dayPeriod).toLowerCase().replace(/\./g, "")}`;
}
