import {
  BULLET_START,
  COVER_FIELD,
  KNOWN_HEADING,
  NUMBER_START,
  looksLikeHeading,
  type TableBlock,
  type TextBlock,
} from "./blocks";
import { normaliseLine } from "./normalise";
import { buildTable, readTableRow, type TableRow } from "./read-table-rows";
import { matchTableLines } from "./match-pdf-tables";
import type { DocumentTable } from "../types";

// PDF text is a list of printed lines with no paragraph marks. Lines are reflowed into blocks by width: a line
// that is nearly as long as the column was wrapped, so the next line continues it; a shorter line ends its block.
// Page furniture (page numbers, running footers) is dropped so it never becomes a "fact". Tables that ingest rebuilt
// from the PDF's text positions replace the loose lines that print them, so a table's lines never become text.

interface Line {
  text: string;
  page: number;
}

const PAGE_NUMBER = /^(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i;
const MARKER = /^(Agenda Item\s+\S+|Pages?\s+\d+\s*[-\u2013]\s*\d+)$/i;

export function readPdfBlocks(text: string, firstPage = 1, tables: DocumentTable[] = []): TextBlock[] {
  const lines = readLines(text, firstPage);
  const full = fullLineLength(lines);
  const groups = groupLines(lines, full, tables);
  return mergeContinuedTables(classifyGroups(groups));
}

/**
 * A table broken by a page repeats its header on the next page, or goes on there without one: the two halves become
 * one table again.
 */
function mergeContinuedTables(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    const sameShape =
      last?.kind === "table" &&
      block.kind === "table" &&
      last.header.join("|") === block.header.join("|") &&
      last.rows[0]?.length === block.rows[0]?.length;
    const headless =
      last?.kind === "table" &&
      block.kind === "table" &&
      last.header.length > 0 &&
      block.header.length === 0 &&
      block.rows[0]?.length === last.header.length &&
      last.page !== null &&
      block.page === last.page + 1;
    if (
      (sameShape || headless) &&
      last.kind === "table" &&
      block.kind === "table" &&
      (block.caption === null || block.caption === last.caption)
    )
      last.rows.push(...block.rows);
    else out.push(block);
  }
  return out;
}

function readLines(text: string, firstPage: number): Line[] {
  const pages = text.split("\f").map((p) => p.split("\n").map(normaliseLine).filter(Boolean));
  const repeated = findRunningLines(pages);
  return pages.flatMap((page, i) =>
    page.filter((l) => !PAGE_NUMBER.test(l) && !repeated.has(shape(l))).map((l) => ({ text: l, page: firstPage + i })),
  );
}

// A running header or footer repeats on most pages, differing only in its digits, among a page's first or last lines.
const EDGE_LINES = 3;
const shape = (line: string): string => line.replace(/\d+/g, "#");

function findRunningLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  // Only a page's first and last lines can be its header or footer: a planning reference wrapped onto a line of its
  // own in the middle of several pages ("… HA3 8RT –" / "PL/2614/25") is the minute's text.
  const edges = (page: string[]) => [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)];
  for (const page of pages) for (const s of new Set(edges(page).map(shape))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const running = new Set<string>();
  if (pages.length < 2) return running;
  // Two pages show a running head or foot on both; from three, on most (a first page may print its own heading).
  const least = pages.length === 2 ? 2 : 3;
  for (const [s, n] of counts)
    if (n >= least && n >= pages.length * 0.5 && !MARKER.test(s) && s.length < 120) running.add(s);
  return running;
}

function fullLineLength(lines: Line[]): number {
  const lengths = lines
    .map((l) => l.text.length)
    .filter((n) => n > 20)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.floor(lengths.length * 0.9)]! * 0.75;
}

interface Group {
  lines: Line[];
  start: "bullet" | "number" | "field" | "marker" | "plain" | "table";
  table?: DocumentTable;
}

function startKind(text: string): Exclude<Group["start"], "table"> {
  if (MARKER.test(text)) return "marker";
  if (COVER_FIELD.test(text)) return "field";
  if (BULLET_START.test(text)) return "bullet";
  if (NUMBER_START.test(text)) return "number";
  return "plain";
}

function groupLines(lines: Line[], full: number, tables: DocumentTable[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  const matched = new Map(matchTableLines(lines, tables).map((m) => [m.start, m]));
  let skipUntil = -1;
  lines.forEach((line, i) => {
    if (i < skipUntil) return;
    const table = matched.get(i);
    if (table) {
      current = { lines: lines.slice(table.start, table.end), start: "table", table: table.table };
      groups.push(current);
      skipUntil = table.end;
      return;
    }
    const kind = startKind(line.text);
    const prev = lines[i - 1];
    const next = lines[i + 1];
    // A finished sentence at the foot of a page ends its block, so each sentence cites the page it starts on.
    const newPageAfterSentence = prev !== undefined && prev.page !== line.page && SENTENCE_END.test(prev.text);
    // Printed minutes number each item ("151. 2/02 Land rear of … - PL/1551/25"): such a line after a finished
    // sentence starts the next minute, however long it is.
    const minuteAfterSentence = prev !== undefined && SENTENCE_END.test(prev.text) && MINUTE_HEADING.test(line.text);
    // "RESOLVED: That …" after a finished sentence is the minute's decision, never the paragraph's last line going on.
    const decisionAfterSentence = prev !== undefined && SENTENCE_END.test(prev.text) && /^RESOLVED\b/.test(line.text);
    const continues =
      current !== null &&
      kind === "plain" &&
      current.start !== "marker" &&
      current.start !== "table" &&
      prev !== undefined &&
      !newPageAfterSentence &&
      !minuteAfterSentence &&
      !decisionAfterSentence &&
      ((prev.text.length >= full && !/:$/.test(prev.text) && !isHeadingBetween(prev, line, next, full)) ||
        continuesSentence(prev.text, line.text) ||
        (current.start === "field" && (next === undefined || startKind(next.text) === "field")));
    if (continues) current!.lines.push(line);
    else {
      current = { lines: [line], start: kind };
      groups.push(current);
    }
  });
  return groups;
}

// A printed minute's number and title: "151. 2/02 Land rear of …", "372. Council Minutes" (minute numbers run past 99).
const MINUTE_HEADING = /^\d{2,4}\.\s+[A-Z0-9]/;

// A finished sentence, or one the source itself cut short ("… the amounts set under …").
const SENTENCE_END = /(?:[.!?:]|\u2026|\.\.\.)["'\u2019)]?$/;

// A line that cannot end a sentence (a trailing comma or function word) is continued by the next, and a line
// starting in lower case continues the one before: this rejoins text wrapped inside narrow table cells.
function continuesSentence(prev: string, line: string): boolean {
  if (SENTENCE_END.test(prev) || /;$/.test(prev)) return false;
  if (/^[a-z(]/.test(line)) return true;
  return /(,|\b(a|an|the|of|to|and|or|for|with|in|on|by|from|at|as|their|its|our|is|are|be|was|were|that|which))$/i.test(
    prev,
  );
}

// A short Title Case line after a finished sentence, followed by a fresh start, is a heading even when the
// previous line happened to be full width.
function isHeadingBetween(prev: Line, line: Line, next: Line | undefined, full: number): boolean {
  if (!SENTENCE_END.test(prev.text)) return false;
  if (line.text.length >= full * 0.8 || !looksLikeHeading(line.text, true)) return false;
  return next === undefined || /^[A-Z0-9\u2022\u25cf(]/.test(next.text);
}

function classifyGroups(groups: Group[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let pendingRows: { row: TableRow; page: number }[] = [];
  const flushRows = (): void => {
    if (pendingRows.length >= 2) {
      const { caption, header } = takeHeader(blocks);
      const table = buildTable(
        header,
        pendingRows.map((r) => r.row),
        pendingRows[0]!.page,
      );
      blocks.push(
        caption && table.caption !== caption
          ? { ...table, caption: table.caption ? `${caption}: ${table.caption}` : caption }
          : table,
      );
    } else {
      for (const r of pendingRows)
        blocks.push({ kind: "para", text: [r.row.label, ...r.row.values].join(" ").trim(), page: r.page });
    }
    pendingRows = [];
  };
  const textOf = (g: Group): string =>
    g.lines
      .map((l) => l.text)
      .join(" ")
      .replace(/(\w)- (\w)/g, "$1-$2");
  const rowOf = (g: Group): TableRow | null =>
    g.lines.length === 1 && g.start === "plain" ? readTableRow(textOf(g)) : null;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const page = g.lines[0]!.page;
    if (g.table) {
      flushRows();
      blocks.push(recoveredTable(blocks, g.table, page));
      continue;
    }
    const text = textOf(g);
    let row = rowOf(g);
    if (!row && pendingRows.length > 0) {
      // A row label that wrapped ("September" / "2025" / "100% 100%"): short fragments, then a label-less row.
      const width = pendingRows[0]!.row.values.length;
      for (let j = i + 1; j <= i + 2 && j < groups.length; j++) {
        const candidate =
          rowOf(groups[j]!) ??
          (/^[\d%£.,/ ]+$/.test(textOf(groups[j]!)) ? { label: "", values: textOf(groups[j]!).split(" ") } : null);
        const fragments = groups.slice(i, j).map(textOf);
        if (
          candidate &&
          candidate.label === "" &&
          candidate.values.length === width &&
          fragments.every((f) => f.split(" ").length <= 3)
        ) {
          row = { label: fragments.join(" "), values: candidate.values };
          i = j;
          break;
        }
        if (candidate) break;
      }
    }
    if (row && (pendingRows.length === 0 || pendingRows[0]!.row.values.length === row.values.length)) {
      pendingRows.push({ row, page });
      continue;
    }
    flushRows();
    if (row) {
      pendingRows.push({ row, page });
      continue;
    }
    blocks.push(toBlock(g, text, page));
  }
  flushRows();
  return blocks;
}

/**
 * A rebuilt table, captioned by the line above when that line says what the table is: a "Table 2: …" line (alone,
 * or run onto the end of the paragraph above it) or a short lead-in ending in a colon. A heading above stays a
 * heading (the summary uses it as the caption).
 */
function recoveredTable(blocks: TextBlock[], table: DocumentTable, page: number): TableBlock {
  const last = blocks[blocks.length - 1];
  let caption: string | null = null;
  if (last && (last.kind === "para" || last.kind === "bullet" || last.kind === "heading")) {
    const numbered = TABLE_CAPTION.exec(last.text);
    if (numbered) {
      caption = numbered[1]!.replace(/[:.]$/, "");
      const rest = last.text.slice(0, numbered.index).trim();
      if (rest) last.text = rest;
      else blocks.pop();
    } else if (last.kind === "para" && last.text.split(" ").length <= 25 && /:$/.test(last.text)) {
      caption = last.text.replace(/:$/, "");
      blocks.pop();
    }
  }
  return { kind: "table", caption, header: [...table.header], rows: table.rows.map((r) => [...r]), page };
}

/** "Table 2: Households in temporary accommodation", at the start of a block or after its last sentence. */
const TABLE_CAPTION = /(?:^|(?<=[.!?:]["'\u2019)]?\s))(Table\s+\d+[a-z]?\s*[:.\u2013\u2014-]\s*[^.!?]{3,160})$/;

function toBlock(g: Group, text: string, page: number): TextBlock {
  switch (g.start) {
    case "table": // classifyGroups places rebuilt tables itself; this is never reached
      return { kind: "para", text, page };
    case "marker":
      return { kind: "marker", text, page };
    case "field": {
      const m = COVER_FIELD.exec(text)!;
      return { kind: "field", label: m[1]!, value: m[2]!.trim(), page };
    }
    case "bullet":
      return { kind: "bullet", label: "\u2022", text: text.replace(BULLET_START, ""), page };
    case "number": {
      const m = NUMBER_START.exec(text)!;
      return { kind: "bullet", label: m[1]!, text: text.slice(m[0].length), page };
    }
    case "plain":
      if (g.lines.length === 1 && looksLikeHeading(text, true))
        return { kind: "heading", text: text.replace(/:$/, ""), page };
      return { kind: "para", text, page };
  }
}

/**
 * The short unpunctuated lines printed just above a run of table rows (a wrapped header, maybe a caption
 * heading before it), taken out of the blocks.
 */
function takeHeader(blocks: TextBlock[]): { caption: string | null; header: string | null } {
  const pulled: TextBlock[] = [];
  while (pulled.length < 5) {
    const last = blocks[blocks.length - 1];
    if (
      !last ||
      (last.kind !== "heading" && last.kind !== "para") ||
      last.text.length > 90 ||
      /[.;!?]$/.test(last.text)
    )
      break;
    if (last.kind === "heading" && KNOWN_HEADING.test(last.text)) break;
    pulled.unshift(blocks.pop()!);
    if (last.kind === "heading" && pulled.length > 1) break;
  }
  if (pulled.length === 0) return { caption: null, header: null };
  const first = pulled[0]!;
  const caption = pulled.length > 1 && first.kind === "heading" ? first.text : null;
  const rest = caption ? pulled.slice(1) : pulled;
  return { caption, header: rest.map((b) => ("text" in b ? b.text : "")).join(" ") };
}
