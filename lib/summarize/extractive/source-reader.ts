// Reads one of an item's sources, block by block and sentence by sentence, into scored candidate sentences (and its
// tables). The reading carries what the minute has said so far: the heading and list a point sits under, a question
// just asked, whose account a paragraph goes on with, a motion or amendment being moved, a vote being counted.
import {
  amendmentSeconder,
  inlineAmendment,
  movedOutcome,
  inlineVoteLine,
  isTalliedVote,
  outcomeWithTally,
  withSeconder,
} from "./advisory-minutes";
import type { TextBlock } from "../text/blocks";
import { readTableRow } from "../text/read-table-rows";
import { clipWords, countWords, splitSentences } from "../text/sentences";
import type { SourceRef, SummaryTable } from "../types";
import type { ItemSource } from "./item-sources";
import { scoreSentence, weighSection, type SentenceContext } from "./score-sentence";
import { readVoteList } from "../text/recorded-votes";
import { type RecordedVote, countRecordedVotes, weighOpeningAccount } from "./whole-source";
import { isProcedureLead, isVoteOutcome, summonsSource, withoutProcedure } from "./procedure-sentences";
import { toItsFacts } from "./answer-clauses";
import { type ListPlan, figuresFirst, isExchange, planList, pointLead, runInLists, sayPoint } from "./answer-lists";
import { accountFact, introducedFact, paragraphGivers, pronounAccount, saidInAccount } from "./post-accounts";
import { isNoPoint, isVoteList } from "./debris";
import { isShownTable, toTable } from "./item-tables";
import { tidy } from "./plainer-sentences";
import { atPlaceDrawn } from "./place-drawn";
import { resultsOneByOne } from "./results-series";
import { recommendationBonus } from "./listed-recommendations";
import { MOVED_OR_SECONDED, SPEECH, movedLine } from "./debate";
import {
  QUESTION,
  SUPPLEMENTARY,
  answerParts,
  askedAndAnswered,
  countOfNothing,
  figuresBeyondAnswer,
  lowerOpening,
  sameSpeaker,
} from "./questions-answers";
import {
  ANTECEDENT_WORDS,
  type Candidate,
  type CandidateOptions,
  DEBATE_SCORE,
  FIGURE_BACK,
  VOTE_SCORE,
  WITH_ANTECEDENT_WORDS,
  bodyForIt,
  pointsBack,
} from "./candidate";
import { decisionFree } from "./decision-free";
import { withWhatItNames } from "./counted-noun";
import { isApplicationsCount, withRecruitmentCounts } from "./recruitment-counts";
import { goesOnAboutCounted, overTheSamePeriod } from "./same-period";
import { raisedMatter, withRaisedMatter } from "./raised-matters";
import { LEAD_IN, labelStyle, splitInlinePoints } from "./list-labels";

/** What a paragraph or list point carries into each of its sentences. */
interface Paragraph {
  block: Extract<TextBlock, { kind: "para" | "bullet" }>;
  ref: SourceRef;
  /** The lead-in of the list the point sits under, as it stood when the point was reached. */
  listLead: string | null;
  /** How the list's points are said (answer-lists.ts), for a list point. */
  plan: ListPlan | null;
  /** The lead the point is shown under. */
  keptLead: string | null;
  /** Whose account each sentence goes on with (post-accounts.ts paragraphGivers). */
  givers: (string | null)[];
  /** The last sentence of the paragraph that stands on its own: what "The overspend…" two sentences on refers to. */
  root: string | null;
  /** The sentence just read, said as the post's account when it went on with one: what "The figure …" refers to. */
  previous: string | null;
  /** How many of its sentences have been read. */
  read: number;
  /** The matter someone raised in the paragraph ("Mr A raised the works on Elm Road"), for an undertaking on it. */
  raised?: string | null;
}

/** One source read into `candidates` and `tables`, numbering the candidates from `order`. */
export class SourceReader {
  private readonly votes: RecordedVote[] = [];
  private summons: string | null = null;
  private heading: string | null = null;
  private weight: number | null = 0;
  private firstInSection = true;
  /** The lead-in a list hangs from: kept with the list's items, never dropped (a list item alone can mislead). */
  private lead: string | null = null;
  /**
   * How the list's first point is labelled: a point labelled otherwise ("2.12.2" after "•" points) is the report's
   * next numbered paragraph, not a point of the list.
   */
  private leadLabel: string | null = null;
  private listNo = 0;
  /** How many points of the current list have been read: a list of recommendations weighs its first most. */
  private listPlace = 0;
  /** A motion or amendment just moved, its line said in its place among the candidates (`order`). */
  private moved: { line: string; amendment: boolean; order: number } | null = null;
  private amendment: Candidate | null = null;
  /**
   * A question just asked: the answer after it is said as its fact ("An officer responded that 14 of the 212 windows
   * …" -> "14 of the 212 windows …"), as minutes of a question-and-answer session repeat the formula.
   */
  private asked = false;
  private question: Candidate | null = null;
  /** The question just asked is a supplementary one; the last main answer, which a supplementary answer goes on. */
  private supplementary = false;
  private lastAnswer: { candidate: Candidate; who: string; context: SentenceContext } | null = null;
  /** The post whose account the last paragraph gave ("Virtual School Head: …"), whom "She said that …" goes on with. */
  private lastPost: string | null = null;
  /** Elsewhere, the post whose account the last paragraph gave, without a question between (post-accounts.ts). */
  private paragraphPost: string | null = null;
  /** Where the minute's first question is: what is said before it is the account of the report. */
  private firstQuestion: number | null = null;
  private readonly blocks: TextBlock[];
  /**
   * A debate ("Councillor A moved the following amendment, which Councillor B seconded: "…""): who moved and seconded
   * what, the amendment's words and what became of it, in one line; the speeches matter less.
   */
  private readonly debate: boolean;
  /** A minute where members question the people who present a report: their accounts are said as answers are. */
  private readonly questioned: boolean;
  private readonly fromHere: number;

  constructor(
    private readonly source: ItemSource,
    private readonly opts: CandidateOptions,
    private readonly candidates: Candidate[],
    private readonly tables: SummaryTable[],
    public order: number,
  ) {
    const freed = decisionFree(source);
    // "… explained the proposals as follows: (i) …; (ii) …": a list run into its lead's paragraph, read point by point.
    this.blocks = source.origin === "minutes" ? runInLists(freed) : freed;
    this.debate = this.blocks.some(
      (b) =>
        "text" in b &&
        (movedLine(b.text.replace(/\s+/g, " ")) !== null || MOVED_OR_SECONDED.test(b.text.replace(/\s+/g, " "))),
    );
    this.questioned = this.blocks.some((b) => "text" in b && /\b(?:responded|replied) that\b/.test(b.text));
    this.fromHere = candidates.length;
  }

  /** Reads every block, then weighs what only the whole source shows; returns the next candidate's order. */
  read(): number {
    for (const block of this.blocks) this.readBlock(block);
    this.finish();
    return this.order;
  }

  private readBlock(block: TextBlock): void {
    const ref: SourceRef = { documentId: this.source.documentId, url: this.source.url, page: block.page };
    if (block.kind !== "bullet") this.leadLabel = this.lead = null;
    else if (this.lead) {
      const style = labelStyle(block.label);
      if (this.leadLabel !== null && style !== this.leadLabel) this.lead = null;
      this.leadLabel = style;
    }
    // "The Panel weighed all the relevant material, namely:" over the statutory list: the points go with their lead.
    if (block.kind === "bullet" && this.lead && isProcedureLead(this.lead)) return;
    if (block.kind === "heading") {
      // A short line that opens a list is read as a heading once its colon is gone: "Since March 2025, the
      // service has". It still introduces the list.
      if (LEAD_IN.test(block.text)) {
        this.lead = `${block.text.replace(/:?\s*$/, "")}:`;
        this.listNo++;
      }
      this.heading = block.text;
      this.weight = weighSection(this.heading);
      this.firstInSection = true;
      return;
    }
    if (this.weight === null || block.kind === "field" || block.kind === "marker") return;
    if (block.kind === "table") {
      if (isShownTable(block)) this.tables.push(toTable(block, this.heading, ref));
      return;
    }
    if (this.moved && block.kind === "para" && this.motionWords(block.text, ref)) return;
    // A lone table row that could not be rebuilt into a table is figures without their headings: skip it.
    if (block.kind === "para" && !/[.!?]$/.test(block.text) && readTableRow(block.text)) return;
    // A list point that holds a question and its answer is read sentence by sentence, as a paragraph is.
    const whole = block.kind === "bullet" && countWords(block.text) <= 60 && !isExchange(block.text);
    // A minute's numbered points run together are read one by one (list-labels.ts).
    // A long sentence of results after semicolons is read one result at a time (results-series.ts).
    const sentences = splitInlinePoints(whole ? [block.text] : splitSentences(block.text).flatMap(resultsOneByOne));
    const listLead = this.lead;
    // "The Portfolio Holder introduced the report, which … He said that …": whose account each sentence goes on with.
    const givers: (string | null)[] =
      block.kind === "para" && this.source.origin === "minutes"
        ? paragraphGivers(sentences.map(tidy), this.paragraphPost)
        : sentences.map(() => null);
    this.paragraphPost = block.kind === "para" ? (givers[givers.length - 1] ?? null) : null;
    // How the list's points are said: with their speaker, under their lead, or each as a statement of its own.
    const plan = block.kind === "bullet" ? planList(listLead) : null;
    const keptLead = plan ? pointLead(plan, block.text) : listLead;
    if (block.kind === "para") {
      const last = tidy(sentences[sentences.length - 1] ?? "");
      // A long sentence that ends in "which included:" still introduces its list.
      // "… officers responded to questions and comments from Members as follows:-": the older dash after the colon.
      this.lead = /:-?$/.test(last) && countWords(last) <= 40 ? last.replace(/:-$/, ":") : null;
      if (this.lead) {
        this.listNo++;
        this.listPlace = 0;
      }
    }
    const paragraph: Paragraph = { block, ref, listLead, plan, keptLead, givers, root: null, previous: null, read: 0 };
    for (const raw of sentences) this.readSentence(raw, paragraph);
  }

  /**
   * The paragraph after "Councillor A moved the following amendment …": the amendment's words in the line that says
   * who moved and seconded it. True when the paragraph was the motion's own words and needs no further reading.
   */
  private motionWords(text: string, ref: SourceRef): boolean {
    const moved = this.moved!;
    const quoted = /^["\u201c]/.test(text.trim());
    const words = text.replace(/\s+/g, " ").trim();
    const candidate: Candidate = {
      text: moved.amendment && quoted ? `${moved.line}: ${clipWords(words, 60)}` : `${moved.line}.`,
      score: DEBATE_SCORE,
      order: moved.order,
      source: ref,
    };
    this.candidates.push(candidate);
    if (moved.amendment) this.amendment = candidate;
    this.moved = null;
    // A motion's own words are read as any paragraph (the decision usually repeats them).
    return quoted && moved.amendment;
  }

  private readSentence(raw: string, p: Paragraph): void {
    const { block, ref, plan } = p;
    const giver = p.givers[p.read] ?? null;
    const firstOfParagraph = p.read++ === 0;
    // A point a post or the officers told the meeting is said to its last fact, as an answer is.
    const told = Boolean(plan?.told) && this.source.origin === "minutes";
    const tidied = plan ? sayPoint(told ? toItsFacts(tidy(raw)) : tidy(raw), plan, firstOfParagraph) : tidy(raw);
    const answer = this.asked ? answerParts(tidied, this.question?.text) : null;
    const answered: string | null = answer
      ? answer.line
      : this.questioned
        ? (accountFact(tidied) ??
          askedAndAnswered(tidied) ??
          introducedFact(tidied) ??
          (firstOfParagraph ? pronounAccount(tidied, this.lastPost) : null))
        : null;
    if (answered && !answer) this.lastPost = answered.slice(0, answered.indexOf(": "));
    else if (answer || QUESTION.test(tidied)) this.lastPost = null;
    const answersQuestion = answered && this.question ? this.question : null;
    const afterSupplementary = this.asked && this.supplementary;
    this.asked = QUESTION.test(tidied);
    this.supplementary = this.asked && SUPPLEMENTARY.test(tidied);
    // A new question starts a new exchange: a later supplementary answer joins no earlier one.
    if (this.asked && !this.supplementary) this.lastAnswer = null;
    this.question = null;
    if (this.debated(tidied, ref)) {
      // "Councillor A moved the recommendation, which Councillor B seconded. She said that …": what she said points
      // back to the mover, said in the moved line.
      if (this.moved) p.root = `${this.moved.line}.`;
      return;
    }
    const list = isVoteList(tidied) ? readVoteList(tidied) : null;
    const vote = this.votes[this.votes.length - 1];
    if (list && vote) vote.tally[list.side] += list.count;
    this.summons ??= summonsSource(tidied);
    const said = bodyForIt(withoutProcedure(answered ?? inlineVoteLine(tidied) ?? tidied) ?? "", p.root);
    // "An enforcement notice had been served …" after "He drew the Committee's attention to 4 Mill Row, where …": said at
    // that place (docs/summaries.md#the-conservation-areas-advisory-committee-second-round).
    const own = atPlaceDrawn(withWhatItNames(said, p.previous), p.previous);
    // "Ms B undertook to ask …" after "Mr A raised the water main works on Elm Road, …": the undertaking says what it
    // is about (docs/summaries.md#a-business-consultative-panels-minutes).
    const text = withRaisedMatter(p.raised ?? null, own);
    p.raised ??= raisedMatter(own);
    // "The panels had generated …" after "… 1,240 kilowatts of solar panels fitted …": the things just counted.
    const counted = !firstOfParagraph && goesOnAboutCounted(p.previous, text);
    const refersBack = pointsBack(text) || counted;
    // "The figure had risen …" is the figure of the sentence right before it, even one that went on with a post's
    // account ("He said that the Council had lost 9.4 days …"), said as that post's.
    const back = (FIGURE_BACK.test(text) || counted) && p.previous ? p.previous : p.root;
    const antecedent =
      back &&
      refersBack &&
      (countWords(back) <= ANTECEDENT_WORDS || countWords(back) + countWords(text) <= WITH_ANTECEDENT_WORDS)
        ? back
        : null;
    if (text && !refersBack) p.root = text;
    if (text) p.previous = (giver && saidInAccount(text, giver)) || text;
    // "He was satisfied with this explanation…" after a sentence too long to carry with it (or one left out as
    // procedure) would dangle: the sentence it points back to stands for both.
    if (refersBack && !firstOfParagraph && !antecedent && /^(?:He|She|They)\b/.test(text)) return;
    if (isNoPoint(text)) return;
    // "41 applications had been received." then "… a longlist of 12 …, and the Panel had shortlisted five …": the
    // recruitment's counts are one point (docs/summaries.md#long-minutes-round-thirty).
    const last = firstOfParagraph ? undefined : this.candidates[this.candidates.length - 1];
    // "1,460 trees had been planted, …" then "Over the same period 392 Council trees had been lost: …": the count and its
    // counterpart are one point too (docs/summaries.md#the-climate-advisory-panel-second-round).
    const joined =
      last &&
      ((isApplicationsCount(last.text) ? withRecruitmentCounts(last.text, text) : null) ||
        overTheSamePeriod(last.text, text));
    if (last && joined) {
      last.text = joined;
      return;
    }
    // "Ms A: There were 27, compared with 23 a year earlier.": an answer that counts what only the question names says
    // a number of nothing on its own, and takes a point's words (docs/summaries.md#a-chief-officers-employment-panels-minutes).
    if (answer && countOfNothing(text.startsWith(`${answer.who}: `) ? text.slice(answer.who.length + 2) : text)) return;
    // The answer to a supplementary question, given by whoever gave the main answer, goes on in that answer's
    // bullet ("Leader: 1,140 households …; and the forecast overspend was £4.8m."), so the exchange is one point.
    if (answer && afterSupplementary && answersQuestion && this.joinedToAnswer(text, answer.who, answersQuestion))
      return;
    const context: SentenceContext = {
      itemTitle: this.opts.itemTitle,
      sectionWeight: this.weight!,
      origin: this.source.origin,
      isBullet: block.kind === "bullet",
      isFirstInSection: this.firstInSection,
      preview: this.opts.preview,
      inRecommendations: /recommendation/i.test(this.heading ?? ""),
    };
    const score =
      scoreSentence(text, context) +
      (block.kind === "bullet" && this.source.origin === "minutes" && firstOfParagraph
        ? recommendationBonus(p.listLead, this.listPlace++)
        : 0);
    const candidate: Candidate = {
      text,
      // A vote's outcome is a decision fact; in a debate, a speech is one member's view.
      score:
        isVoteOutcome(text) || isTalliedVote(text)
          ? Math.max(score, VOTE_SCORE)
          : this.debate && SPEECH.test(text)
            ? score - 1
            : score,
      order: this.order++,
      source: ref,
      ...(block.kind === "bullet" && p.keptLead ? { lead: p.keptLead } : {}),
      ...(plan && this.source.origin === "minutes" ? { list: this.listNo } : {}),
      ...(told ? { told: true } : {}),
      ...(antecedent ? { antecedent } : {}),
      ...(giver && saidInAccount(text, giver) ? { giver } : {}),
      ...(answersQuestion ? { answers: answersQuestion } : {}),
    };
    this.candidates.push(candidate);
    if (answer && answersQuestion && !afterSupplementary) this.lastAnswer = { candidate, who: answer.who, context };
    if (this.asked) {
      this.question = candidate;
      this.firstQuestion ??= candidate.order;
    }
    if (isVoteOutcome(text) && countWords(text) <= 16)
      this.votes.push({ candidate, tally: { for: 0, against: 0, abstain: 0 } });
    this.firstInSection = false;
  }

  /**
   * A sentence of a debate, said in the line of the motion or amendment it belongs to: who moved it (its words follow),
   * "The amendment was seconded by Councillor B.", "Upon being put to the vote, the amendment was lost.". True when
   * the sentence was taken so.
   */
  private debated(tidied: string, ref: SourceRef): boolean {
    const movedBy = movedLine(tidied);
    if (movedBy) {
      this.moved = { ...movedBy, order: this.order++ };
      return true;
    }
    // "Councillor A moved an amendment that …", then "The amendment was seconded by Councillor B.": one line.
    const movedInline = inlineAmendment(tidied);
    if (movedInline) {
      this.amendment = { text: movedInline, score: DEBATE_SCORE, order: this.order++, source: ref };
      this.candidates.push(this.amendment);
      return true;
    }
    const amendment = this.amendment;
    const seconder = amendment ? amendmentSeconder(tidied) : null;
    if (amendment && seconder) {
      amendment.text = withSeconder(amendment.text, seconder);
      return true;
    }
    // "Upon being put to the vote, the amendment was lost.": said with the amendment it decides.
    const amendmentOutcome = amendment ? movedOutcome(amendment.text, tidied) : null;
    if (amendment && amendmentOutcome && countWords(tidied) <= 20) {
      amendment.text = `${amendment.text.replace(/[.\s]*$/, "")} (${outcomeWithTally(tidied, amendmentOutcome)}).`;
      // A recorded vote on the amendment: its lists of names follow, counted into the same line.
      if (isVoteOutcome(tidied))
        this.votes.push({
          candidate: amendment,
          tally: { for: 0, against: 0, abstain: 0 },
          amendment: amendmentOutcome,
        });
      // An amendment (or a motion to defer) moved in a sentence of its own and put to the vote is a decision of
      // the meeting, as the vote is.
      if (/^(?:Amendment|Motion) moved by /.test(amendment.text) && /: /.test(amendment.text))
        amendment.score = Math.max(amendment.score, VOTE_SCORE);
      this.amendment = null;
      return true;
    }
    return false;
  }

  /**
   * A supplementary answer by whoever gave the main answer, joined to that answer's bullet; true when it was (it adds
   * no figure the question asked beyond what the answer says, or it stands as a point of its own).
   */
  private joinedToAnswer(text: string, who: string, answersQuestion: Candidate): boolean {
    const lastAnswer = this.lastAnswer;
    if (!lastAnswer || !sameSpeaker(who, lastAnswer.who)) return false;
    const more = text.startsWith(`${who}: `) ? text.slice(who.length + 2) : text;
    if (figuresBeyondAnswer(answersQuestion.text, more) || countOfNothing(more)) return false;
    const main = lastAnswer.candidate;
    // "…; and the arrears …", or a sentence of its own where the first word cannot be lowered ("Arrears from …").
    const lowered = lowerOpening(more);
    const joined =
      lowered === more && /^[A-Z][a-z]/.test(more)
        ? `${main.text.replace(/[.\s]+$/, "")}. ${more}`
        : `${main.text.replace(/[.\s]+$/, "")}; and ${lowered}`;
    // "He said that crews had worked on Saturdays …" between the two points back to the main answer, by its text.
    for (const c of this.candidates) if (c.antecedent === main.text) c.antecedent = joined;
    main.text = joined;
    main.score = scoreSentence(main.text, lastAnswer.context);
    this.candidates.splice(this.candidates.indexOf(answersQuestion), 1);
    return true;
  }

  /** What only the whole source shows: the account's headline before the first question, and the votes counted. */
  private finish(): void {
    const own = this.candidates.slice(this.fromHere);
    if (this.source.origin === "minutes" && this.firstQuestion !== null) weighOpeningAccount(own, this.firstQuestion);
    figuresFirst(own);
    countRecordedVotes(this.votes, this.summons);
  }
}
