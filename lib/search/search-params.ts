// The search page's query string, read without ever failing: whatever a reader (or a bot) puts in the URL becomes
// a valid SearchParams, and anything we had to drop or correct is explained in `notes` rather than answered with
// an error. Pure: no database, no Next.js.
import { parseIdSegment } from "@/lib/urls";
import { parseIsoDate } from "./london-day";

export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 10;
/** Deeper pages cost more and nobody reads them; refine the search instead. */
export const MAX_PAGE = 100;

export interface SearchParams {
  /** Normalised search text; "" when none. */
  q: string;
  /** 1-based, at most MAX_PAGE. */
  page: number;
  /** ModernGov committee id (CId). */
  committee: number | null;
  /** Topic slug from the taxonomy. */
  topic: string | null;
  /** London dates, inclusive, "YYYY-MM-DD". */
  from: string | null;
  to: string | null;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TOPIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/**
 * Search text as PostgreSQL can take it: well-formed Unicode, compatibility forms folded (full-width letters), no
 * control characters (a NUL byte would make PostgreSQL reject the whole query), no highlight markers, spaces
 * collapsed, and at most MAX_QUERY_LENGTH characters.
 */
export function normalizeQuery(raw: string): string {
  const clean = raw
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\uE000\uE001]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(clean);
  return chars.length <= MAX_QUERY_LENGTH ? clean : chars.slice(0, MAX_QUERY_LENGTH).join("").trimEnd();
}

/** A page number from the URL: anything but a positive integer is page 1, and pages stop at MAX_PAGE. */
export function parsePage(raw: string): number {
  if (!/^\s*\d+\s*$/.test(raw)) return 1;
  const page = Number(raw);
  return page < 1 ? 1 : Math.min(page, MAX_PAGE);
}

export function parseSearchParams(raw: RawSearchParams): { params: SearchParams; notes: string[] } {
  const notes: string[] = [];
  const rawQuery = first(raw.q);
  const q = normalizeQuery(rawQuery);
  if (Array.from(rawQuery.trim()).length > MAX_QUERY_LENGTH)
    notes.push(`Only the first ${MAX_QUERY_LENGTH} characters of your search were used.`);

  const rawCommittee = first(raw.committee).trim();
  const committee = rawCommittee ? (parseIdSegment(rawCommittee)?.id ?? null) : null;
  if (rawCommittee && committee === null)
    notes.push("The committee filter was not recognised, so all committees are shown.");

  const rawTopic = first(raw.topic).trim().toLowerCase();
  const topic = rawTopic && rawTopic.length <= 100 && TOPIC_SLUG.test(rawTopic) ? rawTopic : null;
  if (rawTopic && topic === null) notes.push("The topic filter was not recognised, so all topics are shown.");

  let from = readDate(first(raw.from), "from", notes);
  let to = readDate(first(raw.to), "to", notes);
  if (from && to && from > to) {
    [from, to] = [to, from];
    notes.push("The dates were the wrong way round, so they have been swapped.");
  }
  return { params: { q, page: parsePage(first(raw.page)), committee, topic, from, to }, notes };
}

function readDate(raw: string, name: "from" | "to", notes: string[]): string | null {
  const text = raw.trim();
  if (!text) return null;
  const date = parseIsoDate(text);
  if (!date) {
    notes.push(`The ${name === "from" ? "start" : "end"} date was not a date like 2025-07-08, so it was ignored.`);
    return null;
  }
  return text;
}

/** The search page's URL for these parameters (defaults left out, so links stay short and cacheable). */
export function searchHref(basePath: string, params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...overrides };
  const query = new URLSearchParams();
  if (merged.q) query.set("q", merged.q);
  if (merged.committee !== null) query.set("committee", String(merged.committee));
  if (merged.topic) query.set("topic", merged.topic);
  if (merged.from) query.set("from", merged.from);
  if (merged.to) query.set("to", merged.to);
  if (merged.page > 1) query.set("page", String(merged.page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** /harrow/search: each council's search page (SEARCH_PATH, /search, redirects to the default council's). */
export function councilSearchPath(councilSlug: string): string {
  return `/${councilSlug}/search`;
}
