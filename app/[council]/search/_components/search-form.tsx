import type { SearchFilterOptions } from "@/lib/data/search";
import type { SearchParams } from "@/lib/search/search-params";
import { FILTER_FIELD as FIELD, FILTER_LABEL as LABEL, FilterSelect } from "@/app/_components/filter-select";

// A plain GET form: it works without JavaScript, and every search (filters and page included) is a URL that can be
// bookmarked or shared.
export function SearchForm({
  action,
  params,
  options,
}: {
  action: string;
  params: SearchParams;
  options: SearchFilterOptions;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <div className="space-y-1">
        <label htmlFor="search-q" className={LABEL}>
          Search for
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={200}
            aria-describedby="search-help"
            className={FIELD}
          />
          <button type="submit" className="rounded bg-blue-800 px-4 py-1 font-semibold text-white hover:bg-blue-900">
            Search
          </button>
        </div>
        <p id="search-help" className="text-sm text-slate-600">
          Use &quot;quotes&quot; for an exact phrase, a minus sign to leave a word out (-parking) and OR for either of
          two words.
        </p>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Filters</legend>
        <FilterSelect
          id="search-committee"
          name="committee"
          label="Committee"
          all="All committees"
          value={params.committee}
          options={options.committees.map((c) => ({ value: c.externalId, label: c.name }))}
        />
        <FilterSelect
          id="search-topic"
          name="topic"
          label="Topic"
          all="All topics"
          value={params.topic}
          options={options.topics.map((t) => ({ value: t.slug, label: t.name }))}
        />
        <div className="space-y-1">
          <label htmlFor="search-from" className={LABEL}>
            Meetings from
          </label>
          <input id="search-from" name="from" type="date" defaultValue={params.from ?? ""} className={FIELD} />
        </div>
        <div className="space-y-1">
          <label htmlFor="search-to" className={LABEL}>
            Meetings up to
          </label>
          <input id="search-to" name="to" type="date" defaultValue={params.to ?? ""} className={FIELD} />
        </div>
      </fieldset>
    </form>
  );
}
