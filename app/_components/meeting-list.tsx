import Link from "next/link";
import type { MeetingListItem } from "@/lib/data/meetings";
import { formatDateTime } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { MeetingBadges } from "./meeting-badges";

interface Props {
  meetings: MeetingListItem[];
  /** Show each meeting's one-line summary (or that it is not available yet). */
  withSummary?: boolean;
  emptyText: string;
}

export function MeetingList({ meetings, withSummary = false, emptyText }: Props) {
  if (meetings.length === 0) return <p className={mutedClass}>{emptyText}</p>;
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {meetings.map((m) => (
        <li key={m.path} className="space-y-1 py-3">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link href={m.path} className={`${linkClass} font-medium`}>
              {m.title}
            </Link>
            <MeetingBadges status={m.status} isUpcoming={m.isUpcoming} />
          </p>
          <p className={mutedClass}>
            <time dateTime={m.startsAt}>{formatDateTime(m.startsAt)}</time>
          </p>
          {withSummary && (
            <p className="text-slate-800">
              {m.oneLine ?? <span className="italic text-slate-600">Summary not yet available</span>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
