// A search for a planning reference or a postcode in any of the shapes people type them. References: "P/0941/23" as the council writes it,
// "0941/23" without the prefix, "P0941/23", "p-0941-23". PostgreSQL's parser keeps a reference as one token
// ("p/0941/23", a path), so "0941/23" is another word and finds nothing in minutes that name "P/0941/23". A search
// that is one reference is therefore asked as each written form, joined by OR (the applications above the results
// match the same shapes: lib/data/planning.ts). A postcode typed without its space ("HA26BZ") is one word where the
// papers' "HA2 6BZ" is two, so it is asked as either. Pure.

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

const POSTCODE_WITHOUT_SPACE = /^"?([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})"?$/i;

/**
 * The text to search with: a lone reference becomes its written forms joined by OR, a lone postcode without its
 * space also the postcode with it ("ha26bz" OR "ha2 6bz"); anything else is unchanged.
 */
export function expandReferenceQuery(q: string): string {
  const forms = referenceForms(q);
  if (forms) return forms.join(" OR ");
  const postcode = POSTCODE_WITHOUT_SPACE.exec(q.trim());
  if (postcode) return `${postcode[1]}${postcode[2]} OR "${postcode[1]} ${postcode[2]}"`;
  return q;
}
