import { tallyWords, type VoteTally } from "../text/recorded-votes";
import { upperFirst } from "../text/sentences";

// Sentences of a business minute that only restate procedure: how the item reached the meeting, the formal notes
// that Cabinet minutes print under every decision, the reminder of the equality duty. None carries a decision fact,
// so none becomes a bullet; a clause that does (call-in waived for urgency) is kept.

/** "No conflict of interest was declared by a Cabinet Member", "Conflict of interest … and any dispensation granted: none". */
const NO_CONFLICT =
  /^(?:no conflicts? of interest (?:was|were|had been) (?:declared|recorded|identified)(?: by (?:a|any) (?:Cabinet )?(?:Member|Portfolio Holder)s?)?|conflicts? of interest relating to the matter in question and any dispensation granted:?\s*(?:none|n\/a|not applicable))\.?$/i;

/** "call-in did not apply because the decision is reserved to full Council", "the decision is not subject to call-in". */
const NO_CALL_IN =
  /\bcall-?in (?:did not|does not|would not|do(?:es)? not) apply\b|\bcall-?in (?:was |is )?not applicable\b|\bnot (?:subject to|eligible for) call-?in\b|^call-?in waived by [^:]{3,80}:\s*no\b/i;

/** A call-in waived (an urgent decision) is news: it takes effect at once. */
const CALL_IN_NEWS = /\bwaived? (?:on|because|as|due)\b|\bhad been waived\b|\burgen|:\s*yes\b/i;

/** "Before the decision, the Mayor asked Members to bear in mind the Cabinet report, including its equalities sections…". */
const EQUALITY_REMINDER =
  /\b(?:asked|reminded|invited|urged) (?:all )?(?:Members|Councill?ors|the Council|Cabinet|the Committee)\b[^.]*?\b(?:to )?(?:bear in mind|have regard to|have due regard to|consider|take into account)\b[^.]*\bequalit/i;
const EQUALITY_DUTY =
  /^(?:Members|Councill?ors|Cabinet|the Committee|the Council) (?:were|was) (?:reminded|asked) (?:of|to (?:have|pay) (?:due )?regard to) (?:the|their) (?:public sector )?equalit(?:y|ies) dut(?:y|ies)\b[^.]*\.?$/i;

/**
 * "The Mayor opened the question time, which lasted the 40 minutes allowed by the Procedure Rules.": how question
 * time ran, not what was asked or answered.
 */
const QUESTION_TIME_OPENED =
  /^The (?:Mayor|Chair(?:man)?|Deputy Mayor|Vice-Chair)\b[^.]{0,40}? (?:opened|began|started|introduced) (?:the )?question time\b[^.]*\.?$/i;

/** "Under item 8 on the Summons, Council took Recommendation I from the Cabinet meeting of 21 February 2019." */
const SUMMONS =
  /^Under (?:agenda )?item [\w()/.]+ (?:on|of) the Summons,? (?:the )?Council (?:took|considered|received|was asked to consider) (?:the )?Recommendations? [IVX\d]*,? (?:from|of) (?:the )?(Cabinet|[A-Z][\w' ]+? (?:Committee|Panel|Board))(?: meeting)? (?:of|held on|on) (\d{1,2} [A-Z][a-z]+ \d{4})\.?$/;

/**
 * A licensing decision's list of what the panel had regard to ("The Panel weighed all the relevant material, namely:
 * (1) the representations …; (2) the Licensing Act 2003 …; (5) the Human Rights Act 1998"): the same statutory list
 * in every hearing's minute, never the reason for this one.
 */
const STATUTORY_CONSIDERATIONS =
  /^(?:In (?:reaching|making) (?:its|their) decision,? )?the (?:Panel|Sub-Committee|Committee)(?: Members)? (?:weighed|considered|had regard to|took into account|took account of|gave consideration to) (?:all )?(?:of )?(?:the )?relevant (?:material|matters|information|evidence|considerations)\b[^.]*\bLicensing Act 2003\b[^.]*\.?$/i;

/**
 * The same list's lead standing on its own line, its points (Word's numbered paragraphs) below it: "The Panel weighed
 * all the relevant material, namely:". The lead and its points go together.
 */
const STATUTORY_CONSIDERATIONS_LEAD =
  /^(?:In (?:reaching|making) (?:its|their) decision,? )?the (?:Panel|Sub-Committee|Committee)(?: Members)? (?:weighed|considered|had regard to|took into account|took account of|gave consideration to) (?:all )?(?:of )?(?:the )?relevant (?:material|matters|information|evidence|considerations)\b[^.:]*:-?$/i;

/** Whether a list's lead-in only announces procedure, so its points say nothing of this meeting's business. */
export function isProcedureLead(lead: string): boolean {
  return STATUTORY_CONSIDERATIONS_LEAD.test(lead.trim());
}

export interface ProcedureContext {
  /** The item's decision (its RESOLVED text), to tell a restated recommendation from one that adds something. */
  decision: string | null;
}

/**
 * The sentence without its procedure-only clauses, or null when nothing else is left. A sentence joined by ", and"
 * ("No conflict of interest was declared by a Cabinet Member, and call-in did not apply because …") is judged clause
 * by clause.
 */
export function withoutProcedure(text: string): string | null {
  const trimmed = text.trim();
  if (
    SUMMONS.test(trimmed) ||
    RECEIVED_RECOMMENDATION.test(trimmed) ||
    EQUALITY_REMINDER.test(trimmed) ||
    EQUALITY_DUTY.test(trimmed) ||
    STATUTORY_CONSIDERATIONS.test(trimmed) ||
    QUESTION_TIME_OPENED.test(trimmed)
  )
    return null;
  const clauses = trimmed.replace(/\.$/, "").split(/,\s+and\s+(?=[a-z]|No\b|Call)|;\s+/);
  const kept = clauses.filter((c) => !isProcedureClause(c));
  if (kept.length === clauses.length) return text;
  if (kept.length === 0) return null;
  const joined = kept.join(", and ").trim();
  return `${upperFirst(joined)}.`;
}

function isProcedureClause(clause: string): boolean {
  const c = clause.trim();
  if (NO_CONFLICT.test(c)) return true;
  if (NO_CALL_IN.test(c) && !CALL_IN_NEWS.test(c)) return true;
  return false;
}

/**
 * "Council received Recommendation I from the Cabinet meeting of 6 November 2025 on the Council Tax Support Scheme.",
 * "…, together with the report of the Section 151 Officer on the robustness of the estimates." (a budget Council).
 */
const RECEIVED_RECOMMENDATION =
  /^(?:The )?Council (?:received|considered|took) (?:the )?Recommendations? [IVX\d]*,? (?:from|of) (?:the )?(Cabinet|[A-Z][\w' ]+? (?:Committee|Panel|Board))(?: meeting)? (?:of|held on|on) (\d{1,2} [A-Z][a-z]+ \d{4})(?: (?:on|about|concerning) [^.]{3,160})?(?:,? together with (?:the )?report of [^.]{3,200})?\.?$/;

/** Where a Council item came from, in a few words: "Cabinet's recommendation of 21 February 2019". */
export function summonsSource(text: string): string | null {
  const m = SUMMONS.exec(text.trim()) ?? RECEIVED_RECOMMENDATION.exec(text.trim());
  return m ? `${m[1]}'s recommendation of ${m[2]}` : null;
}

/** "The substantive Recommendation was put to the vote and carried." */
const PUT_TO_VOTE =
  /\b(?:(?:was|were) put to (?:the|a) (?:recorded )?vote and (?:was |were )?|(?:upon|on|after) (?:being put to )?(?:the|a) (?:recorded )?vote(?: being taken)?,? (?:the |this )?[\w ,()]{0,60}? (?:was|were) )(carried|agreed|adopted|lost|defeated|not carried|not agreed)\b/i;

export function isVoteOutcome(text: string): boolean {
  return PUT_TO_VOTE.test(text);
}

/** ", the voting being as follows:", ", with the votes cast as follows:": the lead-in to a recorded vote's lists. */
const LISTS_FOLLOW =
  /,?\s*(?:with )?(?:the )?(?:voting|votes?)(?: (?:being|was|were))?(?: (?:recorded|cast))? as follows\s*:-?$/i;

/**
 * "Upon a recorded vote being taken, the amendment was lost, the voting being as follows:" -> "Upon a recorded vote
 * being taken, the amendment was lost.": the outcome, whose lists of names follow, said as a sentence of its own.
 */
export function withoutListsLead(text: string): string {
  return isVoteOutcome(text) && LISTS_FOLLOW.test(text) ? `${text.replace(LISTS_FOLLOW, "")}.` : text;
}

/**
 * The outcome of a recorded vote in one line, with the tally counted from its lists of names: "Cabinet's
 * recommendation of 21 February 2019 carried by 32 votes to 26 (recorded vote)." Null when the tally does not agree
 * with the outcome (a list misread), so the minute's own sentence stays.
 */
export function voteOutcomeLine(sentence: string, tally: VoteTally, what: string | null): string | null {
  const outcome = PUT_TO_VOTE.exec(sentence)?.[1]?.toLowerCase();
  if (!outcome) return null;
  const carried = outcome === "carried" || outcome === "agreed" || outcome === "adopted";
  if (carried ? tally.for <= tally.against : tally.for >= tally.against) return null;
  const said = carried
    ? `carried by ${tallyWords(tally)}`
    : `lost by ${tallyWords({ ...tally, for: tally.against, against: tally.for })}`;
  // "Upon a recorded vote being taken, the substantive Motion was carried": what was carried, when no Summons line
  // said where it came from.
  const named =
    /\b(?:the|this) ((?:substantive |amended )?(?:Motion|Recommendations?|amendment|proposal)(?: [\w ]{0,30}?)?) (?:was|were) (?:carried|agreed|adopted|lost|defeated|not carried|not agreed)\b/i.exec(
      sentence,
    )?.[1];
  const subject = what ?? (named ? `the ${named}` : null);
  const line = subject ? `${subject} ${said}` : said;
  return `${upperFirst(line)} (recorded vote).`;
}
