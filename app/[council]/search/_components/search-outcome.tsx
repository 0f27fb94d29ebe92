import type { SearchOutcome } from "@/lib/data/search";
import type { QueryDescription } from "@/lib/search/describe-query";
import type { SearchParams } from "@/lib/search/search-params";
import { searchHref } from "@/lib/search/search-params";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { SearchPager } from "./search-pager";
import { SearchResults } from "./search-results";
import { PageSection } from "@/app/_components/page-section";

const MESSAGES: Record<Exclude<SearchOutcome["status"], "ok">, string | null> = {
  empty: null,
  "no-terms":
    "Your search had only very common words (such as “the” or “and”) or punctuation, which are not searched. Try more specific words.",
  "only-exclusions": "Your search only says what to leave out. Add a word to look for, for example: housing -parking.",
  failed: "Search is not available at the moment. Please try again shortly.",
};

interface Props {
  outcome: SearchOutcome;
  basePath: string;
  params: SearchParams;
  description: QueryDescription;
}

export function SearchOutcomeView({ outcome, basePath, params, description }: Props) {
  if (outcome.status !== "ok") {
    const message = MESSAGES[outcome.status];
    return message ? <p className="font-medium text-amber-900">{message}</p> : null;
  }
  const nothing = outcome.total === 0 || (outcome.page === 1 && outcome.hits.length === 0);
  const count = nothing
    ? "No results"
    : outcome.totalIsExact
      ? plural(outcome.total, "result")
      : `About ${plural(outcome.total, "result")}`;
  return (
    <PageSection id="results" title="Results" className="space-y-4">
      <p className={mutedClass}>
        {count} for “{params.q}”{outcome.pageCount > 1 && `, page ${outcome.page}`}
        {description.exclude.length > 0 && `, leaving out ${description.exclude.join(", ")}`}.
      </p>
      {outcome.requestedPage !== null && (
        <p className="text-amber-900">That page is past the end of the results, so the last page is shown.</p>
      )}
      {outcome.hits.length === 0 && outcome.suggestion && (
        <p>
          Did you mean{" "}
          <a className={linkClass} href={searchHref(basePath, params, { q: outcome.suggestion.q, page: 1 })}>
            {outcome.suggestion.segments.map((s, i) =>
              s.corrected ? (
                <strong key={i} className="font-semibold">
                  {s.text}
                </strong>
              ) : (
                s.text
              ),
            )}
          </a>
          ? ({plural(outcome.suggestion.total, "result")})
        </p>
      )}
      {outcome.hits.length === 0 && outcome.looser ? (
        <p>
          {outcome.looser.terms.length === 2
            ? "No result has both words"
            : `No result has all of ${outcome.looser.terms.join(", ")}`}
          ; {outcome.looser.total === 1 ? "1 has" : `${outcome.looser.total} have`}{" "}
          {outcome.looser.terms.length === 2 ? "either" : "at least one"}:{" "}
          <a className={linkClass} href={searchHref(basePath, params, { q: outcome.looser.q, page: 1 })}>
            search for {outcome.looser.q}
          </a>
          .
        </p>
      ) : outcome.hits.length === 0 ? (
        <p>{emptyText(outcome.page)}</p>
      ) : (
        <SearchResults hits={outcome.hits} firstNumber={(outcome.page - 1) * outcome.pageSize + 1} />
      )}
      {outcome.incomplete && (
        <p className="text-amber-900">
          Exact phrases are checked among the best-matching papers only, and this page could not be filled. Try adding
          words or a filter to narrow the search.
        </p>
      )}
      <SearchPager basePath={basePath} params={params} page={outcome.page} pageCount={outcome.pageCount} />
    </PageSection>
  );
}

function emptyText(page: number): string {
  return page > 1
    ? "No more results."
    : "Nothing matched. Check the spelling, use fewer or more general words, or remove a filter.";
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? word : `${word}s`}`;
}
