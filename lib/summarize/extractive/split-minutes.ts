import type { TextBlock } from "../text/blocks";
import { titleSimilarity } from "../text/normalise";
import type { SummaryItem } from "../types";

// Printed minutes run every item together under "180. Title" headings (minute numbers, not agenda numbers), so
// each item's minute is found by its title.

export function splitPrintedMinutes(blocks: TextBlock[], items: SummaryItem[]): Map<number, TextBlock[]> {
  const out = new Map<number, TextBlock[]>();
  let current: number | null = null;
  const used = new Set<number>();
  for (const block of blocks) {
    const match = matchHeading(block, items, used);
    if (match !== null) {
      current = match;
      used.add(match);
      out.set(match, []);
      continue;
    }
    if (current !== null) out.get(current)!.push(block);
  }
  return out;
}

function matchHeading(block: TextBlock, items: SummaryItem[], used: Set<number>): number | null {
  if (block.kind !== "heading" && block.kind !== "bullet" && block.kind !== "para") return null;
  const text = block.kind === "bullet" ? block.text : block.text.replace(/^\d+[a-z]?\.?\s+/, "");
  if (text.length > 160) return null;
  // A sentence is not a heading, unless it is an item's own title word for word ("Dragons Lounge, 225 Kenton
  // Lane, Harrow, HA3 8RP." ends with a full stop on the agenda too).
  const sentence = /[.;]$/.test(text);
  let best: { position: number; score: number } | null = null;
  for (const item of items) {
    if (used.has(item.position)) continue;
    const score = titleSimilarity(item.title, text);
    if (!best || score > best.score) best = { position: item.position, score };
  }
  return best && best.score >= (sentence ? 0.95 : 0.8) ? best.position : null;
}
