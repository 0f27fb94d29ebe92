// The meetings of one committee within a window: start from the committee's meetings page and follow the
// "earlier" / "later" links until the window is covered (ModernGov shows one municipal year per page).
import type { MeetingList, MeetingListEntry } from "@/lib/moderngov/types";

export interface Window {
  from: Date;
  to: Date;
}

const MAX_PAGES_EACH_WAY = 6;

export async function listMeetingsInWindow(
  firstUrl: string,
  window: Window,
  load: (url: string) => Promise<MeetingList>,
): Promise<MeetingListEntry[]> {
  const found = new Map<number, MeetingListEntry>();
  const visited = new Set<string>();
  const first = await load(firstUrl);
  visited.add(firstUrl);
  const add = (entries: MeetingListEntry[]) => entries.forEach((e) => found.set(e.meetingId, e));
  add(first.meetings);

  for (const direction of ["earlier", "later"] as const) {
    let page = first;
    for (let i = 0; i < MAX_PAGES_EACH_WAY; i++) {
      const next = direction === "earlier" ? page.earlierUrl : page.laterUrl;
      if (!next || visited.has(next) || windowCovered(page.meetings, window, direction)) break;
      visited.add(next);
      page = await load(next);
      add(page.meetings);
    }
  }
  return [...found.values()].filter((entry) => {
    const at = entryTime(entry);
    return at !== null && at >= window.from.getTime() && at <= window.to.getTime();
  });
}

function entryTime(entry: MeetingListEntry): number | null {
  const iso = entry.startsAt ?? (entry.date ? `${entry.date}T12:00:00Z` : null);
  return iso ? new Date(iso).getTime() : null;
}

/** True when this page already reaches past the window's edge in the given direction. */
function windowCovered(meetings: MeetingListEntry[], window: Window, direction: "earlier" | "later"): boolean {
  const times = meetings.map(entryTime).filter((t): t is number => t !== null);
  if (times.length === 0) return false;
  return direction === "earlier" ? Math.min(...times) < window.from.getTime() : Math.max(...times) > window.to.getTime();
}
