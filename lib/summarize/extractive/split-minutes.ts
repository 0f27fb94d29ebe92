import type { TextBlock } from "../text/blocks";
import { withoutClosingMatter } from "../text/closing-matter";
import { squash, titleSimilarity } from "../text/normalise";
import type { SummaryItem } from "../types";

// Printed minutes run every item together under "180. Title" headings (minute numbers, not agenda numbers), so
// each item's minute is found by its title.

export function splitPrintedMinutes(blocks: TextBlock[], items: SummaryItem[]): Map<number, TextBlock[]> {
  const out = new Map<number, TextBlock[]>();
  let current: number | null = null;
  const used = new Set<number>();
  let titleLeft: string | null = null;
  const all = withoutClosingMatter(blocks);
  for (const [index, block] of all.entries()) {
    // The rest of a long title the heading's line could not hold ("… MEDIUM TERM FINANCIAL" / "STRATEGY 2019/20 …").
    if (
      titleLeft &&
      (block.kind === "heading" || block.kind === "para") &&
      titleLeft.toLowerCase().startsWith(squash(block.text).toLowerCase())
    ) {
      titleLeft = null;
      continue;
    }
    titleLeft = null;
    // The agenda's dividers ("Resolved Items", "PART II - MINUTES") belong to no item.
    if ((block.kind === "heading" || block.kind === "para") && DIVIDER.test(squash(block.text))) {
      current = null;
      continue;
    }
    const match = matchHeading(block, items, used) ?? brokenHeading(block, all[index + 1], items, used);
    // "Service Integration … - Governance Arrangements The Board considered …": a long title the PDF's line ran
    // into the item's first sentence starts the item, and the sentence stays in it.
    const runOn = match === null ? titleRunOn(block, items, used) : null;
    if (runOn) {
      current = runOn.position;
      used.add(runOn.position);
      out.set(runOn.position, [{ ...block, kind: "para", text: runOn.rest } as TextBlock]);
      continue;
    }
    if (match !== null) {
      current = match;
      used.add(match);
      out.set(match, []);
      titleLeft = restOfTitle(items.find((i) => i.position === match)!.title, headingText(block));
      continue;
    }
    if (current !== null) out.get(current)!.push(block);
  }
  return out;
}

const DIVIDER = /^(?:(?:Resolved|Recommended) Items?|PART I{1,2}\b.{0,60}|Items? for (?:Decision|Information))$/i;

const headingText = (block: TextBlock): string =>
  block.kind === "bullet" ? block.text : "text" in block ? block.text.replace(/^\d+[a-z]?\.?\s+/, "") : "";

/** What of the title follows the heading's own words, when the heading is the title's beginning (else null). */
function restOfTitle(title: string, heading: string): string | null {
  const [t, h] = [squash(title), squash(heading)];
  if (h.length >= t.length || !t.toLowerCase().startsWith(h.toLowerCase())) return null;
  return t.slice(h.length).trim() || null;
}

function matchHeading(block: TextBlock, items: SummaryItem[], used: Set<number>): number | null {
  if (block.kind !== "heading" && block.kind !== "bullet" && block.kind !== "para") return null;
  const text = headingText(block);
  // "Agenda Item 4 – Public Questions" inside the declarations minute names another item; it does not start one.
  if (text.length > 160 || /^(Agenda\s+)?Item\s+\d+/i.test(text)) return null;
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

/**
 * "11. Reference from the Governance, Audit, Risk Management and Standards" over "Committee: Changes to the
 * Constitution – Public Questions": a long title the PDF broke over two lines, its first line read as a numbered
 * point or a heading of its own. The first line is the beginning of an unused item's title (four words or more, not
 * a sentence) and the next block goes on with the rest of it; the rest is then skipped as the title's
 * (docs/summaries.md#an-annual-councils-minutes).
 */
function brokenHeading(
  block: TextBlock,
  next: TextBlock | undefined,
  items: SummaryItem[],
  used: Set<number>,
): number | null {
  if (block.kind !== "heading" && block.kind !== "bullet" && block.kind !== "para") return null;
  if (block.kind === "bullet" && !/^\d+[a-z]?\.?$/.test(block.label)) return null;
  const first = squash(headingText(block));
  if (/[.;:]$/.test(first) || first.split(" ").length < 4 || !next || !("text" in next)) return null;
  const following = squash(next.text).toLowerCase();
  for (const item of items) {
    if (used.has(item.position)) continue;
    const rest = restOfTitle(item.title, first);
    if (rest && rest.toLowerCase().startsWith(following.slice(0, Math.min(following.length, rest.length)))) {
      if (following.length <= rest.length + 1) return item.position;
    }
  }
  return null;
}

/** A paragraph that begins with an unused item's whole (long) title and goes on with a sentence: the title and the rest. */
function titleRunOn(
  block: TextBlock,
  items: SummaryItem[],
  used: Set<number>,
): { position: number; rest: string } | null {
  // The PDF reader can take the minute's number for a list point's ("47." then "Title The Panel received …").
  const numbered = block.kind === "bullet" && /^\d+[a-z]?\.?$/.test(block.label);
  if (block.kind !== "para" && !numbered) return null;
  const text = squash(block.text).replace(/^\d+[a-z]?\.?\s+/, "");
  for (const item of items) {
    const title = squash(item.title).replace(/[.:]$/, "");
    if (used.has(item.position) || title.length < 30) continue;
    if (!text.toLowerCase().startsWith(title.toLowerCase())) continue;
    const rest = text.slice(title.length).trim();
    // The rest is a sentence, or a minute's label in capitals ("PROPOSAL: …", "RESOLVED: …").
    if (/^(?:[A-Z][a-z]|[A-Z]{2,}:)/.test(rest)) return { position: item.position, rest };
  }
  return null;
}
