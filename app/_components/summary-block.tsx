import type { SummaryView } from "@/lib/data/summary-view";
import { formatShortDate } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { SummarySection } from "./summary-section";
import { TextRuns } from "./text-runs";

interface Props {
  summary: SummaryView;
  /** mailto: link for "Report a problem", with this meeting's address in the subject */
  reportHref: string;
}

/** Past this many words a summary gets a contents list. */
const CONTENTS_FROM_WORDS = 600;

/** The machine-generated summary, always labelled as written by software, its engine behind a disclosure. */
export function SummaryBlock({ summary, reportHref }: Props) {
  return (
    <div className="space-y-5">
      <div className="rounded bg-slate-100 px-3 py-2 text-sm text-slate-700">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>
            <strong className="font-semibold text-slate-900">
              Summary written by software from the council&apos;s papers
            </strong>{" "}
            — check the official documents before relying on it.
          </span>
          <a href={reportHref} className={linkClass}>
            Report a problem
          </a>
        </p>
        <details className="mt-1">
          <summary className="cursor-pointer">How this summary was made</summary>
          <p className="mt-1">
            Machine-generated summary by the <code className="rounded bg-white px-1">{summary.engine}</code> engine
            (version {summary.engineVersion}),{" "}
            <time dateTime={summary.generatedAt}>{formatShortDate(summary.generatedAt)}</time>. Every point links to the
            page of the council&apos;s paper it comes from; nothing is added that the papers do not say.
          </p>
        </details>
      </div>
      {summary.kind === "preview" && (
        <p className="font-medium text-slate-800">
          This is a preview of the agenda: the meeting has not taken place yet.
        </p>
      )}
      <p className="text-lg leading-relaxed">
        <TextRuns runs={summary.overview} />
      </p>
      {summary.glance.length > 0 && (
        <section
          aria-labelledby="glance-heading"
          className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3"
        >
          <h3 id="glance-heading" className="font-semibold text-emerald-950">
            Decisions at a glance
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {summary.glance.map((line, i) => (
              <li key={i}>
                <a href={line.href} className={linkClass}>
                  {line.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.words > CONTENTS_FROM_WORDS && summary.sections.length > 2 && (
        <nav aria-labelledby="contents-heading" className="text-sm">
          <h3 id="contents-heading" className="font-semibold text-slate-800">
            Contents
          </h3>
          <ol className="mt-1 list-decimal space-y-0.5 pl-6">
            {summary.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className={linkClass}>
                  <TextRuns runs={section.heading.map((r) => ({ text: r.text }))} />
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {summary.sections.map((section, i) => (
        <SummarySection key={i} section={section} />
      ))}
      {/* Business first: the standing items (apologies, declarations, minutes…) follow what was decided. */}
      {summary.procedural && (
        <div className={mutedClass}>
          <h3 className="font-semibold text-slate-700">Standing business</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {summary.procedural.map((line, i) => (
              <li key={i}>
                <TextRuns runs={line} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.missing.length > 0 && (
        <section className="rounded border border-amber-300 bg-amber-50 px-4 py-3">
          <h3 className="font-semibold text-amber-950">What&apos;s missing</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-amber-950">
            {summary.missing.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.footnotes.length > 0 && (
        <section aria-labelledby="footnotes-heading" className="border-t border-slate-200 pt-3">
          <h3 id="footnotes-heading" className="text-base font-semibold">
            Notes
          </h3>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm text-slate-800">
            {summary.footnotes.map((f) => (
              <li key={f.number} id={`fn-${f.number}`}>
                <strong>{f.term}</strong>: {f.explanation}{" "}
                {f.hasMarker && (
                  <a
                    href={`#fnref-${f.number}`}
                    className="text-blue-800 underline"
                    aria-label={`Back to note ${f.number} in the text`}
                  >
                    ↩
                  </a>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
