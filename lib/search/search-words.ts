// "Did you mean …?" (docs/site.md#spelling-suggestions): each council keeps the words its papers use (SearchWord: lower case,
// letters only, 4+ characters, with how many meetings use each), from meeting titles, agenda item titles and
// summaries' plain text. The papers themselves are left out: reading hundreds of pages of text at every refresh
// costs too much, and their words mostly reach the summaries anyway. A search that finds nothing has each plain
// word it contains looked up; a word not in the list is offered the most similar listed word (pg_trgm trigram
// similarity, at least SIMILARITY_THRESHOLD; the word more meetings use on a tie).
import { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/db";
import { queryTokens } from "./describe-query";

/** pg_trgm similarity a listed word needs to be offered: 0.4 keeps "budgett" → "budget", drops far-fetched ones. */
export const SIMILARITY_THRESHOLD = 0.4;

/** Words longer than this are run-together text or identifiers, not words a reader would type. */
export const MAX_WORD_LENGTH = 40;

/** Only words like these are listed and corrected. */
export const MIN_WORD_LENGTH = 4;

/** A plain word of a search: where it stands in the text as typed. */
export interface PlainWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a search that a correction may replace: unquoted, not excluded, letters only, 4+ characters.
 * Phrases, -exclusions and planning references (digits, slashes) stay as they are; an OR search gets no
 * corrections at all (null), as does one with no plain word. Read by the same tokens as describeQuery.
 */
export function plainWords(q: string): PlainWord[] | null {
  const words: PlainWord[] = [];
  for (const t of queryTokens(q)) {
    if (t.kind === "phrase" || t.negated) continue;
    if (t.text.toLowerCase() === "or") return null;
    if (t.text.length >= MIN_WORD_LENGTH && t.text.length <= MAX_WORD_LENGTH && /^[A-Za-z]+$/.test(t.text))
      words.push({ word: t.text.toLowerCase(), start: t.start, end: t.end });
  }
  return words.length > 0 ? words : null;
}

/** The search text with words replaced, and the same text in pieces that mark which were replaced. */
export function applyCorrections(
  q: string,
  words: PlainWord[],
  corrections: ReadonlyMap<string, string>,
): { q: string; segments: { text: string; corrected: boolean }[] } {
  const segments: { text: string; corrected: boolean }[] = [];
  let at = 0;
  for (const w of words) {
    const to = corrections.get(w.word);
    if (!to) continue;
    if (w.start > at) segments.push({ text: q.slice(at, w.start), corrected: false });
    segments.push({ text: to, corrected: true });
    at = w.end;
  }
  if (at < q.length) segments.push({ text: q.slice(at), corrected: false });
  const text = segments
    .map((s) => s.text)
    .join("")
    .trim();
  return { q: text, segments: trimSegments(segments) };
}

function trimSegments(segments: { text: string; corrected: boolean }[]) {
  const out = segments.map((s) => ({ ...s }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((s) => s.text.length > 0);
}

/**
 * For each word not in the council's list, the listed word closest to it (or nothing close enough). Words in the
 * list are left out of the answer: they are spelt as the papers spell them.
 */
export async function closestWords(
  prisma: PrismaClient,
  councilSlug: string,
  words: string[],
): Promise<Map<string, string>> {
  const asked = [...new Set(words)];
  if (asked.length === 0) return new Map();
  // One statement per word, the word a bound value of its own: PostgreSQL then plans `word % 'budgett'` with the
  // trigram index (about 1 ms over 28,000 words); with the words in an array (unnest) it read the whole list.
  const council = Prisma.sql`(select id from "Council" where slug = ${councilSlug})`;
  const [, , ...answers] = await prisma.$transaction([
    prisma.$queryRaw`select set_config('statement_timeout', '2000', true)`,
    prisma.$queryRaw`select set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`,
    ...asked.map((w) =>
      prisma.$queryRaw<{ asked: string; suggestion: string | null }[]>(Prisma.sql`
        select ${w}::text as asked, (
          select s.word from "SearchWord" s
          where s."councilId" = ${council} and s.word % ${w}::text
          order by similarity(s.word, ${w}::text) desc, s.meetings desc, s.word
          limit 1) as suggestion
        where not exists (select 1 from "SearchWord" s where s."councilId" = ${council} and s.word = ${w}::text)`),
    ),
  ]);
  const rows = answers.flat();
  return new Map(rows.flatMap((r) => (r.suggestion ? [[r.asked, r.suggestion] as const] : [])));
}

/**
 * Rebuilds the word lists of the given councils (all councils when omitted) from their meetings' titles, agenda
 * item titles (withdrawn items left out, as search leaves them out) and summaries. One transaction per council,
 * under an advisory lock so that two refreshes of one council (the worker and `npm run summarize`) take turns.
 */
export async function refreshSearchWords(prisma: PrismaClient, councilIds?: number[]): Promise<void> {
  const ids =
    councilIds ?? (await prisma.council.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
  for (const councilId of [...new Set(ids)]) {
    await prisma.$transaction([
      prisma.$queryRaw`select 1 as locked from pg_advisory_xact_lock(hashtext('SearchWord'), ${councilId}::int)`,
      prisma.$executeRaw`delete from "SearchWord" where "councilId" = ${councilId}::int`,
      prisma.$executeRaw`
        with texts as (
          select m.id as meeting_id, m.title as t from "Meeting" m where m."councilId" = ${councilId}::int
          union all
          select i."meetingId", i.title from "AgendaItem" i join "Meeting" m on m.id = i."meetingId"
          where m."councilId" = ${councilId}::int and i."withdrawnAt" is null
          union all
          select s."meetingId", s."plainText" from "Summary" s join "Meeting" m on m.id = s."meetingId"
          where m."councilId" = ${councilId}::int
        ),
        words as (
          select distinct t.meeting_id, w.word
          from texts t, regexp_split_to_table(lower(coalesce(t.t, '')), '[^a-z]+') w(word)
          where length(w.word) between ${MIN_WORD_LENGTH}::int and ${MAX_WORD_LENGTH}::int
        )
        insert into "SearchWord" ("councilId", word, meetings)
        select ${councilId}::int, word, count(*)::int from words group by word`,
    ]);
  }
}
