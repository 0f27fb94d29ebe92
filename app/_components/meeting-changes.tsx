import type { ChangeDayView } from "@/lib/data/meeting-changes";
import { formatShortDate } from "@/app/_lib/format";

// "Updated on 27 Nov 2026: Addendum added; report '…' revised (page 1 changed)", one line per day, newest first,
// with what each revised paper's words lost and gained folded away (a native <details>, no script).
export function MeetingChanges({ days }: { days: ChangeDayView[] }) {
  if (days.length === 0) return null;
  return (
    <section
      id="changes"
      aria-labelledby="changes-heading"
      className="space-y-3 rounded-lg border border-sky-300 bg-sky-50 p-4"
    >
      <h2 id="changes-heading" className="text-lg font-semibold text-sky-950">
        Papers changed since publication
      </h2>
      {days.map((day) => (
        <div key={day.day} className="space-y-2">
          <p>
            <strong>Updated on {formatShortDate(day.at)}:</strong> {day.summary}.
          </p>
          {day.changes
            .filter((c) => c.diff.length > 0)
            .map((c, i) => (
              <details key={i} className="rounded border border-sky-200 bg-white px-3 py-2 text-sm">
                <summary className="cursor-pointer font-medium">What changed in &lsquo;{c.title}&rsquo;</summary>
                <ul className="mt-2 space-y-1">
                  {c.diff.map((part, j) => (
                    <li key={j}>
                      {part.op === "+" ? (
                        <ins className="bg-emerald-50 text-emerald-950 no-underline">
                          <span className="font-semibold">Added: </span>
                          {part.text}
                        </ins>
                      ) : (
                        <del className="bg-rose-50 text-rose-950">
                          <span className="font-semibold">Removed: </span>
                          {part.text}
                        </del>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
        </div>
      ))}
    </section>
  );
}
