import Link from "next/link";
import { decisionLabel, type PlanningListItem } from "@/lib/data/planning";
import { formatShortDate } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";

/** "Granted · 5 in favour, 2 against · against the officers' recommendation to refuse" */
export function PlanningOutcome({
  app,
}: {
  app: Pick<PlanningListItem, "decision" | "vote" | "officers" | "againstOfficers">;
}) {
  return (
    <span>
      <span className="font-semibold">{decisionLabel(app.decision)}</span>
      {app.vote && <span> (voted {app.vote})</span>}
      {app.againstOfficers && (
        <strong className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-sm font-semibold text-amber-900">
          Against the officers&rsquo; recommendation{app.officers ? ` to ${app.officers}` : ""}
        </strong>
      )}
    </span>
  );
}

export function PlanningList({ applications, emptyText }: { applications: PlanningListItem[]; emptyText: string }) {
  if (applications.length === 0) return <p className={mutedClass}>{emptyText}</p>;
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {applications.map((a) => (
        <li key={a.path} className="space-y-1 py-3">
          <p>
            <Link href={a.path} className={`${linkClass} font-medium`}>
              {a.address}
            </Link>{" "}
            <span className={mutedClass}>{a.reference}</span>
          </p>
          {a.proposal && <p className="max-w-prose text-slate-800">{a.proposal}</p>}
          <p className="text-sm">
            <PlanningOutcome app={a} />
            <span className={`${mutedClass} ml-2`}>
              {[a.ward ? `${a.ward} ward` : null, `${a.committeeName}, ${formatShortDate(a.meetingStartsAt)}`]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
