import Link from "next/link";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import { listPeopleIndex, parsePeopleFilters } from "@/lib/data/people-index";
import { peoplePath } from "@/lib/urls";
import { findCouncil } from "@/app/_lib/council";
import { councilMetadata } from "@/app/_lib/council-page";
import { plural } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { Avatar } from "@/app/_components/avatar";
import { FilterForm, FilterSelect } from "@/app/_components/filter-select";

// Rendered per request (it reads the query string); see app/[council]/meetings/page.tsx.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ council: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = councilMetadata((council) => ({
  title: "Councillors",
  description: `${council.name}'s councillors by ward and party: find yours, and what they attended and decided.`,
  path: peoplePath(council.slug),
}));

export default async function PeopleIndexPage({ params, searchParams }: Props) {
  const councilParam = (await params).council;
  const council = findCouncil(councilParam);
  if (!council) redirect(`/${encodeURIComponent(councilParam)}`);
  const filters = parsePeopleFilters(await searchParams);
  const index = await listPeopleIndex(getPrisma(), council.slug, filters);
  const base = peoplePath(council.slug);
  const heading = filters.ward
    ? `Councillors for ${filters.ward}`
    : filters.party
      ? `${filters.party} councillors`
      : "All councillors";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{council.name} councillors</h1>
        <p className="max-w-prose text-slate-700">
          Each councillor&apos;s committees, attendance and the decisions taken at meetings they attended. Officers and
          guests appear on the meetings they spoke at.
        </p>
      </header>
      <FilterForm
        action={base}
        legend="Find your councillors"
        visibleLegend
        submitLabel="Show councillors"
        filtered={Boolean(filters.ward || filters.party)}
        columns={2}
        note={
          <p className={mutedClass}>
            Not sure of your ward? The council&apos;s website can tell you from your postcode.
          </p>
        }
      >
        <FilterSelect
          id="people-ward"
          name="ward"
          label="Your ward"
          all="All wards"
          value={filters.ward}
          options={index.wards.map((w) => ({ value: w, label: w }))}
        />
        <FilterSelect
          id="people-party"
          name="party"
          label="Party"
          all="All parties"
          value={filters.party}
          options={index.parties.map((p) => ({ value: p, label: p }))}
        />
      </FilterForm>
      <section aria-labelledby="councillors-heading" className="space-y-3">
        <h2 id="councillors-heading" className="text-xl font-semibold tracking-tight">
          {heading}{" "}
          <span className={`${mutedClass} font-normal`}>({plural(index.councillors.length, "councillor")})</span>
        </h2>
        {index.councillors.length === 0 ? (
          <p className={mutedClass}>
            {index.wards.length === 0
              ? "No councillors have been imported yet."
              : "No councillors match these filters."}
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {index.councillors.map((c) => (
              <li key={c.path} className="flex items-center gap-3">
                <Avatar photoPath={c.photoPath} initials={c.initials} />
                <span className="min-w-0">
                  <Link href={c.path} className={`${linkClass} font-medium`}>
                    {c.name}
                  </Link>
                  <span className={`block ${mutedClass}`}>
                    {[c.ward && `${c.ward} ward`, c.party, ...c.posts].filter(Boolean).join(" · ")}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
