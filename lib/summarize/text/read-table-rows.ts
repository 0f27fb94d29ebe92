import type { TableBlock } from "./blocks";

// PDF text loses table borders: "April 2025 100% 100%" is all that is left of a row. A run of lines that each end
// in the same number of value cells (figures, percentages, money, yes/no) is read back as a table, and the line
// above it as the header when it can be cut into as many cells; otherwise it becomes the caption.

// "(4.99%)" is left out on purpose: in a row label it annotates the label ("Council tax (4.99%)").
const VALUE = /^(?:[£$]?-?\d[\d,]*(?:\.\d+)?(?:%|m|bn|k)?|\d+\/\d+|n\/a|N\/A|nil|Nil|Yes|No|[-\u2013\u2014])$/;
const MONTH_OR_PERIOD =
  /^(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?|Q[1-4]|Quarter|Year)$/i;

export interface TableRow {
  label: string;
  values: string[];
}

/** Splits a line into a label and its trailing value cells; null when fewer than two values end the line. */
export function readTableRow(line: string): TableRow | null {
  const tokens = line.split(" ").filter(Boolean);
  let k = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (!VALUE.test(token)) break;
    // "April 2025": the year belongs to the label, not to a value column.
    if (/^(19|20)\d\d$/.test(token) && i > 0 && MONTH_OR_PERIOD.test(tokens[i - 1]!)) break;
    k++;
  }
  if (k < 2) return null;
  const label = tokens.slice(0, tokens.length - k).join(" ");
  if (label.length > 60) return null; // a sentence that happens to end in figures
  return { label, values: tokens.slice(tokens.length - k) };
}

/** Cuts a header line into `n` cells at capitalised words, preferring value columns that start alike. */
export function splitHeader(text: string, n: number): string[] | null {
  const words = text.split(" ").filter(Boolean);
  if (n < 2 || words.length < n || words.length > 30) return null;
  const cuts = words.map((w, i) => (i > 0 && /^[A-Z0-9(%£]/.test(w) ? i : -1)).filter((i) => i > 0);
  // One word per column needs no guessing.
  if (words.length === n) return words;
  let best: { parts: string[]; score: number } | null = null;
  const choose = (from: number, picked: number[]): void => {
    if (picked.length === n - 1) {
      const bounds = [0, ...picked, words.length];
      const parts = bounds.slice(0, -1).map((b, i) => words.slice(b, bounds[i + 1]).join(" "));
      const score = scoreHeader(parts);
      if (!best || score > best.score) best = { parts, score };
      return;
    }
    for (let c = from; c < cuts.length; c++) choose(c + 1, [...picked, cuts[c]!]);
  };
  choose(0, []);
  const found = best as { parts: string[]; score: number } | null;
  if (!found) return null;
  if (n > 2 && found.score < 2) return null;
  return found.parts;
}

function scoreHeader(parts: string[]): number {
  const firsts = parts.slice(1).map((p) => p.split(" ")[0]!.toLowerCase());
  let score = 0;
  for (let i = 1; i < firsts.length; i++) if (firsts[i] === firsts[0]) score += 2;
  // Value columns often share a unit: "Net budget £m | Forecast £m | Variance £m".
  const lasts = parts.slice(1).map((p) => p.split(" ").at(-1)!.toLowerCase());
  for (let i = 1; i < lasts.length; i++) if (lasts[i] === lasts[0] && parts[i + 1]!.includes(" ")) score += 2;
  // A unit alone is never a column heading.
  if (parts.some((p) => /^(£m|£|%|m|k)$/i.test(p))) score -= 5;
  if (parts[0]!.split(" ").length <= 3) score += 1;
  const lengths = parts.slice(1).map((p) => p.length);
  score -= (Math.max(...lengths) - Math.min(...lengths)) / 40;
  return score;
}

/** Builds a table block from header text (maybe empty) and rows with the same number of values. */
export function buildTable(headerText: string | null, rows: TableRow[], page: number | null): TableBlock {
  const hasLabels = rows.some((r) => r.label !== "");
  const width = rows[0]!.values.length + (hasLabels ? 1 : 0);
  const cells = rows.map((r) => (hasLabels ? [r.label, ...r.values] : r.values));
  const header = headerText ? splitHeader(headerText, width) : null;
  return { kind: "table", caption: header ? null : headerText, header: header ?? [], rows: cells, page };
}
