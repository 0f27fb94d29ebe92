import type { BulletGroupView, SummarySectionView, SummaryTableView } from "@/lib/data/summary-view";
import { SourceLink } from "./source-link";
import { TextRuns } from "./text-runs";

export function SummarySection({ section }: { section: SummarySectionView }) {
  return (
    <section id={section.id} className="scroll-mt-4 space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">
        {section.itemNumber && <span className="text-slate-500">{`${section.itemNumber} `}</span>}
        <TextRuns runs={section.heading} />
      </h3>
      {/* Outcome first: the decision leads its item, the points behind it follow. */}
      {section.decision && (
        <div className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-emerald-900">Decision</p>
          {section.decisionClauses ? (
            // A numbered decision reads clause by clause, each with its own number, as the minutes set it out.
            <ol className="mt-1 list-none space-y-1">
              {section.decisionClauses.map((clause, i) => (
                <li key={i}>
                  <TextRuns runs={clause} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-1 whitespace-pre-line">
              <TextRuns runs={section.decision} />
            </p>
          )}
        </div>
      )}
      {section.bullets.length > 0 && (
        <ul className="list-disc space-y-1.5 pl-6">
          {section.bullets.map((group, i) =>
            group.lead ? (
              // A list's points under the sentence that introduces them, so none reads without its subject.
              <li key={i}>
                <TextRuns runs={group.lead} />
                <ul className="mt-1 list-[circle] space-y-1 pl-6">
                  {group.items.map((b, j) => (
                    <Bullet key={j} bullet={b} />
                  ))}
                </ul>
              </li>
            ) : (
              group.items.map((b, j) => <Bullet key={`${i}-${j}`} bullet={b} />)
            ),
          )}
        </ul>
      )}
      {section.tables.map((t, i) => (
        <SummaryTable key={i} table={t} />
      ))}
      {section.note && <p className="text-slate-600 italic">{section.note}</p>}
    </section>
  );
}

function Bullet({ bullet }: { bullet: BulletGroupView["items"][number] }) {
  return (
    <li>
      <TextRuns runs={bullet.text} />
      <SourceLink source={bullet.source} />
    </li>
  );
}

function SummaryTable({ table }: { table: SummaryTableView }) {
  return (
    // A wide table scrolls inside its own box instead of widening the page on a phone.
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        {table.caption && (
          <caption className="mb-1 text-left font-medium text-slate-800">
            <TextRuns runs={table.caption} />
            <SourceLink source={table.source} />
          </caption>
        )}
        {table.header.length > 0 && (
          <thead>
            <tr>
              {table.header.map((cell, i) => (
                <th
                  key={i}
                  scope="col"
                  className="border border-slate-300 bg-slate-100 px-2 py-1 text-left font-semibold"
                >
                  <TextRuns runs={cell} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className="border border-slate-300 px-2 py-1 align-top">
                  <TextRuns runs={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!table.caption && <SourceLink source={table.source} />}
    </div>
  );
}
