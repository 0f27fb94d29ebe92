// A labelled <select> for the GET filter forms (meetings, councillors, search): an "all" choice first, then the
// options. Plain HTML, so filtering works without JavaScript.

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
