// The search read model: full-text search over a council's meetings (title and summary), agenda items and
// documents, with filters and pages. Never throws on what a reader typed: odd input becomes a status the page can
// explain. The SQL and why it ranks as it does: lib/search/search-sql.ts.
import { clockNow } from "@/lib/clock";
import type { PrismaClient } from "@/lib/db";
import { splitHighlights, type TextSegment } from "@/lib/search/highlight";
import { londonDayEnd, londonDayStart, parseIsoDate } from "@/lib/search/london-day";
import { MAX_PAGE, PAGE_SIZE, normalizeQuery, type SearchParams } from "@/lib/search/search-params";
import { describeQuery } from "@/lib/search/describe-query";
import { expandReferenceQuery } from "@/lib/search/reference-query";
import {
  KINDS,
  PHRASE_CHECK_BUDGET,
  SCORE,
  classifyQuerySql,
  searchSql,
  type SearchFilters,
  type SearchRow,
} from "@/lib/search/search-sql";
import { applyCorrections, closestWords, plainWords } from "@/lib/search/search-words";
import { issuePath, meetingPath } from "@/lib/urls";
import type { MeetingStatusName } from "./meetings";
import { safeExternalUrl } from "./safe-url";
import { meetingHeading } from "./meeting-heading";

export type SearchHitKind = "meeting" | "item" | "document";

export interface SearchHit {
  /** Unique within a page, e.g. "document-42". */
  key: string;
  kind: SearchHitKind;
  title: TextSegment[];
  itemNumber: string | null;
  /** Where the result's title links: the meeting page, the item on it, or the official paper. */
  href: string;
  /** Highlighted context; empty when the result has no text beyond its title. */
  snippet: TextSegment[];
  matchedIn: "title" | "summary" | "agenda item text" | "document text";
  meeting: {
    title: string;
    path: string;
    committeeName: string;
    startsAt: string;
    status: MeetingStatusName;
    isUpcoming: boolean;
  };
  /** an agenda item's issue: its history across meetings (null for other results and items without one) */
  issue: { title: string; path: string } | null;
}

export type SearchOutcome =
  | { status: "empty" }
  /** Only stop words or punctuation: nothing PostgreSQL can look up. */
  | { status: "no-terms" }
  /** Only -exclusions: that would list everything. */
  | { status: "only-exclusions" }
  /** The database refused or gave up (logged); the page still renders. */
  | { status: "failed" }
  | {
      status: "ok";
      hits: SearchHit[];
      total: number;
      /** false when phrases were checked only for the page shown: total is then an upper bound. */
      totalIsExact: boolean;
      /** A phrase search gave up before filling the page (PHRASE_CHECK_BUDGET): there may be more matches. */
      incomplete: boolean;
      page: number;
      pageCount: number;
      pageSize: number;
      /** Set when the requested page was past the end and the last page is shown instead. */
      requestedPage: number | null;
      /**
       * When nothing has every word, the same words joined by OR, if that finds something: "no paper has both
       * words; 7 have either".
       */
      looser: LooserMatch | null;
      /**
       * When nothing matched and a plain word is not one the council's papers use: the search with the closest
       * words they do use, if that finds something ("Did you mean budget?").
       */
      suggestion: SpellingSuggestion | null;
    };

export interface SpellingSuggestion {
  /** the corrected search text, to link to */
  q: string;
  /** the same text in pieces, the corrected words marked */
  segments: { text: string; corrected: boolean }[];
  total: number;
}

export interface LooserMatch {
  q: string;
  /** the words (or phrases) of the original search */
  terms: string[];
  total: number;
}

const STATEMENT_TIMEOUT_MS = 5_000;

function toFilters(councilSlug: string, params: SearchParams): SearchFilters {
  const from = params.from ? parseIsoDate(params.from) : null;
  const to = params.to ? parseIsoDate(params.to) : null;
  return {
    councilSlug,
    committeeExternalId: params.committee,
    topicSlug: params.topic,
    from: from ? londonDayStart(from) : null,
    to: to ? londonDayEnd(to) : null,
  };
}

function matchedIn(score: number): SearchHit["matchedIn"] {
  if (score >= SCORE.title) return "title";
  if (score >= SCORE.summary) return "summary";
  return score >= SCORE.itemText ? "agenda item text" : "document text";
}

/**
 * A meeting's highlighted title cut to its heading (lib/data/meeting-heading.ts): the status markers the meeting's
 * page leaves out ("Moved from 20 January 2022, …", "…, MOVED") go here too, the highlights kept. The heading is the
 * title less a prefix and a suffix, or a label kept before a removed marker ("(Special) Moved from …, Overview…").
 */
export function headingSegments(segments: TextSegment[], heading: string): TextSegment[] {
  const raw = segments.map((s) => s.text).join("");
  if (raw === heading) return segments;
  const ranges: [number, number][] = [];
  const whole = raw.indexOf(heading);
  if (whole >= 0) ranges.push([whole, whole + heading.length]);
  else {
    const label = /^\([^)]{1,80}\)\s*/.exec(heading)?.[0] ?? "";
    const rest = heading.slice(label.length);
    const at = raw.indexOf(rest, label.length);
    if (!label || !raw.startsWith(label) || at < 0) return segments;
    ranges.push([0, label.length], [at, at + rest.length]);
  }
  const out: TextSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    for (const [from, to] of ranges) {
      const text = segment.text.slice(Math.max(0, from - offset), Math.max(0, to - offset));
      if (!text) continue;
      const last = out.at(-1);
      if (last && last.highlighted === segment.highlighted) last.text += text;
      else out.push({ text, highlighted: segment.highlighted });
    }
    offset += segment.text.length;
  }
  return out;
}

function toHit(row: SearchRow, councilSlug: string, now: Date): SearchHit | null {
  if (row.kind === null) return null;
  const kind = KINDS[row.kind];
  const path = meetingPath({
    councilSlug,
    externalId: row.meeting_external_id,
    committeeName: row.committee_name,
    startsAt: row.starts_at,
  });
  const href =
    kind === "item"
      ? `${path}#item-${row.item_position}`
      : kind === "document"
        ? (safeExternalUrl(row.document_url) ?? path)
        : path;
  return {
    key: `${kind}-${row.id}`,
    kind,
    title:
      kind === "meeting"
        ? headingSegments(splitHighlights(row.title_headline), meetingHeading(row.meeting_title))
        : splitHighlights(row.title_headline),
    itemNumber: row.item_number,
    href,
    snippet: row.snippet ? splitHighlights(row.snippet) : [],
    matchedIn: matchedIn(row.score),
    meeting: {
      title: meetingHeading(row.meeting_title),
      path,
      committeeName: row.committee_name,
      startsAt: row.starts_at.toISOString(),
      status: row.status,
      isUpcoming: row.starts_at.getTime() > now.getTime(),
    },
    issue: null,
  };
}

/** Gives item results the history page of their issue (one query for the page of results). */
async function withIssues(
  prisma: PrismaClient,
  councilSlug: string,
  hits: SearchHit[],
  rows: SearchRow[],
): Promise<SearchHit[]> {
  const itemIds = rows.filter((r) => r.kind !== null && KINDS[r.kind] === "item").map((r) => r.id);
  if (itemIds.length === 0) return hits;
  const linked = await prisma.agendaItem.findMany({
    where: { id: { in: itemIds }, issueId: { not: null } },
    select: { id: true, issue: { select: { externalId: true, title: true } } },
  });
  const byItem = new Map(
    linked.flatMap((l) =>
      l.issue
        ? [
            [
              l.id,
              {
                title: l.issue.title,
                path: issuePath({ councilSlug, externalId: l.issue.externalId, title: l.issue.title }),
              },
            ] as const,
          ]
        : [],
    ),
  );
  return hits.map((h) =>
    h.kind === "item" ? { ...h, issue: byItem.get(Number(h.key.slice("item-".length))) ?? null } : h,
  );
}

async function runSearch(
  prisma: PrismaClient,
  q: string,
  filters: SearchFilters,
  page: number,
  pageSize = PAGE_SIZE,
): Promise<SearchRow[]> {
  // A time limit as a last line of defence: phrase checks on pathological queries must not hold a connection.
  const [, rows] = await prisma.$transaction([
    prisma.$queryRaw`select set_config('statement_timeout', ${String(STATEMENT_TIMEOUT_MS)}, true)`,
    prisma.$queryRaw<SearchRow[]>(searchSql(q, filters, pageSize, (page - 1) * pageSize)),
  ]);
  return rows;
}

export async function searchCouncil(
  prisma: PrismaClient,
  councilSlug: string,
  params: SearchParams,
  now = clockNow(),
): Promise<SearchOutcome> {
  // Normally done by parseSearchParams already; repeated because a NUL byte would make PostgreSQL reject the query.
  const q = normalizeQuery(params.q);
  if (!q) return { status: "empty" };
  try {
    const [shape] = await prisma.$queryRaw<{ nodes: number; tree: string }[]>(classifyQuerySql(q));
    if (!shape || shape.nodes === 0) return { status: "no-terms" };
    if (shape.tree === "T") return { status: "only-exclusions" };
    const filters = toFilters(councilSlug, params);
    // "0941/23" also finds the papers' "P/0941/23" (lib/search/reference-query.ts); the page still says what was typed.
    const asked = expandReferenceQuery(q);
    let page = params.page;
    let rows = await runSearch(prisma, asked, filters, page);
    const total = Number(rows[0]?.total ?? 0);
    const exact = rows[0]?.exact ?? true;
    const lastPage = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE)));
    let requestedPage: number | null = null;
    if (total === 0) {
      page = 1;
    } else if (rows[0]?.kind === null && page > lastPage) {
      requestedPage = page;
      page = lastPage;
      rows = await runSearch(prisma, asked, filters, page);
    }
    const hits = await withIssues(
      prisma,
      councilSlug,
      rows.flatMap((row) => toHit(row, councilSlug, now) ?? []),
      rows,
    );
    const looser = total === 0 ? await findLooserMatch(prisma, q, filters) : null;
    const suggestion = total === 0 ? await findSpellingSuggestion(prisma, q, filters) : null;
    const budgetUsed = Number(rows[0]?.examined ?? 0) >= page * PAGE_SIZE + PHRASE_CHECK_BUDGET;
    return {
      status: "ok",
      hits,
      total,
      totalIsExact: exact,
      incomplete: !exact && hits.length < PAGE_SIZE && budgetUsed,
      page,
      // A phrase search's total counts unchecked candidates: offer a next page only when this one is full.
      pageCount: exact ? lastPage : hits.length === PAGE_SIZE ? Math.min(MAX_PAGE, page + 1) : page,
      pageSize: PAGE_SIZE,
      requestedPage,
      looser,
      suggestion,
    };
  } catch (error) {
    console.error(`[search] query ${JSON.stringify(q)} on ${councilSlug} failed:`, error);
    return { status: "failed" };
  }
}

/**
 * "foster carers" finds nothing when no paper has both words; "foster OR carers" may. Only for plain searches of
 * several words (no OR of their own); exclusions are kept.
 */
export function looserQuery(q: string): { q: string; terms: string[] } | null {
  const d = describeQuery(q);
  if (d.usesOr || d.include.length < 2) return null;
  return { q: [d.include.join(" OR "), ...d.exclude.map((e) => `-${e}`)].join(" "), terms: d.include };
}

async function findLooserMatch(prisma: PrismaClient, q: string, filters: SearchFilters): Promise<LooserMatch | null> {
  const looser = looserQuery(q);
  if (!looser) return null;
  const rows = await runSearch(prisma, looser.q, filters, 1);
  const total = Number(rows[0]?.total ?? 0);
  return total > 0 ? { ...looser, total } : null;
}

/**
 * "budgett" finds nothing; "budget" may. Never fails the search: a suggestion that cannot be worked out is left out.
 */
async function findSpellingSuggestion(
  prisma: PrismaClient,
  q: string,
  filters: SearchFilters,
): Promise<SpellingSuggestion | null> {
  const words = plainWords(q);
  if (!words) return null;
  try {
    const corrections = await closestWords(
      prisma,
      filters.councilSlug,
      words.map((w) => w.word),
    );
    if (corrections.size === 0) return null;
    const corrected = applyCorrections(q, words, corrections);
    // One result is enough to know the corrected search finds something (and its total): no page of snippets.
    const rows = await runSearch(prisma, expandReferenceQuery(corrected.q), filters, 1, 1);
    const total = Number(rows[0]?.total ?? 0);
    return total > 0 && rows[0]?.kind != null ? { ...corrected, total } : null;
  } catch (error) {
    console.error(`[search] spelling suggestion for ${JSON.stringify(q)} on ${filters.councilSlug} failed:`, error);
    return null;
  }
}

export interface SearchFilterOptions {
  committees: { externalId: number; name: string }[];
  topics: { slug: string; name: string }[];
}

/** The choices of the search form's filters: the council's committees and the topic taxonomy. */
export async function listSearchFilterOptions(prisma: PrismaClient, councilSlug: string): Promise<SearchFilterOptions> {
  const [committees, topics] = await Promise.all([
    prisma.committee.findMany({
      where: { council: { slug: councilSlug } },
      orderBy: { name: "asc" },
      select: { externalId: true, name: true },
    }),
    prisma.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { committees, topics };
}
