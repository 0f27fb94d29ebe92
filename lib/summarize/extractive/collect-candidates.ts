import {
  amendmentSeconder,
  inlineAmendment,
  movedOutcome,
  inlineVoteLine,
  isTalliedVote,
  outcomeWithTally,
  withSeconder,
} from "./advisory-minutes";
import { KNOWN_HEADING, type TableBlock, type TextBlock } from "../text/blocks";
import { readTableRow } from "../text/read-table-rows";
import { contentWords } from "../text/normalise";
import { clipWords, countWords, splitSentences, upperFirst } from "../text/sentences";
import type { SourceRef, SummaryTable } from "../types";
import type { ItemSource } from "./item-sources";
import { scoreSentence, weighSection, type SentenceContext } from "./score-sentence";
import { readVoteList, type VoteTally } from "../text/recorded-votes";
import {
  isProcedureLead,
  isVoteOutcome,
  summonsSource,
  voteOutcomeLine,
  withoutProcedure,
} from "./procedure-sentences";
import { isReportedAccount } from "./resolved";
import { accountResumes } from "../text/minute-account";
import { toItsFacts, withoutThats } from "./answer-clauses";
import { figuresFirst, introducedFact, isExchange, planList, pointLead, runInLists, sayPoint } from "./answer-lists";
import { accountOfPost, pronounAccount } from "./introduced-by";

// Turns an item's source texts into scored candidate sentences (and its tables), each with its source and page.
// Sentences are kept verbatim apart from a leading connective, so a bullet never says what a source did not.

export interface Candidate {
  text: string;
  score: number;
  /** Reading order across the item's sources, to put picked sentences back in document order. */
  order: number;
  source: SourceRef;
  /** For a list item, the sentence that introduces its list ("Since March 2025, the service has:"). */
  lead?: string;
  /**
   * For a sentence that refers back ("The overspend will be met from HRA balances"), the sentence before it in its
   * paragraph, which says what it refers to ("The Housing Revenue Account is forecast to overspend by £0.412m.").
   */
  antecedent?: string;
  /** Set by withLeadIns on the points of a list of which several were picked: shown as one list under this lead. */
  underLead?: string;
  /** For an answer said as its fact ("Head of Repairs: …"), the question it answers, as a candidate of its own. */
  answers?: Candidate;
  /** For a point of a minute's list, which list (answer-lists.ts ranks its points with figures first). */
  list?: number;
  /**
   * For a point of a minute's list that a post or the officers told the meeting ("The Director advised that: • …",
   * "officers advised that: • …"): a fact given as an answer is, weighed as one in a long meeting (build-sections.ts).
   */
  told?: boolean;
  /** The headline of the account that opens a questioned minute ("… set out a forecast overspend of £4.3m …"). */
  headline?: boolean;
}

/**
 * A sentence whose subject only points back to the one before it ("He was satisfied with this explanation"), or a
 * body's verdict on what it says ("The Panel found this change, and the other agreed times, satisfactory").
 */
const REFERS_BACK =
  /^(This|These|It|He|She|They|As a result(?=,)|Consequently(?=,)|The (overspend|underspend|pressure|increase|decrease|reduction|shortfall|deficit|surplus|variance|balance|slippage|rise|fall))\b|^The (Panel|Committee|Sub-Committee|Board|Forum|Cabinet|Council) (found|accepted|agreed with|supported|rejected|welcomed) (this|these|that|those)\b/;

/** An antecedent is carried whole when it is short, or when the two read as one bullet of at most this many words. */
const ANTECEDENT_WORDS = 30;
const WITH_ANTECEDENT_WORDS = 75;

export interface CandidateOptions {
  itemTitle: string;
  preview: boolean;
}

const LEAD_IN = /\b(?:has|have|had|will|includes?|included|are|were|is|was|to|that|by|following|as follows):?\s*$/i;

// "(ii) Before the decision, …" after a full stop; or a dash or dot that marks the next point of a list the page ran
// into one line ("· The Plan had been drawn up with partners. - A detailed delivery plan had been meant…").
const INLINE_POINT = /(?<=\.)\s+(?=\((?:[ivx]{1,4}|\d{1,2})\)\s+[A-Z])|(?<=\.)\s+[-\u2013\u2022\u00b7]\s+(?=[A-Z])/;
const LEADING_POINT = /^\s*\((?:[ivx]{1,4}|\d{1,2})\)\s+(?=[A-Z])/;

const CONNECTIVE = /^(However|In addition|Additionally|Furthermore|Moreover|Also|Further|Finally|Overall),\s+(?=[a-z])/;

export function collectCandidates(
  sources: ItemSource[],
  opts: CandidateOptions,
  orderBase = 0,
): { candidates: Candidate[]; tables: SummaryTable[] } {
  const candidates: Candidate[] = [];
  const tables: SummaryTable[] = [];
  let order = orderBase;
  for (const source of sources) {
    // A recorded vote: its outcome sentence, then its lists of names, counted into one tally line.
    const votes: { candidate: Candidate; tally: VoteTally }[] = [];
    let summons: string | null = null;
    let heading: string | null = null;
    let weight: number | null = 0;
    let firstInSection = true;
    // The lead-in a list hangs from: kept with the list's items, never dropped (a list item alone can mislead).
    let lead: string | null = null;
    // How the list's first point is labelled: a point labelled otherwise ("2.12.2" after "•" points) is the report's
    // next numbered paragraph, not a point of the list.
    let leadLabel: string | null = null;
    let listNo = 0;
    // A debate ("Councillor A moved the following amendment, which Councillor B seconded: "…""): who moved and
    // seconded what, the amendment's words and what became of it, in one line; the speeches matter less.
    const freed = decisionFree(source);
    // "… explained the proposals as follows: (i) …; (ii) …": a list run into its lead's paragraph, read point by point.
    const blocksOf = source.origin === "minutes" ? runInLists(freed) : freed;
    const debate = blocksOf.some(
      (b) =>
        "text" in b &&
        (movedLine(b.text.replace(/\s+/g, " ")) !== null || MOVED_OR_SECONDED.test(b.text.replace(/\s+/g, " "))),
    );
    let moved: { line: string; amendment: boolean } | null = null;
    // A question just asked: the answer after it is said as its fact ("An officer responded that 14 of the 212
    // windows …" -> "14 of the 212 windows …"), as minutes of a question-and-answer session repeat the formula.
    let asked = false;
    let question: Candidate | null = null;
    // The question just asked is a supplementary one; the last main answer, which a supplementary answer goes on.
    let supplementary = false;
    // The post whose account the last paragraph gave ("Virtual School Head: …"), whom a paragraph's opening "She said
    // that …" goes on with.
    let lastPost: string | null = null;
    let lastAnswer: { candidate: Candidate; who: string; context: SentenceContext } | null = null;
    // Where the minute's first question is: what is said before it is the account of the report.
    let firstQuestion: number | null = null;
    // A minute where members question the people who present a report: their accounts are said as answers are.
    const questioned = blocksOf.some((b) => "text" in b && /\b(?:responded|replied) that\b/.test(b.text));
    const fromHere = candidates.length;
    let amendment: Candidate | null = null;
    for (const block of blocksOf) {
      const ref: SourceRef = { documentId: source.documentId, url: source.url, page: block.page };
      if (block.kind !== "bullet") leadLabel = lead = null;
      else if (lead) {
        const style = labelStyle(block.label);
        if (leadLabel !== null && style !== leadLabel) lead = null;
        leadLabel = style;
      }
      // "The Panel weighed all the relevant material, namely:" over the statutory list: the points go with their lead.
      if (block.kind === "bullet" && lead && isProcedureLead(lead)) continue;
      if (block.kind === "heading") {
        // A short line that opens a list is read as a heading once its colon is gone: "Since March 2025, the
        // service has". It still introduces the list.
        if (LEAD_IN.test(block.text)) {
          lead = `${block.text.replace(/:?\s*$/, "")}:`;
          listNo++;
        }
        heading = block.text;
        weight = weighSection(heading);
        firstInSection = true;
        continue;
      }
      if (weight === null || block.kind === "field" || block.kind === "marker") continue;
      if (block.kind === "table") {
        if (block.rows.length > 0 && block.rows.length <= 30 && tableWords(block) <= MAX_TABLE_WORDS)
          tables.push(toTable(block, heading, ref));
        continue;
      }
      if (moved && block.kind === "para") {
        const quoted = /^["\u201c]/.test(block.text.trim());
        const words = block.text.replace(/\s+/g, " ").trim();
        const candidate: Candidate = {
          text: moved.amendment && quoted ? `${moved.line}: ${clipWords(words, 60)}` : `${moved.line}.`,
          score: DEBATE_SCORE,
          order: order++,
          source: ref,
        };
        candidates.push(candidate);
        const wasAmendment = moved.amendment;
        if (wasAmendment) amendment = candidate;
        moved = null;
        // A motion's own words are read as any paragraph (the decision usually repeats them).
        if (quoted && wasAmendment) continue;
      }
      // A lone table row that could not be rebuilt into a table is figures without their headings: skip it.
      if (block.kind === "para" && !/[.!?]$/.test(block.text) && readTableRow(block.text)) continue;
      // A list point that holds a question and its answer is read sentence by sentence, as a paragraph is.
      const whole = block.kind === "bullet" && countWords(block.text) <= 60 && !isExchange(block.text);
      // "(i) Under item 7 on the Summons, … (ii) Before the decision, … (iii) The substantive Recommendation was put
      // to the vote and carried.": a minute's numbered points run together are read one by one.
      const sentences = (whole ? [block.text] : splitSentences(block.text))
        .flatMap((x) => x.split(INLINE_POINT))
        .map((x) => x.replace(LEADING_POINT, ""))
        .filter((x) => x.trim());
      const listLead = lead;
      // How the list's points are said: with their speaker, under their lead, or each as a statement of its own.
      const plan = block.kind === "bullet" ? planList(listLead) : null;
      const keptLead = plan ? pointLead(plan, block.text) : listLead;
      if (block.kind === "para") {
        const last = tidy(sentences[sentences.length - 1] ?? "");
        // A long sentence that ends in "which included:" still introduces its list.
        // "… officers responded to questions and comments from Members as follows:-": the older dash after the colon.
        lead = /:-?$/.test(last) && countWords(last) <= 40 ? last.replace(/:-$/, ":") : null;
        if (lead) listNo++;
      }
      // The last sentence of the paragraph that stands on its own: what "The overspend…" two sentences on refers to.
      let root: string | null = null;
      let sentenceIndex = 0;
      for (const raw of sentences) {
        const firstOfParagraph = sentenceIndex++ === 0;
        // A point a post or the officers told the meeting is said to its last fact, as an answer is.
        const told = Boolean(plan?.told) && source.origin === "minutes";
        const tidied = plan ? sayPoint(told ? toItsFacts(tidy(raw)) : tidy(raw), plan, firstOfParagraph) : tidy(raw);
        const answer = asked ? answerParts(tidied) : null;
        const answered: string | null = answer
          ? answer.line
          : questioned
            ? (accountFact(tidied) ??
              introducedFact(tidied) ??
              (firstOfParagraph ? pronounAccount(tidied, lastPost) : null))
            : null;
        if (answered && !answer) lastPost = answered.slice(0, answered.indexOf(": "));
        else if (answer || QUESTION.test(tidied)) lastPost = null;
        const answersQuestion = answered && question ? question : null;
        const afterSupplementary = asked && supplementary;
        asked = QUESTION.test(tidied);
        supplementary = asked && SUPPLEMENTARY.test(tidied);
        // A new question starts a new exchange: a later supplementary answer joins no earlier one.
        if (asked && !supplementary) lastAnswer = null;
        question = null;
        const movedBy = movedLine(tidied);
        if (movedBy) {
          moved = movedBy;
          continue;
        }
        // "Councillor A moved an amendment that …", then "The amendment was seconded by Councillor B.": one line.
        const movedInline = inlineAmendment(tidied);
        if (movedInline) {
          amendment = { text: movedInline, score: DEBATE_SCORE, order: order++, source: ref };
          candidates.push(amendment);
          continue;
        }
        const seconder = amendment ? amendmentSeconder(tidied) : null;
        if (amendment && seconder) {
          amendment.text = withSeconder(amendment.text, seconder);
          continue;
        }
        // "Upon being put to the vote, the amendment was lost.": said with the amendment it decides.
        const amendmentOutcome = amendment ? movedOutcome(amendment.text, tidied) : null;
        if (amendment && amendmentOutcome && countWords(tidied) <= 20) {
          amendment.text = `${amendment.text.replace(/[.\s]*$/, "")} (${outcomeWithTally(tidied, amendmentOutcome)}).`;
          // An amendment (or a motion to defer) moved in a sentence of its own and put to the vote is a decision of
          // the meeting, as the vote is.
          if (/^(?:Amendment|Motion) moved by /.test(amendment.text) && /: /.test(amendment.text))
            amendment.score = Math.max(amendment.score, VOTE_SCORE);
          amendment = null;
          continue;
        }
        const list = isVoteList(tidied) ? readVoteList(tidied) : null;
        const vote = votes[votes.length - 1];
        if (list && vote) vote.tally[list.side] += list.count;
        summons ??= summonsSource(tidied);
        const text = withoutProcedure(answered ?? inlineVoteLine(tidied) ?? tidied) ?? "";
        const refersBack = REFERS_BACK.test(text);
        const antecedent =
          root &&
          refersBack &&
          (countWords(root) <= ANTECEDENT_WORDS || countWords(root) + countWords(text) <= WITH_ANTECEDENT_WORDS)
            ? root
            : null;
        if (text && !refersBack) root = text;
        // "He was satisfied with this explanation…" after a sentence too long to carry with it (or one left out as
        // procedure) would dangle: the sentence it points back to stands for both.
        if (refersBack && !firstOfParagraph && !antecedent && /^(?:He|She|They)\b/.test(text)) continue;
        if (!text || /:-?$/.test(text) || isTableDebris(text) || isRowDebris(text) || isVoteList(text)) continue;
        if (announcesOnly(text)) continue;
        // "COUNCILLORS JEAN LAMMIMAN AND ROMAIN": a sub-heading in capitals, no sentence.
        if (isCapitalsHeading(text)) continue;
        // "The Panel carefully consid…": a few words the page broke off mid-word say nothing.
        if (/\w(?:\u2026|\.\.\.)$/.test(text) && countWords(text) < 8) continue;
        // The answer to a supplementary question, given by whoever gave the main answer, goes on in that answer's
        // bullet ("Leader: 1,140 households …; and the forecast overspend was £4.8m."), so the exchange is one point.
        if (answer && afterSupplementary && answersQuestion && lastAnswer && sameSpeaker(answer.who, lastAnswer.who)) {
          const more = text.startsWith(`${answer.who}: `) ? text.slice(answer.who.length + 2) : text;
          if (!figuresBeyondAnswer(answersQuestion.text, more)) {
            const main = lastAnswer.candidate;
            const joined = `${main.text.replace(/[.\s]+$/, "")}; and ${lowerOpening(more)}`;
            // "He said that crews had worked on Saturdays …" between the two points back to the main answer, by its text.
            for (const c of candidates) if (c.antecedent === main.text) c.antecedent = joined;
            main.text = joined;
            main.score = scoreSentence(main.text, lastAnswer.context);
            candidates.splice(candidates.indexOf(answersQuestion), 1);
            continue;
          }
        }
        const context = {
          itemTitle: opts.itemTitle,
          sectionWeight: weight,
          origin: source.origin,
          isBullet: block.kind === "bullet",
          isFirstInSection: firstInSection,
          preview: opts.preview,
          inRecommendations: /recommendation/i.test(heading ?? ""),
        };
        const score = scoreSentence(text, context);
        const candidate: Candidate = {
          text,
          // A vote's outcome is a decision fact; in a debate, a speech is one member's view.
          score:
            isVoteOutcome(text) || isTalliedVote(text)
              ? Math.max(score, VOTE_SCORE)
              : debate && SPEECH.test(text)
                ? score - 1
                : score,
          order: order++,
          source: ref,
          ...(block.kind === "bullet" && keptLead ? { lead: keptLead } : {}),
          ...(plan && source.origin === "minutes" ? { list: listNo } : {}),
          ...(told ? { told: true } : {}),
          ...(antecedent ? { antecedent } : {}),
          ...(answersQuestion ? { answers: answersQuestion } : {}),
        };
        candidates.push(candidate);
        if (answer && answersQuestion && !afterSupplementary) lastAnswer = { candidate, who: answer.who, context };
        if (asked) {
          question = candidate;
          firstQuestion ??= candidate.order;
        }
        if (isVoteOutcome(text) && countWords(text) <= 16)
          votes.push({ candidate, tally: { for: 0, against: 0, abstain: 0 } });
        firstInSection = false;
      }
    }
    // A minute that questions the people who present a report (a monitoring report, a portfolio holder's session)
    // opens with their account of it: its headline sums and rates ("the General Fund was forecast to overspend by
    // £6.1m") come before any one answer.
    if (source.origin === "minutes" && firstQuestion !== null)
      for (const c of candidates.slice(fromHere))
        if (c.order < firstQuestion && OPENING_FIGURE.test(c.text)) {
          c.score += OPENING_ACCOUNT_BONUS;
          // The first such sentence of the paragraphs (not of a list's points, which are the account's detail) is
          // the account's headline.
          if (!c.told && !candidates.slice(fromHere).some((o) => o.headline)) c.headline = true;
        }
    figuresFirst(candidates.slice(fromHere));
    for (const { candidate, tally } of votes) {
      const line = tally.for + tally.against > 0 ? voteOutcomeLine(candidate.text, tally, summons) : null;
      if (line) candidate.text = line;
    }
  }
  return { candidates, tables };
}

/**
 * Minute blocks without the decision, which is reported on its own, not as discussion: the blocks before RESOLVED,
 * and those after it once the minute's account resumes (a call-in hearing's arguments; a Cabinet decision's reason,
 * in its first sentence),
 * as extractResolved (resolved.ts) ends the decision there too. The decision's own clauses and the Cabinet
 * formulas after it ("Alternative Options Considered…: As set out in the report", "Conflict of Interest…: None")
 * are left out.
 */
function decisionFree(source: ItemSource): TextBlock[] {
  if (source.origin !== "minutes") return source.blocks;
  // "(See also Minutes 33 and 37).": a pointer to other minutes, never a point.
  const blocks = source.blocks.filter(
    (b) => !("text" in b && /^\(?See also Minutes?\b[^)]*\)?\.?$/i.test(b.text.trim())),
  );
  // An older minute's "Resolved to RECOMMEND: (to Council)" starts the decision too.
  const start = blocks.findIndex(
    (b) => "text" in b && /^\s*(RESOLVED|DECISION|Resolved(?= to RECOMMEND))\b/.test(b.text),
  );
  if (start < 0) return blocks;
  // "RESOLVED: The Chair reported that …": an account under the label is the minute's discussion, not its decision.
  const opening = blocks[start]!;
  const account = "text" in opening ? opening.text.replace(/^\s*(?:RESOLVED|DECISION)\s*[:.\u2013-]?\s*/, "") : "";
  if (isReportedAccount(account))
    return blocks.map((b, i) => (i === start ? ({ ...opening, text: account } as TextBlock) : b));
  let resumes = blocks.length;
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const before = blocks[i - 1]!;
    const text = "text" in block ? block.text.trim() : "";
    const previous = "text" in before ? before.text.trim() : "";
    // An older recommendation's "[Reason for Recommendation: …]" or "REASON: …": why, in its first sentence, unless
    // it only points at the report ("As set out in the officer report").
    // A bracketed reason ends at its bracket: a printed page may run the next heading on after it ("… in 2006/07.]
    // RECOMMENDATION 2 - …").
    const older =
      /^\[\s*Reasons?(?: for (?:the )?Recommendations?)?\s*:\s*([^\]]*?)\s*\]/i.exec(text.replace(/\s+/g, " ")) ??
      /^\[?\s*Reasons?(?: for (?:the )?Recommendations?)?\s*:\s*(.*?)\]?\.?$/i.exec(text.replace(/\s+/g, " "));
    if (older) {
      const why = /^.+?[.!?](?=\s+[A-Z]|$)/.exec(older[1]!)?.[0] ?? older[1]!;
      const pointer = /^(?:as|for the reasons?) (?:set out|detailed|outlined|given|stated)\b|^as above\b/i.test(why);
      return [
        ...blocks.slice(0, start),
        ...(why && !pointer
          ? [{ ...block, text: `Reason: ${upperFirst(why.replace(/[.\]]+$/, ""))}.` } as TextBlock]
          : []),
      ];
    }
    // An older minute's "[Reason for Recommendation: To allow …]" after the resolution, in square brackets.
    if (/^\[?\s*Reasons? for (?:the )?(?:Decision|Recommendations?)\b/i.test(text)) {
      // Why, in its first sentence ("Reason for Decision: To keep the Council's attention on cutting fly tipping…"):
      // the rest of a reason argues it at length, and the formulas follow.
      const unbracketed = /^\[/.test(text) ? text.replace(/^\[\s*/, "").replace(/[.\s]*\]\.?\s*$/, ".") : text;
      const first = /^.+?[.!?](?=\s+[A-Z]|$)/.exec(unbracketed.replace(/\s+/g, " "))?.[0] ?? unbracketed;
      const reason = first.replace(
        /^Reasons? for (?:the )?(?:Decision|Recommendations?)\s*[:.\u2013-]?\s*/i,
        "Reason: ",
      );
      return [...blocks.slice(0, start), { ...block, text: reason } as TextBlock];
    }
    // "[Note: The panel agreed to admit case H14 to the agenda as a matter of urgency.]" after the resolution: a
    // remark about it, said as a point of its own (never part of the decision, resolved.ts).
    const note = /^\[\s*Note\s*:\s*([^\]]+?)\s*\]\.?$/i.exec(text.replace(/\s+/g, " "));
    if (note && block.kind !== "table") {
      blocks[i] = {
        ...block,
        text: `${upperFirst(note[1]!.replace(/^That\s+(?=[a-z])/i, ""))}`.replace(/\.?$/, "."),
      } as TextBlock;
      resumes = i;
      break;
    }
    if (block.kind !== "bullet" && block.kind !== "table" && accountResumes(previous, text)) {
      resumes = i;
      break;
    }
  }
  const after = blocks
    .slice(resumes)
    .filter(
      (b) => !("text" in b && /^(?:Alternative Options Considered|Conflict of Interest relating)\b/i.test(b.text)),
    );
  return [...blocks.slice(0, start), ...after];
}

/**
 * The names of a recorded vote ("Voting for: the Mayor, Councillor … and Councillors Ali, Anderson, …", "Against the
 * Motion – …", "Abstaining: …"): dozens of names, no outcome. The outcome is the sentence before ("put to the vote
 * and carried"), and the meeting page lists who voted which way under the item (stored as its recorded vote).
 */
export function isVoteList(text: string): boolean {
  const head =
    /^(?:(?:Voting|Voted)\s+(?:for|against|in favour)|(?:For|Against)(?:\s+the\s+(?:Motion|Recommendations?|amendment))?|In favour|Abstain(?:ing|ed|ations?)?|Absent|Not voting|Did not vote)\s*(?:\(\d+\))?\s*[:\u2013\u2014-]\s*/i.exec(
      text,
    );
  if (!head) return false;
  const names = text
    .slice(head[0].length)
    .split(/,|\band\b/)
    .filter((n) => n.trim());
  const rest = text.slice(head[0].length);
  return (
    (names.length >= 2 || /\bCouncill?ors?\b/.test(rest)) && /^(?:the\s+)?(?:Mayor|Councill?ors?|[A-Z])/.test(rest)
  );
}

/** A short line all in capitals without a stop: an older minute's sub-heading ("(2) COUNCILLOR MISS LYNE"). */
export function isCapitalsHeading(text: string): boolean {
  if (/[.!?]["'\u2019)]?$/.test(text)) return false;
  const letters = text.replace(/[^A-Za-z]/g, "");
  // A word of five letters or more: a run of acronyms ("NHS NWL ICB") is no heading.
  return letters === letters.toUpperCase() && /[A-Z]{5}/.test(text) && countWords(text) <= 12;
}

/** Figures run together from a table whose rows could not be rebuilt ("98% 81% 84% 86%"): no sentence. */
function isTableDebris(text: string): boolean {
  if (/[.!?]["'\u2019)]?$/.test(text)) return false;
  const tokens = text.split(" ");
  const figures = tokens.filter((t) => /^[£$(-]?\d[\d,.%/]*\)?$/.test(t)).length;
  return figures >= 4 && figures / tokens.length >= 0.25;
}

const FIGURE_TOKEN = /^[£$(-]?\d[\d,.]*(?:%|m|bn|k)?\)?$/;

/**
 * The loose lines of a table no one could rebuild: cells run together with pipes ("| Ordinary Member | Reserve
 * Member"), or a row's figures side by side ("Consolidate customer contact onto the digital platform 650 400 0
 * RES0", "April 2025 100% 100%"). A sentence never sets two bare figures next to each other without punctuation,
 * nor three with it.
 */
export function isRowDebris(text: string): boolean {
  if (/(^|\s)\|(\s|$)/.test(text)) return true;
  // Three figures in a row are a table row even when a sentence was glued on after them.
  const sentence = /[.!?]["'\u2019)]?$/.test(text);
  let run = 0;
  for (const token of text.split(" ")) {
    run = FIGURE_TOKEN.test(token) ? run + 1 : 0;
    if (run >= (sentence ? 3 : 2)) return true;
  }
  return false;
}

/**
 * "The representative then spoke to the six grounds in the call-in notice, stressing the following points.": a
 * sentence that only announces what comes next says nothing itself (the points it announces are read on their own).
 */
export function announcesOnly(text: string): boolean {
  return countWords(text) <= 25 && /\b(?:the following(?: \w+)?|as follows|these points)\s*[.:]?$/i.test(text);
}

/**
 * "Having noted the report's confidential appendices and the points Councillor Greek made, Cabinet" leads into the
 * RESOLVED that follows it in the minutes; on its own it stops mid-sentence. Said whole: "Before deciding, Cabinet
 * noted the report's confidential appendices and the points Councillor Greek made." (build-sections keeps it only
 * when it names someone or a figure the decision does not).
 */
export function beforeDeciding(text: string): string {
  const m =
    /^Having (noted|received|considered|heard|read|taken into account|had regard to)\s+(.+?),\s+((?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,4})$/.exec(
      text,
    );
  if (!m) return text;
  const verb = m[1] === "taken into account" ? "took into account" : m[1] === "had regard to" ? "had regard to" : m[1];
  return `Before deciding, ${m[3]} ${verb} ${m[2]!.replace(/\s*\((?:see )?(?:appendix|annex) [\w.]+\)/gi, "")}.`;
}

/** Whether a sentence is the lead into a decision said whole by beforeDeciding. */
export const BEFORE_DECIDING = /^Before deciding, /;

/**
 * A call-in hearing's minute in fewer words, nothing lost: "The Sub-Committee took the papers on a call-in notice from
 * more than 150 residents against …" is "Call-in notice from more than 150 residents against …" (the body taking its
 * own papers says nothing), and "The representative then set out the reasons for the call-in, questioning:" before
 * the points is "The representative questioned:".
 */
export function plainerCallIn(text: string): string {
  return text
    .replace(
      /^The (?:[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) (?:took|considered|received|had before it)(?: the papers (?:on|for|relating to))? (?:a|the) (?:call-in|call in) notice\b/,
      "Call-in notice",
    )
    .replace(
      /^((?:The|Their|His|Her) [a-z' ]{3,40}?|[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}) (?:then )?(?:set out|outlined|gave|explained) (?:the|their|his|her) (?:reasons|grounds) for (?:the|this) call-in,? (questioning|asking|arguing|stressing|stating)(?: that)?:$/,
      (_m, who: string, how: string) => `${who} ${CALL_IN_SAID[how]}:`,
    );
}

const CALL_IN_SAID: Record<string, string> = {
  questioning: "questioned",
  asking: "asked",
  arguing: "argued",
  stressing: "stressed",
  stating: "stated",
};

/** ", so Cabinet had to decide whether …" closing a sentence. */
const DECISION_WAS_DUE =
  /,\s*(?:and )?so (?:that )?(?:Cabinet|(?:the )?Council|the (?:Committee|Sub-Committee|Panel|Board|Portfolio Holder)|Members) (?:had|needed|was required|were required|was asked|were asked) to (?:decide|consider|determine|choose) (?:whether|between|if)\b[^.;:]*(?=\.?$)/;

function tidy(raw: string): string {
  let text = raw
    .replace(/\s+/g, " ")
    // "(paragraph 2.10)", "(see paragraphs 2.13 and 2.14)": a pointer into the report, for the clerk, not the reader.
    .replace(/\s*\((?:see )?(?:paragraph|para|section)s? [\d.]+(?:(?:,| and| to|-)\s*[\d.]+)*\)/gi, "")
    .trim()
    // A list item read on its own ends as a sentence, not with the list's "; and".
    .replace(/\s*;\s*(?:and|or)?$/i, ".")
    // "PROPOSAL: the proposal was for a variation of condition 2 …": the planning minute's label, in plain words.
    .replace(/^PROPOSAL:\s*(?:the proposal (?:was|is) (?:for )?)?(?=\S)/, "Proposal: ")
    // An older minute's recommendation to Council speaks of "Your Committee": the meeting, in the reader's words.
    .replace(/^Your (Committee|Sub-Committee|Panel|Forum|Board)\b/, "The $1");
  // A decision's reason "…, which ended on 27 March 2022, so Cabinet had to decide whether to remove the schemes or
  // make them permanent": that a decision was due is what the Decision beside it shows. (Elsewhere, a report before
  // the meeting, it says what is to be decided, and stays.)
  if (/^Reason: /.test(text)) text = text.replace(DECISION_WAS_DUE, "");
  text = plainerCallIn(beforeDeciding(text));
  if (CONNECTIVE.test(text)) {
    text = text.replace(CONNECTIVE, "");
    text = upperFirst(text);
  }
  if (countWords(text) > 60) {
    // Long sentences are cut at a clause boundary, never mid-clause, so the kept part still reads true.
    const clauses = text.split(/;\s+/);
    let kept = clauses[0]!;
    for (const c of clauses.slice(1)) {
      if (countWords(`${kept}; ${c}`) > 45) break;
      kept = `${kept}; ${c}`;
    }
    text = countWords(kept) > 70 ? "" : kept === text ? kept : `${kept.replace(/[,;:]$/, "")}.`;
  }
  return text;
}

// A table of figures reads at a glance; a long table of prose (an action plan, a list of witnesses) is longer than
// the summary of its report should be, so it is left out, its lines never becoming bullets either.
const MAX_TABLE_WORDS = 250;

function tableWords(block: TableBlock): number {
  return [block.header, ...block.rows].flat().reduce((n, cell) => n + countWords(cell), 0);
}

function toTable(block: TableBlock, heading: string | null, source: SourceRef): SummaryTable {
  // A template heading ("Section 2 – Report") says nothing about a table, so it is not used as its caption.
  const caption = block.caption ?? (heading && !KNOWN_HEADING.test(heading) ? heading : null);
  return { caption, header: block.header, rows: block.rows, source };
}

/** "•", "(a)"/"iv)", "3."/"(2)", or "2.12.2": the kinds of label a list's points share. */
function labelStyle(label: string): string {
  if (/^\d+(?:\.\d+)+\.?$/.test(label)) return "section";
  if (/^\(?\d+[.)]?$/.test(label)) return "number";
  if (/^\(?[a-z]{1,5}[.)]$/i.test(label)) return "letter";
  return "bullet";
}

/** Picks the best candidates without near-repeats, returned in reading order. */
export function pickCandidates(
  candidates: Candidate[],
  limit: number,
  minScore = 0.5,
  maxWords = Infinity,
  saidBy?: (c: Candidate) => { key: string; speaker: string } | null,
): Candidate[] {
  const picked: Candidate[] = [];
  const seen: Set<string>[] = [];
  // Speakers said once over their list's points (answer-lists.ts speakersOnce): their words count once.
  const speakers = new Set<string>();
  let used = 0;
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (picked.length >= limit || c.score < minScore) break;
    const words = new Set(contentWords(c.text));
    if (seen.some((s) => jaccard(s, words) >= 0.6)) continue;
    // Within a word budget, a point too long for what is left gives way to a shorter one after it.
    const said = saidBy?.(c);
    const length =
      countWords(c.text) +
      (c.antecedent ? countWords(c.antecedent) : 0) -
      (said && speakers.has(said.key) ? countWords(said.speaker) : 0);
    if (used + length > maxWords) continue;
    used += length;
    if (said) speakers.add(said.key);
    picked.push(c);
    seen.push(words);
  }
  return picked.sort((a, b) => a.order - b.order);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Who moved and seconded a motion or an amendment, and what it was, as minutes record it. */
const MOVER = String.raw`(?:Councill?or|Cllr\.?|the Leader|the Mayor|the Deputy Leader)(?: [A-Z][\w'\u2019-]+){0,3}(?:, the [^,]{3,60},)?`;
const MOVED = new RegExp(
  String.raw`^(${MOVER}) moved(?: the following| an| a| the)? (motion|amendment|recommendation)s?,? (?:which|and) (${MOVER}) seconded\s*:?\.?$|^(${MOVER}) moved(?: the following| an| a| the)? (motion|amendment|recommendation)s?,? seconded by (${MOVER})\s*:?\.?$`,
  "i",
);

/** "Councillor A moved the following amendment, which Councillor B seconded:" -> "Amendment moved by Councillor A, seconded by Councillor B". */
export function movedLine(text: string): { line: string; amendment: boolean } | null {
  const m = MOVED.exec(text.trim());
  if (!m) return null;
  const [mover, what, seconder] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
  const strip = (who: string) => who.replace(/,\s*$/, "");
  return {
    line: `${upperFirst(what.toLowerCase())} moved by ${strip(mover)}, seconded by ${strip(seconder)}`,
    amendment: /^amendment/i.test(what),
  };
}

/** A sum of money or a rate: the headline of a report's account. */
const OPENING_FIGURE = /£\s?\d|\d%/;
const OPENING_ACCOUNT_BONUS = 1.5;

/** "A Member asked how many …", "Councillor A asked the Leader whether …": a question put at the meeting. */
export const QUESTION =
  /^(?:An?|The|Another) [\w' -]{1,60}? asked\b|^(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2} asked\b|^(?:He|She|They) asked\b|\basked (?:whether|how|why|what|when|if)\b|^(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2} asked\b|\basked,? as a supplementary question,|\?$/i;

/** "The Head of Repairs responded that 76% of repairs …": who answered, and what. */
const ANSWER =
  /^(?:(The|An?) )?((?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}|[A-Z][\w'\u2019-]*(?: (?:of|for|and|[A-Z][\w'\u2019-]*)){0,6}|officers?|an officer)(?:, ([^,]{3,80}),)? (?:responded|replied|answered|confirmed|explained|advised|reported) that (.{20,})$/;

/**
 * An answer to the question before it, said as its fact: "The Head of Repairs responded that 76% of repairs had been
 * completed …" -> "Head of Repairs: 76% of repairs had been completed …"; an officer's answer needs no name, and a
 * name in apposition ("The Portfolio Holder, Councillor Rajan Pillai, responded …") is who answered. Null when the
 * sentence is no such answer.
 */
export function answerFact(sentence: string): string | null {
  return answerParts(sentence)?.line ?? null;
}

/** An answer's parts: who gave it, and the bullet's line ("Head of Repairs: 76% of repairs …"). */
function answerParts(sentence: string): { who: string; line: string } | null {
  const m = ANSWER.exec(sentence.trim());
  if (!m) return null;
  const named =
    m[3] && /^(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}$/.test(m[3]) ? m[3] : null;
  const who = named ?? m[2]!;
  // "…, that the cost was …, and that an apprenticeship scheme …": each further clause loses its "that" too.
  const fact = upperFirst(toItsFacts(withoutThats(m[4]!)));
  return { who, line: /^(?:an )?officers?$/i.test(who) ? fact : `${who}: ${fact}` };
}

/** "In a supplementary question, Councillor A asked …", "Councillor A asked, as a supplementary question, …". */
const SUPPLEMENTARY = /\bsupplementary question\b/i;

/**
 * Whether two answers were given by the same person: "Councillor Pillai" is "Councillor Rajan Pillai"; a post
 * ("Leader", "Head of Repairs") is itself. An officer unnamed is no one in particular, so never the same.
 */
function sameSpeaker(a: string, b: string): boolean {
  const councillor = /^(?:Councill?or|Cllr\.?) /;
  if (/^(?:an )?officers?$/i.test(a) || /^(?:an )?officers?$/i.test(b)) return false;
  if (councillor.test(a) && councillor.test(b)) return a.split(" ").pop() === b.split(" ").pop();
  return a === b;
}

/** Whether a question names a figure its answer does not say. */
function figuresBeyondAnswer(question: string, answer: string): boolean {
  const years = /\b(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g;
  return (question.replace(years, " ").match(/£?\d[\d,.]*%?/g) ?? []).some(
    (f) => !answer.includes(f.replace(/[.,]$/, "")),
  );
}

/** A sentence's first word in lower case when it is an ordinary word ("Each subscriber …"), never a name. */
function lowerOpening(text: string): string {
  return /^(?:The|A|An|Each|All|Every|No|None|Some|Any|It|Its|This|These|That|Those|There|Their|His|Her|Most|Only|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b/.test(
    text,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** "The Director of Finance said that …": an officer's or post holder's account, named by the post. */
const ACCOUNT =
  /^The ((?:[A-Z][\w'\u2019-]*)(?: (?:of|for|and|[A-Z][\w'\u2019-]*)){0,6}) (?:said|added) that (.{20,})$/;

/**
 * In a minute of questions and answers, an account given by a post ("The Director of Finance said that the General
 * Fund was forecast …") is said as its fact, as answers are: "Director of Finance: The General Fund was forecast …".
 * A member's speech ("Councillor A said …") and a body's ("The Committee said …") stay as they are.
 */
export function accountFact(sentence: string): string | null {
  const m = ACCOUNT.exec(sentence.trim());
  if (
    !m ||
    /^(?:Councill?or|Cllr|Mayor|Chair|Vice-Chair)\b|^(?:Cabinet|Council|Committee|Sub-Committee|Panel|Board)$/.test(
      m[1]!,
    )
  )
    return null;
  return `${m[1]}: ${upperFirst(toItsFacts(withoutThats(m[2]!)))}`;
}

/** "Councillor A said that …": one member's speech in a debate. */
const SPEECH =
  /^(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}(?:, [^,]{3,60},)? (?:said|stated|argued|added|noted|commented|spoke|felt|believed|considered|urged|welcomed|supported|opposed)\b/;

/** A minute that records a debate: a motion, amendment or recommendation moved and seconded. */
export function isDebate(text: string | null | undefined): boolean {
  const flat = (text ?? "").replace(/\s+/g, " ");
  return MOVED_OR_SECONDED.test(flat) || flat.split(/(?<=[.:])\s+/).some((x) => movedLine(x) !== null);
}

/** "The Portfolio Holder … moved the recommendation.", "Councillor B seconded the motion": the item is a debate. */
const MOVED_OR_SECONDED =
  /\b(?:moved|seconded) the (?:following )?(?:substantive )?(?:motion|recommendations?|amendment)\b/i;

/** Who moved and seconded, and the amendment: said before the speeches. */
const DEBATE_SCORE = 3;
/** A vote's outcome (and its tally) is the decision's own fact: always picked. */
const VOTE_SCORE = 6;

/** How many bullets an item deserves: grows with the amount of usable text, within bounds. */
export function bulletBudget(candidates: Candidate[]): number {
  const useful = candidates.filter((c) => c.score >= 0.5).length;
  // Fact-bearing sentences (figures, names, dates) are all kept up to the cap: a summary that drops half the
  // figures of a performance report is not faithful to it.
  const strong = candidates.filter((c) => c.score >= STRONG_SCORE).length;
  return Math.max(2, Math.min(MAX_BULLETS, Math.max(strong, Math.round(2 + Math.sqrt(useful) * 2.4))));
}

const STRONG_SCORE = 1.5;
const MAX_BULLETS = 20;

/**
 * A picked sentence that refers back ("The overspend will be met from HRA balances…") carries the sentence it
 * refers to when that one was not picked itself, so the bullet says whose overspend, and how much.
 */
export function withAntecedents(picked: Candidate[]): Candidate[] {
  const texts = new Set(picked.map((c) => c.text));
  const out: Candidate[] = [];
  for (const c of picked) {
    const previous = out[out.length - 1];
    // "She explained …" and "She said …", both after "Councillor A moved the recommendation.": the second goes on
    // in the bullet that already carries the sentence they point back to, which is said once.
    if (c.antecedent && previous?.antecedent === c.antecedent && previous.text.startsWith(c.antecedent)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${c.text}` };
      continue;
    }
    out.push(
      c.antecedent && !texts.has(c.antecedent)
        ? { ...c, text: accountOfPost(c.antecedent, c.text) ?? `${c.antecedent} ${c.text}` }
        : c,
    );
  }
  return out;
}

/**
 * Picked bullets with their lists' lead-ins, so no point reads out of context: the list's points that are only
 * fragments ("whether …") join the first one picked, never standing as bullets starting in lower case; a list of which
 * one point is left carries its lead in its text ("Since March 2025, the service has: created three care leaving
 * teams…"); several points of one list are each marked with their lead (`underLead`), and shown as one list under it.
 */
export function withLeadIns(picked: Candidate[]): Candidate[] {
  const head = new Map<string, Candidate>();
  const points = new Map<string, Candidate[]>();
  const out: Candidate[] = [];
  for (const c of picked) {
    const first = c.lead ? head.get(c.lead) : undefined;
    // "questioning: whether …; whether the town centre had enough bins.": fragments join the first point picked.
    if (first && /^[a-z]/.test(c.text)) {
      first.text = `${first.text.replace(/[.;,]\s*$/, "")}; ${c.text}`;
      continue;
    }
    const point = { ...c };
    if (c.lead) {
      if (!first) head.set(c.lead, point);
      points.set(c.lead, [...(points.get(c.lead) ?? []), point]);
    }
    out.push(point);
  }
  for (const [lead, list] of points) {
    if (list.length > 1) {
      for (const p of list) p.underLead = lead;
      continue;
    }
    const only = list[0]!;
    const text = /^[A-Z][a-z]/.test(only.text) ? only.text.charAt(0).toLowerCase() + only.text.slice(1) : only.text;
    only.text = `${lead} ${text}`;
  }
  return out;
}
