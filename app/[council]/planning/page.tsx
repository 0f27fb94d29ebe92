import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import { PLANNING_DECISIONS, listPlanningApplications, parsePlanningFilters } from "@/lib/data/planning";
import { planningIndexPath } from "@/lib/urls";
import { findCouncil } from "@/app/_lib/council";
import { councilMetadata } from "@/app/_lib/council-page";
import { plural } from "@/app/_lib/format";
import { mutedClass } from "@/app/_lib/styles";
import { FilterForm, FilterSelect } from "@/app/_components/filter-select";
import { PlanningList } from "@/app/_components/planning-list";

// Rendered per request (it reads the query string), like the meetings index: an unknown council is redirected to
// its would-be home page, which answers a real 404.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ council: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = councilMetadata((council) => ({
  title: "Planning applications",
  description: `Planning applications decided by ${council.name}'s Planning Committee: address, ward, officers' recommendation, decision and vote.`,
  path: planningIndexPath(council.slug),
}));

export default async function PlanningIndexPage({ params, searchParams }: Props) {
  const councilParam = (await params).council;
  const council = findCouncil(councilParam);
  if (!council) redirect(`/${encodeURIComponent(councilParam)}`);
  const filters = parsePlanningFilters(await searchParams);
  const index = await listPlanningApplications(getPrisma(), council.slug, filters);
  const base = planningIndexPath(council.slug);
  const filtered = Boolean(filters.ward || filters.decision || filters.year);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{council.name} planning applications</h1>
        <p className="max-w-prose text-slate-700">
          Applications that came to the Planning Committee, newest first: what was proposed, what officers recommended
          and what the committee decided. Choose a ward, a decision or a year to narrow the list.
        </p>
      </header>
      <FilterForm
        action={base}
        legend="Filter planning applications"
        submitLabel="Show applications"
        filtered={filtered}
        columns={3}
      >
        <FilterSelect
          id="planning-ward"
          name="ward"
          label="Ward"
          all="All wards"
          value={filters.ward}
          options={index.wards.map((w) => ({ value: w, label: w }))}
        />
        <FilterSelect
          id="planning-decision"
          name="decision"
          label="Decision"
          all="Any decision"
          value={filters.decision}
          options={[...PLANNING_DECISIONS]}
        />
        <FilterSelect
          id="planning-year"
          name="year"
          label="Year"
          all="All years"
          value={filters.year}
          options={index.years.map((y) => ({ value: y, label: String(y) }))}
        />
      </FilterForm>
      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold tracking-tight">
          {plural(index.applications.length, "application")}
          {filtered && <span className={`${mutedClass} font-normal`}> matching these filters</span>}
        </h2>
        <PlanningList
          applications={index.applications}
          emptyText={
            filtered ? "No applications match these filters." : "No planning applications have been imported yet."
          }
        />
      </section>
    </div>
  );
}
