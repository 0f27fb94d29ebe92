import type { TextSegment } from "@/lib/search/highlight";

// Highlights as React text nodes inside <mark>: the scraped text is never turned into HTML (see lib/search/highlight.ts).
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.highlighted ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
