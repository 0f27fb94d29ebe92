import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import { MEETING_STATUSES, listMeetingIndex, meetingFiltersQuery, parseMeetingFilters } from "@/lib/data/meeting-index";
import { meetingsPath } from "@/lib/urls";
import { findCouncil } from "@/app/_lib/council";
import { councilMetadata } from "@/app/_lib/council-page";
import { plural } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { MeetingList } from "@/app/_components/meeting-list";
import { FeedLinks } from "@/app/_components/feed-links";
import { FilterForm, FilterSelect } from "@/app/_components/filter-select";

// Rendered per request (it reads the query string), like search: an unknown council is redirected to its
// would-be home page, which answers a real 404 (see app/[council]/search/page.tsx).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ council: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = councilMetadata((council) => ({
  title: "Meetings",
  description: `Every ${council.name} committee meeting, newest first, by committee, year and status.`,
  path: meetingsPath(council.slug),
  feeds: { councilSlug: council.slug },
}));

export default async function MeetingsIndexPage({ params, searchParams }: Props) {
  const councilParam = (await params).council;
  const council = findCouncil(councilParam);
  if (!council) redirect(`/${encodeURIComponent(councilParam)}`);
  const filters = parseMeetingFilters(await searchParams);
  const index = await listMeetingIndex(getPrisma(), council.slug, filters, clockNow());
  const base = meetingsPath(council.slug);
  const filtered = filters.committee || filters.year || filters.status;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{council.name} meetings</h1>
        <p className="max-w-prose text-slate-700">
          Every committee meeting we hold, newest first. Choose a committee, a year or a status to narrow the list.
        </p>
      </header>
      <FilterForm
        action={base}
        legend="Filter meetings"
        submitLabel="Show meetings"
        filtered={Boolean(filtered)}
        columns={3}
      >
        <FilterSelect
          id="meetings-committee"
          name="committee"
          label="Committee"
          all="All committees"
          value={filters.committee}
          options={index.committees.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          id="meetings-year"
          name="year"
          label="Year"
          all="All years"
          value={filters.year}
          options={index.years.map((y) => ({ value: y, label: String(y) }))}
        />
        <FilterSelect
          id="meetings-status"
          name="status"
          label="Status"
          all="Any status"
          value={filters.status}
          options={MEETING_STATUSES}
        />
      </FilterForm>
      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold tracking-tight">
          {plural(index.total, "meeting")}
          {index.pageCount > 1 && (
            <span className={`${mutedClass} font-normal`}>
              , page {index.page} of {index.pageCount}
            </span>
          )}
        </h2>
        <MeetingList meetings={index.meetings} withSummary emptyText="No meetings match these filters." />
        {index.pageCount > 1 && (
          <nav aria-label="Pages" className="flex gap-6">
            {index.page > 1 && (
              <Link className={linkClass} href={`${base}${meetingFiltersQuery({ ...filters, page: index.page - 1 })}`}>
                Newer meetings
              </Link>
            )}
            {index.page < index.pageCount && (
              <Link className={linkClass} href={`${base}${meetingFiltersQuery({ ...filters, page: index.page + 1 })}`}>
                Older meetings
              </Link>
            )}
          </nav>
        )}
      </section>
      <FeedLinks councilSlug={council.slug} />
    </div>
  );
}
