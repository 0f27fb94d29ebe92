import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { describeQuery } from "@/lib/search/describe-query";
import { councilSearchPath, parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { listSearchFilterOptions, searchCouncil } from "@/lib/data/search";
import { NOT_FOUND_METADATA, findCouncil } from "@/app/_lib/council";
import { pageMetadata } from "@/app/_lib/page-metadata";
import { SearchForm } from "./_components/search-form";
import { findPlanningApplications } from "@/lib/data/planning";
import { PlanningList } from "@/app/_components/planning-list";
import { SearchOutcomeView } from "./_components/search-outcome";

// Rendered per request: reading the query string makes the page dynamic, so `next build` never touches the
// database. A dynamic page streams, so the status is sent before NotFoundResponse could change it, and a bare
// notFound() here gives Next.js 16.4's empty error shell (see app/_components/http-fallbacks.tsx). An unknown
// council is therefore redirected to its would-be home page, which answers a real 404 page.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ council: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const council = findCouncil((await params).council);
  if (!council) return NOT_FOUND_METADATA;
  const { params: search } = parseSearchParams(await searchParams);
  return {
    // The canonical is the bare search page: result pages are variations of it.
    ...pageMetadata({
      title: search.q ? `Search: ${search.q}` : "Search",
      description: `Search ${council.name}'s meetings, agenda items and papers.`,
      path: councilSearchPath(council.slug),
    }),
    // Result pages are endless variations of the same content: useful to readers, noise in a search engine.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const councilParam = (await params).council;
  const council = findCouncil(councilParam);
  if (!council) redirect(`/${encodeURIComponent(councilParam)}`);
  const { params: search, notes } = parseSearchParams(await searchParams);
  const prisma = getPrisma();
  const [options, outcome, applications] = await Promise.all([
    // With the database out of reach the form still shows (without its committee and topic choices) and the
    // outcome says search is unavailable, instead of an error page.
    listSearchFilterOptions(prisma, council.slug).catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      return { committees: [], topics: [] };
    }),
    searchCouncil(prisma, council.slug, search),
    // Planning applications by reference or street (issue 15), above the full-text results on the first page.
    search.q && search.page <= 1
      ? findPlanningApplications(prisma, council.slug, search.q).catch((error: unknown) => {
          if (!isDatabaseUnavailable(error)) throw error;
          return [];
        })
      : Promise.resolve([]),
  ]);
  const basePath = councilSearchPath(council.slug);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Search meetings and papers</h1>
        <p className="max-w-prose text-slate-700">
          Searches {council.name}&apos;s meeting titles, summaries, agenda items and the text of published papers.
        </p>
      </header>
      <SearchForm action={basePath} params={search} options={options} />
      {notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-amber-900" aria-label="About your search">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {applications.length > 0 && (
        <section aria-labelledby="planning-results" className="space-y-2 rounded-lg border border-slate-200 p-4">
          <h2 id="planning-results" className="text-xl font-semibold tracking-tight">
            Planning applications
          </h2>
          <PlanningList applications={applications} emptyText="" />
        </section>
      )}
      <SearchOutcomeView outcome={outcome} basePath={basePath} params={search} description={describeQuery(search.q)} />
    </div>
  );
}
