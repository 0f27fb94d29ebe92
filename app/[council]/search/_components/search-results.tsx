import Link from "next/link";
import type { SearchHit } from "@/lib/data/search";
import { formatDateTime } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { MeetingBadges } from "@/app/_components/meeting-badges";
import { HighlightedText } from "./highlighted-text";

const KIND_LABEL: Record<SearchHit["kind"], string> = { meeting: "Meeting", item: "Agenda item", document: "Document" };

export function SearchResults({ hits, firstNumber }: { hits: SearchHit[]; firstNumber: number }) {
  return (
    <ol start={firstNumber} className="divide-y divide-slate-200 border-y border-slate-200" aria-label="Search results">
      {hits.map((hit) => (
        <li key={hit.key} className="space-y-1 py-4" data-kind={hit.kind}>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {KIND_LABEL[hit.kind]}
            {hit.matchedIn !== "title" && (
              <span className="font-normal normal-case tracking-normal"> · matched in the {hit.matchedIn}</span>
            )}
          </p>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <ResultLink href={hit.href}>
              {hit.itemNumber && `${hit.itemNumber} `}
              <HighlightedText segments={hit.title} />
            </ResultLink>
            <MeetingBadges status={hit.meeting.status} isUpcoming={hit.meeting.isUpcoming} />
          </p>
          {hit.snippet.length > 0 && (
            <p className="text-slate-800">
              <HighlightedText segments={hit.snippet} />
            </p>
          )}
          <p className={mutedClass}>
            {hit.kind === "meeting" ? (
              <time dateTime={hit.meeting.startsAt}>{formatDateTime(hit.meeting.startsAt)}</time>
            ) : (
              <>
                From{" "}
                <Link href={hit.meeting.path} className={linkClass}>
                  {hit.meeting.title}
                </Link>
              </>
            )}
          </p>
          {hit.issue && (
            <p className="text-sm">
              <Link href={hit.issue.path} className={linkClass}>
                History of this item at every meeting
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Papers link to the council's own file; everything else is a page of this site. */
function ResultLink({ href, children }: { href: string; children: React.ReactNode }) {
  const className = `${linkClass} font-medium`;
  return href.startsWith("/") ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
