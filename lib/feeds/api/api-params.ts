// The JSON API's query parameters, validated with zod. Any problem is reported back (400) with the parameter's
// name and what it expects, instead of being guessed at: API clients are programs, and silent fixes hide bugs.
import { z } from "zod";
import { COUNCILS, DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { parseIsoDate } from "@/lib/search/london-day";

const MAX_INT = 2_147_483_647;

const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, "a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1, "at least 1").max(max, `at most ${max}`));

const isoDate = z.string().refine((v) => parseIsoDate(v) !== null, "a date such as 2025-07-08");

export const MEETING_STATUSES = ["scheduled", "held", "cancelled", "postponed"] as const;
export const MAX_PAGE_SIZE = 100;

export const listMeetingsQuerySchema = z
  .object({
    council: z
      .string()
      .refine((v) => COUNCILS.some((c) => c.slug === v), `one of: ${COUNCILS.map((c) => c.slug).join(", ")}`)
      .default(DEFAULT_COUNCIL_SLUG),
    committee: positiveInt(MAX_INT).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    status: z.enum(MEETING_STATUSES, `one of: ${MEETING_STATUSES.join(", ")}`).optional(),
    order: z.enum(["asc", "desc"], "asc or desc").default("desc"),
    page: positiveInt(100_000).default(1),
    pageSize: positiveInt(MAX_PAGE_SIZE).default(20),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be after `to`", path: ["from"] });

export type ListMeetingsQuery = z.infer<typeof listMeetingsQuerySchema>;

export interface ParamIssue {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ParamIssue[] };

export function parseListMeetingsQuery(search: URLSearchParams): Parsed<ListMeetingsQuery> {
  const raw: Record<string, string> = {};
  const issues: ParamIssue[] = [];
  for (const [key, value] of search) {
    if (key in raw) issues.push({ parameter: key, message: "given more than once" });
    raw[key] = value;
  }
  const result = listMeetingsQuerySchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) issues.push({ parameter: key, message: "unknown parameter" });
      } else {
        issues.push({ parameter: String(issue.path[0] ?? "query"), message: issue.message });
      }
    }
  }
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return { ok: true, value: result.data };
}

/** The {MId} of /api/v1/meetings/{council}/{MId}: digits only (a slug after it, as in page URLs, is not accepted). */
export function parseMeetingId(segment: string): number | null {
  if (!/^\d{1,10}$/.test(segment)) return null;
  const id = Number(segment);
  return id >= 1 && id <= MAX_INT ? id : null;
}
