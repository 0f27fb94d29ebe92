import Link from "next/link";
import type { CouncilConfig } from "@/lib/councils";
import { councilSearchPath } from "@/lib/search/search-params";
import { councilSiteName } from "@/lib/site";
import { committeesPath, councilPath, meetingsPath, peoplePath, topicsPath, weeklyPath } from "@/lib/urls";

/**
 * The header of a council's pages: that council's name, navigation within it, and a search of its papers. Brent's
 * pages say "Brent Council digest" and link to /brent/…, never to another council's.
 */
export function SiteHeader({ council }: { council: Pick<CouncilConfig, "slug" | "name"> }) {
  const nav = [
    { href: meetingsPath(council.slug), label: "Meetings" },
    { href: committeesPath(council.slug), label: "Committees" },
    { href: peoplePath(council.slug), label: "Councillors" },
    { href: topicsPath(council.slug), label: "Topics" },
    { href: weeklyPath(council.slug), label: "Weekly updates" },
  ];
  return (
    <header className="border-b border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <Link href={councilPath(council.slug)} className="text-lg font-bold text-slate-900 hover:underline">
          {councilSiteName(council.name)}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-blue-800 underline-offset-2 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* A plain GET form: search works without JavaScript and its results page can be bookmarked. */}
        <form action={councilSearchPath(council.slug)} method="get" role="search" className="flex gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search {council.name}&apos;s meetings, agenda items and documents
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search meetings"
            className="w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1 md:w-48"
          />
          <button type="submit" className="rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900">
            Search
          </button>
        </form>
      </div>
    </header>
  );
}

/** The header and main landmark of every page; `council` decides whose name and navigation it shows. */
export function SiteFrame({
  council,
  children,
}: {
  council: Pick<CouncilConfig, "slug" | "name">;
  children: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader council={council} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl grow px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
