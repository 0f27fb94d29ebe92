import {
  summaryInputSchema,
  type MeetingSummary,
  type SummaryInput,
  type SourceRef,
  type SummaryItem,
  type SummarySection,
} from "../types";
import { buildItemSections, cleanHeading } from "./build-sections";
import { withoutUnusedAbbreviations } from "./abbreviations";
import { findFootnotes } from "./footnotes";
import { collectItemSources, minuteWordsRead, type ItemSource } from "./item-sources";
import { writeCancelledOverview, writeEmptyOverview, writeOutcomeOverview, writePreviewOverview } from "./overview";
import { OVERVIEW_MAX_WORDS } from "./overview/key-point";
import { classifyItem, foldProcedural } from "./procedural";
import { describePetitions } from "./petitions";
import { narrativePetitions } from "./narrative-petitions";
import { recipientsNamedOnce } from "./advisory-minutes";
import { speakersByTheirPost } from "./post-accounts";
import { labelsSaidOnce } from "./speaker-labels";
import { plainerLabelledPoints } from "./labelled-points";
import { isBriefQuestionsMinute, questionsTaken } from "./standing/questions";
import { type SpareWords, saysMoreFigures, withAnswerRoom, withSparePoints, withStepBelow } from "./spare-points";
import { countWords, upperFirst } from "../text/sentences";
import { addsFacts, agendaText } from "./agenda-text";
import { repairLostHyphens } from "../text/normalise";
import { NO_MINUTES, NO_OUTCOME, NOT_IN_MINUTES } from "./section-notes";

// The default engine: offline, deterministic, extractive. Every bullet is a sentence (or clause) copied from a
// source with its document and page; the overview only names the meeting, its date and its agenda titles.

/** Minutes longer than this are a whole meeting's printed minutes, to be condensed to LONG_MINUTES_SHARE. */
const LONG_MINUTES_WORDS = 1500;
/** The sections' words as a share of the minutes' (the overview and standing lines take a few points more). */
const LONG_MINUTES_SHARE = 0.3;
/** The whole summary's words as a share of the minutes', overview and standing lines included: the issue's 35%. */
const LONG_MINUTES_CEILING = 0.35;
const MINUTE_POINTS = 6;
const MIN_POINTS = 3;
const ANSWER_STEP = 0.25;
/** The fewest points' words a minute is held to when every minute counts words. */
const MIN_WORD_POINTS = 1;

/**
 * How a long meeting's minutes are condensed, step by step: [points an item's minute gives, points' words its
 * question-and-answer minute keeps]. The other items give up a point at a time first; then the answers a quarter of
 * a point (6 words) at a time, so no more of their words goes than the ceiling asks.
 */
export function condensingSteps(): [number, number][] {
  const steps: [number, number][] = [];
  for (let cap = MINUTE_POINTS - 1; cap >= MIN_POINTS; cap--) steps.push([cap, MINUTE_POINTS]);
  for (let cap = MINUTE_POINTS - ANSWER_STEP; cap >= MIN_POINTS; cap -= ANSWER_STEP) steps.push([MIN_POINTS, cap]);
  return steps;
}

const sectionWords = (sections: SummarySection[]) =>
  sections.reduce(
    (n, s) =>
      n +
      countWords(s.heading) +
      countWords(s.decision ?? "") +
      s.bullets.reduce((m, b) => m + countWords(b.text), 0) +
      // A list's lead-in is said once over its points (lib/summarize/bullets.ts), and counts once.
      [...new Set(s.bullets.flatMap((b) => (b.lead ? [b.lead] : [])))].reduce((m, lead) => m + countWords(lead), 0) +
      s.tables.reduce((m, t) => m + countWords([t.caption ?? "", ...t.header, ...t.rows.flat()].join(" ")), 0),
    0,
  );

export function summarizeExtractive(rawInput: SummaryInput): MeetingSummary {
  const input = summaryInputSchema.parse(rawInput);
  const items = [...input.items].sort((a, b) => a.position - b.position).map(repairItemText);
  const roles = new Map(items.map((i) => [i.position, classifyItem(i)]));
  const substantive = items.filter((i) => roles.get(i.position) !== "procedural");
  const procedural = items.filter((i) => roles.get(i.position) === "procedural");
  const mainTitles = substantive
    .filter((i) => roles.get(i.position) === "substantive")
    .map((i) => cleanHeading(i.title));
  const titles = mainTitles.length ? mainTitles : substantive.map((i) => cleanHeading(i.title));
  const past = Date.parse(input.meeting.startsAt) <= Date.parse(input.now);

  if (input.meeting.status === "cancelled" || input.meeting.status === "postponed") {
    return {
      kind: "cancelled",
      overview: writeCancelledOverview(input, titles),
      procedural: null,
      sections: [],
      footnotes: [],
      missing: [],
    };
  }

  const sources = collectItemSources(input, items);
  const held = input.meeting.status === "held" || sources.hasMinutes;
  const preview = !held && !past;
  const missing = [...sources.missing];

  // Whole meetings' printed minutes, most of them debate, are condensed to about a third of their words: when the
  // sections would run past LONG_MINUTES_SHARE of the minutes, each item gives fewer points from its minute (never
  // fewer than MIN_POINTS), its decision and vote always kept.
  const minuteWords = minuteWordsRead(items, sources.minutesByItem);
  const buildSections = (
    maxPoints?: number,
    answerPoints = maxPoints,
    everyMinuteByWords = false,
    extra: SpareWords = new Map(),
    answerRoom?: number,
    weakGiveWay = false,
  ) => {
    const sections: SummarySection[] = [];
    const byItem = new Map<number, SummarySection[]>();
    const mainSections: SummarySection[] = [];
    const questionSections: SummarySection[] = [];
    for (const item of substantive) {
      const itemSources = sources.byItem.get(item.position) ?? [];
      const minutes = sources.minutesByItem.get(item.position) ?? null;
      const petitions = roles.get(item.position) === "questions" ? petitionSection(item, itemSources, minutes) : null;
      const built = petitions
        ? [petitions]
        : buildItemSections({
            item,
            sources: itemSources,
            minutes,
            preview,
            maxPoints,
            answerPoints,
            everyMinuteByWords,
            spareWords: extra.get(item.position),
            answerRoom,
            weakGiveWay,
          });
      if (roles.get(item.position) === "questions") notingAsBullet(built[0]!, itemSources);
      speakersByTheirPost(built, minutes);
      // A post said in full once in the item, then by its rank (speaker-labels.ts).
      labelsSaidOnce(built);
      // A speaker's "He said that" said once, and an opening remark that names nothing left out (labelled-points.ts).
      plainerLabelledPoints(built);
      const hasContent = built.some((s) => s.bullets.length > 0 || s.tables.length > 0 || s.decision);
      if (!hasContent && itemSources.length === 0 && !item.description) {
        // An item with only a title: one honest line, never boilerplate.
        if (held) {
          const only = {
            heading: cleanHeading(item.title),
            itemNumber: item.number,
            bullets: [],
            tables: [],
            decision: null,
            note: sources.hasMinutes ? NOT_IN_MINUTES : NO_MINUTES,
          };
          sections.push(only);
          if (roles.get(item.position) !== "questions") mainSections.push(only);
        }
        continue;
      }
      const decisionOnly =
        hasContent && built.length === 1 && built[0]!.bullets.length === 0 && built[0]!.tables.length === 0;
      if (decisionOnly && roles.get(item.position) !== "questions") {
        // A bare decision ("welcome Cllr Karia as a main Member") reads better with the agenda's facts beside it.
        const agenda = agendaText(item.description);
        if (agenda && addsFacts(agenda, built[0]!.decision ?? ""))
          built[0]!.bullets.push({
            text: `The agenda said: ${agenda}`,
            source: { documentId: null, url: input.meeting.officialUrl, page: null },
          });
      }
      if (!hasContent) {
        const agenda = agendaText(item.description);
        // A petition is known by its title ("Keep Free Weekend Parking at North Harrow Car Park"): the bullet says which.
        const petition = /^petition\s*[-\u2013:]\s*(.+)$/i.exec(cleanHeading(item.title))?.[1];
        const said = petition ? `The agenda said of the petition "${petition.replace(/[.]$/, "")}"` : "The agenda said";
        if (agenda)
          built[0]!.bullets.push({
            text: `${said}: ${agenda}`,
            source: { documentId: null, url: input.meeting.officialUrl, page: null },
          });
        // A minute that is there but gives nothing to show (the page broke off before the decision) is not "not
        // published".
        if (held) built[0]!.note = minutes?.trim() ? NO_OUTCOME : sources.hasMinutes ? NOT_IN_MINUTES : NO_MINUTES;
      }
      sections.push(...built);
      byItem.set(item.position, built);
      // A planning item decides each application in its own section: every one counts in the overview.
      const planning = built.every((s) =>
        /^(Granted|Refused|Deferred|Withdrawn|No decision recorded)\b/.test(s.decision ?? ""),
      );
      (roles.get(item.position) === "questions" ? questionSections : mainSections).push(
        ...(planning ? built : [built[0]!]),
      );
    }
    recipientsNamedOnce(sections);
    return { sections, mainSections, questionSections, byItem };
  };
  const long = minuteWords > LONG_MINUTES_WORDS;
  let built = buildSections(long ? MINUTE_POINTS : undefined);
  if (long) {
    // The other items give up points first; the question-and-answer minutes' answers, the densest in facts, last.
    // The whole summary stays within LONG_MINUTES_CEILING of the minutes: the overview (at most OVERVIEW_MAX_WORDS)
    // and the standing lines beside the sections.
    const standingWords = countWords(foldProcedural(procedural, held, substantive) ?? "");
    const fits = (sections: SummarySection[]) =>
      sectionWords(sections) <= minuteWords * LONG_MINUTES_SHARE &&
      sectionWords(sections) + standingWords + OVERVIEW_MAX_WORDS <= minuteWords * LONG_MINUTES_CEILING;
    // The words sections may still take: within the share, and within the ceiling with the longest overview.
    const room = (sections: SummarySection[]) =>
      Math.min(
        minuteWords * LONG_MINUTES_SHARE,
        minuteWords * LONG_MINUTES_CEILING - standingWords - OVERVIEW_MAX_WORDS,
      ) - sectionWords(sections);
    let step: [number, number] | null = null;
    const steps = condensingSteps();
    let below: [number, number] | undefined;
    for (const [index, [cap, answers]] of steps.entries()) {
      if (fits(built.sections)) break;
      step = [cap, answers];
      below = steps[index + 1];
      built = buildSections(cap, answers);
    }
    // Not condensed at all, the words left go to the answers of a question-and-answer minute held to words: as many
    // of them as keep the sections within the room, six words fewer at a time (docs/summaries.md#long-minutes-round-fifteen).
    // Where the other items' weak points (beside their decisions) would buy the answers more figures than they say,
    // they give their words to the answers (docs/summaries.md#a-question-and-answer-session-stop-33).
    if (!step && fits(built.sections)) {
      const answered = (base: typeof built, weakGiveWay: boolean) =>
        withAnswerRoom(
          base,
          room(base.sections),
          (b) => fits(b.sections),
          (r) => buildSections(MINUTE_POINTS, MINUTE_POINTS, false, new Map(), r, weakGiveWay),
        );
      const whole = answered(built, false);
      const lean = buildSections(MINUTE_POINTS, MINUTE_POINTS, false, new Map(), undefined, true);
      const leaner = fits(lean.sections) ? answered(lean, true) : null;
      built = leaner && saysMoreFigures(leaner.sections, whole.sections) ? leaner : whole;
    }
    // Condensed by count, the words the step left unspent go to items whose next point adds a figure (spare-points.ts).
    // The step below, its own unspent words spent, is taken when it says every figure this one says and more
    // (docs/summaries.md#standing-lines-stop-37).
    if (step && fits(built.sections)) {
      const [at, stepBelow] = [step, below];
      built = withStepBelow(
        built,
        stepBelow ? () => buildSections(...stepBelow) : null,
        (b) => fits(b.sections),
        (base, atStepBelow) => {
          const [cap, answers] = atStepBelow && stepBelow ? stepBelow : at;
          return withSparePoints(
            substantive.map((i) => i.position),
            base,
            (extra) => buildSections(cap, answers, false, extra),
            (b) => fits(b.sections),
            (b) => room(b.sections),
          );
        },
      );
    }
    // Minutes whose every item is business told at length (an advisory panel's petitions, consultations and votes)
    // may still not fit at the fewest points: then every minute is held to words, as question-and-answer minutes
    // are, a quarter of a point at a time, so short points with a figure each take the place of long ones.
    // Held to words, the sections need only keep the whole summary within the ceiling, and each minute gets the most
    // words that keeps it there: points said to their facts are shorter than the points that did not fit, so the
    // words of the fewest points may leave much of the ceiling unspent (docs/summaries.md#an-employees-consultative-forums-minutes).
    // The overview is written from the sections, so each step counts the words of its own overview, not the most an
    // overview may have (docs/summaries.md#long-minutes-round-eight).
    // It is counted with the counts of other decisions it leaves out said: a count left out gives its words to no point
    // (docs/summaries.md#overviews-read-as-a-resident-stop-38).
    const withinCeiling = (step: typeof built) =>
      sectionWords(step.sections) + standingWords + overviewWords(step) <= minuteWords * LONG_MINUTES_CEILING;
    const overviewWords = (step: typeof built) =>
      preview
        ? OVERVIEW_MAX_WORDS
        : countWords(writeOutcomeOverview(input, step.mainSections, step.questionSections, true));
    if (!fits(built.sections)) {
      let held = MINUTE_POINTS;
      for (let words = MINUTE_POINTS; words >= MIN_WORD_POINTS; words -= ANSWER_STEP) {
        held = words;
        built = buildSections(MIN_POINTS, words, true);
        if (withinCeiling(built)) break;
      }
      // Held to words, as by count, the words the step left unspent go to items whose next point adds a figure.
      if (held < MINUTE_POINTS && withinCeiling(built))
        built = withSparePoints(
          substantive.map((i) => i.position),
          built,
          (extra) => buildSections(MIN_POINTS, held, true, extra),
          withinCeiling,
          (b) => minuteWords * LONG_MINUTES_CEILING - standingWords - overviewWords(b) - sectionWords(b.sections),
        );
    }
  }
  const { sections, mainSections, questionSections } = built;

  if (sections.length === 0 && substantive.length === 0 && sources.readableCount === 0) {
    missing.push(
      past
        ? "No agenda papers, reports or minutes have been published for this meeting"
        : "No agenda papers have been published yet",
    );
    const standing = foldProcedural(procedural, held, substantive);
    const overview = held && standing ? writeOutcomeOverview(input, [], []) : writeEmptyOverview(input);
    return {
      kind: held && standing ? "outcome" : "empty",
      overview,
      procedural: standing,
      sections: [],
      footnotes: [],
      missing: dedupe(held && standing ? [] : missing),
    };
  }

  if (past && !sources.hasMinutes && !items.some((i) => i.decisionText))
    missing.push("The minutes have not been published yet");
  // Petitions and questions decide nothing: the items discussed are the business items.
  const business = substantive.filter((i) => roles.get(i.position) === "substantive");
  if (sources.hasMinutes && !mainSections.some((s) => s.decision) && business.length > 0)
    missing.push("The published minutes record no decision for the items discussed");
  for (const item of substantive) {
    const own = sources.byItem.get(item.position) ?? [];
    if (own.length === 0 && !held)
      missing.push(`No report or minute text was found for item '${cleanHeading(item.title)}'`);
  }

  const partial = { overview: "", procedural: foldProcedural(procedural, held, substantive), sections };
  const overview = preview
    ? writePreviewOverview(input, titles)
    : writeOutcomeOverview(input, mainSections, questionSections);
  const summary: MeetingSummary = withoutUnusedAbbreviations({
    kind: preview ? "preview" : "outcome",
    ...partial,
    overview,
    footnotes: [],
    missing: dedupe(missing),
  });
  summary.footnotes = findFootnotes(summary);
  return summary;
}

/**
 * A petitions item whose minute only records petitions: one bullet per petition and no Decision box, since noting
 * receipt of a petition decides nothing (lib/summarize/extractive/petitions.ts).
 */
function petitionSection(item: SummaryItem, sources: ItemSource[], minutes: string | null): SummarySection | null {
  if (!minutes || !/^petitions?\b/i.test(item.title.trim())) return null;
  const minute = sources.find((s) => s.origin === "minutes");
  // The minute's own paragraphs and list points, where it has them: a printed list's "(1)" is the point's label.
  const points = minute?.blocks.map((b) => ("text" in b ? b.text : "")).filter(Boolean);
  const lines = describePetitions(narrativePetitions(points?.length ? points.join("\n\n") : minutes));
  if (!lines) return null;
  const source = minuteRef(sources);
  return {
    heading: cleanHeading(item.title),
    itemNumber: item.number,
    bullets: lines.map((text) => ({ text, source })),
    tables: [],
    decision: null,
  };
}

/** "To note that the following public questions were asked…", "The deputation was received and noted." */
const ONLY_NOTES =
  /^(?:To (?:note|receive)(?: and note)?\b|.*\b(?:was|were) (?:received and )?(?:noted|received)\.?$)/i;
const DECIDES = /\b(?:approved|agreed|authori[sz]ed|adopted|endorsed|referred|recommended|instructed)\b/i;

/**
 * Noting or receiving questions or a deputation decides nothing: such a resolution is no Decision box but the
 * section's first bullet, in plain words ("The following public questions were asked and answered: (1) …").
 */
function notingAsBullet(section: SummarySection, sources: ItemSource[]): void {
  if (!section.decision || !ONLY_NOTES.test(section.decision) || DECIDES.test(section.decision)) return;
  // Beside the answers themselves, where a recording of them can be found is no point of its own.
  const decision = section.bullets.length > 0 ? section.decision.replace(RECORDING_CLAUSE, "") : section.decision;
  // "To note that eight councillor questions had been received and answered" before the answers: the standing line's
  // words ("Eight councillor questions answered.").
  const text = isBriefQuestionsMinute(decision)
    ? questionsTaken(section.heading, decision)
    : upperFirst(decision.replace(/^To (?:note|receive)(?: and note)?(?: that)?\s+/i, ""));
  section.decision = null;
  section.bullets.unshift({ text, source: minuteRef(sources) });
}

/** ", and that the recording had been placed on the Council's website": where the answers can be heard again. */
const RECORDING_CLAUSE =
  /,?\s+and (?:that )?(?:the |a )?(?:recordings?|webcast|video)\b[^.;]*?\b(?:website|online)\b[^.;]*(?=\.?$)/i;

/** Where an item's minute is: its document (the printed minutes) and first page, or the meeting's page. */
function minuteRef(sources: ItemSource[]): SourceRef {
  const minute = sources.find((s) => s.origin === "minutes");
  return { documentId: minute?.documentId ?? null, url: minute?.url ?? null, page: minute?.blocks[0]?.page ?? null };
}

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** The item with characters the page lost put back ("Vice?Chair" is "Vice-Chair"). */
function repairItemText(item: SummaryItem): SummaryItem {
  const fix = (text: string | null) => (text === null ? null : repairLostHyphens(text));
  return {
    ...item,
    title: repairLostHyphens(item.title),
    description: fix(item.description),
    minutesText: fix(item.minutesText),
    decisionText: fix(item.decisionText),
  };
}
