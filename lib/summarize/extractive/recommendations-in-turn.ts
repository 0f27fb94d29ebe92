// Draft recommendations a review group (a task and finish group, a working party, an inquiry panel) considers one by
// one: each is printed as a paragraph ("Draft recommendation 3, that the Portfolio Holder publish …, was agreed."),
// and the resolution then names them only by number ("draft recommendations 1, 3 and 5 be agreed; draft
// recommendation 4 be withdrawn"). The decision line says what each one asks, so that a reader need not know the
// numbers (docs/summaries.md#a-scrutiny-review-groups-minutes).

/** What became of a recommendation, as the minute says it. */
const OUTCOME =
  "agreed as amended|agreed subject to amendment|agreed|approved|endorsed|withdrawn|deleted|dropped|not agreed|rejected|not supported|deferred";

/** One recommendation considered in turn: its number, what it asks, what became of it, and how it was amended. */
export interface RecommendationInTurn {
  number: string;
  asks: string;
  outcome: string;
  amendment: string | null;
}

const IN_TURN = new RegExp(
  `^(?:(?:The )?(?:draft|proposed) )?recommendation (\\d{1,2}[a-z]?),? (?:which proposed )?that (.+?),? (?:was|were) (${OUTCOME})\\b(.*?)\\.(?=\\s+[A-Z(]|\\s*$)`,
  "i",
);
const PROPOSED =
  /^(?:(?:The )?(?:draft|proposed) )?recommendation (\d{1,2}[a-z]?) proposed that (.+?)\.(?=\s+[A-Z(]|\s*$)/i;

/** "Councillor A proposed that the period be 10 working days, since …": what the amendment asked. */
const AMENDMENT_MOVED =
  /\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr) [^.]{1,60}? (?:proposed|moved)(?: an amendment)? that (.+?)(?:,? (?:since|because|as|so that)\b[^.]*)?\.(?=\s|$)/;

/** "on the proposal of Councillor A, so as to set the sum at £4,000" -> "to set the sum at £4,000". */
function amendmentOf(tail: string): string | null {
  const said = tail
    .replace(
      /^\s*,?\s*(?:on the (?:proposal|motion) of|as proposed by|following an amendment (?:moved )?by) [^,]+,?\s*/i,
      "",
    )
    .replace(/^\s*,\s*/, "")
    .replace(/^so as to\b/i, "to")
    .trim();
  return /^(?:to|so that|by|with)\b/i.test(said) ? said : null;
}

/** The recommendations a minute considers in turn, each from the first sentence of its own paragraph. */
export function recommendationsInTurn(minute: string): RecommendationInTurn[] {
  const found = new Map<string, RecommendationInTurn>();
  for (const paragraph of minute.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim())) {
    const m = IN_TURN.exec(paragraph);
    if (m) {
      const outcome = m[3]!.toLowerCase();
      const amendment = /amend/.test(outcome) ? amendmentOf(m[4]!) : null;
      found.set(m[1]!, { number: m[1]!, asks: m[2]!.replace(/,\s*$/, "").trim(), outcome, amendment });
      continue;
    }
    const p = PROPOSED.exec(paragraph);
    if (!p || found.has(p[1]!)) continue;
    // "Draft recommendation 2 proposed that … within 20 working days. Councillor A proposed that the period be 10
    // working days, since … This was agreed, and the recommendation was agreed as amended.": the amendment, as moved.
    const moved = AMENDMENT_MOVED.exec(paragraph.slice(p[0].length));
    const amended = moved && /\b(?:recommendation|it) was (?:then )?agreed as amended\b/i.test(paragraph);
    found.set(p[1]!, {
      number: p[1]!,
      asks: p[2]!.trim(),
      outcome: amended ? "agreed as amended" : "",
      amendment: amended ? `: ${moved[1]!.replace(/^(.+?) be\b/, "$1 to be")}` : null,
    });
  }
  return [...found.values()];
}

/**
 * What a recommendation asks, in fewer words: its cost in brackets, without the purpose it gives (", to bring the
 * wait … down to four weeks") or the manner it is done in (", with the family's consent"); the step, who takes it and
 * its figures stay. "fund two more inspectors, at a cost of £98,000 a year, to cut the wait" -> "fund two more
 * inspectors (£98,000 a year)".
 */
export function shorterAsk(asks: string): string {
  return asks
    .replace(
      /,? at an? (?:total |annual |estimated )?cost of (£[\d,.]+(?:m|k|bn)?(?: a year| per year| per annum| each)?)(?=,|$)/,
      " ($1)",
    )
    .replace(/,\s+(?:so as to|in order to|to) (?!be\b)[^;]*$/, "")
    .replace(/,\s+with (?:the|their|his|her) [^,;]*$/, "")
    .trim();
}

/** "1, 3 and 5" -> ["1", "3", "5"]. */
const numbersOf = (list: string) => list.split(/\s*(?:,|\band\b)\s*/).filter(Boolean);

/** What one numbered recommendation asks, as the decision says it; null where the minute does not say it whole. */
function asked(rec: RecommendationInTurn | undefined, outcome: string): string | null {
  if (!rec) return null;
  const amended = /amend/i.test(outcome);
  // A recommendation amended in a way the minute does not spell out is not said as first drafted.
  if (amended && !rec.amendment) return null;
  return `(${rec.number}) ${shorterAsk(rec.asks)}${amended ? ` (amended${rec.amendment!.startsWith(":") ? "" : " "}${rec.amendment})` : ""}`;
}

const BY_NUMBER = new RegExp(
  `(?:\\(\\d{1,2}\\)\\s*)?\\b(?:draft |proposed )?recommendations? (\\d{1,2}[a-z]?(?:(?:, | and )\\d{1,2}[a-z]?)*),? (?:were|was|be|are|is) (${OUTCOME})\\b`,
  "gi",
);

/**
 * A decision that names recommendations by number, with what each asks where the minute sets it out in turn:
 * "Draft recommendations 1 and 3 were agreed; draft recommendation 4 was withdrawn" -> "Recommendations agreed:
 * (1) …; (3) …; withdrawn: (4) …". A number the minute does not set out stays a number.
 */
export function withRecommendationsSaid(decision: string, minute: string): string {
  const recs = new Map(recommendationsInTurn(minute).map((r) => [r.number, r]));
  if (recs.size < 2) return decision;
  let first = true;
  const said = decision.replace(BY_NUMBER, (whole, list: string, outcome: string) => {
    const numbers = numbersOf(list);
    const each = numbers.map((n) => asked(recs.get(n), outcome));
    if (each.every((e) => e === null)) return whole;
    const items = each.map((e, i) => e ?? `(${numbers[i]})`).join("; ");
    const lead = first ? `Recommendations ${outcome.toLowerCase()}: ` : `${outcome.toLowerCase()}: `;
    first = false;
    return `${lead}${items}${END}`;
  });
  if (said === decision) return decision;
  const tidy = said
    .replace(/,? for inclusion in the [^;\u0000]*?(?=;|\u0000|\.?$)/g, "")
    .replace(
      /\u0000,?;? and (agreed|approved|endorsed|withdrawn|deleted|dropped|not agreed|rejected|deferred)\b/g,
      "\u0000; $1",
    )
    .replace(/(?:^|;\s*)\(\d{1,2}\)\s*(?=Recommendations\b)/, (m) => m.replace(/\(\d{1,2}\)\s*/, ""));
  // The list ends with a full stop where the resolution's other clauses follow ("(4) The Scrutiny Officer …").
  const last = tidy.lastIndexOf(END);
  return `${tidy.slice(0, last)}${tidy.slice(last).replace(/^\u0000;\s*(?=\(\d)/, ". ")}`.replace(/\u0000/g, "");
}

/** Marks the end of a list said, while the decision is tidied. */
const END = "\u0000";

const SEGMENT = new RegExp(`^(?:Recommendations )?(?:(${OUTCOME}): )?\\((\\d{1,2}[a-z]?)\\) `);
const AGREED = /^(?:agreed|approved|endorsed)/i;

/**
 * The overview's phrase for a decision said by withRecommendationsSaid: how many of the draft recommendations were
 * agreed, and the first of them ("agreed 5 of 6 draft recommendations, among them that Cabinet fund two more
 * inspectors (£98,000 a year)"); null for any other decision.
 */
export function recommendationsPhrase(decision: string): { verb: string; object: string } | null {
  if (!/^Recommendations (?:agreed|approved|endorsed)\b/.test(decision)) return null;
  let outcome = "";
  let agreed = 0;
  let total = 0;
  let first: string | null = null;
  const list = decision.split(/\.\s+(?=\(\d|[A-Z])/)[0]!;
  for (const segment of list.split(/;\s+/)) {
    const m = SEGMENT.exec(segment);
    if (!m) break;
    outcome = m[1] ?? outcome;
    total += 1;
    if (!AGREED.test(outcome)) continue;
    agreed += 1;
    first ??= segment.slice(m[0].length).replace(/\s*\(amended\b[^)]*\)$/, "");
  }
  if (!first || total < 2) return null;
  const count = agreed === total ? `${total} recommendations` : `${agreed} of ${total} draft recommendations`;
  return { verb: "agreed", object: `${count}, among them that ${first}` };
}
