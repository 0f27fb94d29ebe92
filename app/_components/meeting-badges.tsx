import type { MeetingStatusName } from "@/lib/data/meetings";

// Words, not colours alone: each badge says what it means, so it reads the same in any colour scheme or to a
// screen reader.
const BADGE = "inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide";

export function MeetingBadges({ status, isUpcoming }: { status: MeetingStatusName; isUpcoming: boolean }) {
  if (status === "cancelled") return <span className={`${BADGE} bg-red-100 text-red-900`}>Cancelled</span>;
  if (status === "postponed") return <span className={`${BADGE} bg-amber-100 text-amber-900`}>Postponed</span>;
  if (isUpcoming) return <span className={`${BADGE} bg-blue-100 text-blue-900`}>Upcoming</span>;
  return null;
}
