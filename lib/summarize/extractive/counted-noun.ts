// A count that leaves its noun to the sentence before (docs/summaries.md#read-as-a-resident-stop-31): "17 complaints
// had been received … Ten had been made by members of the public, five by councillors …". Read on its own, the second
// sentence's "Ten" counts nothing, so it is said with the total it divides: "Of the 17 complaints, ten had been made
// by members of the public, …".

import { numberWordValue } from "../text/number-words";
import { thingForIt } from "./candidate";

/** "Ten had been made …", "12 were …": a count with no noun of its own, then its verb. */
const BARE_COUNT =
  /^([A-Z][a-z]+|\d{1,3}(?:,\d{3})*) (?=(?:had|have|has|were|was|are|is|would|could|came|related|concerned)\b)/;

/**
 * "17 complaints", "74 applications": a count and a plural noun after it in the sentence before. Spans of time and
 * counts of votes or times are no noun a later count divides.
 */
const COUNTED_NOUN = /(?<![\d,.£])(\d{1,3}(?:,\d{3})*|[a-z]+) ([a-z]{3,}s)\b/gi;
const NOT_DIVIDED = /^(?:years|months|weeks|days|hours|minutes|times|votes|per|pounds|percent)$/i;

/** The value of a count said in figures or in words; null when it is no count. */
function countOf(word: string): number | null {
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ""));
  return numberWordValue(word);
}

/**
 * The sentence with the noun of the count before it: "Ten had been made …" after "17 complaints had been received …"
 * is "Of the 17 complaints, ten had been made …". Unchanged when the sentence opens on no bare count, or the sentence
 * before counts no plural noun of at least as many.
 */
export function withCountedNoun(text: string, before: string | null): string {
  const those = before ? ofThoseCounted(text, before) : null;
  if (those) return those;
  const bare = before ? BARE_COUNT.exec(text) : null;
  const count = bare ? countOf(bare[1]!) : null;
  if (!bare || count === null || /^(?:19|20)\d\d$/.test(bare[1]!)) return text;
  for (const m of before!.matchAll(COUNTED_NOUN)) {
    const total = countOf(m[1]!);
    if (total === null || total < count || NOT_DIVIDED.test(m[2]!)) continue;
    const rest = text.slice(bare[0].length);
    const opening = /^[A-Z][a-z]/.test(bare[1]!) ? bare[1]!.toLowerCase() : bare[1]!;
    return `Of the ${m[1]} ${m[2]}, ${opening} ${rest}`;
  }
  return text;
}

/**
 * A sentence said with what the sentence before it names: "Ten had been made by …" after "17 complaints had been
 * received …" says what it counts (withCountedNoun), and "It was expected to save …" after "the policy would …" says
 * what "it" is (candidate.ts thingForIt).
 */
export function withWhatItNames(text: string, before: string | null): string {
  return thingForIt(withCountedNoun(text, before), before);
}

/** "Of those entered, …", "Of these, …", "Of those who applied, …": a share of what the sentence before counted. */
const OF_THOSE = /^Of (?:those|these|them)((?: [a-z]+){0,3})?, /;

/** What people send rather than who sends it: "those who responded" are never "responses who". */
const SENT_NOT_SENDERS =
  /^(?:responses|replies|returns|submissions|comments|representations|questionnaires|surveys|forms|letters|objections|emails)\b/i;

/**
 * "Of those entered, 82% had achieved …" after "1,186 pupils had been entered …" is "Of the 1,186 pupils entered, 82%
 * had achieved …": the first count of a plural noun in the sentence before is what "those" divides. Null when the
 * sentence does not open so, or the sentence before counts no plural noun.
 */
function ofThoseCounted(text: string, before: string): string | null {
  const those = OF_THOSE.exec(text);
  if (!those) return null;
  for (const m of before.matchAll(COUNTED_NOUN)) {
    if (countOf(m[1]!) === null || NOT_DIVIDED.test(m[2]!)) continue;
    // "Of those who responded" after "187 responses had been received": the people who sent them, "Of the 187 who
    // responded", never "the 187 responses who responded".
    const noun = /^ who\b/.test(those[1] ?? "") && SENT_NOT_SENDERS.test(m[2]!) ? "" : ` ${m[2]}`;
    return `Of the ${m[1]}${noun}${those[1] ?? ""}, ${text.slice(those[0].length)}`;
  }
  return null;
}
