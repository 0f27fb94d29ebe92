import { SAME_PERIOD_BONUS, isSamePeriodPair } from "./same-period";
import { countedListTakenUp } from "./counted-lists";
import { proposalConsulted, runSaidByDecision } from "./consultation-proposal";
import {
  amendmentInDecision,
  amendmentInFewerWords,
  inFewerWords,
  isTalliedVote,
  saidByPost,
  withoutReasons,
  wordsBonus,
  worthItsWords,
} from "./advisory-minutes";
import { toItsFacts, toTheFigureReported } from "./answer-clauses";
import { takenUp } from "./answer-lists";
import { withQuestionTopic } from "./answer-topics";
import { QA_POINT_WORDS, answerValue, pickAnswered, telling } from "./answer-value";
import type { Candidate } from "./collect-candidates";
import { resultWithoutRun, runGivesWay } from "./consultation-run";
import { isDebate } from "./debate";
import { changesWithoutLevels } from "./like-changes";
import { isTimetableEnd } from "./development-minutes";
import { PREFERRED_OPTION_BONUS, prefersDecidedOption } from "./preferred-option";
import { toItsVerdict, toWhatWasObjected, verdictOnObjection } from "./objection-verdicts";
import { onlyEarlierStep, onlyIntroduces, onlyWelcomes, ruledOutFirst, withoutListingAside } from "./free-words";
import { firstOfLikeChanges, largestOfListedSums, totalOfItsParts, withLargestListedSum } from "./listed-sums";
import { bulletBudget, pickCandidates } from "./pick-bullets";
import { leadByPost } from "./post-accounts";
import { isVoteOutcome } from "./procedure-sentences";
import { QUESTION } from "./questions-answers";
import { toItsReferral } from "./regulator-referrals";
import { sparePoint } from "./spare-point-pick";

// Which of a minute's points an item keeps: by count (a few points beside the decision), or, in a long meeting held
// to words, by the words of its cap, every point said in as few words as keep its facts
// (docs/summaries.md#long-minutes-recall-within-the-words).

export interface MinutePointsInput {
  /** The minute's candidates (the papers' are picked apart). */
  minuteCandidates: Candidate[];
  itemTitle: string;
  minutes: string | null;
  /** The resolution as printed, and as the section shows it. */
  raw: string | null;
  decision: string | null;
  maxPoints: number;
  answerPoints: number;
  everyMinuteByWords: boolean;
  /**
   * A condensed meeting's words left unspent, given to this item: it says one point more, its best not yet said that
   * says a figure its heading, decision and points do not, in at most this many words (spare-point-pick.ts).
   */
  spareWords?: number;
  /**
   * The words a long meeting that fits without condensing has left: a question-and-answer minute held to words may
   * spend them on more answers, each said with its question's subject when the answer leaves it unsaid.
   */
  answerRoom?: number;
  /**
   * An uncondensed long meeting whose question-and-answer minute is held to words: a weak point beside a decision
   * (no figure, date or name of note) is not said, so its words go to the answers (summarize-extractive.ts).
   */
  weakGiveWay?: boolean;
}

export interface MinutePoints {
  picked: Candidate[];
  /** Whether the minute was held to words (a speaker of several points is then said once). */
  byWords: boolean;
  /** The decision as shown: with its tallied vote when the minute is held to words. */
  decisionShown: string | null;
}

/** At most this many bullets from an item's minute; fewer from a debate, whose speeches are one member's view each. */
export const MINUTE_BULLETS = 6;
const DEBATE_BULLETS = 4;
/** Below this score a minute's point is weak: no figure, date or name of note (collect-candidates.ts STRONG_SCORE). */
const WEAK_POINT = 1.5;
/** A carried amendment said as now in the decision (advisory-minutes.ts `amendmentInDecision`). */
const IN_DECISION = /^Amendment moved by [^:]+, now in the decision \(carried\b/;
/** Each time the meeting took up a point of an account or a list's answer (its discussion, its decision). */
const TAKEN_UP_BONUS = 1;
/** What the end of a plan's timetable is worth beyond its score, held to words (advisory-minutes.ts RESULT_FIRST). */
const TIMETABLE_END_BONUS = 4;
/** The lowest score a minute's only sentence may have to be said when nothing else is (a sentence, not debris). */
const MINUTE_FLOOR = 0;

/** The points an item keeps from its minute, and its decision as shown. */
export function pickMinutePoints(input: MinutePointsInput): MinutePoints {
  const { minuteCandidates, minutes, raw, decision, maxPoints, answerPoints, everyMinuteByWords } = input;
  // A debate is who moved and seconded, the amendments and the vote, and a point or two from the speeches.
  const cap = Math.min(isDebate(minutes) ? DEBATE_BULLETS : MINUTE_BULLETS, maxPoints);
  // A long meeting's question-and-answer minute (more answers than the cap has points) is held to the words of its
  // cap rather than its count: more points, each an answer said in few words.
  // An answer, or a point of an account a post or the officers gave as a list, counts as one.
  const answers = minuteCandidates.filter((c) => c.answers || c.told).length;
  const answerCap = Math.min(isDebate(minutes) ? DEBATE_BULLETS : MINUTE_BULLETS, answerPoints);
  const byWords = Number.isFinite(maxPoints) && (answers > answerCap || everyMinuteByWords);
  // The meeting is condensed so far that its question-and-answer minutes give up words (summarize-extractive.ts).
  const answersCondensed = Number.isFinite(maxPoints) && answerPoints < MINUTE_BULLETS;
  // Held to words, the tallied vote on the recommendation is said with the decision it carried, not as a point of its
  // own: the item's points keep their words for what was reported.
  const voteOnDecision = everyMinuteByWords && decision ? minuteCandidates.filter((c) => isTalliedVote(c.text)) : [];
  const decisionShown = voteOnDecision.length === 1 ? `${decision} ${voteOnDecision[0]!.text}` : decision;
  // An uncondensed meeting's words left go to a question-and-answer minute held to words (not to a minute held to
  // words because the whole meeting is).
  const room = byWords && !everyMinuteByWords ? (input.answerRoom ?? 0) : 0;
  // Where the other items give their weak points' words to the answers, the session's own weak remarks (an opening
  // "The year had been dominated by the Council's finances.") give theirs too.
  const weakRemarks = new Set(
    input.weakGiveWay ? minuteCandidates.filter((c) => !c.answers && c.score < WEAK_POINT).map((c) => c.order) : [],
  );
  const pool = byWords
    ? withTopics(heldToWords(input, voteOnDecision.length === 1 ? voteOnDecision[0]! : null), room > 0).filter(
        (c) => !weakRemarks.has(c.order),
      )
    : // Once a long meeting's answers give up words, a weak point beside a decision goes first: the decision says
      // the outcome, and an answer's figure is worth more than a remark without one.
      (answersCondensed || input.weakGiveWay) && raw
      ? minuteCandidates.filter((c) => c.score >= WEAK_POINT && !onlyIntroduces(c.text))
      : minuteCandidates;
  const picked = byWords
    ? pickAnswered(pool, bulletBudget(minuteCandidates), answerCap * QA_POINT_WORDS + room)
    : pickAnswered(pool, Math.min(cap, bulletBudget(minuteCandidates)));
  // The words a condensed meeting left unspent buy the item a point with a figure it does not say (spare-points.ts).
  const asked = new Set(minuteCandidates.flatMap((c) => (c.answers ? [c.answers.text] : [])));
  const spare = input.spareWords
    ? sparePoint(
        pool.filter((c) => !asked.has(c.text)),
        picked,
        [input.itemTitle, decisionShown ?? ""],
        input.spareWords,
        byWords,
      )
    : null;
  if (spare) picked.push(spare);
  // A minute with no decision whose few sentences all score low ("The Chair reported that she had spoken to the
  // questioner …", one long sentence) still says its best one, rather than nothing.
  if (picked.length === 0 && !raw) picked.push(...pickCandidates(minuteCandidates, 1, MINUTE_FLOOR));
  return { picked, byWords, decisionShown };
}

/**
 * With words to spare, each answer is said with what it was asked about when it does not say so itself ("On fixed
 * penalty notices for fly-tipping, Councillor Pryce: 386 notices …"), its lead counted in its words.
 */
function withTopics(pool: Candidate[], spare: boolean): Candidate[] {
  if (!spare) return pool;
  return pool.map((c) => {
    if (!c.answers) return c;
    return { ...c, text: withQuestionTopic(c.text, c.answers.text) };
  });
}

/**
 * A minute's candidates as a minute held to words weighs them: a question already answered only for a figure of its
 * own, the vote said with the decision left out, and (when every minute is held to words) each point said in as few
 * words as keep its facts, scored by its value for its words.
 */
function heldToWords(input: MinutePointsInput, voteShownWithDecision: Candidate | null): Candidate[] {
  const { minuteCandidates, itemTitle, raw, everyMinuteByWords } = input;
  const asked = new Set(minuteCandidates.flatMap((c) => (c.answers ? [c.answers.text] : [])));
  const { withTakenUp, takenUpBy } = discussionOf(minuteCandidates, raw, itemTitle);
  return (
    withLargestListedSum(everyMinuteByWords ? changesWithoutLevels(minuteCandidates) : minuteCandidates)
      // There, a question whose answer does not fit is no point either, unless it carries a figure of its own.
      .filter((c) => !asked.has(c.text) || telling(c.text).length > 0)
      .filter((c) => c !== voteShownWithDecision)
      // Who introduced the item, and the day its paper came out, is no figure of what it says (free-words.ts).
      // Nor is a welcome, or what the body had done at an earlier meeting, dated by that meeting (free-words.ts).
      .filter((c) => !onlyIntroduces(c.text) && !onlyWelcomes(c.text) && !onlyEarlierStep(c.text))
      // Nor is how long a consultation ran, when what it drew follows and is said of it (consultation-run.ts).
      .filter((c) => !everyMinuteByWords || !runGivesWay(c, minuteCandidates))
      .map((c) => (everyMinuteByWords ? resultWithoutRun(c) : c))
      // Nor is when a consultation opened, beside a decision that gives its closing date; the report heard on it is
      // said as what it proposes (consultation-proposal.ts).
      .filter((c) => !everyMinuteByWords || !runSaidByDecision(c.text, input.decision))
      .map((c) => (everyMinuteByWords ? proposalConsulted(c) : c))
      // An aside that only lists what the point's subject takes in goes (free-words.ts).
      // A question time held to words says its answers' figures without their reasons, as a minute held to words
      // does (inFewerWords, below).
      .map((c) => {
        const aside = withoutListingAside(c.text);
        // An answer that rules something out is said to its first clause (free-words.ts).
        const text = c.answers ? ruledOutFirst(aside) : aside;
        return { ...c, text: everyMinuteByWords ? text : withoutReasons(text) };
      })
      // Held to words, a sentence listing several sums is said by its largest, one giving a total and its parts by
      // its total (listed-sums.ts).
      // A total said without its parts that the decision already states is the decision said again.
      .flatMap((c) => {
        if (!everyMinuteByWords) return [c];
        const cut = firstOfLikeChanges(totalOfItsParts(largestOfListedSums(c)));
        return cut.text !== c.text && saidByTheDecision(cut.text, input.decision) ? [] : [cut];
      })
      .filter(
        (c) =>
          !everyMinuteByWords ||
          worthItsWords(c.text, raw, isVoteOutcome(c.text) || isTalliedVote(c.text)) ||
          isTimetableEnd(c, minuteCandidates),
      )
      // Held to words, every point is said in as few words as keep its facts, as an answer is.
      // A list counted after a colon keeps its count and the names the meeting took up (before its clauses are cut).
      .map((c) =>
        everyMinuteByWords
          ? saidByPost({
              ...c,
              // A list's lead-in that only names the post that gave it is said as the post (post-accounts.ts).
              ...(c.lead ? { lead: leadByPost(c.lead) } : {}),
              // The sentence a point refers back to, carried with it, is said in fewer words too.
              ...(c.antecedent
                ? {
                    antecedent: verdictOnObjection(c.text)
                      ? toWhatWasObjected(inFewerWords(c.antecedent))
                      : inFewerWords(c.antecedent),
                  }
                : {}),
              text: amendmentInDecision(
                amendmentInFewerWords(
                  inFewerWords(
                    toItsFacts(
                      toTheFigureReported(
                        countedListTakenUp(toItsVerdict(toItsReferral(c.text)), takenUpBy(c), itemTitle),
                      ),
                    ),
                  ),
                ),
                input.decision,
              ),
            })
          : c,
      )
      .map((c) => ({
        ...c,
        // A carried amendment now in the decision adds only who moved it and its vote: said when there is room.
        score: IN_DECISION.test(c.text)
          ? WEAK_POINT
          : answerValue(withTakenUp(c), raw) +
            (everyMinuteByWords ? wordsBonus(c.text, isVoteOutcome(c.text) || isTalliedVote(c.text)) : 0) +
            // The end of a plan's timetable is weighed as a plan's next step with its date is (development-minutes.ts).
            (everyMinuteByWords && isTimetableEnd(c, minuteCandidates) ? TIMETABLE_END_BONUS : 0) +
            // How many preferred the option the decision takes is what the decision rests on (preferred-option.ts).
            (everyMinuteByWords && prefersDecidedOption(c.text, raw ?? input.decision) ? PREFERRED_OPTION_BONUS : 0) +
            // A count and its counterpart over the same period, said as one point (same-period.ts).
            (everyMinuteByWords && isSamePeriodPair(c.text) ? SAME_PERIOD_BONUS : 0),
      }))
      .filter((c) => !everyMinuteByWords || !givesWayAtTheCeiling(c))
  );
}

/**
 * "She said that the programme totalled £184.6m over the three years, of which £71.2m …": held to words, said by its
 * total (listed-sums.ts `totalOfItsParts`), the point is "the programme totalled £184.6m over the three years" beside
 * a decision approving "the Capital Programme … of £184.6m". Cut to figures every one of which the decision says, the
 * point adds nothing the decision does not, and gives its words to the meeting.
 */
function saidByTheDecision(text: string, decision: string | null): boolean {
  if (!decision) return false;
  const figures = telling(text);
  const decided = new Set(telling(decision));
  return figures.length > 0 && figures.every((f) => decided.has(f));
}

/**
 * When every minute is held to words, a weak reply to a member's question (below WEAK_POINT) that gives no figure in
 * digits ("The school had agreed to use two classrooms until the unit was finished", "Each appellant would be allowed
 * five minutes") is reassurance beside the decision, not a figure of what was reported; so is a stated reason with no
 * figure. Each gives its words to the meeting, whose spare words buy a point with a figure
 * (docs/summaries.md#long-minutes-round-eighteen).
 */
function givesWayAtTheCeiling(c: Candidate): boolean {
  return (
    ((c.answers !== undefined && c.score < WEAK_POINT) || STATED_REASON.test(c.text)) && telling(c.text).length === 0
  );
}

/**
 * The reason printed under a decision ("Reason: To respond to the Committee's review within two months, as the
 * Constitution requires."): why the decision was taken, in words the decision mostly says already. Held to words, with
 * no figure of its own, it gives way as a weak point does.
 */
const STATED_REASON = /^Reasons?(?: for (?:the )?(?:Decision|Recommendations?))?:/i;

/**
 * The discussion of a minute: the questions put at the meeting and what was said in paragraphs after the first of
 * them (the remarks, the chair's summing up), which say what of an account or an answer the meeting took up.
 */
function discussionOf(minuteCandidates: Candidate[], raw: string | null, itemTitle: string) {
  const firstAsked = Math.min(...minuteCandidates.filter((c) => QUESTION.test(c.text)).map((c) => c.order));
  const discussion = minuteCandidates.filter(
    (c) => QUESTION.test(c.text) || (c.order > firstAsked && c.list === undefined && !c.answers),
  );
  // A point of an account, or an answer given in a list, whose subject the discussion or the decision takes up.
  const withTakenUp = (c: Candidate) => {
    if (!c.told && !(c.answers && c.list !== undefined)) return c;
    const subject = c.answers ? `${c.answers.text} ${c.text}` : c.text;
    const others = discussion.filter((o) => o !== c && o !== c.answers).map((o) => o.text);
    return { ...c, score: c.score + takenUp(subject, others, raw, itemTitle) * TAKEN_UP_BONUS };
  };
  // What the meeting took up of a point: its discussion (other than the point) and its decision.
  const takenUpBy = (c: Candidate) => [
    ...discussion.filter((o) => o !== c && o !== c.answers && o.text !== c.text).map((o) => o.text),
    ...(raw ? [raw] : []),
  ];
  return { withTakenUp, takenUpBy };
}
