import { clockNow } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { getPrisma } from "@/lib/db";
import { getCouncil } from "@/lib/data/councils";
import { listRecentMeetings, listUpcomingMeetings } from "@/lib/data/meetings";
import { listWeeklyUpdates } from "@/lib/data/weekly-updates";
import { UPCOMING_DAYS } from "@/lib/site";
import { committeesPath, councilPath, meetingsPath, peoplePath, topicsPath, weeklyPath } from "@/lib/urls";
import { councilSearchPath } from "@/lib/search/search-params";
import { NOT_FOUND_METADATA, findCouncil } from "@/app/_lib/council";
import { noStaticParams } from "@/app/_lib/council-page";
import { pageMetadata } from "@/app/_lib/page-metadata";
import { linkClass } from "@/app/_lib/styles";
import { MeetingList } from "@/app/_components/meeting-list";
import { SubscribeBox } from "@/app/_components/subscribe-box";
import { WeeklyList } from "@/app/_components/weekly-list";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { subscribe } from "@/app/(site)/subscribe/actions";
import { PageSection } from "@/app/_components/page-section";
import { FeedLinks } from "@/app/_components/feed-links";

// The council's home page, at "/" (the default council) and at "/{council}". An optional catch-all rather than
// app/page.tsx + app/[council]/page.tsx: a page without params would be prerendered by `next build` against the
// database, and a proxy rewrite of "/" measured 2-3x slower than serving the cached page directly. Deeper paths
// that no other route matches ("/harrow/nothing") land here too and get the 404 page. Cached and refreshed as
// described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council?: string[] }>;

type Params = { params: Promise<{ council?: string[] }> };

/** "/" is the default council; "/harrow" names one; anything longer is not a page. */
function councilFrom(segments: string[] | undefined) {
  if (!segments || segments.length === 0) return findCouncil(DEFAULT_COUNCIL_SLUG);
  return segments.length === 1 ? findCouncil(segments[0]!) : undefined;
}

const RECENT_LIMIT = 10;
/** Past weekly updates shown under the subscribe box, as samples of what subscribers get. */
const WEEKLY_SAMPLES = 3;
const loadCouncil = cache((slug: string) => getCouncil(getPrisma(), slug));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const config = councilFrom((await params).council);
  if (!config) return NOT_FOUND_METADATA;
  // "/" and "/harrow" are the same page; the council's own address is the canonical one (as in the sitemap).
  return pageMetadata({
    title: { absolute: `${config.name} meetings, summarised` },
    description: `Clear, faithful summaries of ${config.name}'s committee meetings, with links to the official papers.`,
    path: councilPath(config.slug),
    feeds: { councilSlug: config.slug },
  });
}

export default async function CouncilHomePage({ params }: Params) {
  const config = councilFrom((await params).council);
  if (!config) return <NotFoundResponse />;
  const council = await loadCouncil(config.slug);
  if (!council) return <EmptyDatabase />;
  const now = clockNow();
  const prisma = getPrisma();
  const [upcoming, recent, weekly] = await Promise.all([
    listUpcomingMeetings(prisma, council.slug, now, UPCOMING_DAYS),
    listRecentMeetings(prisma, council.slug, now, RECENT_LIMIT),
    listWeeklyUpdates(prisma, council.slug, { limit: WEEKLY_SAMPLES }),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="space-y-3">
        <h1 id="intro-heading" className="text-3xl font-bold tracking-tight">
          {`${council.name} meetings, summarised`}
        </h1>
        <p className="max-w-prose text-lg text-slate-700">
          {council.name}&apos;s committees decide on children&apos;s services, housing, planning and budgets, and
          publish their papers as long PDF packs. This site summarises each meeting in plain English and always links to
          the{" "}
          {council.baseUrl ? (
            <a className={linkClass} href={council.baseUrl}>
              official papers
            </a>
          ) : (
            "official papers"
          )}
          , which remain the authoritative record.
        </p>
        <nav aria-label="Explore">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 font-medium">
            <li>
              <Link className={linkClass} href={meetingsPath(council.slug)}>
                All meetings
              </Link>
            </li>
            <li>
              <Link className={linkClass} href={committeesPath(council.slug)}>
                All committees
              </Link>
            </li>
            <li>
              <Link className={linkClass} href={peoplePath(council.slug)}>
                Find your councillors
              </Link>
            </li>
            <li>
              <Link className={linkClass} href={topicsPath(council.slug)}>
                Browse by topic
              </Link>
            </li>
            <li>
              <a className={linkClass} href={councilSearchPath(council.slug)}>
                Search meetings and papers
              </a>
            </li>
          </ul>
        </nav>
      </section>

      <PageSection id="upcoming" title="Coming up in the next two weeks">
        <MeetingList meetings={upcoming} emptyText="No meetings are scheduled in the next two weeks." />
      </PageSection>

      <PageSection id="recent" title="Recent meetings">
        <MeetingList meetings={recent} withSummary emptyText="No meetings have been imported yet." />
      </PageSection>

      <SubscribeBox councilName={council.name} councilSlug={council.slug} action={subscribe} />

      <PageSection id="weekly" title="Past weekly updates">
        <WeeklyList updates={weekly} />
        <p>
          <Link className={linkClass} href={weeklyPath(council.slug)}>
            All weekly updates
          </Link>
        </p>
      </PageSection>

      <FeedLinks councilSlug={council.slug} />
    </div>
  );
}

function EmptyDatabase() {
  return (
    <section aria-labelledby="empty-heading" className="space-y-3">
      <h1 id="empty-heading" className="text-2xl font-bold">
        No council data yet
      </h1>
      <p>
        The database is empty. Run <code className="rounded bg-slate-100 px-1">npm start</code>, which loads the bundled
        offline Harrow snapshot, or <code className="rounded bg-slate-100 px-1">npm run scrape</code> to fetch the
        council&apos;s meetings.
      </p>
    </section>
  );
}
