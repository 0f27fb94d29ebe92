import type { MeetingListEntry } from "@/lib/moderngov/parse/types";

/** "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm", the council's own title style, in London time. */
export function listingTitle(committeeName: string, entry: MeetingListEntry, startsAt: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", hour12: true })
      .formatToParts(startsAt)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
  const when = entry.startsAt ? `${day} ${parts.hour}.${parts.minute} ${String(parts.dayPeriod).toLowerCase()}` : day;
  return `${committeeName} - ${when}`;
}
