// Dates as Harrow prints them ("Thursday 23 October 2025", "6.00 pm"), in London time whatever the server's zone.
import { formatDay, formatTime } from "@/lib/london-time";

export function formatMeetingDate(iso: string): string {
  return formatDay(iso);
}

export function formatMeetingTime(iso: string): string {
  return formatTime(iso);
}
