import type { DocumentTable } from "../types";
import { normaliseLine } from "./normalise";

// Ingest rebuilt each table from the PDF's text positions (lib/ingest/pdf-tables.ts); the extracted text still
// prints the same table as loose lines ("Month Target for IHA 100% CNWL within 20 days of", "April 2025 100% 100%").
// This finds those lines, so the reader puts the rebuilt table in their place and no line of it becomes a sentence.
// A line belongs to a table when most of its words are words of the table not yet claimed (a word broken across
// two lines of a narrow cell matches by its start and end); the claimed lines must follow each other on the
// table's page and cover most of the table's words.

export interface TableLine {
  text: string;
  page: number;
}

/** For each table, the indices [start, end) of its lines in `lines`; tables not found are left out. */
export function matchTableLines(
  lines: TableLine[],
  tables: DocumentTable[],
): { table: DocumentTable; start: number; end: number }[] {
  const claimed = new Set<number>();
  const found: { table: DocumentTable; start: number; end: number }[] = [];
  for (const table of tables) {
    const words = tableWords(table);
    if (words.length === 0) continue;
    let best: { start: number; end: number; used: number } | null = null;
    for (let s = 0; s < lines.length; s++) {
      if (lines[s]!.page !== table.page || claimed.has(s)) continue;
      const run = claimRun(lines, s, words, claimed, table.page);
      if (run.end > s && (!best || run.used > best.used)) best = { start: s, end: run.end, used: run.used };
    }
    if (!best || best.used < words.length * 0.8) continue;
    for (let i = best.start; i < best.end; i++) claimed.add(i);
    found.push({ table, start: best.start, end: best.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

function tableWords(table: DocumentTable): string[] {
  return [table.header, ...table.rows].flat().flatMap(wordsOf);
}

const wordsOf = (text: string): string[] => normaliseLine(text).split(" ").filter(Boolean);

function claimRun(
  lines: TableLine[],
  start: number,
  words: string[],
  claimed: Set<number>,
  page: number,
): { end: number; used: number } {
  const left = new Map<string, number>();
  for (const w of words) left.set(w, (left.get(w) ?? 0) + 1);
  // The part of a broken word still to be matched ("Movemen" leaves "t").
  const pieces: string[] = [];
  let used = 0;
  let i = start;
  for (; i < lines.length && lines[i]!.page === page && !claimed.has(i); i++) {
    const tokens = wordsOf(lines[i]!.text);
    const trial = new Map(left);
    const trialPieces = [...pieces];
    let matched = 0;
    for (const t of tokens) {
      if ((trial.get(t) ?? 0) > 0) {
        trial.set(t, trial.get(t)! - 1);
        matched++;
        continue;
      }
      const piece = trialPieces.indexOf(t);
      if (piece >= 0) {
        trialPieces.splice(piece, 1);
        matched++;
        continue;
      }
      const whole = [...trial.keys()].find((w) => (trial.get(w) ?? 0) > 0 && w.length > t.length && w.startsWith(t));
      if (whole) {
        trial.set(whole, trial.get(whole)! - 1);
        trialPieces.push(whole.slice(t.length));
        matched++;
      }
    }
    if (tokens.length === 0 || matched < tokens.length * 0.75) break;
    for (const [k, v] of trial) left.set(k, v);
    pieces.splice(0, pieces.length, ...trialPieces);
    used += matched;
  }
  return { end: i, used };
}
