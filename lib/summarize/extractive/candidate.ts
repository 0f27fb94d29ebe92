// A candidate sentence of an item, and what the readers that find and pick candidates share about them.
import type { SourceRef } from "../types";
export interface Candidate {
  text: string;
  score: number;
  /** Reading order across the item's sources, to put picked sentences back in document order. */
  order: number;
  source: SourceRef;
  /** For a list item, the sentence that introduces its list ("Since March 2025, the service has:"). */
  lead?: string;
  /**
   * For a sentence that refers back ("The overspend will be met from HRA balances"), the sentence before it in its
   * paragraph, which says what it refers to ("The Housing Revenue Account is forecast to overspend by £0.412m.").
   */
  antecedent?: string;
  /** Set by withLeadIns on the points of a list of which several were picked: shown as one list under this lead. */
  underLead?: string;
  /** For an answer said as its fact ("Head of Repairs: …"), the question it answers, as a candidate of its own. */
  answers?: Candidate;
  /** For a point of a minute's list, which list (answer-lists.ts ranks its points with figures first). */
  list?: number;
  /**
   * For a point of a minute's list that a post or the officers told the meeting ("The Director advised that: • …",
   * "officers advised that: • …"): a fact given as an answer is, weighed as one in a long meeting (build-sections.ts).
   */
  told?: boolean;
  /**
   * For "He said that …" in a paragraph of a post's account (post-accounts.ts paragraphGiver), whose account it is:
   * the bullet says it as the post's ("Portfolio Holder for Environment: Three bids …"), never a "He" it does not name.
   */
  giver?: string;
  /** The headline of the account that opens a questioned minute ("… set out a forecast overspend of £4.3m …"). */
  headline?: boolean;
}

/**
 * A sentence whose subject only points back to the one before it ("He was satisfied with this explanation"), or a
 * body's verdict on what it says ("The Panel found this change, and the other agreed times, satisfactory").
 */
const REFERS_BACK =
  /^(This|These|It|He|She|They|As a result(?=,)|Consequently(?=,)|The (overspend|underspend|pressure|increase|decrease|reduction|shortfall|deficit|surplus|variance|balance|slippage|rise|fall)(?! (?:on|of|in|for|at) (?:the )?[A-Z]))\b|^The (Panel|Committee|Sub-Committee|Board|Forum|Cabinet|Council) (found|accepted|agreed with|supported|rejected|welcomed) (this|these|that|those)\b/;

/**
 * "In the first half of the year the figure had been 89%", "The figure had risen from 8.9 days a year earlier": the
 * figure the sentence right before gave (or set a target for), whoever's account that sentence was. So is "This was a
 * reduction of 3.4% on the previous year": the change in the figure just given
 * (docs/summaries.md#a-community-safety-partnerships-minutes).
 */
export const FIGURE_BACK =
  /^(?:(?:In|By|Over|During) (?:the )?[a-z][\w ]{2,30}? )?[Tt]he figure (?:had been|was|stood at|had reached|reached|(?:had |has )?(?:risen|fallen|increased|decreased|gone (?:up|down))|rose|fell|increased|decreased|went (?:up|down))\b|^This (?:was|is|represented|had been) (?:a|an) (?:reduction|increase|rise|fall|decrease|drop|improvement|deterioration) of \d/;

/**
 * "In a determination dated 3 May, the adjudicator had partially upheld the objection, …", "The inspector dismissed the
 * appeal.": a verdict on "the" objection (appeal, complaint, challenge) the sentence before named and said what it was
 * against. The verdict is the outcome and the sentence before says whose it was, so neither stands alone
 * (docs/summaries.md#long-minutes-round-thirty-two).
 */
export const VERDICT_BACK =
  /^(?:(?:In|By|Under) [^,;:]{3,60}, )?[Tt]he (?:[A-Z][\w'-]* )?(?:adjudicator|inspector|Ombudsman|tribunal|court|Secretary of State|Planning Inspectorate)\b [^,;:]{0,40}?\b(?:had |has |was |have )?(?:(?:partially|partly|fully|not|also) )?(?:upheld|dismissed|rejected|allowed|refused|quashed) (?:the|this|that) (?:objection|appeal|complaint|challenge|referral)(?![\w-]| (?:by|from|of|to|against|about) )/;

/** Whether a sentence only points back to the one before it (REFERS_BACK, FIGURE_BACK, VERDICT_BACK), so never stands alone. */
export function pointsBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence) || FIGURE_BACK.test(sentence) || VERDICT_BACK.test(sentence);
}

/** An antecedent is carried whole when it is short, or when the two read as one bullet of at most this many words. */
export const ANTECEDENT_WORDS = 30;
export const WITH_ANTECEDENT_WORDS = 75;

export interface CandidateOptions {
  itemTitle: string;
  preview: boolean;
}

/**
 * A sum of money, a rate, or a span measured in years, months, weeks or days ("could expect to live 7.4 years less",
 * "had waited 9.5 weeks on average"): the headline of a report's account. A span is a figure not grouped in thousands (a
 * figure grouped in thousands, "2,400 days of care", is a volume, not a span). Working, calendar or school days and
 * weeks are spans too ("inspected within an average of 6 working days"). So is a tally of how many of a set met what
 * was asked of them ("had met 11 of the 14 indicators", "12 of its 15 targets"): how the whole set stands.
 */
const TALLY = String.raw`\b\d+ of (?:the|its|their|our) \d+ [a-z]`;
export const OPENING_FIGURE = new RegExp(
  String.raw`£\s?\d|\d%|(?<![\d,.])\d+(?:\.\d+)? (?:(?:working|calendar|school) )?(?:years?|months?|weeks?|days?)\b|${TALLY}`,
);
export const OPENING_ACCOUNT_BONUS = 1.5;

/** Who moved and seconded, and the amendment: said before the speeches. */
export const DEBATE_SCORE = 3;
/** A vote's outcome (and its tally) is the decision's own fact: always picked. */
export const VOTE_SCORE = 6;

/**
 * "It considered revocation but concluded …" right after "The Panel considered two sales … to be very serious": the
 * body the sentence before named as its subject, said again, so the point stands on its own. Only "It" with a verb in
 * the past that the body did ("considered", "agreed"), never the impersonal "It was noted that …".
 */
export function bodyForIt(text: string, before: string | null): string {
  const body = before ? /^The (?:Panel|Committee|Sub-Committee|Board|Forum|Cabinet|Council)\b/.exec(before) : null;
  return body && /^It (?!(?:is|was|has|had|will|would|could|should|may|might|can)\b)[a-z]+ed\b/.test(text)
    ? text.replace(/^It\b/, body[0])
    : text;
}

/** "It was expected to save …", "It would cost …": "it" doing what a thing does, never the impersonal "It was noted that". */
const THING_IT =
  /^It (?=(?:(?:was|is|had been|has been) (?:expected|intended|due|designed|estimated|forecast|projected|planned|likely) to|would (?:cost|save|provide|offer|create|replace|mean|need|allow|reduce|bring))\b)/;

/** The sentence's subject, "the <thing>" of up to four words, after who said it ("He explained that the policy would …"). */
const REPORTED_THING =
  /^(?:[A-Z][^:]{2,80}: |(?:He|She|They|(?:Mr|Mrs|Ms|Miss|Dr|Councillor|The) [A-Z][\w' -]{1,60}?) (?:said|explained|reported|advised|added|confirmed|told the \w+) that )?[Tt]he ((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*) (?:would|will|was|is|had|has|could)\b/;

/**
 * "It was expected to save about £1.3m a year" right after "He explained that the policy would offer families …": the
 * thing the sentence before was about, said again ("The policy was expected to save …"), so the point stands on its
 * own when it is picked without that sentence.
 */
export function thingForIt(text: string, before: string | null): string {
  const thing = before && THING_IT.test(text) ? REPORTED_THING.exec(before) : null;
  return thing ? text.replace(/^It\b/, `The ${thing[1]}`) : text;
}
