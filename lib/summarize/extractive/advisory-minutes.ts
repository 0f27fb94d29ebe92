// Amendments and votes told in a sentence each, as an advisory panel's minutes tell them
// (docs/summaries.md#an-advisory-panels-minutes):
//   "Councillor A moved an amendment that the zone operate for two hours, from 10.00 am to 12 noon, which …"
//   "The amendment was seconded by Councillor B." / "Councillor B seconded the amendment."
//   "Upon being put to the vote, the amendment was lost, 3 Members voting in favour and 5 against."
//   "The recommendation, as amended, was then put to the vote and carried, 5 Members voting in favour, 2 against and
//    1 abstaining."
// become one line for the amendment ("Amendment moved by Councillor A, seconded by Councillor B: that the zone operate
// for two hours, from 10.00 am to 12 noon (lost, 3 votes to 5).") and a short line for the vote.
import { TEN_TO_NINETEEN, TENS, TWO_TO_NINE } from "../text/number-words";
import { ADDING, FOLLOWING } from "../text/connectives";
import { tallyWords, type VoteTally } from "../text/recorded-votes";
import { upperFirst } from "../text/sentences";
import { POST, accountAfterIntroduction, moverAccount, reportedByPost } from "./post-accounts";
import { pointsBack } from "./candidate";
import { withoutExamples, withoutMailing, withoutOrdinalLead, withoutPurpose } from "./free-words";
import { caseOutcomeInFewerWords, isCaseOutcome } from "./conduct-minutes";
import {
  isNextStageDated,
  nextStageInFewerWords,
  notDecidingInFewerWords,
  saysDateMoved,
  saysNotDeciding,
} from "./development-minutes";
import { isPreferenceShare } from "./education-minutes";
import { verdictOnObjection } from "./objection-verdicts";
import { reportedToRegulator } from "./regulator-referrals";
import { isRoundFinding, leansOnQuestion, onlyHowAssessed, roundFindingInFewerWords } from "./grants-minutes";

const NAME = String.raw`(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}|(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}|the (?:Chair|Vice-Chair|Leader|Mayor)`;
/**
 * "Councillor A moved an amendment that …", "Councillor A moved an amendment, seconded by Councillor B, that …" and
 * "Councillor A moved, and Councillor B seconded, an amendment to …", where the minute names who seconded it in the
 * same sentence; "Councillor A then moved an amendment …" after a question of their own is the same
 * (docs/summaries.md#a-chief-officers-employment-panels-minutes). So is "Councillor A said that …, and moved an amendment
 * …": why the member moved it is said before (docs/summaries.md#a-joint-committees-minutes).
 */
const MOVED_INLINE = new RegExp(
  String.raw`^(?:The Vice-Chair, |The Chair, )?(${NAME}),?(?: (?:said|stated|commented|argued) that [^.;]{3,200}?,? and)?(?: then| also| subsequently)? moved(?:,? and (${NAME}) seconded,? | )an amendment(?:, seconded by (${NAME}),)? (that|to) (.{8,})$`,
);
/**
 * "Councillor A moved that the decision be deferred until …": a motion of the meeting's own (to defer, to refer back).
 * So is "Councillor A said that …, and moved that the Panel recommend to Cabinet that …": why the member moved it is
 * said before (docs/summaries.md#a-climate-advisory-panels-minutes).
 */
const MOVED_MOTION = new RegExp(
  String.raw`^(?:The Vice-Chair, |The Chair, )?(${NAME}),?(?: (?:said|stated|commented|argued) that [^.;]{3,200}?,? and)? moved (that) (.{8,})$`,
);
/** The seconding said after the motion in the same printed point (docs/summaries.md#a-climate-advisory-panels-minutes). */
const SECONDED_AFTER = new RegExp(
  String.raw`\.\s+(?:The (?:amendment|motion) was seconded by (${NAME})|(${NAME}) seconded the (?:amendment|motion))\.?$`,
);
const SECONDED = new RegExp(
  String.raw`^(?:The (?:amendment|motion) was seconded by (${NAME})|(${NAME}) seconded the (?:amendment|motion))\.?$`,
);

/**
 * "Councillor A moved an amendment that the zone operate for two hours, from 10.00 am to 12 noon, which a number of
 * residents had asked for." -> "Amendment moved by Councillor A: that the zone operate for two hours, from 10.00 am
 * to 12 noon." A closing ", which …" without a figure is why, not what. Null for any other sentence.
 */
export function inlineAmendment(sentence: string): string | null {
  // "… moved that …. The motion was seconded by Councillor B.": a printed point that holds both sentences.
  const after = SECONDED_AFTER.exec(sentence.trim());
  const own = after ? `${sentence.trim().slice(0, after.index)}.` : sentence.trim();
  const amendment = MOVED_INLINE.exec(own);
  const motion = amendment ? null : MOVED_MOTION.exec(own);
  if (!amendment && !motion) return null;
  const [mover, named, that, asked] = amendment
    ? [amendment[1]!, amendment[2] ?? amendment[3], amendment[4]!, amendment[5]!]
    : [motion![1]!, undefined, motion![2]!, motion![3]!];
  const seconder = named ?? after?.[1] ?? after?.[2];
  const words = withoutReason(asked.replace(/[.\s]+$/, ""));
  const by = seconder ? `${mover}, seconded by ${seconder}` : mover;
  return `${amendment ? "Amendment" : "Motion"} moved by ${by}: ${that} ${words}.`;
}

/**
 * What an amendment asked, without the closing clause that says why (", which a number of residents had asked for",
 * ", as traders there had complained", ", because …"): unless that clause carries a figure, it is why, not what.
 */
function withoutReason(words: string): string {
  const why = /,\s+(?:which|as|because|since)\b[^,]*$/.exec(words);
  return why && !/\d/.test(why[0]) ? words.slice(0, why.index) : words;
}

/**
 * "Upon being put to the vote, the amendment was lost, …", "… the motion to defer was lost, …": what became of the
 * amendment or motion just moved (a line from `inlineAmendment`), or null when the sentence decides something else
 * (a substantive motion carried after an amendment is not the amendment's outcome).
 */
export function movedOutcome(line: string, sentence: string): string | null {
  const what = line.startsWith("Motion moved by ") ? "motion(?: to \\w+)?" : "amendment";
  const m = new RegExp(
    `\\b${what} (?:was|were) (lost|carried|agreed|defeated|not carried|not agreed|withdrawn)\\b`,
    "i",
  ).exec(sentence);
  return m ? m[1]!.toLowerCase() : null;
}

/** "Amendment moved by … (lost, 3 votes to 5).", "Motion moved by … (lost, 2 votes to 5).": put to the vote. */
export const MOVED_AND_DECIDED =
  /^(?:Amendment|Motion) moved by .+\((?:lost|carried|agreed|defeated|withdrawn|not carried|not agreed)\b/;

/** "Add a further recommendation:", "Add a new recommendation 5:": where the amendment goes, not what it asks. */
const WHERE_TO_ADD =
  /^(?:Add|Insert)(?: at the end)?(?: an?(?: further| new| additional)?)? recommendation(?: \d+)?\s*:\s*/i;
/** More words than this in an amendment's quotation, and a minute held to words says its first clause. */
const AMENDMENT_QUOTE_WORDS = 25;
/** The first clause said is at least this long, so it says what the amendment asked. */
const FIRST_CLAUSE_WORDS = 10;

/**
 * A long amendment said in a minute held to words: its quotation from what it asked to its first clause ("that the
 * closure of the day centre be withdrawn, …"), so its outcome and the vote's tally keep their place beside the
 * decision. Any other line is returned as it was.
 */
export function amendmentInFewerWords(line: string): string {
  line = withoutWhereInTheText(withoutHowFunded(line));
  const m = /^((?:Amendment|Motion) moved by [^:"\u201c]+: )["\u201c](.+?)["\u201d]( \(.+\)\.)$/.exec(line);
  if (!m) return line;
  const quote = m[2]!.replace(WHERE_TO_ADD, "");
  const words = quote.split(/\s+/);
  if (words.length <= AMENDMENT_QUOTE_WORDS) return line;
  let cut = -1;
  for (let i = FIRST_CLAUSE_WORDS - 1; i < words.length - 1; i++)
    if (/[,;]$/.test(words[i]!)) {
      cut = i;
      break;
    }
  if (cut < 0 || cut >= AMENDMENT_QUOTE_WORDS) return line;
  return `${m[1]}"${words.slice(0, cut + 1).join(" ")} \u2026"${m[3]}`;
}

/**
 * "In the schedule of Chairs, ", "In recommendation 2, ", "In paragraph 4.3 of the report, ": where in the text
 * before the meeting an amendment makes its change, not what it changes (docs/summaries.md#long-minutes-round-twenty-six).
 */
const WHERE_IN_THE_TEXT =
  /^In (?:the )?(?:schedule|table|list|paragraph|recommendation|resolution|appendix|section|motion)\b[^,"\u201c\u201d]{0,60}, (?=(?:delete|insert|add|replace|remove|leave out|substitute)\b)/i;

/**
 * An amendment line held to words, its quotation said without where in the text its change is made
 * (WHERE_IN_THE_TEXT): "…: "In the schedule of Chairs, delete 'A' … and insert 'B'." (lost, …)" is "…: "Delete 'A'
 * … and insert 'B'." (lost, …)". A quotation that opens any other way, and any other line, as it was.
 */
function withoutWhereInTheText(line: string): string {
  const m = /^((?:Amendment|Motion) moved by [^:"\u201c]+: ["\u201c])(.+)$/.exec(line);
  if (!m) return line;
  const rest = m[2]!.replace(WHERE_IN_THE_TEXT, "");
  return rest === m[2] ? line : `${m[1]}${upperFirst(rest)}`;
}

/** Words of a clause that say what it asks (not "the", "that", "be"…): what an amendment and a decision share. */
const contentWords = (text: string) =>
  (text.toLowerCase().match(/[a-z\d][\w'\u2019.-]*/g) ?? []).filter(
    (w) => w.length > 3 && !/^(?:that|this|with|from|before|after|which|would|were|been|being|there|their)$/.test(w),
  );
/** This share of a carried amendment's words in the decision, and the decision carries what it asked. */
const CARRIED_INTO_DECISION = 0.8;

/**
 * A carried amendment whose words the decision now carries ("Amendment moved by A, seconded by B: to add a
 * recommendation that two loading bays … be provided … (carried, 6 votes to 2)." beside a decision whose second part
 * provides them): who moved it and its vote, and that its words are the decision's, not what it asked a second time
 * ("Amendment moved by A, seconded by B, now in the decision (carried, 6 votes to 2)."). Any other line as it was.
 */
export function amendmentInDecision(line: string, decision: string | null): string {
  const m = /^(Amendment moved by [^:]+): (.+) \((carried\b[^)]*)\)\.$/.exec(line);
  if (!m || !decision) return line;
  const asked = contentWords(m[2]!);
  const decided = new Set(contentWords(decision));
  if (asked.length < 4 || asked.filter((w) => decided.has(w)).length < asked.length * CARRIED_INTO_DECISION)
    return line;
  return `${m[1]}, now in the decision (${m[3]}).`;
}

/**
 * ", to be found by reducing each of the three largest grants by £4,000", ", funded from the contingency": where the
 * money an amendment asked for would come from, told after what it asked. Held to words, what it asked and how the
 * vote went are the fact; how it would be paid for goes.
 */
const HOW_FUNDED =
  /,\s+(?:to be (?:found|funded|met|paid for|financed)|funded|financed|paid for|met) (?:by|from|out of)\b[^()]*?(?= \((?:lost|carried|agreed|defeated|withdrawn|not carried|not agreed)\b)/;

/** An amendment line said without how what it asked would be paid for (HOW_FUNDED). */
function withoutHowFunded(line: string): string {
  return /^(?:Amendment|Motion) moved by /.test(line) ? line.replace(HOW_FUNDED, "") : line;
}

/** Who seconded the amendment just moved, or null. */
export function amendmentSeconder(sentence: string): string | null {
  const m = SECONDED.exec(sentence.trim());
  return m ? (m[1] ?? m[2])! : null;
}

/** "Amendment moved by Councillor A: …" -> "Amendment moved by Councillor A, seconded by Councillor B: …" (a motion alike). */
export function withSeconder(line: string, seconder: string): string {
  return line.replace(/^((?:Amendment|Motion) moved by [^:]+?):/, `$1, seconded by ${seconder}:`);
}

/** ", 3 Members voting in favour and 5 against", ", 5 voting for, 2 against and 1 abstaining". */
const TALLY =
  /,?\s*(?:with |by )?(\d+) (?:Members |members |Councillors |councillors )?(?:voting )?(?:in favour|for)(?:,| and)\s+(\d+) (?:voting )?against(?:,? and (\d+) (?:abstaining|abstained|abstention|abstentions))?/;
/** "lost by 4 votes to 6", "carried by 7 votes to 2, with 1 abstention": the count said in votes. */
const TALLY_IN_VOTES =
  /\b(?:carried|lost|agreed|defeated) by (\d+) votes? to (\d+)(?:,? (?:with )?(\d+) (?:abstaining|abstained|abstentions?))?/i;

/** "lost, 3 votes to 5", "carried, 5 votes to 2, 1 abstaining": an outcome with the tally the sentence gives. */
export function outcomeWithTally(sentence: string, outcome: string): string {
  const t = TALLY.exec(sentence) ?? TALLY_IN_VOTES.exec(sentence);
  if (!t) return outcome;
  const abstaining = t[3] ? `, ${t[3]} abstaining` : "";
  return `${outcome}, ${t[1]} votes to ${t[2]}${abstaining}`;
}

/**
 * "Amendment moved by … (lost)." whose recorded vote listed the councillors by name: "(lost, 22 votes to 31,
 * 1 abstaining; recorded vote)." The tally is said only when it agrees with the outcome (a list misread says none).
 */
export function withRecordedTally(line: string, outcome: string, tally: VoteTally): string {
  const carried = outcome === "carried" || outcome === "agreed";
  const agrees = tally.for + tally.against > 0 && (carried ? tally.for > tally.against : tally.for < tally.against);
  if (!agrees || !line.endsWith(`(${outcome}).`)) return line;
  return `${line.slice(0, -`(${outcome}).`.length)}(${outcome}, ${tallyWords(tally)}; recorded vote).`;
}

/**
 * "The recommendation, as amended, was then put to the vote and carried, …", and Harrow's other wording of the same
 * vote, "Upon being put to the vote, the recommendation was carried, 6 Members voting in favour and 2 against."
 */
const VOTE_WITH_TALLY =
  /^(?:Upon being put to the vote, the (recommendations?|motion|proposals?)(,? as amended,?)? (?:was|were)|(?:Upon being put to the vote, )?the (recommendations?|motion|proposals?)(,? as amended,?)? (?:was|were) (?:then )?put to (?:the|a) vote and) (carried|lost|agreed|defeated)\b/i;

/**
 * "The recommendation, as amended, was then put to the vote and carried, 5 Members voting in favour, 2 against and 1
 * abstaining." -> "The recommendation as amended was carried, 5 votes to 2, 1 abstaining." Null
 * when the sentence is no such vote or gives no tally.
 */
export function inlineVoteLine(sentence: string): string | null {
  const m = VOTE_WITH_TALLY.exec(sentence.trim());
  if (!m || !TALLY.test(sentence)) return null;
  const subject = (m[1] ?? m[3])!;
  const what = `The ${subject.toLowerCase()}${(m[2] ?? m[4]) ? " as amended" : ""}`;
  return `${what} ${/s$/i.test(subject) ? "were" : "was"} ${outcomeWithTally(sentence, m[5]!.toLowerCase())}.`;
}

/** "The recommendation as amended was carried, 5 votes to 2, 1 abstaining.": a vote said by `inlineVoteLine`. */
export function isTalliedVote(text: string): boolean {
  return (
    /^The (?:recommendations?|motion|proposals?)(?: as amended)? (?:was|were) (?:carried|lost|agreed|defeated), \d+ votes to \d+/.test(
      text,
    ) ||
    // A recorded vote counted from its lists (procedure-sentences.ts `voteOutcomeLine`).
    /^[^.]{3,80}? (?:carried|lost) by \d+ votes to \d+(?:, \d+ abstaining)? \(recorded vote\)\.$/.test(text)
  );
}

/** "Councillor A asked about the number of collisions.": a question put at the meeting, without its answer. */
const BARE_QUESTION =
  /^(?:(?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}|(?:An?|The|Another) [\w' -]{1,60}?|Members?|He|She|They)(?:, [^,]{3,80},)? asked\b/;

/**
 * An auditor's opinion ("an unqualified opinion") or an inspection's judgement ("judged … to be inadequate", "rated
 * good"): the finding of the item, worth its words though it carries no figure.
 */
const VERDICT =
  /\b(?:unqualified|qualified|adverse|modified) (?:audit )?opinion\b|\bdisclaimer of opinion\b|\b(?:judged|rated|graded)\b[^.;]{0,80}?\b(?:inadequate|requires? improvement|outstanding|good)\b/i;

/** A sum, a count or a rate: not a year or a financial year. */
const FIGURE = /£?\d[\d,.]*%?/g;
/**
 * Where the minutes point to another of their parts ("referred to in minute 47", "at agenda item 12", "Appendix 2"):
 * a number that says where, not how many.
 */
const REFERENCE = /\b(?:minutes?|(?:agenda )?items?|paragraphs?|appendix|appendices|sections?|pages?)\s+\d+[a-z]?\b/gi;
const figures = (text: string) =>
  (
    text
      .replace(REFERENCE, " ")
      .replace(/\b(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g, " ")
      .match(FIGURE) ?? []
  ).map((f) => f.replace(/[.,]$/, ""));

/**
 * A count written in words before what it counts ("nine complaints had been received", "two significant weaknesses",
 * "Three audits had been given …"): minutes spell out small numbers, and such a count is a figure as much as "9" is.
 * "one" is left out ("one of the schools" counts nothing).
 */
const COUNT_IN_WORDS = new RegExp(
  String.raw`\b(?:${TWO_TO_NINE}|${TEN_TO_NINETEEN}|${TENS})(?:[- ](?:one|${TWO_TO_NINE}))?(?: [a-z][\w-]*){0,2}? [a-z][\w-]*s\b`,
  "gi",
);
/** "four times", "six times a year": how often, not a count of things found. */
const HOW_OFTEN = /\s(?:times|occasions)$/i;
export const countsInWords = (text: string): string[] =>
  (text.match(COUNT_IN_WORDS) ?? []).filter((c) => !HOW_OFTEN.test(c));

/**
 * An auditor's verdict, the finding an audit committee's minutes turn on: the opinion on the accounts ("expected to
 * issue an unqualified opinion"), the assurance an audit was given ("Three audits had been given limited
 * assurance"), weaknesses reported in the Council's arrangements ("two significant weaknesses"). A verdict named
 * only in passing ("the limited assurance audit") or said to be absent is none.
 */
const AUDIT_VERDICT =
  /\b(?:(?:un)?qualified|modified|adverse|clean) (?:audit )?opinion\b|\b(?:given|gave|rated|received|receiving|issued|reached|was|were|had) (?:an? |only )?(?:limited|reasonable|substantial|satisfactory|full|no|minimal|partial|moderate) assurance\b|\b(?:significant|material) weakness(?:es)?\b|\bdisclaimer of opinion\b/i;
/**
 * The scale the auditor set for the audit ("Materiality had been set at £9.5m"): how the audit was done, which every
 * completion report states, not what it found.
 */
const AUDIT_SCALE =
  /^(?:the )?(?:overall |group |single-entity )?materiality (?:level |threshold )?(?:had been|has been|was|is) (?:set|calculated|fixed)\b/i;

/** A verdict said to be absent ("No audit had been given no assurance", "no significant weaknesses") reassures. */
const NO_VERDICT = /^(?:No|None)\b|\bno (?:significant|material) weakness/i;
export const isAuditVerdict = (text: string): boolean => AUDIT_VERDICT.test(text) && !NO_VERDICT.test(text);

/**
 * "Upon being put to the vote, the Recommendation was carried.": no tally, no "unanimously", nothing the decision
 * beside it does not say.
 */
const BARE_CARRIED =
  /^(?:Upon|On|After) being put to (?:the|a) vote,? (?:the )?(?:substantive )?(?:recommendations?|motion|proposals?)(?:,? as amended,?)? (?:was|were) (?:carried|agreed|adopted)\.?$/i;

/**
 * When every minute of a long meeting is held to words (the last step of condensing it), what a point must carry: a
 * figure the decision does not already give, or a vote (an amendment put to the vote, the recommendation carried).
 * A question without its answer, a sentence that only introduces a report and one whose figures are all in the
 * decision give their words to the others.
 */
export function worthItsWords(text: string, decision: string | null, isVote: boolean): boolean {
  if (decision && BARE_CARRIED.test(text.trim())) return false;
  if (isVote || MOVED_AND_DECIDED.test(text)) return true;
  if (BARE_QUESTION.test(text) && !/[.;:]\s+\S/.test(text.replace(/[.\s]+$/, ""))) return false;
  // An answer that stands only with its question (grants-minutes.ts).
  if (leansOnQuestion(text)) return false;
  // How the applications were assessed, and by how many, is no figure of what was found.
  if (onlyHowAssessed(text)) return false;
  if (isAuditVerdict(text) || VERDICT.test(text) || reportedToRegulator(text) || verdictOnObjection(text)) return true;
  // A panel told it decides nothing, and a scheme's next step with its date, carry no figure but say its stage.
  if (saysNotDeciding(text) || isNextStageDated(text)) return true;
  if (AUDIT_SCALE.test(text)) return false;
  const own = [...figures(text), ...countsInWords(text)];
  if (own.length === 0) return false;
  // "Two members had not yet completed …" beside a decision that "the two members … do so by …": a count in words
  // opening a sentence is the decision's own count still.
  const decided = decision?.toLowerCase();
  return !decided || own.some((f) => !decided.includes(f.toLowerCase()));
}

/** "58% … had supported a CPZ and 39% had opposed it", "47% had supported keeping the lane and 49% had objected". */
const FOR_AND_AGAINST =
  /\d+(?:\.\d+)?%[^.;]{0,80}?\b(?:support|favour|in favour|agree|welcom)\w*\b[^.;]{0,80}?\d+(?:\.\d+)?%[^.;]{0,80}?\b(?:oppos|against|object|disagree)\w*|\d+(?:\.\d+)?%[^.;]{0,80}?\b(?:oppos|against|object|disagree)\w*\b[^.;]{0,80}?\d+(?:\.\d+)?%[^.;]{0,80}?\b(?:support|favour|agree|welcom)\w*/i;

/** Votes first, then a consultation's result: what a point held to words is worth beyond its score. */
const VOTE_FIRST = 10;
const RESULT_FIRST = 4;

/**
 * When every minute of a long meeting is held to words, a vote and an amendment put to the vote are picked first
 * (as a vote's outcome always is), and a consultation's result, the shares for and against, before its detail.
 */
export function wordsBonus(text: string, isVote: boolean): number {
  if (isVote || MOVED_AND_DECIDED.test(text)) return VOTE_FIRST;
  // A panel told it decides nothing on what it hears: the outcome of an item with no vote, said as a vote is.
  if (saysNotDeciding(text)) return VOTE_FIRST;
  // An audit's verdict, like a consultation's result, before the detail behind it.
  // Counted complaints and what became of them, the finding of a Monitoring Officer's report (conduct-minutes.ts).
  // Counted applications and what became of them, the finding of a grants report (grants-minutes.ts).
  // The share of those who answered a consultation that preferred one option (education-minutes.ts).
  // A scheme's or a plan's next step with its date, or a scheme's date moved (development-minutes.ts).
  return FOR_AND_AGAINST.test(text) ||
    isPreferenceShare(text) ||
    isAuditVerdict(text) ||
    reportedToRegulator(text) ||
    verdictOnObjection(text) ||
    isCaseOutcome(text) ||
    isRoundFinding(text) ||
    isNextStageDated(text) ||
    saysDateMoved(text)
    ? RESULT_FIRST
    : 0;
}

/**
 * "Recommended to the Portfolio Holder for Environment and Community Safety: …" in three items in a row: the office's
 * full title once, then "Recommended to the Portfolio Holder: …". Decisions are changed in place.
 */
export function recipientsNamedOnce(sections: { decision: string | null }[]): void {
  const named = new Set<string>();
  for (const s of sections) {
    const m = /^Recommended to (the (Portfolio Holder|Corporate Director|Director|Leader)) for [^:;(]{3,80}:/.exec(
      s.decision ?? "",
    );
    if (!m) continue;
    const full = m[0];
    if (named.has(full)) s.decision = `Recommended to ${m[1]}:${s.decision!.slice(full.length)}`;
    else named.add(full);
  }
}

/**
 * When every minute is held to words, a point that points back to who spoke ("She explained that …" after "The
 * Parking Design Team Leader introduced the report.") is said as an answer is, with who gave it: "Parking Design Team
 * Leader: Consultation packs …", so the sentence before it need not be carried. Unchanged otherwise.
 */
export function saidByPost<T extends { text: string; antecedent?: string }>(c: T): T {
  // Counted outcomes said without "She had decided that" point back to no one (conduct-minutes.ts).
  if (c.antecedent && isCaseOutcome(c.text) && !pointsBack(c.text)) {
    const { antecedent: _dropped, ...rest } = c;
    return rest as T;
  }
  // After "Councillor A moved the recommendation.", the account is the mover's.
  const account = c.antecedent
    ? (accountAfterIntroduction(c.antecedent, c.text) ?? moverAccount(c.antecedent, c.text))
    : null;
  if (!account) return c;
  const { antecedent: _dropped, ...rest } = c;
  return { ...rest, text: account } as T;
}

/**
 * "the Fund's common data score, as reported to the Regulator in its scheme return, had risen to 97.2%": where a figure
 * was reported or published, an aside between commas before what it is; the figure is the fact.
 */
const WHERE_REPORTED =
  /,\s+as (?:reported|published|submitted|returned|recorded|set out|shown) (?:to|in|by|on|at) [^,;]{2,70},(?=\s+(?:had|has|have|was|were|is|are|stood|rose|fell)\b)/g;

/** A sentence without the asides that say where its figures were reported (WHERE_REPORTED), unless they give one. */
export function withoutWhereReported(text: string): string {
  return text.replace(WHERE_REPORTED, (aside) => (/\d/.test(aside) ? aside : ""));
}

/**
 * "… in 81% of cases, against a target of 95%": a performance figure and the target it is measured against, as a
 * performance table prints them, "in 81% of cases (target 95%)".
 */
// A figure with thousands is read whole ("£760,000 for the period" is no "£760" before a comma), and the sentence
// must go on from its end (docs/summaries.md#a-joint-committees-minutes).
const AGAINST_TARGET =
  /,\s+against (?:a|the|its|their) target of (£?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:m|bn|k)?%?|£?\d+(?:\.\d+)?(?:m|bn|k)?%?)(?=[;,.](?!\d)|$)/g;
export function targetInBrackets(text: string): string {
  return text.replace(AGAINST_TARGET, " (target $1)");
}

/**
 * ", which the law required …", ", most of the objections coming from …", ", adding to the deficit brought forward":
 * an aside after the sentence's figures (what an overspend adds up with is no figure of its own); so is a post's
 * comment on the figure, ", and the Adviser said that this matched a fall across London …"; and what the figure
 * comes with none of, ", with no further payments needed to make good a past deficit"; and who took part, listed
 * after the figures, ", including Historic England, Transport for London and four residents' associations".
 */
const TRAILING_ASIDE =
  /,\s+(?:which|who|mostly|mainly|largely|most of|many of|much of|although|though|adding to|on top of|helped by|thanks to|with no|with (?:lower|higher|smaller|larger|fewer|more|less) (?=[a-z])|without|including (?:[^,;:]|,(?! and\b| but\b))*|(?:more|higher|lower|fewer|less) than (?:in|at|for|from|by) any other|and (?:the [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}|he|she|they|officers) (?:said|added|explained|noted|commented) that (?:this|it|these|that)\b)\b[^,;:]*$/;
/**
 * "As a result, …", "In addition, …", "However, …" opening what a post told the meeting: a link to the sentence
 * before, which a point standing on its own does not need.
 */
const LEADING_CONNECTIVE = new RegExp(String.raw`^((?:${POST}): )?(?:${ADDING}|${FOLLOWING}),\s+(?=\S)`);

/**
 * When every minute is held to words, a point in fewer words, nothing it tells lost: an account given by a post is
 * said as an answer is ("Parking Services Manager: 148,300 penalty charge notices …"), and an aside after the
 * sentence's figures without a figure of its own goes (", which the law required to be spent on transport, mostly
 * on …"). Members' speeches and a body's views keep their words.
 */
export function inFewerWords(text: string): string {
  let out = targetInBrackets(withoutWhereReported(reportedByPost(text.trim()) ?? text.trim()));
  // "The second was that …": the point's place in the officer's list goes (free-words.ts).
  out = withoutOrdinalLead(out);
  // Whom a consultation's letters were sent to, before what the consultation was, goes (free-words.ts).
  out = withoutPurpose(withoutMailing(out));
  // Places named as examples of what the sentence names in general go (free-words.ts).
  out = withoutExamples(out);
  const linked = LEADING_CONNECTIVE.exec(out);
  if (linked) out = `${linked[1] ?? ""}${upperFirst(out.slice(linked[0].length))}`;
  out = notDecidingInFewerWords(
    nextStageInFewerWords(roundFindingInFewerWords(caseOutcomeInFewerWords(withoutReasons(out)))),
  );
  // Asides one after another (", which the law required …, mostly on …") go from the end, one at a time.
  for (;;) {
    const body = out.replace(/[.\s]+$/, "");
    const aside = TRAILING_ASIDE.exec(body);
    // A date in the aside ("under the override extended to March 2028") is no figure of its own, nor is the time of day
    // most of a count fell in (`withoutTimesOfDay`).
    if (!aside || figures(withoutTimesOfDay(aside[0])).length > 0 || !/\d/.test(body.slice(0, aside.index))) return out;
    out = `${body.slice(0, aside.index)}.`;
  }
}

/**
 * ", most of them between 10.00 pm and 3.00 am on Fridays and Saturdays": when in the day or the week most of a count
 * fell is a time of day, not a figure of how many or how much. In an aside after the sentence's figures, such a time
 * is no figure of the aside's own (a time the sentence itself sets, "stop selling alcohol at 11.00 pm", is left).
 */
function withoutTimesOfDay(aside: string): string {
  return aside.replace(/\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/gi, " ");
}

/**
 * ", mainly because of the cost of damp and mould work and higher interest on borrowing", "because the new cleaning
 * contract had come in below the previous price": why a figure is what it is, told after it. Held to words, the figure
 * is the fact and its reason goes, unless the reason carries a figure of its own; it ends where the next clause of its
 * own starts (", and …", a semicolon) or with the sentence. A bare "due to" is left: it is as often what is to come
 * ("machines due to be replaced by December") as a reason.
 */
const REASON_CLAUSE =
  /,?\s+(?:(?:(?:mainly|mostly|largely|partly|chiefly|in part|in (?:most|many|some|all) cases) )?(?:because|owing to|as a result of)|(?:mainly|mostly|largely|partly|chiefly|in part) due to)\b(?:[^;,]|,(?!\s+(?:and|but|so)\s))*?(?=,\s+(?:and|but|so)\s|;|\.?$)/g;

/** A sentence without the reasons it gives for its figures (REASON_CLAUSE), when what is left still has a figure. */
export function withoutReasons(text: string): string {
  const out = text.replace(REASON_CLAUSE, (reason, at: number) =>
    /\d/.test(reason) || !/\d/.test(text.slice(0, at)) ? reason : "",
  );
  return out === text ? text : `${out.replace(/[\s,;:.]+$/, "")}.`;
}
