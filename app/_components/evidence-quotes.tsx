import type { EvidenceQuote } from "@/lib/data/topics";
import { SourceLink } from "./source-link";

/** The quotes from the papers that justify a topic tag, each with its source. */
export function EvidenceQuotes({ quotes }: { quotes: EvidenceQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <ul className="space-y-1">
      {quotes.map((q, i) => (
        <li key={i} className="text-sm text-slate-700">
          <q className="italic">{q.text}</q>
          <SourceLink source={q.source} />
        </li>
      ))}
    </ul>
  );
}
