// The bare subjunctive ("the Council agree", "officers report") said as what will happen, or, in a recommendation,
// what the other body is asked to do.
import { upperFirst } from "../../text/sentences";
import { officerWillReport, TO_A_LATER_MEETING } from "../later-steps";
import { PERSON } from "../person";
import { FUTURE } from "./grammar";

/**
 * Verbs a resolution leaves in the bare subjunctive: "That the Council agree with the GLA …", "(4) the Council join
 * the Syndicate", "the four schemes become permanent", "(2) the Forum nominate two of its representatives to …" (a body
 * putting forward or appointing its own members), "(2) future reports to the Committee show, for each quarter, …" (what a
 * later paper is to hold: "show" and "include" after a plural subject read as the present tense anywhere but a
 * resolution), "(2) officers ask the funding department for the deadline to be extended" (a step still to be taken,
 * docs/summaries.md#a-climate-advisory-panels-minutes), "(3) officers circulate the documents to the Panel", "(2)
 * officers hold a briefing for small employers", "officers arrange a site visit" (what officers undertook to do,
 * docs/summaries.md#a-business-consultative-panels-minutes). Nouns that are also verbs ("report", "work", "fund") are not
 * here, so "a further report …" is never read as a verb.
 */
const BARE_VERB =
  "agree|ask|enter|join|become|come|continue|proceed|seek|write|undertake|establish|submit|remain|retain|commission|commit|invite|circulate|arrange|hold|allocate|provide|apply|carry|bring|publish|consider|receive|take|make|give|determine|decide|attend|nominate|appoint|show|include|be";
const BARE_SUBJUNCTIVE = new RegExp(
  String.raw`(^|(?:^|[;:]\s*)\(\d+\)\s+|;\s+)(That,?\s+)?((?:[Ii]f [^,;()]{1,40},\s+)?(?:the|The|a|A|an|An|this|This|these|These|all|All|each|Each|its|Its|future|Future|Cabinet|Council|Officers|officers)\b(?:[^;:()]|\([^()]*\))*?) (${BARE_VERB})(?=[ ,])`,
  "g",
);
const AND_THAT_SUBJUNCTIVE = new RegExp(
  String.raw`(,?\s+and) that ((?:the|a|an) [^;:(),]{2,80}?) (${BARE_VERB})(?= )`,
  "g",
);
/** "Mr A, Head of B, act up as …", "Ms C serve as …": a person named by title, then a verb left bare. */
const NAMED_SUBJUNCTIVE = new RegExp(
  String.raw`(^|(?:^|[;:]\s*)\(\d+\)\s+|;\s+)(That,?\s+)?(${PERSON}(?:, [^,;:()]{2,60},)?) (act up|act|serve|become|continue|remain|take up)(?= )`,
  "g",
);
// "did" and "does": "(4) the post of 11 May did not bring the office into disrepute" already has its verb, which is
// past or present, not a step still to come (docs/summaries.md#a-standards-hearings-minutes).
const NOT_A_SUBJECT =
  /\b(?:to|is|are|was|were|will|would|be|been|has|have|had|did|does|that|which|who|should|must|may|can)\b/i;

/**
 * A subject without the places it names ("future reports to the Committee", "the payment to the contractor"): a "to"
 * that leads a place or a body is no infinitive ("the Council to join …") and leaves the subject a subject.
 */
function withoutPlaces(subject: string): string {
  return subject.replace(/\bto (?:the|a|an|its|each) (?=[A-Za-z])/g, "");
}

/**
 * The bare subjunctive in plain English: what the meeting decided will happen ("the Council will agree with the GLA
 * …", "the four school street schemes … will become permanent"); in a recommendation, what the other body is asked to
 * decide ("(4) the Council to join …").
 */
export function willDo(text: string, recommends: boolean): string {
  return (
    officerWillReport(text, recommends)
      // "(1) Mr A, Head of Legal Services, act up as Director of … from 11 April 2026": a named officer's step, still to
      // come (docs/summaries.md#a-chief-officers-employment-panels-minutes).
      .replace(
        NAMED_SUBJUNCTIVE,
        (_m, before: string, that: string | undefined, who: string, verb: string) =>
          `${before}${who} ${recommends ? "to" : "will"} ${verb}`,
      )
      .replace(BARE_SUBJUNCTIVE, (m, before: string, that: string | undefined, subject: string, verb: string) => {
        if (NOT_A_SUBJECT.test(withoutPlaces(subject)) || subject.split(/\s+/).length > 30) return m;
        const who = that ? upperFirst(subject) : subject;
        return `${before}${who} ${recommends ? "to" : "will"} ${verb}`;
      })
      // "(4) the Sub-Committee review the repairs service again in March 2026": the body itself, later ("review" is
      // no bare verb elsewhere: "the scrutiny review of …" is a noun).
      .replace(
        /((?:^|;\s+|\(\d+\)\s+)(?:That,?\s+)?(?:the )?(?:[A-Z][\w'\u2019-]* )*(?:Committee|Sub-Committee|Panel|Board|Forum)) review\b/g,
        (_m, who: string) => `${who} ${recommends ? "to" : "will"} review`,
      )
      // "(2) the Committee request a written briefing on …", "(3) the Committee recommend to the integrated care board
      // that it publish …": the meeting's own body asks or recommends by the resolution itself, so it is done, said in
      // the past tense (docs/summaries.md#a-joint-health-scrutiny-committees-minutes).
      .replace(OWN_REQUEST, (m, who: string, verb: string) => (recommends ? m : `${who} ${verb}ed`))
      // "the deputation be noted, and that officers report the results … to the Panel's meeting in March 2026".
      .replace(
        /(,?\s+and) that (officers|the officers) (report|bring|present|review|investigate)(?= )/g,
        (_m, and: string, who: string, verb: string) => `${and} ${who} ${recommends ? "to" : "will"} ${verb}`,
      )
      // "the scope be agreed, and that a review group of four Members, chaired by Councillor A, report to the
      // Committee in September 2026": a group's or a post's report to a body, still to come ("report to" after a
      // subject is the verb; "a report to the Committee" has no subject before it).
      .replace(
        /(,?\s+and) that ((?:the|a|an) [^;:()]{2,120}?) report to (?=the |a |Cabinet\b|Council\b)/g,
        (m, and: string, subject: string) =>
          NOT_A_SUBJECT.test(subject) ? m : `${and} ${subject} ${recommends ? "to" : "will"} report to `,
      )
      // "the report be noted, and that the Director of Finance provide a note …": the second step, still to come.
      .replace(AND_THAT_SUBJUNCTIVE, (m, and: string, subject: string, verb: string) =>
        NOT_A_SUBJECT.test(subject) ? m : `${and} ${subject} ${recommends ? "to" : "will"} ${verb}`,
      )
      // "the accounts be approved, and that the Chair sign them on behalf of the Committee": a post signs later ("sign"
      // is no bare verb elsewhere: "the road sign be moved" is a noun).
      .replace(
        /(,?\s+and) that ((?:the )?(?:Chair|Vice-Chair|Mayor|Leader|[A-Z][\w' ]{0,40}?(?:Officer|Director|Executive|Manager)))\s+sign\b/g,
        (_m, and: string, who: string) => `${and} ${who} ${recommends ? "to" : "will"} sign`,
      )
      // "(4) progress in implementing the Strategy be subject to annual reporting": what will happen.
      .replace(
        /(?<!\b(?:to|will|would|should|must|can|could|may|might|shall|not|also)\s)\bbe subject to\b/g,
        recommends ? "to be subject to" : "will be subject to",
      )
      // "(2) the two members who have not completed the training do so by 30 June 2026": "do so" (the step the
      // clause names) in the bare subjunctive, still to come.
      // One asked of them in what the meeting said to someone ("write … asking that every councillor … do so") stays.
      .replace(
        /(?<!\b(?:to|will|would|should|must|can|could|may|might|shall|not|also|and|or|did|does|who|which|that)\s)\bdo so\b(?= (?:by|within|before|at|in)\b|[,.;]|$)/g,
        (m: string, at: number, whole: string) =>
          ASKING_THAT.test(
            whole
              .slice(0, at)
              .split(/;|\(\d+\)/)
              .at(-1)!,
          )
            ? m
            : recommends
              ? "to do so"
              : "will do so",
      )
      // "the Council agree to join the Syndicate": it will join it.
      .replace(new RegExp(String.raw`\b(will|to) agree to (?=(?:${BARE_VERB}) )`, "g"), "$1 ")
      // "…referred to Cabinet, and Cabinet be asked to respond within two months": a second clause's body, asked next.
      .replace(
        /(,\s+and\s+)((?:the )?(?:Cabinet|Council|[Oo]fficers|[A-Z][\w' ]{0,40}?(?:Committee|Panel|Board|Director|Officer)))\s+be\s+(asked|invited|requested)\b/g,
        (_m, and: string, who: string, verb: string) => `${and}${who} ${recommends ? "to" : "will"} be ${verb}`,
      )
      // "… were agreed and the Monitoring Officer be authorised to amend the Constitution": a second officer's
      // authority, given now.
      .replace(
        /(\s+and\s+)((?:the )?[A-Z][\w' ]{0,40}?(?:Officer|Director|Executive|Leader|Manager))\s+be\s+(authori[sz]ed|instructed)\b/g,
        (_m, and: string, who: string, verb: string) => `${and}${who} ${recommends ? "to be" : "was"} ${verb}`,
      )
      // "the results will be reported to the Committee before the policy was referred to Council": a step still to
      // come is before (or after, until, once) one that is still to come too.
      .replace(STILL_TO_COME, (_m, step: string, was: string) => `${step}${was === "was" ? "is" : "are"}`)
  );
}

/**
 * "the Committee request …", "the Joint Committee recommend to NHS Northfield that …": a scrutiny body's own request or
 * recommendation, in the bare subjunctive, at the head of a clause.
 */
const OWN_REQUEST =
  /((?:^|[;:]\s*|\(\d+\)\s+)(?:That,?\s+)?(?:[Tt]he |[Tt]his )(?:[A-Z][\w'\u2019-]* ){0,6}(?:Committee|Sub-Committee|Panel|Board|Forum|Group)) (request|recommend)(?= )/g;

/** "asking that …", "requesting that …": what the meeting asks of others, in their own subjunctive. */
const ASKING_THAT =
  /\b(?:ask|asking|asked|request|requesting|requested|urge|urging|urged|invite|inviting|invited) that\b/i;

/** "will be reported … before the policy was": a "was" or "were" in a step's "before", "after", "until" or "once". */
// "are to be referred … before any decision on its future was taken": a step passed on is still to come too, and so is
// a decision "taken", "made" or "given" (docs/summaries.md#sentences-that-read-wrong-stop-40).
const STILL_TO_COME =
  /(\b(?:will|(?:is|are) to be) [^;.]*?\b(?:before|after|until|once) (?:the |a |an |its |their )?(?:[\w'\u2019-]+ ){0,5}?)(was|were)\b(?= (?:[a-z]+ed|taken|made|given)\b)/g;

/** A deadline the meeting set: "by 31 March 2026", "by the end of June", "by March 2027". */
const BY_A_DATE =
  /\bby (?:the end of )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?\b/;

/**
 * "That the Pay Policy Statement be approved and published on the Council's website by 31 March 2026", turned round
 * to "was approved and published … by 31 March 2026": the first step was taken at the meeting, but a second one with a
 * deadline of its own is still to come ("was approved and will be published … by 31 March 2026"), so the summary
 * never says it has been done.
 */
export function laterSecondStep(text: string): string {
  return text.replace(
    /\b(was|were) (\w+ed) and (\w+ed)\b(?=([^;]*))/g,
    (m, was: string, first: string, second: string, rest: string) =>
      BY_A_DATE.test(rest) ? `${was} ${first} and will be ${second}` : m,
  );
}

/**
 * "… was deferred until the school has consulted parents, and be brought to the next meeting": a second step that
 * shares the first one's subject, left in the bare subjunctive once the first is turned round. When its own words set
 * it for a later meeting or time it is still to come ("…, and will be brought to the next meeting"); otherwise it was
 * taken with the first ("…, and was published").
 */
export function sharedSubjectStep(text: string): string {
  return text.replace(
    /\b(was|were) (\w+ed)\b([^;]*?,?) and be (\w+ed|brought|taken|sent|held|made|given|kept|put|set)\b(?=([^;]*))/g,
    (_m, was: string, first: string, between: string, second: string, rest: string) => {
      const later = FUTURE.test(rest) || TO_A_LATER_MEETING.test(rest) || BY_A_DATE.test(rest);
      return `${was} ${first}${between} and ${later ? "will be" : was} ${second}`;
    },
  );
}
