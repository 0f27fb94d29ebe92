import { countedListTakenUp } from "./counted-lists";
import { inFewerWords, isTalliedVote, saidByPost, wordsBonus, worthItsWords } from "./advisory-minutes";
import { toItsFacts } from "./answer-clauses";
import { largestOfListedSums } from "./listed-sums";
import { joinDeputationAsk } from "./narrative-petitions";
import type { TextBlock } from "../text/blocks";
import type { SummaryBullet, SummaryItem, SummarySection } from "../types";
import { type Candidate, collectCandidates } from "./collect-candidates";
import { BEFORE_DECIDING } from "./plainer-sentences";
import { bulletBudget, pickCandidates, withAntecedents, withLeadIns } from "./pick-bullets";
import { isDebate } from "./debate";
import { QUESTION } from "./questions-answers";
import type { ItemSource } from "./item-sources";
import { saidBy, speakersOnce, takenUp } from "./answer-lists";
import { extractResolved, plainResolution } from "./resolved";
import { containment, unshout } from "../text/normalise";
import { GLOSSARY } from "../glossary";
import { countWords } from "../text/sentences";
import { applicationLine, parseItemApplications } from "./planning";
import { SELF_DESCRIPTION } from "./score-sentence";
import { isVoteOutcome } from "./procedure-sentences";

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
  const decision = raw ? withoutHeadingSubject(plainResolution(raw), heading) : null;
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
      const text = raw ? withoutRestatedRecommendation(c.text, raw) : c.text;
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
          // Held to words, a sentence listing several sums is said by its largest (listed-sums.ts).
          .map((c) => (everyMinuteByWords ? largestOfListedSums(c) : c))
          .filter(
            (c) => !everyMinuteByWords || worthItsWords(c.text, raw, isVoteOutcome(c.text) || isTalliedVote(c.text)),
          )
          // Held to words, every point is said in as few words as keep its facts, as an answer is.
          // A list counted after a colon keeps its count and the names the meeting took up (before its clauses are cut).
          .map((c) =>
            everyMinuteByWords
              ? saidByPost({
                  ...c,
                  text: inFewerWords(toItsFacts(countedListTakenUp(c.text, takenUpBy(c), item.title))),
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
  return withLeadIns(withAntecedents(pickCandidates(points, limit))).map(toBullet);
}

/**
 * A bullet of several sentences (one joined to the sentence it refers back to) without the report's request that
 * the decision repeats: "Each home is expected to save around £19,000 a year… Cabinet is asked to approve the
 * addition of £2.150m…" beside the Decision "(4) an addition of £2.150m … was approved" keeps its first sentences.
 */
export function withoutRestatedAsks<T extends { text: string }>(bullets: T[], decision: string): T[] {
  return bullets.flatMap((b) => {
    const sentences = b.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    if (sentences.length < 2) return [b];
    const kept = sentences.filter((x) => !(ASKS.test(x) && containment(x, decision) >= ASK_RESTATES));
    if (kept.length === sentences.length) return [b];
    return kept.length ? [{ ...b, text: kept.join(" ") }] : [];
  });
}

// A sentence that restates the decision is not a bullet (each decision is shown once); the report's own request
// ("Cabinet is asked to approve the addition of £2.150m…") is the decision in other words, so less need be shared.
const RESTATES = 0.8;
const ASK_RESTATES = 0.6;
const ASKS = /\b(?:is|are) (?:requested|asked|invited|recommended) to\b/i;

/**
 * "Cabinet had recommended to Council that the Plan be approved, and that the Head of Policy be allowed to make minor
 * amendments", beside the Decision "The Plan was approved": only what the decision does not say is left ("Cabinet
 * had also recommended that the Head of Policy be allowed to make minor amendments"), or nothing.
 */
export function withoutRestatedRecommendation(text: string, decision: string): string | null {
  const m =
    /^((?:The )?[A-Z][\w' ]{1,60}?) had recommended(?: to (?:the )?(?:full )?(?:Council|Cabinet))? that,?\s+/.exec(
      text,
    );
  if (!m) return text;
  const parts = text
    .slice(m[0].length)
    .replace(/\.$/, "")
    .split(/,?\s+and that,?\s+/);
  const left = parts.filter((p) => containment(p, decision) < RESTATES);
  if (left.length === parts.length) return text;
  if (left.length === 0) return null;
  return `${m[1]} had also recommended that ${left.join(", and that ")}.`;
}

/**
 * "This report reviews…", "Cabinet received a report of the Director which set out…": what the paper is, which the
 * heading says. Left out when every figure and date in it is in the heading or a bullet that stays.
 */
export function withoutSelfDescriptions<T extends { text: string }>(bullets: T[], heading = ""): T[] {
  let kept = bullets;
  for (const b of bullets) {
    if (!SELF_DESCRIPTION.test(b.text)) continue;
    const rest = [heading, ...kept.filter((o) => o !== b).map((o) => o.text)].join(" ");
    const elsewhere = new Set(rest.match(FIGURE) ?? []);
    if (
      (b.text.match(FIGURE) ?? []).every((f) => elsewhere.has(f)) &&
      (b.text.match(DATE) ?? []).every((d) => rest.includes(d))
    )
      kept = kept.filter((o) => o !== b);
  }
  return kept;
}

/** "2 and 6 February 2026", "26 June 2026": a date says more than its figures apart. */
const DATE = /\b\d{1,2}(?:st|nd|rd|th)?(?: (?:and|to|-) \d{1,2}(?:st|nd|rd|th)?)? [A-Z][a-z]+ \d{4}\b/g;
const FIGURE = /[£$]?\d+(?:[.,]\d+)*(?:%|m|bn|k)?/g;

/**
 * Picked bullets without near-repeats: a bullet whose figures all appear in another, longer bullet that also says
 * most of its words ("External borrowing stood at £398.6m…" beside the minute's "She advised that external borrowing
 * stood at £398.6m…, that investments totalled £56.5m…") is said once, in the longer bullet. The more distinctive
 * the shared figures (a sum of money, a percentage, two or more figures), the fewer shared words it takes.
 */
export function withoutRepeats<T extends { text: string }>(bullets: T[]): T[] {
  const figures = (t: string) => new Set(t.match(FIGURE) ?? []);
  return bullets.filter((b, i) => {
    const own = figures(b.text);
    const telling = [...own].filter((f) => !/^(19|20)\d\d$/.test(f));
    // Without a figure of its own a sentence is judged by its words alone, which the picking already did.
    if (telling.length === 0) return true;
    const needed = telling.length >= 2 ? REPEATS_FIGURES : /[£$%.]/.test(telling[0]!) ? REPEATS_SUM : REPEATS;
    return !bullets.some((other, j) => {
      if (i === j || other.text.length < b.text.length || (other.text.length === b.text.length && j > i)) return false;
      const theirs = figures(other.text);
      return [...own].every((f) => theirs.has(f)) && containment(b.text, other.text) >= needed;
    });
  });
}

const REPEATS = 0.7;
const REPEATS_SUM = 0.6;
const REPEATS_FIGURES = 0.5;

/**
 * A licensing hearing's item is its premises ("Dragons Lounge, 225 Kenton Lane, Harrow, HA3 8RP"), and its minute
 * says "The application sought…": the first such bullet names the premises, so it reads true on its own (in the
 * weekly email, say).
 */
export function nameTheApplicant<T extends { text: string }>(bullets: T[], heading: string): T[] {
  const premises = /^([A-Z][^,]{1,60}), (\d+[A-Za-z]?(?:-\d+)? [A-Z][^,]{2,60})(?:,|$)/.exec(heading);
  if (!premises) return bullets;
  const name = premises[1]!;
  const address = premises[2]!;
  let done = false;
  return bullets.map((b) => {
    if (done || b.text.includes(name) || !/^The application\b/.test(b.text)) return b;
    done = true;
    return { ...b, text: b.text.replace(/^The application\b/, `The application for ${name}, ${address},`) };
  });
}

/**
 * A decision whose subject names again what its section's heading names: "The call-in on the Harrow Town Centre Public
 * Spaces Protection Order (PSPO) was decided on ground e)" under "Call-In of the Cabinet Decision (27 May 2021) -
 * Harrow Town Centre Public Spaces Protection Order (PSPO)" is "The call-in was decided on ground e)". Only the words
 * the heading ends with (after its dash, or the whole heading), at least three of them, so nothing is lost.
 */
export function withoutHeadingSubject(decision: string, heading: string): string {
  const m =
    /^The (call-in|petition|appeal|application|report|reference|deputation) (?:on|of|for|about|concerning) (?:the )?(.+?) (was|were|is|has been|had been|will be)\b/i.exec(
      decision,
    );
  if (!m) return decision;
  const subject = m[2]!;
  const norm = (t: string) => t.toLowerCase().replace(/^the /, "").replace(/\s+/g, " ").trim();
  const tail = norm(heading.split(/\s+[-\u2013\u2014]\s+/).pop() ?? heading);
  if (norm(subject) !== tail || subject.split(/\s+/).length < 3) return decision;
  return `The ${m[1]} ${m[3]}${decision.slice(m[0].length)}`;
}

export function cleanHeading(title: string): string {
  const clean = title
    .replace(/^\s*(INFORMATION REPORT|REPORT|Information Report)\s*[-\u2013\u2014:]\s*/, "")
    // "RECOMMENDATION 1 - Petition Requesting Free Parking …", "RECOMMENDATION I - Governance Update Report": older
    // minutes' Part I numbering; the section's Decision says it was a recommendation.
    .replace(/^\s*RECOMMENDATION\s+(?:\d+|[IVX]+)\s*[-\u2013\u2014:]\s*(?=\S)/, "")
    .replace(/\s*\((verbal|to follow)\)\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return unshout(clean, ACRONYMS);
}

/** Abbreviations a title in capitals keeps as they are: the glossary's, and the usual ones of council business. */
const ACRONYMS: ReadonlySet<string> = new Set([
  ...GLOSSARY.map((g) => g.term).filter((t) => t === t.toUpperCase()),
  ..."HRA ULEZ MTFS GLA TfL NHS ICB ICS CNWL LBH CIL S106 SEN CCTV LED EV HMO HMOS UK II III IV VI PL CPZ ASB VAT MP MPs".split(
    " ",
  ),
]);

interface SubPart {
  heading: string;
  source: ItemSource;
}

/**
 * Whether a minute's sub-heading names what the item's title already names: a hearing's notice headed with the
 * premises' address ("Unit 4, Mill Road, Harrow, HA2 0AA ("the Premises")") under an item titled with that address.
 */
function repeatsTitle(heading: string, title: string): boolean {
  const postcode = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;
  const codes = (t: string) => (t.match(postcode) ?? []).map((c) => c.replace(/\s/g, ""));
  if (codes(heading).some((c) => codes(title).includes(c))) return true;
  const words = (t: string) =>
    (t.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !/^(?:the|and|for|premises)$/.test(w));
  const own = words(heading);
  const known = new Set(words(title));
  return own.length >= 2 && own.filter((w) => known.has(w)).length / own.length >= 0.75;
}

/**
 * "In attendance:" over a hearing's list of who took part (the Legal Adviser, the Licensing Officer, the parties),
 * then the account of the hearing up to the decision's "REASONS:": the part is the hearing, not a list of names.
 */
const ATTENDANCE_LABEL = /^(?:In attendance|Present)$/i;
const THE_HEARING = "The hearing";

/** Minutes with two or more sub-headings are split at them; reports keep their own internal headings. */
function splitBySubheadings(sources: ItemSource[], title: string): { main: ItemSource[]; parts: SubPart[] } {
  const main: ItemSource[] = [];
  const parts: SubPart[] = [];
  for (const source of sources) {
    // A sub-heading that repeats the item's title starts no section of its own: what follows it is the item's.
    // Headings one after another are a table's cells printed a paragraph each ("Portfolio Holder Assistant",
    // "Identified Remit", "Cllr A", …), not sub-headings.
    const cell = (i: number) => source.blocks[i - 1]?.kind === "heading" || source.blocks[i + 1]?.kind === "heading";
    const subheading = (b: TextBlock, i: number) => b.kind === "heading" && !cell(i) && !repeatsTitle(b.text, title);
    const headings = source.blocks.filter(subheading).length;
    if (source.origin !== "minutes" || headings < 2) {
      main.push(source);
      continue;
    }
    let current: { heading: string | null; blocks: TextBlock[] } = { heading: null, blocks: [] };
    const flush = (): void => {
      if (current.blocks.length === 0) return;
      const src = { ...source, blocks: current.blocks };
      if (current.heading) parts.push({ heading: current.heading, source: src });
      else main.push(src);
    };
    for (const [i, block] of source.blocks.entries()) {
      if (block.kind === "heading" && !cell(i)) {
        flush();
        // "REASONS:" over a panel's reasons reads as the agenda's titles in capitals do: "Reasons".
        const heading = ATTENDANCE_LABEL.test(block.text) ? THE_HEARING : cleanHeading(block.text);
        current = { heading: repeatsTitle(heading, title) ? null : heading, blocks: [] };
      } else current.blocks.push(block);
    }
    flush();
  }
  return { main, parts };
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
