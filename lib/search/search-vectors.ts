// The full-text expressions that the GIN indexes of prisma/migrations/*_search_indexes cover. PostgreSQL only uses
// an expression index when the query repeats the indexed expression, so queries take them from here and a unit
// test checks that the migration holds each one verbatim. Constant SQL only: no user input ever goes through
// Prisma.raw; queries pass the search text as a bound parameter.
import { Prisma } from "@/lib/generated/prisma/client";

/** Text past this many characters is neither indexed nor matched (to_tsvector's 1 MB limit, see the migration). */
export const INDEXED_TEXT_LIMIT = 250_000;

const ITEM_BODY = `coalesce({t}."description", '') || ' ' || coalesce({t}."minutesText", '') || ' ' || coalesce({t}."decisionText", '')`;

/** {t} stands for the table alias in queries and disappears in the migration. */
export const SEARCH_VECTORS = {
  meetingTitle: `to_tsvector('english', coalesce({t}."title", ''))`,
  summary: `to_tsvector('english', left(coalesce({t}."plainText", ''), ${INDEXED_TEXT_LIMIT}))`,
  itemTitle: `to_tsvector('english', coalesce({t}."title", ''))`,
  item: `setweight(to_tsvector('english', coalesce({t}."title", '')), 'A') || setweight(to_tsvector('english', left(${ITEM_BODY}, ${INDEXED_TEXT_LIMIT})), 'C')`,
  documentTitle: `to_tsvector('english', coalesce({t}."title", ''))`,
  document: `setweight(to_tsvector('english', coalesce({t}."title", '')), 'A') || setweight(to_tsvector('english', left(coalesce({t}."text", ''), ${INDEXED_TEXT_LIMIT})), 'D')`,
} as const;

export type SearchVectorName = keyof typeof SEARCH_VECTORS;

/** The expression for a query, on the table aliased `alias` (a constant such as "d"), in parentheses. */
export function searchVector(name: SearchVectorName, alias: string): Prisma.Sql {
  if (!/^[a-z]+$/.test(alias))
    throw new Error(`searchVector: alias must be a short lower-case identifier, got ${alias}`);
  return Prisma.raw(`(${SEARCH_VECTORS[name].replaceAll("{t}", alias)})`);
}

/** The expression as the migration writes it (no alias). */
export function indexedForm(name: SearchVectorName): string {
  return SEARCH_VECTORS[name].replaceAll("{t}.", "");
}

/** The plain-text body of an agenda item that its vector covers, for snippets. */
export function itemBodySql(alias: string): Prisma.Sql {
  if (!/^[a-z]+$/.test(alias))
    throw new Error(`itemBodySql: alias must be a short lower-case identifier, got ${alias}`);
  return Prisma.raw(`(${ITEM_BODY.replaceAll("{t}", alias)})`);
}
