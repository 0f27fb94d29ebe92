import type { SummarySection } from "../types";
import { telling } from "./answer-value";
import { figuresWeight, followsUp, isAmendmentResult, pointFigures, withoutDays } from "./spare-point-pick";
import { countWords } from "../text/sentences";

// A long meeting condensed by count holds every item to one number of points: the step that fits may leave many
// words of the share unspent, because the step above it gave every item one more point at once. Those words go to
// items whose further point says a figure the item has not yet said, the most new figures for their words first, so
// an item whose every point is a fact is not held to the count of items whose points carry none
// (docs/summaries.md#long-minutes-round-ten, #long-minutes-round-eleven). Which point an item is given is
// spare-point-pick.ts's.

/** One way of building a meeting's sections: its sections, and each substantive item's own, by position. */
export interface BuiltSections {
  sections: SummarySection[];
  byItem: Map<number, SummarySection[]>;
}

/**
 * The figures an item's sections say: their headings, points and decisions. `figures` reads them from a text: by
 * default its figures in digits; `pointFigures` also counts its counts in words (as a further point is weighed).
 */
export function figuresSaid(
  sections: SummarySection[],
  read: (text: string) => string = (t) => t,
  figures: (text: string) => string[] = telling,
): Set<string> {
  return new Set(
    sections.flatMap((s) => figures(read([s.heading, s.decision ?? "", ...s.bullets.map((b) => b.text)].join(" ")))),
  );
}

/** Whether `after` says every figure `before` says, and more: a different choice of points worth its change. */
export function saysMoreFigures(after: SummarySection[], before: SummarySection[]): boolean {
  const was = figuresSaid(before);
  const now = figuresSaid(after);
  return now.size > was.size && [...was].every((f) => now.has(f));
}

/**
 * Whether an item given one more point says a figure it did not, and still says every figure it said: a further
 * point that only repeats a figure, or that takes a figure's place, is not worth its words.
 */
export function addsAFigure(before: SummarySection[], after: SummarySection[]): boolean {
  const was = figuresSaid(before, undefined, pointFigures);
  const now = figuresSaid(after, undefined, pointFigures);
  return [...was].every((f) => now.has(f)) && [...now].some((f) => !was.has(f));
}

/**
 * The items given a further point, each with the words that point may take (the room the meeting had left when the
 * item was given it).
 */
export type SpareWords = ReadonlyMap<number, number>;

/**
 * The condensed sections with the words the step left unspent given to items whose further point adds a figure: each
 * round, of the items not yet given one, the one whose further point still fits and whose decision follows it up
 * (`followedUp`) first, then the one that says the most new figures for its words (the fewer words when two say as
 * many; a day of the month no figure), so a point of three new figures in 31 words goes before one of
 * one figure in 14. `build(extra)` builds the sections with the items at `extra` given a further point of at most so
 * many words; `fits` says whether sections are within the meeting's share and ceiling, and `room` how many words
 * they leave unspent.
 */
export function withSparePoints<T extends BuiltSections>(
  positions: number[],
  base: T,
  build: (extra: SpareWords) => T,
  fits: (built: T) => boolean,
  room: (built: T) => number = () => Infinity,
): T {
  let best = base;
  const extra = new Map<number, number>();
  for (;;) {
    let next: { position: number; built: T; words: number; density: number; taken: number } | null = null;
    const left = room(best);
    for (const position of positions.filter((p) => !extra.has(p))) {
      const trial = build(new Map([...extra, [position, left]]));
      if (!fits(trial) || !addsAFigure(best.byItem.get(position) ?? [], trial.byItem.get(position) ?? [])) continue;
      const words = sectionsWords(trial.byItem.get(position) ?? []) - sectionsWords(best.byItem.get(position) ?? []);
      const figures = newFigures(best.byItem.get(position) ?? [], trial.byItem.get(position) ?? []);
      const density = figures / Math.max(1, words);
      // An amendment's result with its vote first (`resultAdded`), then a point the decision follows up.
      const taken = resultAdded(best.byItem.get(position) ?? [], trial.byItem.get(position) ?? [])
        ? 2
        : followedUp(best.byItem.get(position) ?? [], trial.byItem.get(position) ?? [])
          ? 1
          : 0;
      if (
        !next ||
        taken > next.taken ||
        (taken === next.taken && (density > next.density || (density === next.density && words < next.words)))
      )
        next = { position, built: trial, words, density, taken };
    }
    if (!next) return best;
    extra.set(next.position, left);
    best = next.built;
  }
}

/**
 * A meeting condensed by count, at the first step that fits (`fitting`) with its unspent words spent, or at the step
 * below it (`below`, built when asked) with its own unspent words spent (`spend`), when that one fits and says every
 * figure the first says and more. The first step that fits moves up by one when a few words are freed elsewhere (a
 * shorter standing line): the point each item then gives back may carry no figure, where the words the step below
 * left unspent bought points that did. Weighed the same way either side, freed words then never cost a figure the
 * meeting said (docs/summaries.md#standing-lines-stop-37).
 */
export function withStepBelow<T extends BuiltSections>(
  fitting: T,
  below: (() => T) | null,
  fits: (built: T) => boolean,
  spend: (built: T, atStepBelow: boolean) => T,
): T {
  const spent = spend(fitting, false);
  const lower = below?.();
  if (!lower || !fits(lower)) return spent;
  const lowerSpent = spend(lower, true);
  return saysMoreFigures(lowerSpent.sections, spent.sections) ? lowerSpent : spent;
}

/**
 * Whether an item's further point is an amendment's result with its vote ("Amendment moved by A, seconded by B: "…"
 * (lost, 22 votes to 31; recorded vote)."): what the meeting decided of a proposal put to it, weighed before the
 * figures of a speech (docs/summaries.md#long-minutes-round-twenty-six).
 */
export function resultAdded(before: SummarySection[], after: SummarySection[]): boolean {
  const was = new Set(before.flatMap((s) => s.bullets.map((b) => b.text)));
  return after.some((s) => s.bullets.some((b) => !was.has(b.text) && isAmendmentResult(b.text)));
}

/** How many figures an item's sections say that they did not. */
function newFigures(before: SummarySection[], after: SummarySection[]): number {
  const was = figuresSaid(before, undefined, pointFigures);
  return figuresWeight([...figuresSaid(after, withoutDays, pointFigures)].filter((f) => !was.has(f)));
}

/** The words of an item's points and decisions. */
function sectionsWords(sections: SummarySection[]): number {
  return sections.reduce(
    (n, s) => n + countWords(s.decision ?? "") + s.bullets.reduce((m, b) => m + countWords(b.text), 0),
    0,
  );
}

/**
 * Whether an item's further point is what its decision takes up: the decision follows up the matter the point reports
 * ("a report … on the effect of the extra clinic slots" beside "the NHS trust had agreed to provide 12 extra clinic
 * slots a month"), so the point says what the decision refers to.
 */
export function followedUp(before: SummarySection[], after: SummarySection[]): boolean {
  const was = new Set(before.flatMap((s) => s.bullets.map((b) => b.text)));
  return after.some((s) =>
    s.bullets.some((b) => !was.has(b.text) && s.decision && followsUp(b.text, s.decision, s.heading)),
  );
}

/** The words by which a question-and-answer minute's extra room is given up when the whole of it does not fit. */
const ANSWER_ROOM_STEP = 6;

/**
 * A long meeting that fits without condensing leaves words unspent, and its question-and-answer minute, held to
 * the words of its points, is the one that says more with them: each answer is a figure and who gave it. `build(r)`
 * builds the sections with such a minute given `r` words more. The most that fits, within `room`, and says every
 * figure the sections said before, is taken, a few words less at a time; the sections as they were when none does.
 */
export function withAnswerRoom<T extends BuiltSections>(
  base: T,
  room: number,
  fits: (built: T) => boolean,
  build: (answerRoom: number) => T,
): T {
  const was = figuresSaid(base.sections);
  for (let words = Math.floor(room); words >= ANSWER_ROOM_STEP; words -= ANSWER_ROOM_STEP) {
    const trial = build(words);
    if (!fits(trial)) continue;
    const now = figuresSaid(trial.sections);
    if ([...was].every((f) => now.has(f))) return trial;
  }
  return base;
}
