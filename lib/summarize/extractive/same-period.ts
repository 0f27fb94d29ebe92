// A count and its counterpart over the same period said as one point: what was added and what was lost, opened and
// closed, joined and left (docs/summaries.md#the-climate-advisory-panel-second-round).

/** "Over the same period 392 trees had been lost: …", "In the same year, 41 homes were sold": the period just named. */
const SAME_PERIOD =
  /^(?:Over|In|During|Across) the same (?:period|time|year|season|quarter|months?|twelve months)(?:,\s*|\s+)(.+)$/;

/** A count: a figure in digits, not a date's day or a year ("1,460 trees", "392 Council trees", "85 homes"). */
const COUNT =
  /(?<![\d,.£$])\d{1,3}(?:,\d{3})*(?![\d,.%]|\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** "…, 610 of them in streets, 580 in parks and 270 in …": how the count before it breaks down, to the sentence's end. */
const BREAKDOWN = /,\s*\d[\d,]* of (?:them|these|which)\b.*$/;

/** "…: 214 felled because they were dead, 96 because of …": a count's parts after a colon, to the sentence's end. */
const PARTS_AFTER_COLON = /:\s*\d.*$/;

/** What the first count counts: the word after it, singular ("1,460 trees had been …" counts "tree"). */
function countedNoun(text: string): string | null {
  const m = /(?<![\d,.£$])\d{1,3}(?:,\d{3})* ([a-z][a-z-]+)/.exec(text);
  return m ? m[1]!.replace(/s$/, "") : null;
}

const head = (text: string, cut: RegExp) =>
  text
    .replace(/[.;]\s*$/, "")
    .replace(cut, "")
    .trim();

/**
 * The sentence right after a count that counts the same kind of thing over the same period ("Over the same period 392
 * Council trees had been lost: 214 felled …, 96 because of …") said with it as one point, each count without its
 * breakdown: "1,460 trees had been planted; over the same period 392 Council trees had been lost." Null when either
 * sentence counts nothing, or the second does not open on the same period.
 */
export function overTheSamePeriod(count: string, next: string): string | null {
  const same = SAME_PERIOD.exec(next.trim());
  if (!same) return null;
  const first = head(count, BREAKDOWN);
  const second = head(same[1]!, PARTS_AFTER_COLON);
  if (!COUNT.test(first) || !COUNT.test(second) || /[;:]/.test(first)) return null;
  const counted = countedNoun(first);
  if (!counted || !new RegExp(String.raw`\d (?:[A-Za-z'-]+ ){0,2}${counted}s?\b`, "i").test(second)) return null;
  const opening = next
    .trim()
    .slice(0, next.trim().length - same[1]!.length)
    .replace(/,?\s*$/, "");
  return `${first}; ${opening.charAt(0).toLowerCase()}${opening.slice(1)} ${second}.`;
}

/** A point that says a count and its counterpart over the same period (`overTheSamePeriod`). */
const JOINED =
  /\d[^;]*; (?:over|in|during|across) the same (?:period|time|year|season|quarter|months?|twelve months),? [^;]*\d/;

/**
 * Held to words, a point that says what the period gave and what it took ("1,460 trees had been planted; over the same
 * period 392 Council trees had been lost.") is the item's account in one line, two counts for the words of one: it is
 * weighed by this much more than its words alone would give it.
 */
export const SAME_PERIOD_BONUS = 1;

export function isSamePeriodPair(text: string): boolean {
  return JOINED.test(text);
}

/**
 * "The panels had generated 1,050 megawatt hours …" right after "… with 1,240 kilowatts of solar panels fitted on the
 * roofs of 23 schools.": a sentence whose subject is "the" things the sentence before counted says what those things
 * did, and points back to it for how many there are (docs/summaries.md#the-climate-advisory-panel-second-round).
 */
export function goesOnAboutCounted(before: string | null, text: string): boolean {
  const subject = /^The ([a-z][a-z-]+s) (?:had|have|has|were|was|are|would|will|could)\b/.exec(text);
  if (!subject || !before) return false;
  const noun = subject[1]!.replace(/[.*+?^${}()|[\]\\]/g, "");
  return new RegExp(String.raw`(?<![\d,.£$])\d{1,3}(?:,\d{3})* (?:[A-Za-z'-]+ ){0,3}${noun}\b`).test(before);
}
