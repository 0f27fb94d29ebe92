// The overview's one key point: an inspection verdict, a finding or an overspend from the bullets, else the decision's
// largest sum, fitted to the words left without losing what it says.
import { clipWords, countWords, upperFirst } from "../../text/sentences";
import type { SummarySection } from "../../types";
import { INTRODUCED_WHICH, SPEAKER } from "../post-accounts";
import { isAuditVerdict } from "../advisory-minutes";

/** The largest sum a text names: "£21.899m" counts 21,899,000, "£875k" 875,000; 0 when it names none. */
export const largestSum = (text: string): number =>
  Math.max(
    0,
    ...[...text.matchAll(/£\s?([\d,]+(?:\.\d+)?)\s?(bn|billion|m|million|k)?\b/gi)].map((m) => {
      const unit = (m[2] ?? "").toLowerCase();
      const scale = unit.startsWith("b") ? 1e9 : unit.startsWith("m") ? 1e6 : unit === "k" ? 1e3 : 1;
      return Number(m[1]!.replace(/,/g, "")) * scale;
    }),
  );

/**
 * When no sentence gives a verdict or an overspend, the decision's clause that commits the most money, if it reads as
 * a sentence on its own and fits the overview: "The new Harrow Civic Centre will be about 20,000 sq. ft at an
 * estimated cost of £21.899m" (its bracketed breakdown left to the decision). Copied from the decision, so it states
 * nothing the sources do not.
 */
export function keyDecision(sections: SummarySection[], maxWords: number): string | null {
  const clauses = sections
    .flatMap((s) => (s.decision ?? "").split(/;\s+/))
    .map((c) =>
      c
        .replace(/^(?:and\s+)?(?:\(\d{1,2}\)\s*)?/i, "")
        .replace(/\s+\([^)]*\)/g, "")
        .replace(/[.;,\s…]+$/, "")
        .trim(),
    )
    .filter(
      (c) =>
        /£\s?\d/.test(c) &&
        /^(?:The|A|An|[A-Z][a-z]+ (?:will|was|were))\b|^the\b/.test(c) &&
        /\b(?:will|was|were|is|are|would)\b/.test(c) &&
        !/\[\^\d+\]/.test(c) &&
        c.split(/\s+/).length <= maxWords,
    );
  if (clauses.length === 0) return null;
  const best = clauses.reduce((a, b) => (largestSum(b) > largestSum(a) ? b : a));
  return `${upperFirst(best)}.`;
}

export const OVERVIEW_MAX_WORDS = 60;

const clipToWords = (sentence: string, max: number) => {
  const clipped = withoutDanglingWords(clipWords(sentence.replace(/\s+/g, " ").trim(), max));
  return /[.!?…]$/.test(clipped) ? clipped : `${clipped}.`;
};

/**
 * A clipped key point never ends on a word that leads into what was cut ("… on adult social care in…", "… of the…"):
 * it ends at the last word that completes what is kept ("… on adult social care…").
 */
export function withoutDanglingWords(clipped: string): string {
  if (!clipped.endsWith("\u2026")) return clipped;
  let kept = clipped.slice(0, -1);
  while (DANGLING.test(kept)) kept = kept.replace(DANGLING, "").replace(/[,;:]$/, "");
  return `${kept}\u2026`;
}

const DANGLING =
  /\s+(?:in|on|of|for|to|at|by|from|with|into|over|under|against|between|within|than|the|a|an|its|their|his|her|and|or|but|which|that|who)$/i;

/** Whether a key point fitted to its room had to be clipped mid-sentence, losing words after its first clause. */
export function isClipped(keyPoint: string): boolean {
  return keyPoint.endsWith("\u2026");
}

/** "Director of Finance: …": an answer's speaker, as the bullet labels it. */
const SPOKEN_BY = new RegExp(String.raw`^${SPEAKER}: (?=[A-Z0-9£])`);
/** "On the cost of home-to-school transport, Leader: The …": the question's subject, then the speaker. */
const TOPIC_AND_SPEAKER = new RegExp(String.raw`^(On [^,:]{3,80}, )${SPEAKER}: (The|A|An|It|They)\b`);

/**
 * A key point that would be cut first gives up its opening concession ("While services were rated 'good' in key
 * areas, an 'inadequate' rating … had led to an overall judgement of 'inadequate'"): the main clause carries the
 * verdict, which clipping would cut off. Clipped only when even that does not fit.
 */
export function fitFinding(sentence: string, room: number): string {
  // "Director of Finance: The Housing Revenue Account was forecast to overspend …": an answer's speaker, which the
  // bullet names, is not the key point.
  const spoken = sentence
    .replace(/\s+/g, " ")
    .trim()
    // "On the cost of home-to-school transport, Leader: The service was forecast …": the question's subject stays, so
    // "the service" still says which ("On the cost of home-to-school transport, the service was forecast …").
    .replace(TOPIC_AND_SPEAKER, (_m, on: string, first: string) => `${on}${first.toLowerCase()}`)
    .replace(SPOKEN_BY, "");
  // "X introduced the report, which set out a forecast overspend …": the key point starts at the fact.
  const text = keyPointFromFact(spoken);
  if (countWords(text) <= room) return clipToWords(text, room);
  const main = /^(?:While|Whilst|Although|Though)\b[^,;]{3,200},\s+(?=[a-z'\u2018]|[A-Z][a-z])/.exec(text);
  const rest = main ? upperFirst(text.slice(main[0].length)) : null;
  if (rest && countWords(rest) <= room) return clipToWords(rest, room);
  // "Of the applicants, 71.4% had been offered …", "In all, 93.6% had …": the opener before the figure gives way
  // before the finding is cut, so what the figure counts stays (docs/summaries.md#an-admissions-forums-minutes).
  const opener = FIGURE_OPENER.exec(text);
  if (opener) {
    const fromFigure = text.slice(opener[0].length);
    if (countWords(fromFigure) <= room) return clipToWords(fromFigure, room);
    const cut = atClause(fromFigure, room);
    if (cut) return cut;
  }
  return atClause(text, room) ?? atAdjunct(text, room) ?? clipToWords(text, room);
}

/** "Of the Harrow applicants, ", "Among those placed, ", "In all, ": a phrase before a sentence's opening figure. */
const FIGURE_OPENER = /^(?:(?:Of|Among) (?:the|all|these|those) [^,;]{3,60}|In all|Overall|In total),\s+(?=[£$]?\d)/;

/**
 * "96% of schools had been judged good or outstanding at their latest inspection, …" in a room of ten words: the
 * finding without its closing phrase of where or when ("… judged good or outstanding."), a whole sentence, rather than
 * one cut mid-phrase ("… outstanding at their latest…"). Only where what is kept holds the finding's first figure and
 * runs to at least MIN_CLAUSE_WORDS words, and the phrase left out has no figure or year; null otherwise. docs/summaries.md#read-as-a-resident-stop-35
 */
function atAdjunct(text: string, room: number): string | null {
  const figure = /[£$]?\d[\d,.]*(?:%|m|bn|k)?/.exec(text)?.[0];
  let best: string | null = null;
  for (const cut of text.matchAll(/\s(?=(?:at|during|since|across)\s)/g)) {
    const kept = text.slice(0, cut.index).replace(/[,;\s]+$/, "");
    if (countWords(kept) > room) break;
    // "… on adult social care in 2025/26": a phrase with a figure or a year of its own is part of the finding.
    const phrase = text.slice(cut.index).split(/[,;]/)[0]!;
    if (countWords(kept) >= MIN_CLAUSE_WORDS && (!figure || kept.includes(figure)) && !/\d/.test(phrase)) best = kept;
  }
  return best ? `${best}.` : null;
}

/**
 * The finding up to the last clause that fits, said as a sentence: "The General Fund was forecast to overspend by
 * £6.1m, of which £4.8m was on …" -> "The General Fund was forecast to overspend by £6.1m." Only where what is kept
 * holds the finding's first figure and runs to at least MIN_CLAUSE_WORDS words; null otherwise (it is clipped).
 */
function atClause(text: string, room: number): string | null {
  const sum = /£\s?[\d,.]*\d(?:m|bn|k)?|\d+(?:\.\d+)?%/.exec(text);
  let best: string | null = null;
  for (const cut of text.matchAll(
    /[,;](?=\s)|(?<!\bof)\s(?=(?:and|but|mostly|mainly|largely|because|which|of which)\s)/g,
  )) {
    const kept = text.slice(0, cut.index).replace(/[,;\s]+$/, "");
    if (countWords(kept) > room) break;
    if (countWords(kept) >= MIN_CLAUSE_WORDS && (!sum || kept.includes(sum[0]))) best = kept;
  }
  return best ? `${best}.` : null;
}

const MIN_CLAUSE_WORDS = 6;

/**
 * The sentence a resident most needs, copied from the sections: an inspection verdict ("an 'inadequate' rating …"),
 * else what an inspection found ("… found that significant progress has been made"), else a forecast overspend or
 * deficit with its figure. Null when no sentence says any of these.
 */
// The key point starts at the fact, in two ways: a report's introduction gives way to what it set out, when the
// key point is fitted (keyPointFromFact); "She said that …" gives way to what she said, when it is chosen (ownWords).

/**
 * "The Portfolio Holder for Finance introduced the report, which set out a forecast overspend of £6.1m on the General
 * Fund" -> "A forecast overspend of £6.1m on the General Fund"; who introduced the report is the bullet's to say.
 */
function keyPointFromFact(sentence: string): string {
  const m = INTRODUCED_WHICH.exec(sentence);
  return m ? upperFirst(sentence.slice(m[0].length)) : sentence;
}

/** "She said that …", "The Director explained that …": who said it, which the bullet gives. */
const SAID_THAT =
  /^(?:He|She|They|It|(?:The )?[A-Z][\w'\u2019-]*(?: (?:of|for|and|the|[A-Z][\w'\u2019-]*)){0,8}) (?:said|explained|reported|advised|confirmed|stated|added) that\s+(?=\S)/;

/** "She said that the Fund was forecast to overspend by £6.1m, …, and that officers had …" -> "The Fund was …". */
function ownWords(sentence: string): string {
  if (!SAID_THAT.test(sentence)) return sentence;
  const said = sentence.replace(SAID_THAT, "");
  // The second thing reported hangs on the "said" just dropped.
  const first = /^(.{20,}?),? and that\b/.exec(said)?.[1];
  return upperFirst(first ? `${first.replace(/[,;\s]+$/, "")}.` : said);
}

const OVERSPEND_SUM =
  /\b(?:overspend|deficit|shortfall|budget gap)s?\s+(?:of|by)\s+(?:about |around |some |approximately )?£\s?\d|\bto overspend by (?:about |around )?£\s?\d|£\s?[\d.,]+\s?(?:m|bn|k|million)?\s+(?:overspend|deficit|shortfall)\b/i;

/**
 * "Director of Children's Services: 19 children were living in children's homes at £6,800 a week, and the placements
 * budget was forecast to overspend by £2.7m in 2025/26": the overspend is the second thing said, with a subject of its
 * own, so the key point is that clause ("The placements budget was forecast to overspend by £2.7m in 2025/26."), not
 * the first, which clipping would leave without it.
 */
export function overspendClause(sentence: string): string {
  const parts = sentence.split(/,? and (?:that )?(?=(?:the|its|their|a|an) [a-z])/i);
  if (parts.length < 2 || OVERSPEND_SUM.test(parts[0]!)) return sentence;
  const later = parts.slice(1).find((p) => OVERSPEND_SUM.test(p));
  return later ? `${upperFirst(later.replace(/[.;,\s]+$/, ""))}.` : sentence;
}

/**
 * "Engagement Lead: The audit was substantially complete and that, subject to the remaining work on …, the firm
 * expected to issue an unqualified opinion on the accounts by 12 December 2025, ahead of …": the verdict is a clause
 * well into the sentence, so the key point is that clause ("The firm expected to issue an unqualified opinion on the
 * accounts by 12 December 2025."), which clipping the whole sentence would cut off. Copied, not reworded.
 */
export function verdictClause(sentence: string): string {
  if (!isAuditVerdict(sentence)) return sentence;
  const parts = sentence.replace(/[.;\s]+$/, "").split(/,\s+|\s+and that\s+/);
  if (parts.length < 2 || isAuditVerdict(parts[0]!)) return sentence;
  const clause = parts.find(
    (p) =>
      isAuditVerdict(p) &&
      /^(?:the|a|an|its|their|[a-z]+ of the)\s/i.test(p) &&
      /\b(?:was|were|had|has|have|would|will|expected|reported|found|gave|given)\b/.test(p),
  );
  return clause ? `${upperFirst(clause)}.` : sentence;
}

/** A share offered their first preference: "71.4% … offered a place at their first preference school". */
export const FIRST_PREFERENCE_RATE =
  /\b\d{1,3}(?:\.\d+)?%[^.;:]{0,60}?\boffered\b[^.;:]{0,30}?\b(?:their|a|his|her) first[- ]preference\b/i;

export function keyFinding(sections: SummarySection[]): string | null {
  // A supplementary answer joined on after "; and " leans on its question for its subject ("the forecast overspend
  // was £4.8m": on temporary accommodation), so only the main answer before it can be the key point.
  // A bullet of several sentences gives the one that holds the finding ("The Portfolio Holder … introduced the report.
  // She said that the General Fund was forecast to overspend by £6.1m …" -> "The General Fund was forecast …").
  const bullets = sections.flatMap((s) =>
    s.bullets.flatMap((b) => {
      const text = b.text.split(/; and (?=[a-z0-9£])/)[0]!;
      const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
      return (sentences.length > 1 ? sentences.map(ownWords) : [text]).map(overspendClause).map(verdictClause);
    }),
  );
  const score = (text: string): number => {
    if (
      /\b(inadequate|requires improvement|outstanding)\b/i.test(text) &&
      /\b(ofsted|inspect\w*|judge?ment|judged|rated|rating)\b/i.test(text)
    )
      return /\binadequate\b/i.test(text) ? 4 : 3;
    // "The monitoring visit from Ofsted in September 2025 found that significant progress has been made": what an
    // inspection found, short of a rating.
    if (
      /\b(ofsted|inspectors?|inspection|monitoring visit)\b/i.test(text) &&
      /\b(found|concluded|judged)\b/i.test(text)
    )
      return 2.5;
    // An auditor's verdict, an audit committee's inspection: the opinion on the accounts first, then the assurance an
    // audit was given or the weaknesses found in the Council's arrangements.
    if (isAuditVerdict(text)) return /\bopinion\b/i.test(text) ? 3 : 2.8;
    // The overspend's own sum ("forecast to overspend by £6.1m", "an overspend of £4.3m") before a sentence that only
    // mentions one beside another figure ("… the most effective way to bring down the overspend, and … saved £9,000").
    if (OVERSPEND_SUM.test(text)) return 2.2;
    if (/\b(overspend|underspend|deficit|shortfall|budget gap)\b/i.test(text) && /£\s?\d/.test(text)) return 2;
    // "71.4% had been offered a place at their first preference school": the rate a parent looks for first in an
    // admissions round (docs/summaries.md#an-admissions-forums-minutes).
    if (FIRST_PREFERENCE_RATE.test(text)) return 2;
    return 0;
  };
  const words = (t: string) => t.split(/\s+/).length;
  // The strongest kind of finding; among equals the shortest, so the verdict survives the overview's word limit.
  const ranked = bullets.map((text) => ({ text, sc: score(text) })).filter((c) => c.sc >= 2);
  // Among overspends, the largest: the General Fund's before a single service's.
  ranked.sort((a, b) => b.sc - a.sc || largestSum(b.text) - largestSum(a.text) || words(a.text) - words(b.text));
  return ranked[0]?.text ?? null;
}

/** The first sum, rate or count a sentence gives, years aside: what a shorter key point must still say. */
export function firstFigure(text: string): string | undefined {
  return /£\s?[\d,.]*\d(?:m|bn|k)?|\d[\d,.]*%?/
    .exec(text.replace(/\b(?:19|20)\d\d(?:\/\d\d)?\b/g, " "))?.[0]
    ?.replace(/[.,]$/, "");
}

/** Whether a key point, clipped to fit, still holds the first sum, rate or count of the sentence it was cut from. */
export function keepsFirstFigure(kept: string, finding: string): boolean {
  const first = firstFigure(finding);
  return first === undefined || kept.includes(first);
}
