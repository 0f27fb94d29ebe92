// The GET filter forms (meetings, councillors, planning applications, search): a labelled <select> with an "all"
// choice first, and the form around the selects with its button and "Clear filters". Plain HTML, so filtering
// works without JavaScript and every view is a link that can be shared.
import Link from "next/link";
import type { ReactNode } from "react";
import { linkClass } from "@/app/_lib/styles";

export const FILTER_FIELD = "w-full rounded border border-slate-400 bg-white px-2 py-1";
export const FILTER_LABEL = "block text-sm font-medium text-slate-800";

interface Props {
  id: string;
  name: string;
  label: string;
  /** the first choice, meaning "no filter" ("All committees") */
  all: string;
  value: string | number | null | undefined;
  options: { value: string | number; label: string }[];
}

export function FilterSelect({ id, name, label, all, value, options }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={FILTER_LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={FILTER_FIELD}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface FormProps {
  /** the page's own address: the form submits to it, and "Clear filters" links to it */
  action: string;
  /** what the fieldset is for; `visibleLegend` shows it as a heading, otherwise only screen readers hear it */
  legend: string;
  visibleLegend?: boolean;
  submitLabel: string;
  /** whether any filter is set (then "Clear filters" is offered) */
  filtered: boolean;
  /** the grid's columns from small screens up, one per select */
  columns: 2 | 3;
  children: ReactNode;
  /** under the buttons */
  note?: ReactNode;
}

export function FilterForm({
  action,
  legend,
  visibleLegend = false,
  submitLabel,
  filtered,
  columns,
  children,
  note,
}: FormProps) {
  return (
    <form action={action} method="get" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <fieldset className={`grid gap-4 ${columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3"}`}>
        <legend className={visibleLegend ? "mb-2 font-semibold" : "sr-only"}>{legend}</legend>
        {children}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-1 font-semibold text-white hover:bg-blue-900">
          {submitLabel}
        </button>
        {filtered && (
          <Link href={action} className={linkClass}>
            Clear filters
          </Link>
        )}
      </div>
      {note}
    </form>
  );
}
