import { countedListTakenUp } from "./counted-lists";
import {
  amendmentInFewerWords,
  inFewerWords,
  isTalliedVote,
  saidByPost,
  wordsBonus,
  worthItsWords,
} from "./advisory-minutes";
import { toItsFacts } from "./answer-clauses";
import { largestOfListedSums, totalOfItsParts } from "./listed-sums";
import { joinDeputationAsk } from "./narrative-petitions";
import type { SummaryBullet, SummaryItem, SummarySection } from "../types";
import { type Candidate, collectCandidates } from "./collect-candidates";
import { BEFORE_DECIDING } from "./plainer-sentences";
import { bulletBudget, pickCandidates, withAntecedents, withLeadIns } from "./pick-bullets";
import { isDebate } from "./debate";
import { QUESTION } from "./questions-answers";
import type { ItemSource } from "./item-sources";
import { saidBy, speakersOnce, takenUp } from "./answer-lists";
import { extractResolved, plainResolution } from "./resolved";
import { withCallInNote } from "./resolution/call-in-note";
import { containment } from "../text/normalise";
import { countWords } from "../text/sentences";
import { applicationLine, parseItemApplications } from "./planning";
import { isVoteOutcome } from "./procedure-sentences";
import {
  ASKS,
  ASK_RESTATES,
  FIGURE,
  RESTATES,
  nameTheApplicant,
  withoutHeadingSubject,
  withoutRepeats,
  withoutRestatedAsks,
  withoutRestatedClauses,
  withoutRestatedRecommendation,
  withoutSelfDescriptions,
} from "./bullet-filters";
import { cleanHeading, splitBySubheadings } from "./item-headings";

export { cleanHeading } from "./item-headings";

// One section per substantive item. A long minute with its own sub-headings (a scrutiny Q&A, say) becomes one
// section per sub-heading, as the published summaries do, all carrying the item's number.

export interface ItemSectionInput {
  item: SummaryItem;
  sources: ItemSource[];
  minutes: string | null;
  preview: boolean;
  /** At most this many points from the item's minute and papers (a long meeting's minutes condensed further) */
  maxPoints?: number;
  /**
   * For a long meeting's question-and-answer minute, the points whose words its answers may take (default
   * maxPoints; a quarter of a point is 6 words): the answers' facts are the densest, so they are the last to be
   * condensed.
   */
  answerPoints?: number;
  /**
   * Every minute held to the words of `answerPoints` points, not only a question-and-answer one: the last step of
   * condensing a long meeting whose minutes do not fit at the fewest points (docs/summaries.md#an-advisory-panels-minutes).
   */
  everyMinuteByWords?: boolean;
}

/** The lowest score a minute's only sentence may have to be said when nothing else is (a sentence, not debris). */
const MINUTE_FLOOR = 0;

export function buildItemSections({
  item,
  sources,
  minutes,
  preview,
  maxPoints = Infinity,
  answerPoints = maxPoints,
  everyMinuteByWords = false,
}: ItemSectionInput): SummarySection[] {
  const heading = cleanHeading(item.title);
  const raw = preview
    ? null
    : (extractResolved(item.decisionText) ?? item.decisionText?.trim() ?? extractResolved(minutes));
  const decision = raw ? withCallInNote(withoutHeadingSubject(plainResolution(raw), heading), minutes) : null;
  const applications = preview ? [] : parseItemApplications(item, item.decisionText ?? minutes);
  if (applications.length > 0) {
    // Planning: one section per application, its decision in one line (the report's planning-law boilerplate and
    // the minute's narrative are left to the official papers).
    return applications.map((app) => ({
      heading: app.address,
      itemNumber: app.number ?? item.number,
      bullets:
        applications.length === 1
          ? applicationPoints(sources, item.title, applicationLine(app), Math.min(APPLICATION_POINTS, maxPoints))
          : [],
      tables: [],
      decision: applicationLine(app),
    }));
  }
  const { main, parts } = splitBySubheadings(sources, item.title);
  const sections: SummarySection[] = [];
  const first = collectCandidates(main, { itemTitle: item.title, preview });
  // Each decision is shown once: a sentence that only restates the resolution (as the printed minutes do) is not a
  // bullet as well.
  const restates = (text: string) =>
    Boolean(raw) &&
    containment(text, raw!) >= (ASKS.test(text) && !/[.!?]\s+[A-Z]/.test(text) ? ASK_RESTATES : RESTATES);
  const candidates = first.candidates
    .map((c) => {
      const text = raw ? withoutRestatedClauses(withoutRestatedRecommendation(c.text, raw) ?? "", raw) : c.text;
      return text === c.text ? c : { ...c, text: text ?? "" };
    })
    .filter((c) => c.text && !restates(c.text) && !(ASKS.test(c.lead ?? "") && restates(`${c.lead} ${c.text}`)))
    // "Before deciding, Cabinet received the Panel's recommendation": worth a bullet only for whom or what it names.
    .filter((c) => !BEFORE_DECIDING.test(c.text) || namesNew(c.text, `${heading} ${decision ?? ""}`));
  // What the meeting said (the minute) and what the papers say (the reports) are picked apart, so a long report's
  // figures cannot crowd out the discussion, nor the discussion the report.
  const fromMinutes = new Set(main.filter((s) => s.origin === "minutes").map((s) => s.documentId ?? s.url));
  const isMinute = (c: (typeof candidates)[number]) => fromMinutes.has(c.source.documentId ?? c.source.url);
  // A deputation's "received a deputation from …" and what it asked are one point (narrative-petitions.ts).
  const minuteCandidates = /^deputations?\b/i.test(item.title.trim())
    ? joinDeputationAsk(candidates.filter(isMinute))
    : candidates.filter(isMinute);
  const reportCandidates = candidates.filter((c) => !isMinute(c));
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
  // There, a question whose answer does not fit is no point either, unless it carries a figure of its own.
  const asked = new Set(minuteCandidates.flatMap((c) => (c.answers ? [c.answers.text] : [])));
  // The discussion: the questions put at the meeting and what was said in paragraphs after the first of them (the
  // remarks, the chair's summing up), which say what of an account or an answer the meeting took up.
  const firstAsked = Math.min(...minuteCandidates.filter((c) => QUESTION.test(c.text)).map((c) => c.order));
  const discussion = minuteCandidates.filter(
    (c) => QUESTION.test(c.text) || (c.order > firstAsked && c.list === undefined && !c.answers),
  );
  // A point of an account, or an answer given in a list, whose subject the discussion or the decision takes up.
  const withTakenUp = (c: Candidate) => {
    if (!c.told && !(c.answers && c.list !== undefined)) return c;
    const subject = c.answers ? `${c.answers.text} ${c.text}` : c.text;
    const others = discussion.filter((o) => o !== c && o !== c.answers).map((o) => o.text);
    return { ...c, score: c.score + takenUp(subject, others, raw, item.title) * TAKEN_UP_BONUS };
  };
  // What the meeting took up of a point: its discussion (other than the point) and its decision.
  const takenUpBy = (c: Candidate) => [
    ...discussion.filter((o) => o !== c && o !== c.answers && o.text !== c.text).map((o) => o.text),
    ...(raw ? [raw] : []),
  ];
  // Held to words, the tallied vote on the recommendation is said with the decision it carried, not as a point of its
  // own: the item's points keep their words for what was reported (docs/summaries.md#long-minutes-recall-within-the-words).
  const voteOnDecision = everyMinuteByWords && decision ? minuteCandidates.filter((c) => isTalliedVote(c.text)) : [];
  const decisionShown = voteOnDecision.length === 1 ? `${decision} ${voteOnDecision[0]!.text}` : decision;
  const fromMinute = byWords
    ? pickAnswered(
        minuteCandidates
          .filter((c) => !asked.has(c.text) || telling(c.text).length > 0)
          .filter((c) => voteOnDecision.length !== 1 || c !== voteOnDecision[0])
          // Held to words, a sentence listing several sums is said by its largest, one giving a total and its parts by
          // its total (listed-sums.ts).
          .map((c) => (everyMinuteByWords ? totalOfItsParts(largestOfListedSums(c)) : c))
          .filter(
            (c) => !everyMinuteByWords || worthItsWords(c.text, raw, isVoteOutcome(c.text) || isTalliedVote(c.text)),
          )
          // Held to words, every point is said in as few words as keep its facts, as an answer is.
          // A list counted after a colon keeps its count and the names the meeting took up (before its clauses are cut).
          .map((c) =>
            everyMinuteByWords
              ? saidByPost({
                  ...c,
                  text: amendmentInFewerWords(
                    inFewerWords(toItsFacts(countedListTakenUp(c.text, takenUpBy(c), item.title))),
                  ),
                })
              : c,
          )
          .map((c) => ({
            ...c,
            score:
              answerValue(withTakenUp(c), raw) +
              (everyMinuteByWords ? wordsBonus(c.text, isVoteOutcome(c.text) || isTalliedVote(c.text)) : 0),
          })),
        bulletBudget(minuteCandidates),
        answerCap * QA_POINT_WORDS,
      )
    : pickAnswered(
        // Once a long meeting's answers give up words, a weak point beside a decision goes first: the decision says
        // the outcome, and an answer's figure is worth more than a remark without one.
        answersCondensed && raw ? minuteCandidates.filter((c) => c.score >= WEAK_POINT) : minuteCandidates,
        Math.min(cap, bulletBudget(minuteCandidates)),
      );
  // A minute with no decision whose few sentences all score low ("The Chair reported that she had spoken to the
  // questioner …", one long sentence) still says its best one, rather than nothing.
  if (fromMinute.length === 0 && !raw) fromMinute.push(...pickCandidates(minuteCandidates, 1, MINUTE_FLOOR));
  // In a minute held to words, a speaker of several points of one list is said once, as their lead.
  const picked = (byWords ? speakersOnce<Candidate> : (x: Candidate[]) => x)(
    withLeadIns(
      withAntecedents(
        [
          ...pickCandidates(reportCandidates, Math.min(maxPoints, bulletBudget(reportCandidates))),
          ...fewFromEachList(fromMinute, raw ? LIST_POINTS_BESIDE_DECISION : Infinity),
        ].sort((a, b) => a.order - b.order),
      ),
    ),
  );
  sections.push({
    heading,
    itemNumber: item.number,
    bullets: nameTheApplicant(
      withoutRepeats(withoutSelfDescriptions(raw ? withoutRestatedAsks(picked, raw) : picked, heading)),
      heading,
    ).map(toBullet),
    tables: first.tables.slice(0, 3),
    decision: decisionShown ?? null,
  });
  let orderBase = 100_000;
  for (const part of parts) {
    const got = collectCandidates([part.source], { itemTitle: `${item.title} ${part.heading}`, preview }, orderBase);
    orderBase += 100_000;
    const bullets = withLeadIns(
      withAntecedents(pickCandidates(got.candidates, Math.min(6, maxPoints, bulletBudget(got.candidates)))),
    );
    if (bullets.length === 0 && got.tables.length === 0) continue;
    sections.push({
      heading: part.heading,
      itemNumber: item.number,
      bullets: bullets.map(toBullet),
      tables: got.tables.slice(0, 2),
      decision: null,
    });
  }
  return sections;
}

/**
 * The best `limit` candidates, where a question whose answer is picked gives up its place: the answer, said as its
 * fact with who gave it, is what the exchange established, and the question's wording would only repeat its subject.
 * A question that carries a figure the answer does not ("why only 71% of emergency repairs …") stays.
 */
export function pickAnswered(candidates: Candidate[], limit: number, maxWords = Infinity): Candidate[] {
  let pool = candidates;
  for (;;) {
    const picked = pickCandidates(pool, limit, 0.5, maxWords, Number.isFinite(maxWords) ? saidBy : undefined);
    // By its text: a candidate may be copied on its way here (its restated recommendation taken out).
    const answered = new Set(picked.flatMap((c) => (c.answers ? [c.answers.text] : [])));
    const redundant = picked.filter((c) => answered.has(c.text) && !figuresBeyond(c.text, picked));
    if (redundant.length === 0) return picked;
    pool = pool.filter((c) => !redundant.includes(c));
  }
}

/**
 * A point's worth within a word budget: its score, more for a figure that says how things stand, and less the longer
 * it is (by the square root of its words against a point's share of the budget), so two short answers with a figure
 * each can take the place of one long one.
 */
function answerValue(c: Candidate, decision: string | null): number {
  return (
    (c.score + standingOfFigures(c.text, decision) + (c.headline ? HEADLINE_BONUS : 0)) *
    Math.pow(QA_POINT_WORDS / Math.max(SHORTEST_POINT, countWords(c.text)), SHORTNESS)
  );
}

const SHORTNESS = 0.5;
/** The headline of the account that opens the minute comes before any one answer or point of its detail. */
const HEADLINE_BONUS = 3;
/** No point counts as shorter than this many words: a short answer is not worth more for being shorter still. */
const SHORTEST_POINT = 8;

/**
 * Among many answers, those that say how things stand come first: a figure set against its target, budget or past
 * ("71% … against a target of 98%", "fallen from 74% to 63%", "£600,000 below the budget"), and a figure the
 * decision itself cites (the "611 open damp and mould cases" a breakdown is asked for).
 */
export function standingOfFigures(text: string, decision: string | null): number {
  let bonus = COMPARES.test(text) ? COMPARISON_BONUS : 0;
  const figures = (text.match(FIGURE) ?? []).filter((f) => /[£%]|\d{2}/.test(f) && !/^(19|20)\d\d$/.test(f));
  const cited = new Set(decision?.match(FIGURE) ?? []);
  if (figures.some((f) => cited.has(f))) bonus += DECISION_FIGURE_BONUS;
  return bonus;
}

const COMPARES =
  /\b(?:against (?:a |the |an )?(?:target|budget|limit|average|benchmark)|compared with|(?:up|down|fallen|risen|rose|fell|increased|decreased|dropped|reduced) from|from [£$]?\d[\d,.]*%? to [£$]?\d|(?:below|above|over|under) (?:the )?(?:budget|target)|instead of (?:the )?(?:current )?[£$]?\d)/i;
const COMPARISON_BONUS = 1;
/** Each time the meeting took up a point of an account or a list's answer (its discussion, its decision). */
const TAKEN_UP_BONUS = 1;
const DECISION_FIGURE_BONUS = 1;

/** Whether a question names a figure none of the answers to it picked says. */
function figuresBeyond(question: string, picked: Candidate[]): boolean {
  const answers = picked.filter((c) => c.answers?.text === question).map((c) => c.text);
  const figures = telling(question);
  return figures.some((f) => !answers.some((a) => a.includes(f)));
}

/** A text's figures that say something of their own: not a year or a financial year ("in 2025/26"). */
export function telling(text: string): string[] {
  return (text.replace(/\b(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g, " ").match(/£?\d[\d,.]*%?/g) ?? []).map((f) =>
    f.replace(/[.,]$/, ""),
  );
}

/** A picked sentence as the summary stores it; a list's point keeps the lead it is shown under. */
function toBullet(c: Candidate): SummaryBullet {
  return { text: c.text, source: c.source, ...(c.underLead ? { lead: c.underLead } : {}) };
}

/** A planning minute of more words than this records a debate worth a few points beside the decision's line. */
const LONG_APPLICATION_MINUTE = 400;
/** At most this many bullets from an item's minute; fewer from a debate, whose speeches are one member's view each. */
const MINUTE_BULLETS = 6;
const DEBATE_BULLETS = 4;
/** Below this score a minute's point is weak: no figure, date or name of note (collect-candidates.ts STRONG_SCORE). */
const WEAK_POINT = 1.5;
/** The words a point of a long meeting's question-and-answer minute is worth when the cap counts words. */
const QA_POINT_WORDS = 24;
const APPLICATION_POINTS = 3;

/**
 * The few most informative points of a long planning minute (officers' updates, answers to members' questions,
 * what speakers said): the affordable homes, the contributions, the harm found. A short minute is its line alone.
 */
function applicationPoints(
  sources: ItemSource[],
  title: string,
  line: string,
  limit: number,
): SummarySection["bullets"] {
  const minute = sources.filter((s) => s.origin === "minutes");
  const words = minute.flatMap((s) => s.blocks).reduce((n, b) => n + ("text" in b ? b.text.split(/\s+/).length : 0), 0);
  if (words <= LONG_APPLICATION_MINUTE) return [];
  const { candidates } = collectCandidates(minute, { itemTitle: title, preview: false });
  const points = candidates.filter(
    (c) =>
      !/^(?:PROPOSAL|DECISION|RECOMMENDATION)\b/i.test(c.text) &&
      !isVoteOutcome(c.text) &&
      !/^The Committee (?:received|considered) the (?:report|application)\b/i.test(c.text) &&
      containment(c.text, line) < RESTATES,
  );
  // Among the minute's most informative points, a question put alone or the vote again says nothing the line does
  // not: it is left out, and no weaker point takes its place (the condensed meeting keeps the words).
  const picked = pickCandidates(points, limit).filter((c) => !QUESTION.test(c.text) && !repeatsTheVote(c.text, line));
  return withLeadIns(withAntecedents(picked)).map(toBullet);
}

/**
 * "The motion to refuse was carried by 6 votes to 2." beside an application's line that already says "Refused (by 6
 * votes to 2)": the count is said once.
 */
export function repeatsTheVote(text: string, line: string): boolean {
  const count = /\bby (\d+ votes? to \d+)\b/i.exec(text)?.[1];
  return Boolean(count && line.includes(count));
}

/** Whether `text` names a councillor, a sum, a figure or a date that `known` does not. */
export function namesNew(text: string, known: string): boolean {
  const facts =
    text.match(
      /\b(?:Cllr|Councillors?|Mr|Mrs|Ms|Dr)\.? [A-Z][\w'-]+(?: [A-Z][\w'-]+)*|£[\d,.]+(?:m|bn|k)?\b|\b\d[\d,.]*%?|\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g,
    ) ?? [];
  return facts.some((f) => !known.includes(f.replace(/^(?:Cllr|Councillors?|Mr|Mrs|Ms|Dr)\.? /, "")));
}

/**
 * Beside a decision, a minute's list of points raised ("questioning: (i) whether …; (ii) whether …; …") is given by its
 * best few, those with figures or names first: the decision is the outcome, the list the debate before it.
 */
export function fewFromEachList<T extends { lead?: string; score: number; order: number }>(
  picked: T[],
  perList: number,
): T[] {
  const byLead = new Map<string, T[]>();
  for (const c of picked) if (c.lead) byLead.set(c.lead, [...(byLead.get(c.lead) ?? []), c]);
  const dropped = new Set<T>();
  for (const list of byLead.values())
    [...list]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(perList)
      .forEach((c) => dropped.add(c));
  return picked.filter((c) => !dropped.has(c));
}

const LIST_POINTS_BESIDE_DECISION = 3;
