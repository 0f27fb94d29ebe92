// An item's tables: shown with their header and rows where they read at a glance, their caption from the table or
// the heading above it.
import { KNOWN_HEADING, type TableBlock } from "../text/blocks";
import { countWords } from "../text/sentences";
import type { SourceRef, SummaryTable } from "../types";

// A table of figures reads at a glance; a long table of prose (an action plan, a list of witnesses) is longer than
// the summary of its report should be, so it is left out, its lines never becoming bullets either.
const MAX_TABLE_WORDS = 250;

function tableWords(block: TableBlock): number {
  return [block.header, ...block.rows].flat().reduce((n, cell) => n + countWords(cell), 0);
}

export function toTable(block: TableBlock, heading: string | null, source: SourceRef): SummaryTable {
  // A template heading ("Section 2 – Report") says nothing about a table, so it is not used as its caption.
  const caption = block.caption ?? (heading && !KNOWN_HEADING.test(heading) ? heading : null);
  return { caption, header: block.header, rows: block.rows, source };
}

/** A table shown as it is: it has rows, no more than 30 of them, and at most MAX_TABLE_WORDS words. */
export function isShownTable(block: TableBlock): boolean {
  return block.rows.length > 0 && block.rows.length <= 30 && tableWords(block) <= MAX_TABLE_WORDS;
}
