// The grammar of a resolution: its "be <verb>" (the bare subjunctive the council writes), which verb it takes, whether
// its subject is plural, and whether a step is taken now or set for later. Shared by the readers in this folder.
import { MONTH } from "../../text/months";
import { TO_A_LATER_MEETING } from "../later-steps";

/** Each decision verb's imperative, for a recommendation to another body ("approve the budget"). */
export const IMPERATIVE: Record<string, string> = {
  approved: "approve",
  agreed: "agree",
  noted: "note",
  adopted: "adopt",
  endorsed: "endorse",
  received: "receive",
  accepted: "accept",
  granted: "grant",
  refused: "refuse",
  deferred: "defer",
};

/** "Ms Amara Lindqvist and Mr Tobias Mensah", "Cllr A, Cllr B and Dr C": two or more people, each named with a title. */
const PERSON = String.raw`(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}`;
const SEVERAL_NAMED = new RegExp(String.raw`^${PERSON}(?:,\s+${PERSON})*,?\s+and\s+${PERSON}\b`);

/** The head noun decides "was" or "were": "the recommendations were", "the budget, having regard to …, was". */
export function isPlural(phrase: string): boolean {
  // "(1) the plan and the return": the clause's number is no part of what it names.
  phrase = phrase.replace(/^\(\d+\)\s+/, "");
  // "the membership of the Committee, the Chairs and Nominated Members of its panels": a list of several things.
  // A qualifier after the list ("…, with an authorised limit of £620m") says how, not what: the list is before it.
  const parts = phrase.split(/,\s*/);
  while (parts.length > 2 && /^(?:with|including|subject to)\b/i.test(parts[parts.length - 1]!)) parts.pop();
  if (
    parts.length > 1 &&
    parts.slice(1).every((p) => /^(?:and\s+)?the\s+[A-Za-z]/.test(p)) &&
    /^(?:and\s+)?the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?[A-Z]|^and\s+the\b/.test(
      parts[parts.length - 1]!,
    )
  )
    return true;
  // "Councillors A, B and C", "Ms A and Mr B": several people named, each with a title or under a plural one.
  if (/^(?:Councillors|Cllrs)\s+[A-Z]/.test(phrase) || SEVERAL_NAMED.test(phrase)) return true;
  // "the report and the work programme": two things, each with its article ("the Health and Wellbeing Board" is one).
  if (
    /^(?:the|a|an|its|this)\s+[^,;]+?\s+and\s+(?:the|a|an|its|this)\s+\w/i.test(
      // "the growth fund of £520,000 and the falling rolls fund …": a sum after "of" qualifies the first thing.
      phrase
        .replace(/(\d),(?=\d{3}\b)/g, "$1")
        .split(",")[0]!
        .split(/\s+of\s+(?![£$€]?\d)/i)[0]!,
    )
  )
    return true;
  // "the draft revenue budget 2026/27 and Medium Term Financial Strategy": a paper in lower case and a titled one, two
  // things ("the Health and Wellbeing Board", a title throughout, is one).
  if (/^the\s+[a-z][\w/-]*(?:\s+[a-z0-9][\w/-]*)*\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+$/.test(phrase.trim()))
    return true;
  // The head noun comes before its qualifiers: "the contents of Appendix 1", "the recommendations in the report".
  // …and before a participle that qualifies it: "the nine recommendations set out in the report".
  const core = phrase
    .split(",")[0]!
    .split(/\s+(?:of|in|on|for|from|to|within|under|at|about|over|against|between|with)\s+/i)[0]!
    .split(
      /\s+(?:set out|contained|listed|detailed|described|shown|attached|included|made|agreed|received|summarised|submitted)\b/i,
    )[0]!;
  // Two posts or bodies, each with its article: "the Chair and the Director of Finance" were authorised.
  if (/^the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+the\s+[A-Z]/.test(core.trim())) return true;
  // "Recommendations 1, 2 and 4 of the review": the numbers name which; the noun before them is the head.
  const head =
    core
      .trim()
      .replace(/\s+\d+[a-z]?$/i, "")
      .split(/\s+/)
      .pop() ?? "";
  return /[^su]s$/i.test(head) && !/^(minutes|accounts|statistics)$/i.test(head)
    ? true
    : /^(minutes|accounts)$/i.test(head);
}

/**
 * "was" or "were" for a resolution the meeting itself accomplished ("the report be noted" -> "was noted"); "to be"
 * for one that happens later ("a plan be reported back to Cabinet later in the year" -> "to be reported back"), so
 * the summary never says a future step has been taken.
 */
export const FUTURE =
  /\b(?:later|in due course|(?:to )?(?:every|each) (?:meeting|quarter)|quarterly|regularly|(?:a |the )?(?:future|later|next) (?:meeting|year|month)|next year|within \d+ (?:days|weeks|months)|in \w+ (?:weeks|months|years)|annually|each year|every year|by (?:the end of )?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|\d{4}))\b/i;

/**
 * "the report be sent to the Department for Education by 31 March 2026": the clause's own step is due by a dated day,
 * so it is still to come. Not when the day belongs to a second step ("be approved and published … by 30 June") or to
 * a condition ("authorised to issue proceedings if it is not repaid by 31 May"), which are read elsewhere, or to what
 * the step is for ("endorsed for submission to Ofsted by 26 June": endorsed now, submitted by the day).
 */
function dueByADay(own: string): boolean {
  const m =
    /^(.*?)\bby (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(
      own,
    );
  return !!m && !/\b(?:and \w+ed|if|unless|when|once|until|after|for [a-z]+(?:ion|al|ing|ure))\b/.test(m[1]!);
}

/** "…, or any later date if mobilisation was delayed,": a clause of its own before the verb, whose comma stays. */
export const OWN_CLAUSE =
  /\b(?:if|when|where|once|unless|should|provided)\b[^,;]*\b(?:was|were|is|are|had|has)\b[^,;]*,$/i;

/**
 * "the final instalment be released only if it submits an action plan by …": a step that waits on a condition still to
 * be met ("will be released only if …"), never one already taken.
 */
const ON_A_CONDITION =
  /^\s*(?:only (?:if|when|once|after)|once|unless|on condition that|provided that|upon receipt of)\b/i;

/** "the car park be closed from 1 April 2026": a step that starts later, decided now ("to be closed from …"). */
const STARTS_LATER =
  /^\s*(?:with effect )?from \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/i;

/**
 * "the revised Scheme be approved with effect from 1 April 2026": the approval is given at the meeting and only takes
 * effect later, so it "was approved with effect from …" (docs/summaries.md#a-schools-forums-minutes).
 */
const APPROVED_TO_START = /^(?:approved|agreed|adopted|endorsed|accepted)\s+with effect from\b/i;

/**
 * "(3) a report on progress be made to the Overview and Scrutiny Committee in July 2026": a report to a body in a
 * named month is a step for later (a contract "awarded to Kingsway Highways Ltd" is awarded at the meeting); so is
 * one made to a body "before" a later step ("the responses be reported to the Committee before the policy is referred
 * to Council").
 */
const REPORTED = /^(?:made|reported|presented|submitted|brought|referred|taken)$/i;
const TO_A_BODY_LATER =
  /^\s*(?:back )?to (?:the )?[A-Z][\w'\u2019 -]{2,80}? (?:in (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|before (?:the|a|any|it|its|they|their)\b)/;

/**
 * "the ward plans be reported to the April meeting", "be brought back to the June 2026 meeting": a meeting named by its
 * month alone is one the minute looks forward to (docs/summaries.md#a-community-safety-partnerships-minutes).
 */
const TO_A_MONTHS_MEETING = new RegExp(
  String.raw`^\s*(?:back )?(?:to|at|before) (?:the|its|their) ${MONTH}(?: \d{4})? meeting\b`,
);

/**
 * "the review's report be published on the Council's website on 12 March 2026": a resolution sets the day something
 * is made public or sent out, which is still to come; it is never done at the meeting
 * (docs/summaries.md#a-community-safety-partnerships-minutes). "approved on 12 March" is not such a step.
 */
const ON_A_SET_DAY = /^(?:published|launched|issued|circulated|sent|released|opened)$/i;
const ON_A_DAY = new RegExp(String.raw`^[^;]*?\bon \d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \d{4})?\b`);

/**
 * "the next meeting be held on 14 July 2026", "a special meeting of the Panel be convened": a resolution sets a meeting
 * for a later day; it never holds one, so the meeting is still to come. So does "a site visit … be held on 19 May
 * 2027" or "a workshop be arranged" (docs/summaries.md#a-scrutiny-review-groups-minutes).
 */
function isMeetingSet(subject: string, verb: string): boolean {
  return (
    /\b(?:meeting|(?:site )?visit|workshop|seminar|briefing session)s?\b/i.test(subject) &&
    /^(?:held|convened|arranged|called)$/i.test(verb)
  );
}

/**
 * "(1) written evidence be sought from two housing associations", "the views of residents be sought": what a meeting
 * resolves to seek is asked for after it, so it "will be sought", never "was sought" as if the asking were done
 * (docs/summaries.md#the-new-shapes-read-tighter-stop-38).
 */
const SOUGHT = /^sought$/i;

/**
 * "the application be deferred until the school has consulted parents", "… be postponed to the next meeting": putting
 * a matter off is what the meeting did (it "was deferred"); the later meeting or day only says until when.
 */
const PUT_OFF = /^(?:deferred|postponed|adjourned)$/i;

/**
 * "Ms A's start date be agreed by the Director of Human Resources", "the final terms be determined by the Chief
 * Executive": what an officer is left to settle after the meeting is still to come, never settled at it
 * (docs/summaries.md#a-chief-officers-employment-panels-minutes).
 */
const SETTLED_BY_AN_OFFICER = /^(?:agreed|determined|decided|confirmed|settled|finalised|fixed)$/i;
/** "the recruitment be carried out by the Panel", "the review be undertaken by officers": work still to be done. */
const CARRIED_OUT = /^(?:carried|undertaken|conducted)$/i;
const BY_AN_OFFICER =
  /^\s*by (?:the )?(?:Chief Executive|(?:Corporate |Interim |Acting |Assistant )?Director\b|Head of\b|Monitoring Officer|Chief [A-Z][a-z]+ Officer|Section 151 Officer)/;

/** A matter passed on to another body or a later meeting: "referred", "submitted", "reported". */
const PASSED_ON = /^(?:referred|submitted|reported)$/i;

export function passiveOf(subject: string, verb: string, rest: string): string {
  // "the strategy to maximise the available affordable housing, be approved": a lone comma before the verb pairs with
  // nothing, so it goes ("the report, as amended, be approved" keeps both; so does a clause of its own before it).
  const what = /^[^,]*,\s*$/.test(subject) && !OWN_CLAUSE.test(subject) ? subject.replace(/,\s*$/, "") : subject;
  // "be noted, and that the Director provide a note before the next meeting": the later step is the next clause's.
  const own = rest.split(/,?\s+and that\b|;/)[0]!;
  // "Cabinet be recommended to report progress each quarter": the recommending is done at the meeting, whatever the
  // recommendation sets for later.
  // "that the decision be implemented": what a call-in lets go ahead is done after the meeting, never at it.
  const later =
    (FUTURE.test(own) ||
      dueByADay(own) ||
      (STARTS_LATER.test(own) && !APPROVED_TO_START.test(`${verb} ${own}`)) ||
      ON_A_CONDITION.test(own) ||
      TO_A_LATER_MEETING.test(own) ||
      TO_A_MONTHS_MEETING.test(own) ||
      (ON_A_SET_DAY.test(verb) && ON_A_DAY.test(own)) ||
      (TO_A_BODY_LATER.test(own) && REPORTED.test(verb)) ||
      isMeetingSet(what, verb) ||
      SOUGHT.test(verb) ||
      (SETTLED_BY_AN_OFFICER.test(verb) && BY_AN_OFFICER.test(own)) ||
      (CARRIED_OUT.test(verb) && /^\s*(?:out )?by\b/.test(own)) ||
      /^implemented$/i.test(verb)) &&
    !/^recommended$/i.test(verb) &&
    // "That it be agreed that the Panel meet quarterly": the agreeing (or noting) is done at the meeting; a later time
    // belongs to what was agreed (docs/summaries.md#sentences-that-read-wrong-stop-40).
    !(/^it$/i.test(what.trim()) && /^\s*that\b/i.test(rest)) &&
    !PUT_OFF.test(verb);
  if (!later) return `${what} ${isPlural(what.replace(/,\s*$/, "")) ? "were" : "was"} ${verb}`;
  // "the comments be referred to Cabinet for its meeting on 12 May 2027": the meeting decided there and then to pass
  // the matter on, and the passing on is still to come; "are to be referred" says both in one tense, where "will be"
  // reads as a forecast (docs/summaries.md#sentences-that-read-wrong-stop-40).
  if (PASSED_ON.test(verb)) return `${what} ${isPlural(what.replace(/,\s*$/, "")) ? "are" : "is"} to be ${verb}`;
  // "the car park be closed from 1 April 2026", "Cabinet be asked to bring forward a plan by March 2027": a step set
  // for later reads "will be", a sentence, never the fragment "the car park to be closed".
  return `${what} will be ${verb}`;
}

/** A decision passed on to another body, in the imperative: "recommended to Cabinet" -> "recommend it to Cabinet". */
export const ONWARD: Record<string, string> = {
  recommended: "recommend",
  referred: "refer",
  forwarded: "forward",
  submitted: "submit",
};

const DECIDED = "(approved|agreed|noted|adopted|endorsed|received|accepted|granted|refused|deferred)";
const NOTED = "(approved|agreed|noted|adopted|endorsed|received|accepted)";
/**
 * Any past participle, irregular ones too ("be given delegated authority"), and one the resolution denies ("that the
 * call-in be not upheld" -> "was not upheld"), or qualifies by an adverb of how it is done ("Councillor A be formally
 * censured" -> "was formally censured", docs/summaries.md#overviews-read-as-a-resident-stop-38).
 */
const PARTICIPLE = String.raw`((?:not )?(?:(?:formally|jointly|duly|severally|unanimously|provisionally|publicly|retrospectively|immediately|permanently|temporarily|conditionally|strongly|warmly) )?(?:\w+ed|given|made|\w*taken|brought|put|set|sent|\w*held|sought|undertaken|written|\w*drawn|kept|paid|done|shown|built|bought|sold|met|told))`;

/**
 * A resolution's own "be <verb>" after `before` ("that the report be noted"), never a "be" inside one of its clauses
 * ("is to be leased", "will be reviewed"); the rest of the clause is captured last, to tell a step set for later
 * from one the resolution itself took (passiveOf).
 */
function resolutionVerb(before: string, verbs: string): RegExp {
  return new RegExp(
    `${before}(?<!\\b(?:to|will|would|should|must|can|could|may|might|shall|not|also|then)) be ${verbs}\\b(?=([^;]*))`,
    "gi",
  );
}

/** "that X be noted", "that X be added", "(2) X be authorised", "…; X be approved" (printed minutes that lost the numbers). */
// Not the "that" of a clause inside the resolution ("with the intention that …", inClause).
// Its subject never runs over another clause's own "be <verb>": "That the Portfolio Holder and the Director be thanked
// for attending and that the answers be noted" is two clauses, each said with its own subject.
// Nor the "that" which leads what another body is asked to decide ("it be recommended to Council that Ms A be
// designated …"): that clause stays as the recommendation words it (docs/summaries.md#a-chief-officers-employment-panels-minutes).
const RESOLUTION_THAT = String.raw`(?<!\b(?:intention|intent|so|provided|providing|ensure|ensuring|condition|basis|requirement|expectation|proviso|understanding|order|request)\s)(?<!\brecommended to (?:the )?[A-Z][\w'\u2019 -]{0,60}\s)\bthat,?\s+((?:the )?(?:(?!(?<!\b(?:to|will|would|should|must|can|could|may|might|shall|not|also|then)) be \w+ed\b[^;]*? and that\b)[^;])+?)`;
export const THAT_DECIDED = resolutionVerb(RESOLUTION_THAT, DECIDED);
export const THAT_PARTICIPLE = resolutionVerb(RESOLUTION_THAT, PARTICIPLE);
/** A clause's subject, with its own brackets ("fitting out the Depot at £8.415m (£7.690m capital) be approved"). */
const SUBJECT = String.raw`((?:the )?(?:[^;()]|\((?!\d+\))[^()]*\))+?)`;
export const NUMBERED_PARTICIPLE = resolutionVerb(String.raw`(\(\d+\)\s+)${SUBJECT}`, PARTICIPLE);
export const UNNUMBERED_NOTED = resolutionVerb(String.raw`(;\s+)${SUBJECT}`, NOTED);
export const UNNUMBERED_PARTICIPLE = resolutionVerb(String.raw`(;\s+)${SUBJECT}`, PARTICIPLE);
/** "… and the site be declared surplus": a second subject and its own "be", after a clause already said. */
export const AND_PARTICIPLE = resolutionVerb(
  String.raw`(\s(?:and|,\s*and)\s+)((?:the|this|that|these|those|its|their|all) [^;,()]{1,80}?|recommendations? \d[^;,()]{0,40}?)`,
  PARTICIPLE,
);

/** "(7) that the Chief Executive be instructed to …", "…; officers be instructed to …". */
// "Section 38 (2)" is a section's subsection, not a clause number.
export const INSTRUCTED =
  /(^|\bthat,?\s+|(?<!\d\s)\(\d+\)\s+(?:that,?\s+)?|;\s+)((?:the )?[^;()]+?) be instructed to\b/gi;

/**
 * "(4) that report be included in the business plan": "that" points back to a step set earlier ("(3) a further report
 * come to Cabinet"), which is still to come, so this one is too; it is not the "that" which opens a resolution.
 */
export const POINTS_BACK = /^(?:report|plan|review|study|strategy|scheme|contract|proposal|programme|policy|work)\b/;

/** A resolution that recommends to another body rather than deciding itself. */
export const RECOMMENDS = /^RESOLVED to RECOMMEND\b|^(?:That:?\s+)?(?!\(\d)[^;(]{0,80}\brecommend(s|ed)? (to|that)\b/i;

/** A phrase in the middle of a sentence: its first letter lower case, unless it names the council or a body. */
export const lowerFirst = (s: string) =>
  /^[A-Z][a-z]/.test(s) && !/^(Council|Cabinet|Harrow|The Council)\b/.test(s)
    ? `${s.charAt(0).toLowerCase()}${s.slice(1)}`
    : s;

/** A resolution's clauses at its top level: split at "; " outside brackets. */
export function topClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === ";" && depth === 0 && text[i + 1] === " ") {
      out.push(text.slice(start, i));
      start = i + 2;
    }
  }
  out.push(text.slice(start));
  return out;
}
