import type { SourceLink as Source } from "@/lib/data/summary-view";

/** The small "source" link after a bullet: the official document, opened at the cited page. */
export function SourceLink({ source }: { source: Source | null }) {
  if (!source) return null;
  const text = source.page ? `source, p. ${source.page}` : "source";
  // The accessible name starts with the visible words, as speech-input users say what they see.
  const label = `${text}: ${source.label}`;
  return (
    <span className="ml-1 whitespace-nowrap text-xs text-slate-600">
      [
      {source.href ? (
        <a href={source.href} className="text-blue-800 underline underline-offset-2" title={label} aria-label={label}>
          {text}
        </a>
      ) : (
        <span title={label}>{text}</span>
      )}
      ]
    </span>
  );
}
