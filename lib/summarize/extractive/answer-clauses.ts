// An answer given at a meeting, said in as few words as keep its facts (docs/summaries.md#long-minutes-whole-meetings-printed-minutes):
// the clauses after the last one that holds a figure, a name or a date go when they carry none ("£184,000 had been paid
// in compensation in 2024/25, most of it for delays to damp and mould works" keeps its sums and dates, not the
// comment after them). Words are only ever dropped from the end, at a clause boundary: no figure, name or date is
// changed or moved.
import { TEN_TO_NINETEEN, TENS, TWO_TO_NINE } from "../text/number-words";
import { upperFirst } from "../text/sentences";

/**
 * Where a clause of its own may start: ", and", ", but", ", so" or a semicolon. A qualifier of the figure before it
 * ("£1.5m were at risk, mostly in adult social care", "offset in part by savings", "which would make short visits
 * cheaper") is no clause of its own and is never cut. The next in a ranking after the first (", followed by muscle
 * and joint problems" after "the largest single cause, 27% of days lost") is a clause of its own: named without a
 * figure, it is no fact of the ranking.
 */
const CLAUSE_BREAK = /;\s+(?=\S)|,\s+(?=(?:and|but|so|followed by)\s)/g;

/** A number said in words ("three more educational psychologists", "reviewed the plan twice"). */
const NUMBER_WORD = new RegExp(
  String.raw`\b(?:one|${TWO_TO_NINE}|${TEN_TO_NINETEEN}|${TENS}|hundred|thousand|million|billion|half|third|quarter|twice|dozen|none|no one)\b`,
  "i",
);

/** Whether a clause carries a figure, a number in words, a date or a name (a capital past the clause's first word). */
export function carriesFact(clause: string): boolean {
  const text = clause.trim();
  if (/\d/.test(text) || NUMBER_WORD.test(text)) return true;
  // A capitalised word after the first: a name, a place, a month or a day ("the Council's website", "on Saturdays").
  return /\s[A-Z]/.test(text.replace(/^\s*(?:and|but|so|or)\s+/i, " ").replace(/^\s*\S+/, ""));
}

/** A closing clause that only says where the figure before it was given, or that it was given as a rule requires. */
const AS_SET_OUT =
  /,\s+as (?:the|its|their|his|her|a) [^,;]{2,80}? (?:had |has |have )?(?:set out|said|stated|reported|shown|explained|confirmed)\.?$|,\s+as (?:it|they|he|she) (?:was|were) required to(?: do)?\.?$/;

/**
 * "…, and that the extra cost would be met from the corporate contingency and built into the Medium Term Financial
 * Strategy": a closing clause that only says where a cost the sentence has given is paid from. The sum is the fact; the
 * budget or reserve it is met from names the Council's own books, not a fact of its own, unless it has a figure.
 */
const HOW_PAID_FOR =
  /^(?:(?:and|but|so) )?(?:that )?(?:the|this|these|its|their|any) (?:extra |additional |remaining |net |one-off )?(?:costs?|overspend|shortfall|pressure|gap) (?:would|will|was to|were to|could|is to|are to) be (?:met|funded|financed|covered|paid for)\b/i;

/** Whether a clause only says where a cost already given is paid from, with no figure of its own. */
export function onlyHowPaidFor(clause: string): boolean {
  return HOW_PAID_FOR.test(clause.trim()) && !/\d/.test(clause);
}

/** Fewer words than this after the last fact are left as they are: the cut must be worth making. */
const MIN_DROPPED_WORDS = 4;

/**
 * "… said that 214 children were looked after, and that 19 lived in children's homes" after its "said" is gone: each
 * further thing reported loses its "that" too ("…, and 19 lived in children's homes").
 */
export function withoutThats(reported: string): string {
  // "… was complete and that, subject to …": the comma that opened the aside stays.
  return reported.replace(/(,|\band\b|\bbut\b)\s+that(,?)\s+/g, "$1$2 ");
}

/**
 * An answer's fact without its closing clauses that carry no figure, number, date or name, when the first clause
 * holds a figure: "8% of appointments had been missed, and a new system would send tenants a text message" keeps
 * both (the second names January 2026), "81% had been answered within 10 working days, and every complaint was now
 * reviewed by a manager before it was closed" keeps its first clause. An answer without a figure is left whole.
 */
export function toItsFacts(fact: string): string {
  // "…, as the Quarter 2 monitoring report to Cabinet had set out": where else the figure was given is no fact.
  const text = fact.trim().replace(AS_SET_OUT, ".");
  const starts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index!)];
  if (starts.length < 2) return text;
  const clauses = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  if (!/\d/.test(clauses[0]!)) return text;
  let last = 0;
  clauses.forEach((c, i) => {
    const clause = c.replace(/^[,;]\s*/, "");
    if (carriesFact(clause) && !onlyHowPaidFor(clause)) last = i;
  });
  if (last === clauses.length - 1) return text;
  const dropped = clauses.slice(last + 1).join("");
  if ((dropped.match(/\S+/g) ?? []).length < MIN_DROPPED_WORDS) return text;
  // An open bracket or quotation in the kept part would be left unclosed.
  const kept = clauses.slice(0, last + 1).join("");
  if ((kept.match(/\(/g) ?? []).length !== (kept.match(/\)/g) ?? []).length) return text;
  if (((kept.match(/["\u201c\u201d]/g) ?? []).length & 1) === 1) return text;
  return `${inSeries(kept.replace(/[\s,;:]+$/, ""))}.`;
}

/**
 * Where a sentence said up to its new figure may also end in a minute held to words, where a figure is said without
 * its reasons (docs/summaries.md#long-minutes-round-twenty-four): before
 * the reason given for the figure (", because the number of placements had risen …"), and at a colon that opens the
 * list of what the figure is made of ("measures expected to save £2.1m in 2027/28: a new unit …; a review …"). The
 * figure is the fact; why it is so, and its parts, are what a reader may do without when words are short.
 */
const FIGURE_BREAK = new RegExp(
  `${CLAUSE_BREAK.source}|,?\\s+(?=(?:(?:mainly|mostly|largely|partly|chiefly) )?because\\s)|:\\s+(?=(?:a|an|the)\\s)`,
  "g",
);

/**
 * A sentence said up to the end of its first clause that gives a figure `isNew` accepts, when clauses follow it:
 * "27 pupils had been suspended at least once, 11 fewer than the year before, and no child had been excluded" is
 * "27 pupils had been suspended at least once, 11 fewer than the year before." when the 27 is what is wanted. Null when
 * no clause but the last gives such a figure, or when the cut would leave a bracket or quotation open.
 */
export function toFirstNewFigure(text: string, isNew: (clause: string) => boolean, heldToWords = false): string | null {
  const starts = [0, ...[...text.matchAll(heldToWords ? FIGURE_BREAK : CLAUSE_BREAK)].map((m) => m.index!)];
  const clauses = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  const first = clauses.findIndex(isNew);
  if (first < 0 || first === clauses.length - 1) return null;
  const kept = clauses.slice(0, first + 1).join("");
  if ((kept.match(/\(/g) ?? []).length !== (kept.match(/\)/g) ?? []).length) return null;
  if (((kept.match(/["\u201c\u201d]/g) ?? []).length & 1) === 1) return null;
  return `${inSeries(kept.replace(/[\s,;:]+$/, ""))}.`;
}

/**
 * "Too few clinic appointments had been available over the summer, and the NHS trust had agreed to provide 12 extra
 * slots a month": a sentence whose first clauses only set the scene (no figure, number, date or name) and whose figure
 * is told in a clause of its own, with its own subject and verb, is said as that clause ("The NHS trust had agreed to
 * provide 12 extra slots a month."). Null when a clause before it carries a fact, when the clause has no subject of
 * its own ("…, and had agreed …"), or when no clause after the first gives a figure `isNew` accepts.
 */
export function toClauseOfNewFigure(text: string, isNew: (clause: string) => boolean): string | null {
  const starts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index!)];
  const clauses = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  const first = clauses.findIndex(isNew);
  if (first < 1 || clauses.slice(0, first).some(carriesFact)) return null;
  const own = clauses[first]!.replace(/^[;,]\s+(?:(?:and|but|so)\s+)?/, "");
  if (!OWN_SUBJECT.test(own)) return null;
  if ((own.match(/\(/g) ?? []).length !== (own.match(/\)/g) ?? []).length) return null;
  if (((own.match(/["\u201c\u201d]/g) ?? []).length & 1) === 1) return null;
  return `${upperFirst(own.replace(/[\s,;:.]+$/, ""))}.`;
}

/** A clause that opens with its own subject and a finite verb: "the NHS trust had agreed …". */
const OWN_SUBJECT =
  /^(?:the|a|an|its|their|this|these|each|every) (?:(?!which |whom |whose |who |that )[\w'\u2019-]+ ){0,5}?(?:would|will|had|has|have|was|were|is|are|could|should)\b/i;

/**
 * "the borrowing had been costed at 4.6%, that each rise of half a point would add £480,000 a year" once the series'
 * last clause (", and that the schemes …") is gone: what is left of the series ends on its "and" ("…, and that each
 * rise …"), never two clauses run together by a comma once their "that" goes.
 */
function inSeries(kept: string): string {
  const last = [...kept.matchAll(/,\s+that\s+/g)].at(-1);
  return last
    ? `${kept.slice(0, last.index)}, and that ${kept.slice(last.index + last[0].length)}`
    : clausesInSeries(kept);
}

/** A finite verb: what makes the words before a comma a clause of their own, not an opening phrase. */
const FINITE = /\b(?:had|has|have|was|were|is|are|would|will|could|should)\b/;
/**
 * A comma that opens a clause with its own subject and verb: ", the new lift would be installed …", or a count's
 * (", two had met most of them").
 */
const CLAUSE_AFTER_COMMA = new RegExp(
  String.raw`,\s+(?=(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Ee]ach|[Ee]very) (?:(?!which |whom |whose |who )[\w'\u2019-]+ ){0,5}?|(?:${TWO_TO_NINE}|ten|eleven|twelve|\d[\d,]*) )(?:would|will|had|has|have|was|were|is|are|could|should)\b)`,
  "g",
);

/**
 * "A contractor had been appointed at a cost of £310,000, the new lift would be installed by 31 March 2026, and while
 * the work …" once its last clause is gone: the clause left last joins the one before it with "and" ("…£310,000, and
 * the new lift would be installed …"), as the series' own "and" did. A comma after an opening phrase with no verb of
 * its own ("In October 2025, the number had risen …") is left as it is, and so is a relative clause ("…, the largest
 * share of which was …").
 */
export function clausesInSeries(kept: string): string {
  const last = [...kept.matchAll(CLAUSE_AFTER_COMMA)].at(-1);
  if (!last || !FINITE.test(kept.slice(0, last.index))) return kept;
  return `${kept.slice(0, last.index)}, and ${kept.slice(last.index + last[0].length)}`;
}

/** "The officer advised that A, and that B": what was reported, its first thing and the rest. */
const REPORTED_PAIR =
  /^(?:[A-Z][\w' ,-]{2,80}? )?(?:said|advised|reported|explained|confirmed|added|stated) that (.+?), and that (.+)$/;

/**
 * "The officer advised that a review of staff time had shown that the fees did not cover the costs, and that an
 * average rise of 3.8% was proposed from 1 April 2026.": two things reported, the first without a figure, number,
 * date or name (why), the second with a figure (what). Held to words the figure is the point, so the sentence is said
 * as its second thing ("An average rise of 3.8% was proposed from 1 April 2026."). Any other sentence is as it was.
 */
export function toTheFigureReported(text: string): string {
  const m = REPORTED_PAIR.exec(text.trim());
  if (!m || carriesFact(m[1]!) || !/\d/.test(m[2]!) || / that /.test(m[2]!.replace(/^.*?\d/, ""))) return text;
  const rest = m[2]!.trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
