// A resolution's words made plain, in six steps that run in this order: how a recommendation is introduced; where the
// text is printed; the officers' process and the signature; conditions and paired verbs; each "be <verb>" turned into
// plain English; punctuation.
import { upperFirst } from "../../text/sentences";
import { notedEventTold } from "./noted-event";
import { laterSecondStep, sharedSubjectStep } from "./will-do";
import {
  AND_PARTICIPLE,
  IMPERATIVE,
  INSTRUCTED,
  isPlural,
  lowerFirst,
  NUMBERED_PARTICIPLE,
  ONWARD,
  OWN_CLAUSE,
  passiveOf,
  POINTS_BACK,
  RECOMMENDS,
  THAT_DECIDED,
  THAT_PARTICIPLE,
  UNNUMBERED_NOTED,
  UNNUMBERED_PARTICIPLE,
} from "./grammar";

/** Who is to be consulted or satisfied before an officer acts: process, not the decision. A list of office holders. */
const OFFICE_LIST = String.raw`(?:the )?(?:same )?[A-Z][^;,.]*(?:,\s*(?:and\s+)?(?:the )?[A-Z][^;,.]*)*`;
const CONSULTING = new RegExp(
  String.raw`,?\s*\b(?:after|following|in|upon|on) (?:consulting|consultation with|having consulted)\s+${OFFICE_LIST}(?:,(?=\s)|(?=[;.]|$))`,
  "g",
);
/** "after compliant procurement and consulting the Portfolio Holders for …, to award": the step kept, the offices not. */
const AND_CONSULTING = new RegExp(
  String.raw`\s+and (?:after )?(?:consulting|consultation with|having consulted|in consultation with)\s+${OFFICE_LIST}(?=,)`,
  "g",
);
const officesIn = (clause: string) =>
  clause.split(/,\s*(?:and\s+)?(?=(?:the )?[A-Z])|\s+and\s+(?=the [A-Z])|\s+and\s+for\s+/).length;
/** The one office consulted is a Portfolio Holder or the Leader: the Cabinet's standing sign-off on a delegation. */
const politicalSignOff = (clause: string) =>
  /\b(?:consulting|consultation with|consulted)\s+(?:the )?(?:Portfolio Holder|Leader)\b/.test(clause);
const SATISFACTION = new RegExp(String.raw`\s+to the (?:satisfaction|agreement) of\s+${OFFICE_LIST}`, "g");

/** ", noting the delegation given in November 2018 to …" up to the clause's end: an earlier decision recalled. */
const EARLIER_DECISION_NOTED =
  /,\s*noting (?:that )?(?:the |an? )?(?:earlier |previous |existing )?(?:delegations?|decisions?|authority|approvals?|resolutions?) (?:(?:already|previously) )?(?:given|made|taken|granted|agreed|approved|delegated) (?:by [A-Z][\w ]{2,40}? )?(?:in|on) (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b[^;]*?(?=;|\.?\s*$)/g;

/** A resolution in plain words, each step in turn (see the steps below). */
export function plainWords(text: string): string {
  // A recommendation to another body stays one: "(1) approve the budget", never "the budget was approved".
  const recommends = RECOMMENDS.test(text);
  const plain = withCountedPosts(withoutProcess(withoutWherePrinted(recommendationLead(text))));
  const turned = turnedRound(conditionsAndPairs(plain, recommends), recommends);
  return tidied(recommends ? turned : notedEventTold(sharedSubjectStep(laterSecondStep(turned))), recommends);
}

/** The words a rank opens a post's title with ("Director of …", "Head of …", "Assistant Director of …"). */
const POST_RANK = String.raw`(?:(?:Interim|Deputy|Assistant|Corporate|Executive|Senior|Principal|Strategic|Chief) )*(?:Director|Head|Manager|Officer|Lead|Executive|Controller|Adviser|Advisor)\b`;
const POSTS_LIST = new RegExp(
  String.raw`\bthe ((?:new )?)(posts|roles) of (${POST_RANK}[^;,.()]*?(?:, ${POST_RANK}[^;,.()]*?)*(?:,? and ${POST_RANK}[^;,.()]*?))(?=,|;|\.|\s+(?:be|at|from|with|in|on|to)\b|$)`,
  "g",
);
const COUNT_WORDS = [
  "",
  "",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/**
 * "the creation of the posts of Director of A and B, Head of C and Head of D be approved": how many posts the list
 * names is said ("the three posts of …"), as a restructure's deletions are counted ("the five posts"). Each post is
 * told by the rank its title opens with, so "Director of Housing and Regeneration" is one post, not two
 * (docs/summaries.md#long-minutes-round-thirty).
 */
export function withCountedPosts(text: string): string {
  return text.replace(POSTS_LIST, (whole: string, fresh: string, posts: string, list: string) => {
    const count = list.split(new RegExp(String.raw`,\s*(?:and\s+)?(?=${POST_RANK})|\s+and\s+(?=${POST_RANK})`)).length;
    return count >= 2 && count < COUNT_WORDS.length ? `the ${COUNT_WORDS[count]} ${fresh}${posts} of ${list}` : whole;
  });
}

/** "Resolved to RECOMMEND …", "That Cabinet be recommended to …": said once as "Recommended to <body>: …". */
function recommendationLead(text: string): string {
  return (
    text
      // "Resolved to RECOMMEND (unanimously): (to Council)": how it was carried goes after whom it went to.
      .replace(
        /^RESOLVED to RECOMMEND:?\s*(\((?!to\b)[^)]*\))?:?\s*\(to ([^)]+)\):?\s*/i,
        (_m, how: string | undefined, body: string) => `Recommended to ${body.trim()}${how ? ` ${how}` : ""}: `,
      )
      // "That the Portfolio Holder for Environment be recommended to approve: (1) …", "That Cabinet be recommended to (1)
      // make …": a recommendation to that body, said as the others are ("Recommended to Cabinet: (1) make …").
      .replace(
        /^(?:RESOLVED:?\s*)?That,?\s+((?:the )?(?:Cabinet|Council|(?:Portfolio Holder|Leader|Corporate Director|Director)\b[\w' ,]{0,80}?)) be recommended to:?\s+(?=\(1\)|(?:approve|agree|adopt|endorse|note|make|provide|introduce)\b)/,
        (_m, body: string) => `Recommended to ${body.trim()}: `,
      )
      // "… be recommended to approve: (1) …": the verb leads into its list without a second colon.
      .replace(
        /^(Recommended to [^:]+: )(approve|agree|adopt|endorse|note|make|provide|introduce):\s+(?=\(1\))/,
        "$1$2 ",
      )
      // "Following consideration of the report, Cabinet Resolved to RECOMMEND: That …": to whom, the minute does not say.
      .replace(/^RESOLVED to RECOMMEND:?\s*(?=That\b|\(1\))/i, "Recommended: ")
      // "Resolved to RECOMMEND: to Council (1) …": the body named after the colon, without brackets.
      .replace(
        /^RESOLVED to RECOMMEND:?\s*to ((?:the )?[A-Z][\w'\u2019 ]*?)\s*:?\s+(?=\(1\)|That\b)/,
        (_m, body: string) => `Recommended to ${body.trim()}: `,
      )
      // "Recommended to the Leader of the Council: That (1) the first hour … be free": the "That" before the list goes,
      // and "That Cabinet (1) note …" names the body it is recommended to a second time.
      .replace(/^(Recommended to ([^:(]+?)(?: \([^)]*\))?: )That(?: \2)?:?\s+(?=\(1\))/, "$1")
      // "That Council agree (1) …": the body named again before its verb goes with the "That".
      .replace(/^(Recommended to ([^:(]+?)(?: \([^)]*\))?: )That \2 (?=[a-z]+ \(1\))/, "$1")
  );
}

/** Where the text is printed ("as set out in section 15 of the officer report", "(Appendix 2)"): not the decision. */
function withoutWherePrinted(text: string): string {
  return (
    text
      // "(See also Minute 75)." after the resolution: a pointer to another minute, not part of the decision.
      .replace(/(?<=[.;])\s*\(see also minutes? [\w.]+(?: (?:and|to) [\w.]+)?\)\.?/gi, "")
      .replace(
        /\s*\((?:see (?:also )?)?(?:appendix|annex|table|section|paragraph|minute)s? [\w.]+(?: (?:and|to) [\w.]+)?(?: (?:to|of|in) the (?:officer'?s? |cabinet |committee )?report)?\)/gi,
        "",
      )
      // "the terms of reference, as now amended and as set out at Appendix 1 to these minutes, be approved", "the
      // Protocol, now attached, be adopted": where the text is printed, not what was decided.
      .replace(
        /,?\s*(?:and )?(?:as )?(?:set out|shown|contained) (?:at|in) (?:appendix|annex|schedule) [\w.]+ to (?:these|the) minutes\b/gi,
        "",
      )
      .replace(
        /,\s*(?:as\s+)?(?:now\s+)?(?:attached|appended|enclosed)(?: (?:hereto|to these minutes))?(?=\s*(?:,|;|\.|be\b|$))/gi,
        "",
      )
      .replace(
        // "detailed in Appendix 1 of these minutes" says where the detail is kept, and stays.
        /,?\s*(?:as )?(?:now )?(?:set out|detailed|described|contained|shown) in (?:section|paragraph|appendix|annex|table)s? [\w.]+(?:\s*(?:and|to|-)\s*(?!the\b)[\w.]+)?(?: (?:of|to) the (?:officer'?s? |cabinet )?report)?(?! (?:of|to) (?:these|the) minutes)/gi,
        "",
      )
      // "the Parking Strategy, at Appendix A to the report, be approved", "the Capital Programme, as set out at
      // Appendix A to the report, be approved", "the Policy, attached at Appendix 1 to the report, be adopted": where
      // the text is printed, set off by commas, goes with both of them.
      .replace(
        /,\s*(?:as (?:set out|shown|detailed) |(?:as )?(?:attached|appended) )?(?:at|in|as) (?:appendix|annex) [\w.]+ (?:to|of) the (?:officer'?s? |cabinet |committee )?report\b,?(?=\s)/gi,
        "",
      )
      .replace(
        /\s+in (?:appendix|annex|section|paragraph) [\w.]+ (?:to|of) the (?:officer'?s? |cabinet |committee )?report\b/gi,
        "",
      )
      // "the consultation responses, summarised in section 5 of and Appendix 1 to the officer report, be noted".
      .replace(
        /,?\s*(?:(?:as )?(?:summarised|set out|described|detailed|contained|shown) )?in (?:section|paragraph|appendix|annex)s? [\w.]+ (?:of|to) and (?:appendix|annex|section|paragraph)s? [\w.]+ (?:to|of) the (?:officer'?s? |cabinet |committee )?report(?:,(?=\s))?/gi,
        "",
      )
      // "the fund, with the criteria set out in the report, be agreed": a qualifier that only says where the detail is
      // goes whole, never leaving "with the criteria" before the verb (docs/summaries.md#a-schools-forums-minutes).
      .replace(
        /,\s*with (?:the|its|their) [\w'\u2019 -]{1,40}? (?:set out|detailed|described|contained|shown|summarised|proposed) in the (?:officer'?s? |cabinet |committee )?report,(?=\s)/gi,
        "",
      )
      // "the creation of the posts of …, at the grades set out in the report, be approved": the grades, rates or terms
      // the report holds go with the pointer to it, never leaving "at the grades" (docs/summaries.md#long-minutes-round-thirty).
      .replace(
        /,\s*(?:at|on|with(?:in)?) (?:the|its|their) (?:grades?|pay grades?|salary bands?|salar(?:y|ies)|rates?|terms(?: and conditions)?) (?:set out|detailed|described|contained|shown|proposed) in the (?:officer'?s? |cabinet |committee )?report,(?=\s)/gi,
        "",
      )
      // "as set out in the report", "the works in the officer report": where the detail is, not what was decided.
      .replace(
        /,?\s*(?:as )?(?:set out|detailed|described|contained|shown|summarised|proposed) in the (?:officer'?s? |cabinet |committee )?report\b,?/gi,
        "",
      )
      .replace(/\s+in the (?:officer'?s?|cabinet|committee) report\b/gi, "")
      // "…, as set out above": a pointer back to the minute's account, which the summary does not print whole.
      .replace(/,?\s*as (?:set out|stated|described|explained) above\b/gi, "")
  );
}

/**
 * The officers' process and the page's furniture: the legal power used, whom an officer consults, an earlier decision
 * recalled, the Chair's signature and the closing time printed after the last item.
 */
function withoutProcess(text: string): string {
  return (
    text
      // "under Section 38(2) of the Local Government Finance Act 1992, the Chief Executive…": the legal power, which
      // the official minutes keep, not the decision.
      .replace(/\b[Uu]nder [Ss]ection \d+\s*(?:\(\d+\))?(?: of the [A-Z][\w ]+? Act \d{4})?,\s*/g, "")
      // "under the Local Authorities (Goods and Services) Act 1970": the power used, not what was decided.
      .replace(
        /,?\s+under the [A-Z][\w'’ ]*?(?:\([\w ]+\)[\w ]*?)? (?:Act|Order|Regulations) \d{4}(?: \((?:as )?amended\))?(?=[,;.]|\s|$)/g,
        "",
      )
      // Whom an officer consults or must satisfy before acting is process: a list of offices goes, one office is kept
      // (short, and part of the delegation) unless it is a Portfolio Holder or the Leader, whom a Cabinet delegation
      // consults as a matter of form ("the Corporate Director …, following consultation with the Portfolio Holder
      // for …, be authorised to …", printed under nearly every key decision).
      .replace(AND_CONSULTING, (clause: string) => (officesIn(clause) > 1 || politicalSignOff(clause) ? "" : clause))
      .replace(CONSULTING, (clause: string) => (officesIn(clause) > 1 || politicalSignOff(clause) ? "" : clause))
      // "once negotiations are concluded to the satisfaction of the Director of Finance": the condition stays, whose
      // satisfaction is the officers' process.
      .replace(SATISFACTION, "")
      // "…, subject to no well-founded objection being received from members of the Executive in accordance with the
      // Officer Employment Procedure Rules": the condition stays, in fewer words; the rules it is made under go
      // (docs/summaries.md#a-chief-officers-employment-panels-minutes).
      .replace(
        /\bno (well-founded|material) objection (?:being|having been) (?:received|made) (?:from|by) (?:any )?(?:members? of )?the (Executive|Cabinet)\b/g,
        "no $1 objection from the $2",
      )
      .replace(/,?\s+in accordance with the [A-Z][\w'\u2019 ]*? Procedure Rules\b(?: of the Constitution)?/g, "")
      // "(2) subject to (1), Ms A's start date be agreed …": a clause that waits on the one before it says so by
      // coming after it.
      .replace(
        /(\(\d+\)\s+)subject to (?:\(\d+\)|(?:resolution|recommendation|paragraph) \(?\d+\)?)(?: above)?,\s*/gi,
        "$1",
      )
      // "…, noting the delegation given in November 2018 to the Corporate Director to agree leases …": a reminder of
      // an earlier decision, not this one (a reminder with a sum or a rate stays).
      .replace(EARLIER_DECISION_NOTED, (clause: string) => (/[£$%]|\d%/.test(clause) ? clause : ""))
      .replace(/\s*\(?\bCHAIR\b\)?\s*$/g, "")
      .replace(/\s*\(Signed\)[^]*$/i, "")
      .replace(/\s*\(?The meeting (?:finished|closed|ended) at [^)]*\)?\.?\s*$/i, "")
  );
}

/**
 * A decision that holds only if a condition is met, and two verbs for one thing ("be endorsed and adopted"), said as
 * one plain decision before the single verbs are turned round.
 */
function conditionsAndPairs(text: string, recommends: boolean): string {
  return (
    text
      .replace(/\bthat the following be noted:\s*/gi, () => (recommends ? "note: " : "noted: "))
      // "(2) should the overspend not be mitigated by March, the balance be funded from reserves, be agreed": the
      // decision is the agreement; what it agreed happens only if the condition is met.
      .replace(
        /(\(\d+\)\s+|\bthat,?\s+|;\s+)(should|if|where) ([^;]+?), ((?:the )?[^;,]+?) be (\w+ed|paid|met|made) ([^;]*?),? be (agreed|approved)(?=;|\.|\s*$)/gi,
        (
          _m,
          before: string,
          cond: string,
          condition: string,
          what: string,
          verb: string,
          rest: string,
          agreed: string,
        ) =>
          recommends
            ? `${before}${agreed.slice(0, -1)} that, ${cond.toLowerCase()} ${condition}, ${what} would be ${verb} ${rest}`
            : `${before}it was ${agreed} that, ${cond.toLowerCase()} ${condition}, ${what} would be ${verb} ${rest}`,
      )
      // "That, subject to consultation, the Code be approved and adopted into the Constitution": the condition first,
      // then both verbs as one decision ("subject to consultation, approve the Code and adopt it into …").
      .replace(
        /\bthat,?\s+((?:subject to|following|upon|on) [^,;]+),\s+((?:the )?[^;,]+?) be (approved|agreed|adopted|endorsed|noted)(?: and (approved|agreed|adopted|endorsed|noted)\b)?/gi,
        (_m, condition: string, what: string, verb: string, second: string | undefined) => {
          const it = isPlural(what) ? "them" : "it";
          if (recommends)
            return `${lowerFirst(condition)}, ${IMPERATIVE[verb.toLowerCase()]} ${what}${second ? ` and ${IMPERATIVE[second.toLowerCase()]} ${it}` : ""}`;
          return `${lowerFirst(condition)}, ${what} ${isPlural(what) ? "were" : "was"} ${verb.toLowerCase()}${second ? ` and ${second.toLowerCase()}` : ""}`;
        },
      )
      // "That the Strategy be endorsed and adopted as part of the policy framework": two verbs for one thing, both
      // said ("endorse the Strategy and adopt it as part of …"), never "endorse … and adopted".
      .replace(
        /\bthat,?\s+((?:the )?[^;,]+?) be (approved|agreed|adopted|endorsed|noted) and (approved|agreed|adopted|endorsed|noted)\b/gi,
        (_m, what: string, verb: string, second: string) =>
          recommends
            ? `${IMPERATIVE[verb.toLowerCase()]} ${what} and ${IMPERATIVE[second.toLowerCase()]} ${isPlural(what) ? "them" : "it"}`
            : `${what} ${isPlural(what) ? "were" : "was"} ${verb.toLowerCase()} and ${second.toLowerCase()}`,
      )
  );
}

/**
 * "That the Scheme be approved and brought into effect from 1 May 2026", recommended: a second participle shares the
 * first one's "be", so the recommendation keeps it ("the Scheme to be approved and brought into effect …"); the
 * imperative would leave the second one hanging ("approve the Scheme and brought into effect").
 */
const SECOND_PARTICIPLE =
  /^,? and (?!that\b|(?:recommended|referred|forwarded|submitted) to\b)(?:\w+ed|brought|given|made|taken|put|set|sent|held|kept|published|issued)\b/;

/** A step already turned round, and the "and" after it: "… no breach was accepted and ". */
const STEP_DONE_AND = /^(.*\b(?:was|were) [a-z]+(?:ed|en)\b.*?\s(?:and|,\s*and)\s+)(.+)$/;

/**
 * "the finding that there had been no breach was accepted and the complaint be closed": the "that" of a finding, a
 * view or a conclusion inside a step already said is not the resolution's, so it stays ("The finding that there had
 * been no breach was accepted"); only the words after the step's "and" take the verb ("the complaint was closed").
 * Null when no step before the verb was already said.
 */
function afterStepDone(m: string, what: string, verb: string, rest: string, recommends: boolean): string | null {
  const said = STEP_DONE_AND.exec(what);
  if (!said) return null;
  const lead = m.slice(0, m.indexOf(what));
  return `${lead}${said[1]}${recommends ? `${said[2]} to be ${verb}` : passiveOf(said[2]!, verb, rest)}`;
}

/**
 * Each "be <verb>" in plain English: "the report be noted" -> "The report was noted"; in a recommendation, the
 * imperative ("note the report"); a step set for later, "will be" (passiveOf).
 */
function turnedRound(text: string, recommends: boolean): string {
  return (
    text
      .replace(THAT_DECIDED, (_m, clause: string, verb: string, rest: string) => {
        // "the Licensing Policy, attached at Appendix A, be endorsed": the comma before the verb goes with it.
        // ("…, having regard to …, be approved" keeps it for the formula's own removal below).
        // "…, or any later date if mobilisation was delayed, be agreed": a clause of its own before the verb keeps its
        // comma, or "was delayed was agreed" would run together.
        const what =
          /,\s*(?:having|with) (?:due )?regard to [^,;]+,$/.test(clause) || OWN_CLAUSE.test(clause)
            ? clause
            : clause.replace(/,$/, "");
        // Turned round, a comma that closes a phrase the subject opened stays: "The acquisition of 90 homes, within a
        // budget of £41.4m, was approved" (passiveOf drops a lone one).
        return POINTS_BACK.test(what)
          ? `that ${what} to be ${verb}`
          : recommends
            ? SECOND_PARTICIPLE.test(rest)
              ? `${what} to be ${verb.toLowerCase()}`
              : `${IMPERATIVE[verb.toLowerCase()]} ${what}`
            : passiveOf(clause, verb, rest);
      })
      // "That the report be noted and recommended to the February Cabinet…", recommended to another body: both verbs
      // in the imperative ("note the report and recommend it to the February Cabinet…"), never "note … and recommended".
      .replace(
        /\b(note|approve|agree|endorse|adopt) ((?:the|this) [^;,]+?) and (recommended|referred|forwarded|submitted) to\b/g,
        (m, verb: string, what: string, onward: string) =>
          recommends ? `${verb} ${what} and ${ONWARD[onward]} ${isPlural(what) ? "them" : "it"} to` : m,
      )
      // "(7) the Chief Executive be instructed to publish a notice …": an instruction given now, whenever it is done.
      // "That officers be instructed to …" opening the resolution: "Officers were instructed to …", no "That".
      .replace(INSTRUCTED, (_m, before: string, what: string, offset: number) => {
        const lead = offset === 0 && /^that\b/i.test(before) ? "" : before;
        const who = offset === 0 ? what.replace(/^that,?\s+/i, "") : what;
        return recommends
          ? `${lead}instruct ${lowerFirst(who)} to`
          : `${lead}${who} ${isPlural(who) ? "were" : "was"} instructed to`;
      })
      // "the budget, having regard to the outcome of the consultations and the equality impact assessments, be approved":
      // the statutory formula, not the decision.
      .replace(/,\s*(?:having|with) (?:due )?regard to [^,;]+,/gi, "")
      .replace(/,\s*(?:having|with) (?:due )?regard to [^,;]+(?=;)/gi, "")
      // "that £2.5m be added to the capital programme": the same, for any other verb.
      .replace(THAT_PARTICIPLE, (m, what: string, verb: string, rest: string) => {
        const inner = afterStepDone(m, what, verb, rest, recommends);
        if (inner) return inner;
        // "That officers seek repayment …, and that the Director be authorised to …": the verb is the second
        // clause's; the first keeps its own verb (willDo says it), and only the second subject is turned round.
        const [, first = "", subject = what] = /^(.*?,?\s+and) that,?\s+(.+)$/s.exec(what) ?? [];
        if (POINTS_BACK.test(subject)) return `that ${what} to be ${verb}`;
        const lead = first ? `${first} ` : "";
        return recommends ? `${lead}${subject} to be ${verb}` : `${lead}${passiveOf(subject, verb, rest)}`;
      })
      // The clauses after the first have no "that": "(2) officers be authorised to abandon …".
      // "(1) the reference was received and the Committee be thanked": a step already turned round is no part of the
      // next one's subject; only the words after its "and" take this verb ("the Committee was thanked").
      .replace(NUMBERED_PARTICIPLE, (_m, number: string, what: string, verb: string, rest: string) => {
        const said = /^(.*\b(?:was|were) [a-z]+(?:ed|en)\b.*?\s(?:and|,\s*and)\s+)(.+)$/.exec(what);
        const [done, subject] = said ? [said[1]!, said[2]!] : ["", what];
        return recommends
          ? `${number}${done}${subject} to be ${verb}`
          : `${number}${done}${passiveOf(subject, verb, rest)}`;
      })
      // The same when the printed minutes lost the numbers: "…; the Model Council Tax Resolution be approved".
      .replace(UNNUMBERED_NOTED, (_m, before: string, what: string, verb: string, rest: string) =>
        recommends ? `${before}${IMPERATIVE[verb.toLowerCase()]} ${what}` : `${before}${passiveOf(what, verb, rest)}`,
      )
      // …and for any other verb: "…; the Corporate Director of Place be authorised to keep the Strategy under review".
      .replace(UNNUMBERED_PARTICIPLE, (_m, before: string, what: string, verb: string, rest: string) =>
        recommends ? `${before}${what} to be ${verb}` : `${before}${passiveOf(what, verb, rest)}`,
      )
      // "…was closed from 1 April 2026 and the site be declared surplus": a second step joined by "and" is turned
      // round too.
      .replace(AND_PARTICIPLE, (_m, before: string, what: string, verb: string, rest: string) =>
        recommends ? `${before}${what} to be ${verb}` : `${before}${passiveOf(what, verb, rest)}`,
      )
      .replace(/^That,?\s+(?=\(\d+\))/i, "")
      // "That the return of Councillors elected … noted." (the minute's "be" left out): said as noted all the same.
      .replace(
        /^That,?\s+((?:(?!\bbe\b)[^;])+?)\s+(noted|agreed|approved)\.?$/i,
        (_m, what: string, verb: string) => `${upperFirst(what)} ${isPlural(what) ? "were" : "was"} ${verb}.`,
      )
      // "(7) that, under Section 38 (2) …, the Chief Executive to publish …": the "that" introduces nothing.
      .replace(
        /(\(\d+\)\s*)that,?\s+(?!(?:report|plan|review|study|strategy|scheme|contract|proposal|programme|policy|work) to be\b)/gi,
        "$1",
      )
  );
}

/** Punctuation left by the steps before: one list of numbered clauses, no dangling "; and", a capital to start. */
function tidied(text: string, recommends: boolean): string {
  return (
    text
      .replace(
        /\[?\s*As (?:these|this|the) (?:decisions?|recommendations?) (?:are|is|was|were) reserved to (?:full )?Council,? call-in did not apply(?: to (?:them|it))?\.?\s*\]?/gi,
        // Procedure, not the decision: a recommendation to Council already says Council decides (a call-in waived
        // for urgency is worded otherwise and stays).
        " ",
      )
      // "(6) … be approved. [As these decisions are reserved …] (7) …": one list of resolutions.
      .replace(/\.\s+(?=\(\d+\)\s)/g, "; ")
      .replace(/;\s*(?:and|or)\s*(?=\(\d+\)|$)/gi, "; ")
      .replace(/\.\s*;/g, ";")
      .replace(/\s*;\s*$/, ".")
      // A comma left before the stop where a clause went ("approve the terms of reference, as set out …,").
      .replace(/,(\s*[.;])/g, "$1")
      .replace(/,\s*$/, "")
      .replace(/\s{2,}/g, " ")
      .trim()
      // A sentence starts with a capital; a recommendation's "(2) approve …" stays lower case, as the council writes it.
      .replace(/(^|(?:^|[;:]\s*)\(\d+\)\s)([a-z])/g, (m, before: string, letter: string) =>
        recommends && before ? m : `${before}${letter.toUpperCase()}`,
      )
      .replace(/\b(RESOLVED:\s+)([a-z])/g, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
  );
}
