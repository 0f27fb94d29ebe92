import type { AttendanceRecord as Record } from "@/lib/data/people";
import { mutedClass } from "@/app/_lib/styles";

/** Present / apologies / absent counts, as a definition list that reads well aloud. */
export function AttendanceRecord({ record }: { record: Record }) {
  if (record.percentPresent === null) return <p className={mutedClass}>No attendance has been recorded yet.</p>;
  const cells = [
    { label: "Present", value: record.present },
    { label: "Apologies", value: record.apologies },
    { label: "Absent", value: record.absent },
    { label: "Attendance", value: `${record.percentPresent}%` },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {cells.map((c) => (
        <div key={c.label} className="rounded border border-slate-200 px-3 py-2">
          <dt className={mutedClass}>{c.label}</dt>
          <dd className="text-2xl font-semibold">{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
