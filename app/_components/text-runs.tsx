import type { TextRun } from "@/lib/data/footnote-segments";

/** Summary text with numbered footnote markers, each linking to its note (and the note back to it). */
export function TextRuns({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => (
        <span key={i}>
          {run.text}
          {run.footnote !== undefined && (
            <sup>
              <a
                id={`fnref-${run.footnote}`}
                href={`#fn-${run.footnote}`}
                className="px-0.5 text-blue-800 underline"
                aria-label={`Note ${run.footnote}`}
              >
                {run.footnote}
              </a>
            </sup>
          )}
        </span>
      ))}
    </>
  );
}
