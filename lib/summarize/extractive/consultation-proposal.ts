// A scrutiny committee often hears an outside body's consultation: its minute opens on the report it received ("The
// Committee received a report on the public consultation being carried out by the integrated care board on a proposal
// to move the 20 beds at A to B"), says when the consultation opened and closes, and resolves to respond before it
// closes. Held to words, what is proposed is the point a resident needs; the closing date the decision already gives
// (docs/summaries.md#the-joint-health-scrutiny-committee-second-round).

/** The meeting's own body, as a minute opens on what it received. */
const OWN_BODY = String.raw`(?:Committee|Sub-Committee|Panel|Board|Forum|Cabinet|Council|Members)`;

/**
 * "The Committee received a report on the public consultation being carried out by NHS Eastmere Integrated Care Board
 * on a proposal to …": the body consulting (group 1, when named) and what it proposes (group 2).
 */
const REPORT_ON_CONSULTATION = new RegExp(
  String.raw`^(?:The )?${OWN_BODY} (?:received|considered|noted) (?:a|the) (?:[\w-]+ ){0,2}report on (?:the|a) (?:public |formal |statutory )?consultation(?: (?:being |that was being |which was being )?(?:carried out|run|held|led|launched|undertaken) by ((?:the )?[A-Z][^,;:.]{2,100}?))? (?:on|about|into) ((?:(?:a|the) )?(?:[\w-]+ )?(?:proposals?|plans?|options?) (?:to|for) [^;:]{3,300}?)\.?$`,
);

/**
 * "The Committee received a report on the public consultation being carried out by NHS Eastmere Integrated Care Board
 * on a proposal to move the 20 beds at A to B." is "NHS Eastmere Integrated Care Board was consulting on a proposal to
 * move the 20 beds at A to B.": what is proposed, and who proposes it, without the report that brought it. A minute
 * that does not name who consults says "The consultation was on a proposal to …". Anything else is returned as it was.
 */
export function proposalOf(text: string): string {
  const m = REPORT_ON_CONSULTATION.exec(text.trim());
  if (!m) return text;
  const who = m[1] ? m[1].replace(/^the /, "The ") : null;
  return who ? `${who} was consulting on ${m[2]}.` : `The consultation was on ${m[2]}.`;
}

/**
 * What is proposed is what the item is about, as a plan's next step is: a point said as the proposal consulted on
 * (`proposalOf`) is weighed by this much more than the report's sentence was, so that it comes before a detail of the
 * proposal (its cost, its date) within the item's words.
 */
export const PROPOSAL_BONUS = 1.5;

/** A candidate said as the proposal consulted on, weighed with `PROPOSAL_BONUS`; any other as it was. */
export function proposalConsulted<T extends { text: string; score: number }>(c: T): T {
  const text = proposalOf(c.text);
  return text === c.text ? c : { ...c, text, score: c.score + PROPOSAL_BONUS };
}

/** A date as minutes print it: "30 June 2026". */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}`;

/**
 * "The consultation had opened on 7 April 2026 and would close on 30 June 2026.", "The consultation opened on … and
 * closes on …": only the dates a consultation runs between, its closing date in group 1.
 */
const OPENED_AND_CLOSES = new RegExp(
  String.raw`^The (?:public )?(?:consultation|survey|engagement)(?: exercise)? (?:had )?(?:opened|began|started|been launched|launched|was launched) on ${DAY},? and (?:would|will|was to|is to)? ?(?:close|closes|end|ends|run until|runs until) (?:on )?(${DAY})\.?$`,
);

/**
 * Whether a point only says when a consultation opened and closes, and the decision gives the same closing date
 * ("… submitted before the consultation closes on 30 June 2026"): the decision says what a resident can still do by
 * when, and the opening date is the consultation's history. Held to words, such a point gives its words up.
 */
export function runSaidByDecision(text: string, decision: string | null): boolean {
  if (!decision) return false;
  const m = OPENED_AND_CLOSES.exec(text.trim());
  return m !== null && decision.includes(m[1]!);
}
