import { withoutTellingFrame } from "./free-words";
import { containment, contentWords } from "../text/normalise";
import { countWords, upperFirst } from "../text/sentences";
import { MOVED_AND_DECIDED, countsInWords, inFewerWords } from "./advisory-minutes";
import { toClauseOfNewFigure, toFirstNewFigure, withoutThats } from "./answer-clauses";
import { forItsWords, telling } from "./answer-value";
import { RESTATES } from "./bullet-filters";
import type { Candidate } from "./collect-candidates";
import { pickCandidates, withoutPronounSpeaker } from "./pick-bullets";
import { labelWordsSaved } from "./speaker-labels";

// Which point the words a condensed meeting left unspent buy an item (spare-points.ts): not simply its next point by
// rank, which may only say a figure again or be too long for the words left, but its best point that says a figure the
// item has not said and fits them (docs/summaries.md#long-minutes-round-eleven); a point the item's decision follows
// up first (docs/summaries.md#long-minutes-round-thirteen).

/**
 * The point a condensed meeting's unspent words buy an item: of the candidates not picked, the best whose figures
 * include one the item's heading, decision and picked points do not say, in at most `maxWords` words (with the
 * sentence it points back to, when it carries one), and no near-repeat of a picked point. A sentence too long for the
 * words is said up to the clause that gives its new figure, or as that clause when the clauses before it only set the
 * scene. A point the decision follows up (`followsUp`) is worth twice its value. Candidates of a minute held to words are already weighed
 * for their words (`weighed`); others are weighed here, so a short point with a figure may take the words before a
 * long one.
 */
export function sparePoint(
  candidates: Candidate[],
  picked: Candidate[],
  said: string[],
  maxWords: number,
  weighed = false,
): Candidate | null {
  const known = new Set([...said, ...picked.map((c) => c.text)].flatMap(pointFigures));
  const taken = new Set(picked.map((c) => c.text));
  // A point that carries the sentence it points back to costs that sentence's words too.
  // A point whose speaker a picked point has named in full is said with the short label (speaker-labels.ts).
  const before = picked.flatMap((c) => [c.text, ...(c.lead ? [c.lead] : [])]);
  // A named speaker's "said that" is said as the colon every speaker is given (withoutTellingFrame): the point costs
  // the words it will be said in.
  const cost = (c: Candidate) =>
    countWords(withoutTellingFrame(c.text)) -
    labelWordsSaved(c.text, before, said) +
    (c.antecedent && !taken.has(c.antecedent) ? countWords(c.antecedent) : 0);
  // The figures a point says that the item has not said yet (a day of the month is a date, an age names a group: neither
  // is such a figure).
  const newFigures = (text: string) =>
    figuresWeight(pointFigures(withoutDaysOrAges(text)).filter((f) => !known.has(f)));
  const isNew = (text: string) => newFigures(text) > 0;
  const fresh = candidates
    .filter((c) => !taken.has(c.text))
    .map(withoutBareSpeaker)
    .flatMap((c) => {
      const needed = cost(c) > maxWords;
      const cut = needed
        ? (toFirstNewFigure(c.text, isNew, weighed) ?? toClauseOfNewFigure(c.text, isNew))
        : losesNoFigure(c.text, toFirstNewFigure(c.text, isNew, weighed));
      if (!cut) return [c];
      const text = inFewerWords(cut);
      const ratio = forItsWords(countWords(text)) / forItsWords(countWords(c.text));
      // Weighed for its words, a point cut to fit is weighed for the words it is now said in. A point cut only because
      // its later clauses give no figure keeps the worth of the whole among the item's points: it is said in fewer
      // words, not ranked above a point with more new figures for them.
      const score = needed ? (weighed ? c.score * ratio : c.score) : weighed ? c.score : c.score / ratio;
      return [{ ...c, text, score }];
    })
    .filter(
      (c) => cost(c) <= maxWords && isNew(c.text) && !picked.some((p) => containment(c.text, p.text) >= RESTATES),
    );
  const worth = (c: Candidate) => (weighed ? c.score : c.score * forItsWords(cost(c)));
  // Worth by each new figure it says: more words left must not buy a long remark with one new figure over a point
  // with two ("A petition of 412 signatures … had been presented … and in his view nothing had changed" over "A
  // resident's permit would cost £95 a year …, and each household would be entitled to 50 free visitor permits").
  // A point the decision follows up says what the decision refers to ("the effect of the extra clinic slots").
  const followed = (c: Candidate) => (followsUp(c.text, said[1] ?? "", said[0] ?? "") ? FOLLOWED_UP : 1);
  // An amendment's result with its vote is what the meeting decided of it: it goes before the figures of a speech
  // (docs/summaries.md#long-minutes-round-twenty-six).
  const results = fresh.filter((c) => isAmendmentResult(c.text));
  const ranked = pickCandidates(
    (results.length > 0 ? results : fresh).map((c) => ({ ...c, score: worth(c) * newFigures(c.text) * followed(c) })),
    1,
  );
  return ranked[0] ?? null;
}

/**
 * A point said up to the clause of its new figure when the clauses after it give no figure at all ("The Fund was fully
 * compliant with 42 of them and partly compliant with seven, and was not compliant with two: …"): the words after
 * it buy nothing the item counts, so even when the whole would fit, the point is said in fewer words. Null when the cut
 * would lose a figure, or there is none.
 */
function losesNoFigure(text: string, cut: string | null): string | null {
  if (!cut) return null;
  const kept = new Set(telling(cut));
  return telling(text).every((f) => kept.has(f)) ? cut : null;
}

/**
 * "Amendment moved by A, seconded by B: "…" (lost, 22 votes to 31, 1 abstaining; recorded vote).", "Motion moved by A:
 * that the decision be deferred (lost, 3 votes to 5).": an amendment or motion of the meeting with its outcome and the
 * vote's tally, an outcome a resident needs before the figures of a speech. One without its tally is not.
 */
export function isAmendmentResult(text: string): boolean {
  return (
    MOVED_AND_DECIDED.test(text) &&
    /\((?:lost|carried|agreed|defeated|not carried|not agreed), \d+ votes? to \d+\b/.test(text)
  );
}

/** How much more a point the item's decision follows up is worth than one it does not. */
const FOLLOWED_UP = 2;

/**
 * The figures a point adds, as the words left unspent weigh them: its figures ("£14.6m", "27") and its counts written
 * in words ("two schools", "three high schools"), which minutes use for small numbers and which say as much as "2
 * schools" would ("Officers were working with two schools on reducing their admission numbers" adds a count where
 * the item said none). A count the item has said already ("the two schools") is no new figure.
 */
export function pointFigures(text: string): string[] {
  return [...telling(text), ...countsInWords(text).map((c) => c.toLowerCase())];
}

/** What a count in words weighs when a point adds no figure in digits. */
const COUNT_IN_WORDS_WEIGHT = 0.25;

/**
 * The weight of a point's new figures (`pointFigures`): one for each in digits; a point that adds only counts in
 * words weighs a quarter for each, so it is given words only after the points that add figures, and a point with
 * figures is weighed by them alone, as before counts in words were read.
 */
export function figuresWeight(figures: string[]): number {
  const distinct = [...new Set(figures)];
  const digits = distinct.filter((f) => /\d/.test(f)).length;
  return digits > 0 ? digits : distinct.length * COUNT_IN_WORDS_WEIGHT;
}

/** A day of the month ("from 1 September", "on 13 October 2025") is a date, not a figure a point adds. */
export function withoutDays(text: string): string {
  return text.replace(
    /\b\d{1,2}(?:st|nd|rd|th)? (?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
    "",
  );
}

/**
 * A day of the month, and an age band ("people aged 65 and over", "aged 16 to 25", "under-18s"), which names the group
 * a figure is about, not a figure a point adds.
 */
export function withoutDaysOrAges(text: string): string {
  return withoutDays(text)
    .replace(/\baged \d{1,3}(?:(?: to |-)\d{1,3})?(?= |[.,;]|$)/g, "")
    .replace(/\b(?:over|under)-\d{1,3}s\b/g, "")
    .replace(/ {2,}/g, " ");
}

/**
 * "He added that 96,000 homes would receive a caddy in March.", after a sentence of the same speaker's on another
 * matter: said on its own, its fact needs no speaker, so it is said as what was said ("96,000 homes would …") rather
 * than with the sentence before it that only says who "he" is.
 */
export function withoutBareSpeaker(c: Candidate): Candidate {
  const text = withoutPronounSpeaker(upperFirst(c.text.replace(ASKED_OF_PRONOUN, "")));
  if (text === c.text || text === upperFirst(c.text.replace(ASKED_OF_PRONOUN, ""))) return c;
  const { antecedent: _dropped, ...rest } = c;
  return { ...rest, text: withoutThats(text) };
}

/**
 * "Asked about the cost to residents, she said that …": the question put to a speaker named only by a pronoun, before
 * what they said. The question's subject is in the answer ("a resident's permit would cost £95 a year"), so it goes
 * with its pronoun speaker.
 */
const ASKED_OF_PRONOUN =
  /^Asked (?:by [^,]{3,80}? )?(?:whether|how|why|what|when|if|about) [^,]{3,160},\s+(?=(?:he|she|they) )/;

/** A point's speaker as the summary says it: "Director of Housing: ". */
const SPEAKER = /^[^:]{1,80}:\s+/;

/**
 * Whether a decision follows up what a point reports: the two share a phrase of two words in a row (their small words
 * aside), neither of them a word of the item's title ("a report on … the effect of the extra clinic slots" after "the
 * NHS trust had agreed to provide 12 extra clinic slots a month"). A figure shared is no such phrase (it is already
 * said), nor is the point's speaker.
 */
export function followsUp(point: string, decision: string, title: string): boolean {
  const inTitle = new Set(contentWords(title));
  const pairs = (text: string) => {
    const words = contentWords(text);
    return words
      .slice(1)
      .map((w, i) => [words[i]!, w] as const)
      .filter(([a, b]) => !/\d/.test(a + b) && !inTitle.has(a) && !inTitle.has(b))
      .map(([a, b]) => `${a} ${b}`);
  };
  const decided = new Set(pairs(decision));
  // Who said the point ("Director of Housing: …") is not what it reports.
  return pairs(point.replace(SPEAKER, "")).some((p) => decided.has(p));
}
