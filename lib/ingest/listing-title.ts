import { formatDay, formatTime } from "@/lib/london-time";
import type { MeetingListEntry } from "@/lib/moderngov/parse/types";

/** "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm", the council's own title style, in London time. */
export function listingTitle(committeeName: string, entry: MeetingListEntry, startsAt: Date): string {
  const day = formatDay(startsAt);
  return `${committeeName} - ${entry.startsAt ? `${day} ${formatTime(startsAt)}` : day}`;
}
