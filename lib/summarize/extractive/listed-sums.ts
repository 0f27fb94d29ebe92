import type { Candidate } from "./collect-candidates";

/** "It included £640,000 for …, £480,000 for … and £190,000 for …": a subject, a verb and a list of sums. */
const LISTED =
  /^(.{1,60}?) (included|includes|comprised|comprises|covered|covers|provided for|provides for|were) (£\d.+)$/;
/**
 * "The largest grants recommended were £48,000 to …, £36,500 to … and £29,250 to …": the largest of a list "were"
 * only when the subject says they are the largest (a list after "were" is otherwise any list); said by its largest,
 * it is one grant ("The largest grant recommended was £48,000 to …").
 */
const LARGEST_ONES = /^The (largest|biggest|main) ([a-z]+)s\b/;
/** Where the list breaks: before each sum after the first (", £480,000 for", " and £190,000 for"). */
const PART_BREAK = /,\s+(?:and\s+)?(?=£\d)|\s+and\s+(?=£\d)/;
/** "the programme totalled £2.57m": what a sentence beginning "It" points back to. */
const SUBJECT_OF_TOTAL =
  /\b(the [a-z][a-z' -]{1,40}?) (?:totalled|totals|came to|amounted to|was worth|would cost|cost|was)\b[^.]*£\d/i;
/** "£640,000", "£1.2m", "£35k" as pounds. */
function pounds(sum: string): number {
  const m = /^£(\d[\d,]*(?:\.\d+)?)\s*(m|bn|k)?\b/i.exec(sum);
  if (!m) return 0;
  const n = Number(m[1]!.replace(/,/g, ""));
  const unit = m[2]?.toLowerCase();
  return n * (unit === "m" ? 1e6 : unit === "bn" ? 1e9 : unit === "k" ? 1e3 : 1);
}

/** Fewer than this many sums is a sentence, not a list. */
const LEAST_PARTS = 3;

/**
 * When every minute of a long meeting is held to words, a sentence that lists several sums ("It included £640,000
 * for local safety schemes at …, £480,000 for … and £190,000 for schemes arising from petitions.", 50 words) cannot
 * fit beside the item's other points, and so none of its sums is said. It is cut into its parts, one sum a clause,
 * and the largest sum stands for the list, with the sentence's score: "The programme included £640,000 for local
 * safety schemes at …." (the smaller parts, each said with the same lead-in, would fill the words left with "The
 * programme included £260,000 for …" after "The programme included £330,000 for …"). "It" is said as what the
 * sentence before named with a total ("… explained that the programme totalled £2.57m"), which then need not be
 * carried. Any other sentence is returned as it is.
 */
export function largestOfListedSums<T extends Candidate>(c: T): T {
  const m = LISTED.exec(c.text.trim().replace(/\.$/, ""));
  if (!m || (m[2] === "were" && !LARGEST_ONES.test(m[1]!))) return c;
  const parts = m[3]!.split(PART_BREAK).map((p) => p.trim());
  if (parts.length < LEAST_PARTS || !parts.every((p) => /^£\d[\d,.]*(?:m|bn|k)?\s+(?:for|on|towards|to)\b/.test(p)))
    return c;
  const sums = parts.map(pounds);
  const largest = sums.indexOf(Math.max(...sums));
  // Two parts of the same, largest, sum: neither stands for the list.
  if (sums[largest]! <= 0 || sums.filter((s) => s === sums[largest]).length > 1) return c;
  let subject = m[1]!;
  let antecedent = c.antecedent;
  if (/^(?:It|This|They)$/.test(subject) && antecedent) {
    const named = SUBJECT_OF_TOTAL.exec(antecedent);
    if (named) {
      subject = named[1]!.charAt(0).toUpperCase() + named[1]!.slice(1);
      antecedent = undefined;
    }
  }
  const { antecedent: _dropped, ...rest } = c;
  return {
    ...rest,
    ...(antecedent ? { antecedent } : {}),
    text:
      m[2] === "were"
        ? `${subject.replace(LARGEST_ONES, "The $1 $2")} was ${parts[largest]!.replace(/[.\s]+$/, "")}.`
        : `${subject} ${m[2]} ${parts[largest]!.replace(/[.\s]+$/, "")}.`,
  } as T;
}

/** "the programme totalled £412.6m over the three years": a total, then (after a comma) how it is made up. */
const TOTAL_FIRST =
  /^(.{0,120}?\b(?:totalled|totals|came to|amounted to|amounts to|would total|would cost|was worth) £\d[\d,.]*(?:m|bn|k)?\b[^,;]{0,60}?),\s+(?:of which|and (?:it|they|this|that) (?:would be|will be|was|were|is|are) (?:funded|financed|met|paid for|made up)\b|(?:funded|financed|made up) by\b)(.*)$/i;

/**
 * When every minute of a long meeting is held to words, a sentence that gives a total and then how it is made up or
 * paid for ("He said that the programme totalled £412.6m over the three years, of which £158.3m would be spent in
 * 2026/27, and that it would be funded by grants of £181.2m, capital receipts of £36.4m and new borrowing of £96m")
 * cannot fit beside the item's other points, and so even its total goes unsaid. It is said by its total, the
 * headline its parts add up to: "He said that the programme totalled £412.6m over the three years." Only when at
 * least two sums follow the total; any other sentence is returned as it is.
 */
export function totalOfItsParts<T extends Candidate>(c: T): T {
  const count = COUNT_THEN_PARTS.exec(c.text.trim().replace(/\.$/, ""));
  if (count) return { ...c, text: `${count[1]!.trim()}.` };
  const measures = sumBeforeItsMeasures(c.text);
  if (measures) return { ...c, text: measures };
  const m = TOTAL_FIRST.exec(c.text.trim().replace(/\.$/, ""));
  if (!m || (m[2]!.match(/£\d/g) ?? []).length < 2) return c;
  return { ...c, text: `${m[1]!.trim()}.` };
}

/**
 * "In all, 37 responses had been received: 19 from residents, 8 from licence holders …, and the rest from the Police
 * …": a count, then after its colon where its parts came from, each a number with "from" or "by". Held to words, the
 * count is the headline its parts add up to, said alone, as a total of sums is.
 */
const COUNT_THEN_PARTS =
  /^(.{0,80}?\b\d[\d,]* [a-z][\w'-]*s\b[^:;]{0,60}):\s+\d[\d,]* (?:from|by|of them|were from)\b[^:;]*?,\s+(?:and\s+)?(?:\d[\d,]* |the rest |the others |the remainder )(?:from|by|were from)\b.*$/;

/** "from £402 to £417", "from 21.2% to 18.5%": a change said by its old and new figures. */
const FROM_TO = /\bfrom £?\d[\d,.]*(?:m|bn|k|p|%)? to £?\d[\d,.]*(?:m|bn|k|p|%)?/;
/** A verb of its own: the clause is a sentence, not the first's pattern said again. */
const OWN_VERB = /\b(?:would|will|was|were|had|has|have|is|are|could|should|rose|fell|increased|decreased)\b/;

/**
 * "The fee for a new licence would rise from £402 to £417, and the fee to renew one from £268 to £278.": a change
 * followed, after ", and", by the same change to a lesser thing said without a verb of its own. Held to words, the
 * first is the point (the new licence leads; the renewal is its like), so the sentence is said up to it. Any other
 * sentence is returned as it is.
 */
export function firstOfLikeChanges<T extends Candidate>(c: T): T {
  const m = /^(.+?),\s+and\s+(.+?)\.?$/.exec(c.text.trim());
  if (!m || !FROM_TO.test(m[1]!) || !FROM_TO.test(m[2]!) || OWN_VERB.test(m[2]!) || !OWN_VERB.test(m[1]!)) return c;
  if (m[2]!.split(/\s+/).length > 16) return c;
  return { ...c, text: `${m[1]!}.` };
}

/** What the largest of a list of sums adds to its point's worth, so it is the first of the list said. */
export const LARGEST_LISTED_SUM_BONUS = 2;

/**
 * "… proposed to allocate £4.75m to four projects: • £2.1m towards …; • £1.35m to …; • £820,000 for …": a list whose
 * every point opens with a sum is said, where its points cannot all be, by its largest first, as a sentence listing
 * sums is (`largestOfListedSums`): the largest allocation is the one a reader most needs. That point gains
 * LARGEST_LISTED_SUM_BONUS; the others, and any list whose points do not all open with a sum, are as they were.
 */
export function withLargestListedSum<T extends Candidate>(candidates: T[]): T[] {
  const lists = new Map<string, T[]>();
  for (const c of candidates) if (c.lead) lists.set(c.lead, [...(lists.get(c.lead) ?? []), c]);
  const largest = new Set<T>();
  for (const points of lists.values()) {
    if (points.length < LEAST_PARTS || !points.every((p) => /^£\d/.test(p.text.trim()))) continue;
    const sums = points.map((p) => pounds(p.text.trim()));
    const top = Math.max(...sums);
    // Two points of the same, largest, sum: neither stands for the list.
    if (top > 0 && sums.filter((s) => s === top).length === 1) largest.add(points[sums.indexOf(top)]!);
  }
  return candidates.map((c) => (largest.has(c) ? { ...c, score: c.score + LARGEST_LISTED_SUM_BONUS } : c));
}

/**
 * "The management plan set out measures expected to save £3.1m in 2027/28: a resource base of 40 places …; a review
 * of …": a sum, then after its colon the measures (or proposals, savings, steps) that make it up, none with a sum of its
 * own. Held to words, the sum is the headline the measures add up to, said alone, as a total of sums is: "The
 * management plan set out measures expected to save £3.1m in 2027/28." A colon after a label ("Ms A: …") or before a
 * capital is no such list, and a list whose parts give sums is `largestOfListedSums`'s
 * (docs/summaries.md#long-minutes-round-twenty-eight).
 */
export function sumBeforeItsMeasures(text: string): string | null {
  const m = SUM_THEN_MEASURES.exec(text.trim());
  if (!m || /£\d/.test(m[2]!)) return null;
  return `${m[1]!.trim()}.`;
}

/** The clause with the sum (a noun of measures before it), its colon, and a list opening in lower case. */
const SUM_THEN_MEASURES =
  /^([^:;]{0,120}?\b(?:measures|savings|proposals|changes|actions|steps|schemes|projects)\b[^:;£]{0,60}?£\d[\d,.]*(?:m|bn|k)?\b[^:;£]{0,40}?):\s+((?:an?|the|[a-z]+ing)\s[a-z].*)$/;
