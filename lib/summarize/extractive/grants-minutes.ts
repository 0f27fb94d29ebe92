// A grants panel's minutes (docs/summaries.md#a-grants-advisory-panels-minutes): a round of grants is reported by
// counting the applications, what they asked for and what became of them ("74 applications had been received, asking
// for £1.2m", "51 applications were not recommended"), and that count is the finding of the item, as an auditor's
// verdict is an audit committee's. Its questions are often answered in a word or two that stand only with the question
// ("17 had been", "it had scored 66%").
import { countPattern } from "../text/number-words";

import { clausesInSeries } from "./answer-clauses";

/** A count in digits or in words ("74", "Fifty-one", "twelve"). */
const COUNT = countPattern({ withOne: false });

/** What is counted in a round of grants: the applications, or the organisations and grants they became. */
const APPLICANTS = String.raw`(?:[a-z]+ ){0,2}(?:applications|bids|applicants|organisations|groups|grants|projects)`;

/**
 * What became of the counted applications, or what they asked for: received (and asking for a sum), recommended or
 * not, funded or not, refused, or (in a monitoring report) met their agreed outcomes.
 */
const ROUND_OUTCOME = String.raw`(?:had |have |has )?(?:been |were |was )?(?:received|submitted|(?:not )?recommended|(?:not )?funded|refused|rejected|unsuccessful|successful|met (?:or exceeded )?(?:all |most )?(?:of )?(?:their|its|the) (?:agreed )?(?:outcomes|targets))\b`;

const ROUND_FINDING = new RegExp(
  String.raw`\b${COUNT} ${APPLICANTS} ${ROUND_OUTCOME}|\b(?:recommended|approved|awarded|funded) ${COUNT} ${APPLICANTS}\b`,
  "i",
);

/**
 * Counted applications and what became of them, or what they asked for ("31 applications had been received, asking
 * for £62,300", "Officers recommended 19 grants totalling £29,750", "Twenty-four organisations had met all their agreed
 * outcomes"): the finding of a grants report, picked before the detail behind it when a minute is held to words.
 */
export function isRoundFinding(text: string): boolean {
  return ROUND_FINDING.test(text);
}

/** "17 had been,", "they had not.": a count or a pronoun with only an auxiliary, the rest left to the question. */
const ELLIPTICAL = new RegExp(
  String.raw`(?:^|: |\bthat )(?:${COUNT}|some|most|all|none|it|they) (?:had|have|has|were|was|did|would|could)(?: (?:been|not|done))?[,.;]`,
  "i",
);

/**
 * "Ms A said that it had scored 66%", "Ms A: they had applied twice": an answer told of "it" or "they", which only the
 * question names. An impersonal "it" ("it was expected that …", "it had been agreed") is no such answer.
 */
const PRONOUN_ANSWER =
  /^(?:[A-Z][^:]{2,80}: |(?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|The|An?) [^,:]{2,60}? (?:said|responded|replied|explained|confirmed|advised) that )(?:it|they) (?:had|has|have|was|were|would|could) (?!(?:been )?(?:expected|agreed|decided|noted|proposed|hoped|anticipated|estimated|considered|intended|planned|required)\b)(?:been |not )?[a-z]+ed\b/;

/**
 * An answer that stands only with its question: left elliptical ("Ms A: 17 had been, and six were new") or told of a
 * pronoun the question names ("Ms A said that it had scored 66%"). Held to words, such a point is not worth its words
 * on its own.
 */
export function leansOnQuestion(text: string): boolean {
  return ELLIPTICAL.test(text.trim()) || PRONOUN_ANSWER.test(text.trim());
}

/**
 * ", 38 because they had scored below 70% and 13 because they did not meet the eligibility criteria", ": seven because
 * …, three because …": how a count of applications divides by reason, told after it; the count and what became of
 * the applications are the fact.
 */
const BREAKDOWN = new RegExp(
  String.raw`,\s+${COUNT} because [^,;.:]*?(?:,? and ${COUNT} because [^,;.:]*?)+(?=[,;.]|$)|:\s+${COUNT}\b[^:]*$`,
  "gi",
);
/** ", most often because …", ", usually because …": the commonest reason, after the count it qualifies. */
const COMMONEST_REASON = /,\s+(?:most often|usually|generally|typically|often|mostly|mainly) because\b[^;]*$/i;

/** "Grants Officer: ", "She said that ", "Mr A reported that ": who gave the account, kept before its finding. */
const WHO_SAID =
  /^((?:[A-Z][\w'\u2019-]*|of|and|for|the)(?: (?:[A-Z][\w'\u2019-]*|of|and|for|the)){0,8}: |(?:He|She|They|(?:Mr|Mrs|Ms|Miss|Dr|The) [A-Z][\w' ]{1,60}?) (?:said|reported|advised|explained|told the \w+) that )?(.*)$/s;

/**
 * A round's finding in fewer words: of a sentence of several clauses ("the round had opened on 1 September and closed
 * on 31 October, and 74 applications had been received, asking for …"), the clauses that count the applications, and
 * without how each count divides by reason. Any other sentence is returned as it was.
 */
export function roundFindingInFewerWords(text: string): string {
  if (!isRoundFinding(text)) return text;
  const [, who = "", body = text] = WHO_SAID.exec(text.trim()) ?? [];
  const clauses = body
    .replace(/[.\s]+$/, "")
    .replace(BREAKDOWN, "")
    .replace(COMMONEST_REASON, "")
    .split(/,\s+and (?:that )?(?=\S)|;\s+/);
  const kept = clauses.filter((c) => isRoundFinding(c));
  // "Twenty-four had met …, two had met most of them, and one …" without its last clause ends on its "and".
  if (kept.length && kept.at(-1) !== clauses.at(-1)) kept.push(clausesInSeries(kept.pop()!));
  const said = (kept.length ? kept : clauses).join("; ");
  // After "She said that " the clause runs on in lower case; standing alone, or after "Grants Officer: ", it opens one.
  const opens = !who || who.endsWith(": ");
  return `${who}${opens ? said.charAt(0).toUpperCase() : said.charAt(0)}${said.slice(1)}.`;
}

/**
 * "Each application had been scored by two officers and moderated by a third": how the applications were assessed,
 * and by how many; the count is of the assessors, not of anything the round found.
 */
const HOW_ASSESSED = new RegExp(
  String.raw`\b(?:scored|assessed|marked|moderated|checked|evaluated|reviewed) by (?:a panel of )?${COUNT} (?:[a-z]+ )?(?:officers|assessors|reviewers|members|staff|people)\b` +
    // "officers had assessed the Fund against each of the 51 modules of the General Code": what it was measured
    // against, counted; how many it met is the finding.
    String.raw`|\b(?:scored|assessed|marked|measured|checked|evaluated|reviewed|tested) (?:[\w'\u2019-]+ ){1,4}against (?:each of |all )?(?:the )?${COUNT} (?:[a-z]+ )?(?:modules|criteria|standards|requirements|indicators|principles|areas|questions|tests)\b`,
  "i",
);

/** Whether a sentence says only how a round's applications were assessed (HOW_ASSESSED) and counts nothing else. */
export function onlyHowAssessed(text: string): boolean {
  const m = HOW_ASSESSED.exec(text);
  if (!m) return false;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return !/\d/.test(rest);
}
