// A search for a planning reference in any of the shapes people type it: "P/0941/23" as the council writes it,
// "0941/23" without the prefix, "P0941/23", "p-0941-23". PostgreSQL's parser keeps a reference as one token
// ("p/0941/23", a path), so "0941/23" is another word and finds nothing in minutes that name "P/0941/23". A search
// that is one reference is therefore asked as each written form, joined by OR (the applications above the results
// match the same shapes: lib/data/planning.ts). Pure.

const REFERENCE = /^"?(?:(p|pl)\s*[/\- ]?\s*)?(\d{3,5})\s*[/\-]\s*(\d{2})"?$/i;

/** The written forms of a reference in the council's own papers (lower case, as to_tsvector stores them). */
export function referenceForms(q: string): string[] | null {
  const m = REFERENCE.exec(q.trim());
  if (!m) return null;
  const [, prefix, number, year] = m as unknown as [string, string | undefined, string, string];
  // "2023/24" without a prefix is a financial year, far more often searched for than an application numbered 2023.
  if (!prefix && /^(19|20)\d\d$/.test(number) && (Number(number) + 1) % 100 === Number(year)) return null;
  return [`${number}/${year}`, `p/${number}/${year}`, `pl/${number}/${year}`];
}

/** The text to search with: a lone reference becomes its written forms joined by OR; anything else is unchanged. */
export function expandReferenceQuery(q: string): string {
  return referenceForms(q)?.join(" OR ") ?? q;
}
