import type { SummarySection } from "../types";
import { telling } from "./answer-value";
import { countWords } from "../text/sentences";

// A long meeting condensed by count holds every item to one number of points: the step that fits may leave many
// words of the share unspent, because the step above it gave every item one more point at once. Those words go, the
// cheapest first, to items whose next point says a figure the item has not yet said, so an item whose every point is
// a fact is not held to the count of items whose points carry none
// (docs/summaries.md#long-minutes-round-ten).

/** One way of building a meeting's sections: its sections, and each substantive item's own, by position. */
export interface BuiltSections {
  sections: SummarySection[];
  byItem: Map<number, SummarySection[]>;
}

/** The figures an item's sections say: their headings, points and decisions. */
export function figuresSaid(sections: SummarySection[]): Set<string> {
  return new Set(
    sections.flatMap((s) => telling([s.heading, s.decision ?? "", ...s.bullets.map((b) => b.text)].join(" "))),
  );
}

/**
 * Whether an item given one more point says a figure it did not, and still says every figure it said: a further
 * point that only repeats a figure, or that takes a figure's place, is not worth its words.
 */
export function addsAFigure(before: SummarySection[], after: SummarySection[]): boolean {
  const was = figuresSaid(before);
  const now = figuresSaid(after);
  return [...was].every((f) => now.has(f)) && [...now].some((f) => !was.has(f));
}

/**
 * The condensed sections with the words the step left unspent given to items whose next point adds a figure, the
 * cheapest first: each round, of the items not yet given one, the one whose further point costs the fewest words
 * and still fits. `build(extra)` builds the sections with the items at `extra` given one more point than the step's;
 * `fits` says whether sections are within the meeting's share and ceiling.
 */
export function withSparePoints<T extends BuiltSections>(
  positions: number[],
  base: T,
  build: (extra: ReadonlySet<number>) => T,
  fits: (built: T) => boolean,
): T {
  let best = base;
  const extra = new Set<number>();
  for (;;) {
    let next: { position: number; built: T; words: number } | null = null;
    for (const position of positions.filter((p) => !extra.has(p))) {
      const trial = build(new Set([...extra, position]));
      if (!fits(trial) || !addsAFigure(best.byItem.get(position) ?? [], trial.byItem.get(position) ?? [])) continue;
      const words = sectionsWords(trial.byItem.get(position) ?? []) - sectionsWords(best.byItem.get(position) ?? []);
      if (!next || words < next.words) next = { position, built: trial, words };
    }
    if (!next) return best;
    extra.add(next.position);
    best = next.built;
  }
}

/** The words of an item's points and decisions. */
function sectionsWords(sections: SummarySection[]): number {
  return sections.reduce(
    (n, s) => n + countWords(s.decision ?? "") + s.bullets.reduce((m, b) => m + countWords(b.text), 0),
    0,
  );
}
