// The search query. Every value from the reader is a bound parameter ($queryRaw tagged template); the only raw
// SQL spliced in is the constant index expressions of search-vectors.ts.
//
// Ranking without recomputing vectors: the indexes are expression indexes, so a tsvector exists only inside the
// index, and ts_rank over a 10 KB paper means parsing it again (about 1 ms). Ranking every match that way makes a
// common word cost seconds. Instead each result scores by the best field it matched, read straight from the
// indexes: a title (A, 100) above a summary (B, 40), above agenda-item text (C, 20), above document text (D, 10),
// then the newest meeting first. Only the page shown is parsed again, for its highlighted snippets.
//
// Phrases: a GIN index cannot check word positions, so PostgreSQL re-parses every candidate row to verify one
// ("adult social care" would re-parse nearly every paper). The indexes are searched with a relaxed query (phrase
// words ANDed: a superset), results are sorted, and the exact query is then checked row by row in rank order,
// stopping as soon as the page is full (or after PHRASE_CHECK_BUDGET candidates). The total of a phrase search
// is then an upper bound ("about N").
import { Prisma } from "@/lib/generated/prisma/client";
import { MARK_END, MARK_START, headlineOptions } from "./highlight";
import { itemBodySql, searchVector } from "./search-vectors";

export const SCORE = { title: 100, summary: 40, itemText: 20, documentText: 10 } as const;

/** Snippets are cut from the first part of long papers: ts_headline parses all the text it is given. */
export const SNIPPET_TEXT_LIMIT = 50_000;

export interface SearchFilters {
  councilSlug: string;
  committeeExternalId: number | null;
  topicSlug: string | null;
  /** Instants: from inclusive, to exclusive. */
  from: Date | null;
  to: Date | null;
}

/**
 * The relaxed form of the parsed query, for the indexes: phrase operators (<->, <N>) become AND, which a GIN index
 * answers exactly. Excluded words (!'word') stay: the index answers those exactly too. An excluded phrase,
 * !( 'a' <-> 'b' ), cannot be relaxed that way (NOT of an AND is narrower than NOT of a phrase), so when there is
 * one, querytree() drops every exclusion and the exact check of the page restores them.
 */
const RELAXED = Prisma.sql`regexp_replace(
    case when position('!(' in websearch_to_tsquery('english', q.text)::text) > 0
      then querytree(websearch_to_tsquery('english', q.text))
      else websearch_to_tsquery('english', q.text)::text end,
    ' <(-|[0-9]+)> ', ' & ', 'g')::tsquery`;

/** How PostgreSQL reads the search text: lexeme count, the indexable part, and whether phrases need checking. */
export function classifyQuerySql(text: string): Prisma.Sql {
  return Prisma.sql`
    select numnode(websearch_to_tsquery('english', q.text)) as nodes,
           querytree(websearch_to_tsquery('english', q.text)) as tree
    from (select ${text}::text as text) q`;
}

/**
 * Every candidate once, with the score of the best field it matched. Kinds are numbers (0 meeting, 1 item,
 * 2 document) because tens of thousands of rows are sorted by them. The combined item and document vectors
 * contain the title, so a title hit is always also a combined hit and only needs flagging.
 */
function hitsSql(): Prisma.Sql {
  const v = searchVector;
  return Prisma.sql`
    select 0 as kind, x.meeting_id as id, x.meeting_id, null::int as item_id, max(x.score) as score from (
      select m.id as meeting_id, ${SCORE.title}::int as score from "Meeting" m, r where ${v("meetingTitle", "m")} @@ r.relaxed
      union all
      select s."meetingId", ${SCORE.summary}::int from "Summary" s, r where ${v("summary", "s")} @@ r.relaxed
    ) x group by x.meeting_id
    union all
    select 1, i.id, i."meetingId", i.id,
      case when i.id in (select t.id from "AgendaItem" t, r where ${v("itemTitle", "t")} @@ r.relaxed)
        then ${SCORE.title}::int else ${SCORE.itemText}::int end
    from "AgendaItem" i, r where ${v("item", "i")} @@ r.relaxed and i."withdrawnAt" is null
    union all
    select 2, d.id, d."meetingId", d."agendaItemId",
      case when d.id in (select t.id from "Document" t, r where ${v("documentTitle", "t")} @@ r.relaxed)
        then ${SCORE.title}::int else ${SCORE.documentText}::int end
    from "Document" d, r where ${v("document", "d")} @@ r.relaxed and d."withdrawnAt" is null`;
}

function scopeSql(f: SearchFilters): Prisma.Sql {
  return Prisma.sql`
    select m.id, m."startsAt" from "Meeting" m
    where m."councilId" = (select id from "Council" where slug = ${f.councilSlug})
      and (${f.committeeExternalId}::int is null or m."committeeId" = (
           select c.id from "Committee" c join "Council" co on co.id = c."councilId"
           where co.slug = ${f.councilSlug} and c."externalId" = ${f.committeeExternalId}::int))
      and (${f.from}::timestamptz is null or m."startsAt" >= ${f.from}::timestamptz)
      and (${f.to}::timestamptz is null or m."startsAt" < ${f.to}::timestamptz)`;
}

/** A meeting tagged with the topic, or an item (or an item's paper) tagged with it. */
function topicSql(topicSlug: string | null): Prisma.Sql {
  return Prisma.sql`
    ${topicSlug}::text is null
    or h.meeting_id in (select mt."meetingId" from "MeetingTopic" mt join "Topic" t on t.id = mt."topicId" where t.slug = ${topicSlug}::text)
    or h.item_id in (select it."agendaItemId" from "AgendaItemTopic" it join "Topic" t on t.id = it."topicId" where t.slug = ${topicSlug}::text)`;
}

/**
 * The exact (strict) query against a candidate row, evaluated lazily by the page's LIMIT. The title goes first:
 * it is cheap to parse, and when it matches, the paper's text need not be parsed at all.
 */
function strictCheckSql(): Prisma.Sql {
  const v = searchVector;
  return Prisma.sql`case s.kind
    when 2 then (select ${v("documentTitle", "d")} @@ (select strict from r) or ${v("document", "d")} @@ (select strict from r)
                 from "Document" d where d.id = s.id)
    when 1 then (select ${v("itemTitle", "i")} @@ (select strict from r) or ${v("item", "i")} @@ (select strict from r)
                 from "AgendaItem" i where i.id = s.id)
    else (select ${v("meetingTitle", "m")} @@ (select strict from r) or coalesce(${v("summary", "u")} @@ (select strict from r), false)
          from "Meeting" m left join "Summary" u on u."meetingId" = m.id where m.id = s.id)
  end`;
}

export const KINDS = ["meeting", "item", "document"] as const;

/** One row per result on the page; a single row of nulls (with the totals) when the page is empty. */
export interface SearchRow {
  total: bigint;
  exact: boolean;
  /** How many candidates were available to the phrase check (see PHRASE_CHECK_BUDGET). */
  examined: bigint;
  /** Index into KINDS. */
  kind: 0 | 1 | 2 | null;
  id: number;
  score: number;
  title_headline: string;
  snippet: string | null;
  item_number: string | null;
  item_position: number | null;
  document_url: string | null;
  meeting_external_id: number;
  meeting_title: string;
  starts_at: Date;
  status: "scheduled" | "held" | "cancelled" | "postponed";
  committee_name: string;
}

/**
 * How many candidates past the page start a phrase search may check before giving up on filling the page: each
 * check of a paper re-parses it (about 1 ms per 10 KB), so this bounds a phrase search of common words.
 */
export const PHRASE_CHECK_BUDGET = 200;

export function searchSql(text: string, filters: SearchFilters, limit: number, offset: number): Prisma.Sql {
  const markers = `${MARK_START}${MARK_END}`;
  const clean = (expr: Prisma.Sql) => Prisma.sql`translate(${expr}, ${markers}, '')`;
  const whole = headlineOptions("whole");
  const fragments = headlineOptions("fragments");
  return Prisma.sql`
    with q as (select ${text}::text as text),
    r as materialized (select websearch_to_tsquery('english', q.text) as strict, ${RELAXED} as relaxed from q),
    scope as materialized (${scopeSql(filters)}),
    hits as (${hitsSql()}),
    filtered as materialized (
      select h.*, sc."startsAt" from hits h join scope sc on sc.id = h.meeting_id where ${topicSql(filters.topicSlug)}
    ),
    sorted as materialized (
      select f.* from filtered f order by f.score desc, f."startsAt" desc, f.kind, f.id
      limit ${offset + limit + PHRASE_CHECK_BUDGET}::int
    ),
    page as materialized (
      select s.* from sorted s
      where (select strict::text = relaxed::text from r) or ${strictCheckSql()}
      limit ${limit}::int offset ${offset}::int
    )
    select meta.*, x.* from (
      select (select count(*) from filtered) as total, (select count(*) from sorted) as examined,
             (select strict::text = relaxed::text from r) as exact
    ) meta
    left join lateral (
      select p.kind, p.id, p.score, p."startsAt",
        case p.kind
          when 0 then ts_headline('english', ${clean(Prisma.sql`m.title`)}, (select strict from r), ${whole})
          when 1 then ts_headline('english', ${clean(Prisma.sql`i.title`)}, (select strict from r), ${whole})
          else ts_headline('english', ${clean(Prisma.sql`d.title`)}, (select strict from r), ${whole})
        end as title_headline,
        case p.kind
          when 0 then ts_headline('english', ${clean(Prisma.sql`left(u."plainText", ${SNIPPET_TEXT_LIMIT}::int)`)}, (select strict from r), ${fragments})
          when 1 then ts_headline('english', ${clean(Prisma.sql`left(${itemBodySql("i")}, ${SNIPPET_TEXT_LIMIT}::int)`)}, (select strict from r), ${fragments})
          else ts_headline('english', ${clean(Prisma.sql`left(d.text, ${SNIPPET_TEXT_LIMIT}::int)`)}, (select strict from r), ${fragments})
        end as snippet,
        i.number as item_number, i.position as item_position, d.url as document_url,
        m."externalId" as meeting_external_id, m.title as meeting_title, m."startsAt" as starts_at, m.status::text as status,
        c.name as committee_name
      from page p
      join "Meeting" m on m.id = p.meeting_id
      join "Committee" c on c.id = m."committeeId"
      left join "AgendaItem" i on p.kind = 1 and i.id = p.id
      left join "Document" d on p.kind = 2 and d.id = p.id
      left join "Summary" u on p.kind = 0 and u."meetingId" = p.id
    ) x on true
    order by x.score desc, x."startsAt" desc, x.kind, x.id`;
}
