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
import { toItsFacts } from "./answer-clauses";
import { figuresFirst, isExchange, planList, pointLead, runInLists, sayPoint } from "./answer-lists";
import { accountFact, introducedFact, paragraphGivers, pronounAccount, saidInAccount } from "./post-accounts";
import { announcesOnly, isCapitalsHeading, isClosingTimes, isRowDebris, isTableDebris, isVoteList } from "./debris";
import { tidy } from "./plainer-sentences";
import { MOVED_OR_SECONDED, SPEECH, movedLine } from "./debate";
import {
  QUESTION,
  SUPPLEMENTARY,
  answerParts,
  figuresBeyondAnswer,
  lowerOpening,
  sameSpeaker,
} from "./questions-answers";

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
  /**
   * For "He said that …" in a paragraph of a post's account (post-accounts.ts paragraphGiver), whose account it is:
   * the bullet says it as the post's ("Portfolio Holder for Environment: Three bids …"), never a "He" it does not name.
   */
  giver?: string;
  /** The headline of the account that opens a questioned minute ("… set out a forecast overspend of £4.3m …"). */
  headline?: boolean;
}

/**
 * A sentence whose subject only points back to the one before it ("He was satisfied with this explanation"), or a
 * body's verdict on what it says ("The Panel found this change, and the other agreed times, satisfactory").
 */
const REFERS_BACK =
  /^(This|These|It|He|She|They|As a result(?=,)|Consequently(?=,)|The (overspend|underspend|pressure|increase|decrease|reduction|shortfall|deficit|surplus|variance|balance|slippage|rise|fall)(?! (?:on|of|in|for|at) (?:the )?[A-Z]))\b|^The (Panel|Committee|Sub-Committee|Board|Forum|Cabinet|Council) (found|accepted|agreed with|supported|rejected|welcomed) (this|these|that|those)\b/;

/**
 * "In the first half of the year the figure had been 89%", "The figure had risen from 8.9 days a year earlier": the
 * figure the sentence right before gave (or set a target for), whoever's account that sentence was.
 */
const FIGURE_BACK =
  /^(?:(?:In|By|Over|During) (?:the )?[a-z][\w ]{2,30}? )?[Tt]he figure (?:had been|was|stood at|had reached|reached|(?:had |has )?(?:risen|fallen|increased|decreased|gone (?:up|down))|rose|fell|increased|decreased|went (?:up|down))\b/;

/** Whether a sentence only points back to the one before it (REFERS_BACK, FIGURE_BACK), so never stands alone. */
export function pointsBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence) || FIGURE_BACK.test(sentence);
}

/** An antecedent is carried whole when it is short, or when the two read as one bullet of at most this many words. */
const ANTECEDENT_WORDS = 30;
const WITH_ANTECEDENT_WORDS = 75;

export interface CandidateOptions {
  itemTitle: string;
  preview: boolean;
}

// "… will:", "… as follows:", "Members made the following comments:": a line that leads into the list under it.
const LEAD_IN =
  /\b(?:has|have|had|will|includes?|included|are|were|is|was|to|that|by|following|the following [a-z]+|as follows):?\s*$/i;

// "(ii) Before the decision, …" after a full stop; or a dash or dot that marks the next point of a list the page ran
// into one line ("· The Plan had been drawn up with partners. - A detailed delivery plan had been meant…").
const INLINE_POINT = /(?<=\.)\s+(?=\((?:[ivx]{1,4}|\d{1,2})\)\s+[A-Z])|(?<=\.)\s+[-\u2013\u2022\u00b7]\s+(?=[A-Z])/;
const LEADING_POINT = /^\s*\((?:[ivx]{1,4}|\d{1,2})\)\s+(?=[A-Z])/;

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
    // Elsewhere, the post whose account the last paragraph gave, without a question between (post-accounts.ts).
    let paragraphPost: string | null = null;
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
      // "The Portfolio Holder introduced the report, which … He said that …": whose account each sentence goes on with.
      const givers: (string | null)[] =
        block.kind === "para" && source.origin === "minutes"
          ? paragraphGivers(sentences.map(tidy), paragraphPost)
          : sentences.map(() => null);
      paragraphPost = block.kind === "para" ? (givers[givers.length - 1] ?? null) : null;
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
      // The sentence just read, said as the post's account when it went on with one: what "The figure …" refers to.
      let previous: string | null = null;
      let sentenceIndex = 0;
      for (const raw of sentences) {
        const giver = givers[sentenceIndex] ?? null;
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
        const refersBack = pointsBack(text);
        // "The figure had risen …" is the figure of the sentence right before it, even one that went on with a post's
        // account ("He said that the Council had lost 9.4 days …"), said as that post's.
        const back = FIGURE_BACK.test(text) && previous ? previous : root;
        const antecedent =
          back &&
          refersBack &&
          (countWords(back) <= ANTECEDENT_WORDS || countWords(back) + countWords(text) <= WITH_ANTECEDENT_WORDS)
            ? back
            : null;
        if (text && !refersBack) root = text;
        if (text) previous = (giver && saidInAccount(text, giver)) || text;
        // "He was satisfied with this explanation…" after a sentence too long to carry with it (or one left out as
        // procedure) would dangle: the sentence it points back to stands for both.
        if (refersBack && !firstOfParagraph && !antecedent && /^(?:He|She|They)\b/.test(text)) continue;
        if (!text || /:-?$/.test(text) || isTableDebris(text) || isRowDebris(text) || isVoteList(text)) continue;
        if (announcesOnly(text) || isClosingTimes(text)) continue;
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
          ...(giver && saidInAccount(text, giver) ? { giver } : {}),
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

/** A sum of money or a rate: the headline of a report's account. */
const OPENING_FIGURE = /£\s?\d|\d%/;
const OPENING_ACCOUNT_BONUS = 1.5;

/** Who moved and seconded, and the amendment: said before the speeches. */
const DEBATE_SCORE = 3;
/** A vote's outcome (and its tally) is the decision's own fact: always picked. */
const VOTE_SCORE = 6;
