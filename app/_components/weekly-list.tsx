import Link from "next/link";
import type { WeeklyUpdateListItem } from "@/lib/data/weekly-updates";
import { formatDay } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";

export function WeeklyList({ updates }: { updates: WeeklyUpdateListItem[] }) {
  if (updates.length === 0) {
    return (
      <p className={mutedClass}>
        No weekly updates yet. Once the weekly email starts, every past update will be published here to read online.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {updates.map((u) => (
        <li key={u.path} className="py-3">
          <Link href={u.path} className={`${linkClass} font-medium`}>
            {`Week of ${u.weekLabel}`}
          </Link>
          <p>{u.headline}</p>
          <p className={mutedClass}>
            Published <time dateTime={u.publishedAt}>{formatDay(u.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
