// The meetings of one committee within a window: start from the committee's meetings page and follow the
// "earlier" / "later" links until the window is covered (ModernGov shows one municipal year per page). A paging
// page that fails ends that direction and is reported with its own URL; what was read is kept (the listing is
// then incomplete, and the caller must not take an absent meeting for a vanished one).
import type { MeetingList, MeetingListEntry } from "@/lib/moderngov/parse/types";

export interface Window {
  from: Date;
  to: Date;
}

const MAX_PAGES_EACH_WAY = 6;

export interface PagingFailure {
  url: string;
  error: unknown;
}

export interface MeetingsInWindow {
  entries: MeetingListEntry[];
  /** paging pages that could not be read; empty when the listing is complete */
  failures: PagingFailure[];
}

/** Throws only when the first page fails (nothing was read); a later page's failure is returned in `failures`. */
export async function listMeetingsInWindow(
  firstUrl: string,
  window: Window,
  load: (url: string) => Promise<MeetingList>,
): Promise<MeetingsInWindow> {
  const failures: PagingFailure[] = [];
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
      try {
        page = await load(next);
      } catch (error) {
        failures.push({ url: next, error });
        break;
      }
      add(page.meetings);
    }
  }
  const entries = [...found.values()].filter((entry) => {
    const at = entryTime(entry);
    return at !== null && at >= window.from.getTime() && at <= window.to.getTime();
  });
  return { entries, failures };
}

function entryTime(entry: MeetingListEntry): number | null {
  const iso = entry.startsAt ?? (entry.date ? `${entry.date}T12:00:00Z` : null);
  return iso ? new Date(iso).getTime() : null;
}

/** True when this page already reaches past the window's edge in the given direction. */
function windowCovered(meetings: MeetingListEntry[], window: Window, direction: "earlier" | "later"): boolean {
  const times = meetings.map(entryTime).filter((t): t is number => t !== null);
  if (times.length === 0) return false;
  return direction === "earlier"
    ? Math.min(...times) < window.from.getTime()
    : Math.max(...times) > window.to.getTime();
}
