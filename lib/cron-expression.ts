// Five-field cron expressions ("minute hour day-of-month month day-of-week"), checked when the configuration is
// read so a typo in a schedule stops start-up with the variable's name, instead of surfacing as a pg-boss error
// after the worker has connected (or, worse, a schedule that silently never fires). pg-boss's own parser accepts
// more (seconds, L, #); the worker's schedules keep to the portable subset.
//
// Hand-written on purpose, not cron-parser: it accepts that wider syntax (and four fields), and its errors do not
// say which field is wrong (docs/architecture.md#one-place-for-each-small-thing).

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  },
  // 7 is Sunday too, as in Vixie cron
  { name: "day of week", min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
] as const;

type Field = (typeof FIELDS)[number];

function readValue(text: string, field: Field): number | null {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= field.min && n <= field.max ? n : null;
  }
  if ("names" in field) {
    const index = (field.names as readonly string[]).indexOf(text.toUpperCase());
    if (index >= 0) return index + (field.name === "month" ? 1 : 0);
  }
  return null;
}

/** Why one comma-separated part of a field is invalid, or null. */
function checkPart(part: string, field: Field): string | null {
  const [range, step, extra] = part.split("/");
  if (extra !== undefined || range === undefined || range === "") return `"${part}" is not a value, range or step`;
  if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `"/${step}" is not a positive step`;
  if (range === "*") return null;
  const [from, to, more] = range.split("-");
  if (more !== undefined) return `"${range}" is not a range`;
  const start = readValue(from ?? "", field);
  if (start === null) return `"${from}" is outside ${field.min}-${field.max}`;
  if (to === undefined) return null;
  const end = readValue(to, field);
  if (end === null) return `"${to}" is outside ${field.min}-${field.max}`;
  return start <= end ? null : `the range "${range}" runs backwards`;
}

/** Null when `expression` is a valid five-field cron expression, otherwise what is wrong with it. */
export function describeCronError(expression: string): string | null {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5)
    return `expected 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}`;
  for (const [i, text] of fields.entries()) {
    const field = FIELDS[i]!;
    for (const part of text.split(",")) {
      const problem = checkPart(part, field);
      if (problem) return `${field.name}: ${problem}`;
    }
  }
  return null;
}
