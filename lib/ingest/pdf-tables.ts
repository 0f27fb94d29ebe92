// Tables recovered from a PDF's text positions. Extracted text loses a table's grid ("April 2025 100% 100%"), but
// pdf.js still knows where every piece of text sits: pieces on one baseline form a line, a line cut by wide gaps
// into several pieces is a table line, and the pieces of a run of such lines fall into columns that never overlap
// horizontally (a cell never crosses its column's border). Rows are told apart by the extra space a cell's padding
// puts between them; the first row is the header when it is set in bold (or, without font names, when it is the
// only all-words row above columns of figures).
//
// pdf-parse's own getTable() was tried first: it finds tables from stroked rectangles only, so it drops every
// shaded header row (filled and stroked) and finds nothing in a table drawn without borders. Text positions find
// both, and the same lines the text extraction printed.

export interface PdfTable {
  /** 1-based page number. */
  page: number;
  /** The header row's cells; [] when the table has no recognisable header. */
  header: string[];
  rows: string[][];
}

/** One piece of text as pdf.js places it (x, y of its baseline start; y grows upwards). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size. */
  size: number;
  /** null when the font's name is unknown. */
  bold: boolean | null;
}

interface Segment {
  text: string;
  x0: number;
  x1: number;
  bold: boolean | null;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

const MIN_COLUMNS = 2;
const MAX_COLUMNS = 12;

/** Finds the tables on one page from its positioned text. */
export function findTables(items: PositionedText[], page: number): PdfTable[] {
  const lines = toLines(items);
  const tables: PdfTable[] = [];
  for (const region of findRegions(lines)) {
    const grid = toGrid(region);
    const table = grid && finishTable(grid, page);
    if (table) tables.push(table);
  }
  return tables;
}

/**
 * True when some run of lines on the page passes every test of a table that does not look at fonts: only then can
 * the fonts (bold or not, which decides a header row) change what findTables finds. Fonts only ever set the
 * `bold` flags, which nothing before the header test reads.
 */
export function needsFonts(items: PositionedText[]): boolean {
  return findRegions(toLines(items)).some((region) => toGrid(region) !== null);
}

/** True when the page may hold a table (some line is cut by a wide gap): only then are fonts worth loading. */
export function mayHoldTable(items: PositionedText[]): boolean {
  return toLines(items).filter((l) => l.segments.length >= MIN_COLUMNS).length >= 2;
}

function toLines(items: PositionedText[]): Line[] {
  const visible = items.filter((i) => i.text.trim() !== "" && Number.isFinite(i.x) && Number.isFinite(i.y));
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) <= Math.max(1, 0.25 * Math.min(last.size, item.size || last.size))) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else lines.push({ y: item.y, size: item.size || 10, items: [item] });
  }
  return lines.map((l) => ({ y: l.y, size: l.size, segments: toSegments(l.items, l.size) }));
}

/** Pieces closer than about half an em are words of one cell; a wider gap separates cells. */
function toSegments(items: PositionedText[], size: number): Segment[] {
  const byX = [...items].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  for (const item of byX) {
    const last = segments[segments.length - 1];
    const text = item.text.replace(/\s+/g, " ");
    if (last && item.x - last.x1 < 0.6 * size) {
      const joiner = last.text.endsWith(" ") || text.startsWith(" ") || item.x - last.x1 < 0.1 * size ? "" : " ";
      last.text += joiner + text;
      last.x1 = Math.max(last.x1, item.x + item.width);
      last.bold = last.bold === null || item.bold === null ? null : last.bold && item.bold;
    } else segments.push({ text, x0: item.x, x1: item.x + item.width, bold: item.bold });
  }
  return segments.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text !== "");
}

/**
 * Runs of lines that are table lines (two or more cells), with the single-cell lines between or just below them
 * that continue a wrapped cell (set closer than a line and a half).
 */
function findRegions(lines: Line[]): Line[][] {
  const regions: Line[][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTableLine(lines[i]!)) {
      i++;
      continue;
    }
    const region = [lines[i]!];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const prev = region[region.length - 1]!;
      const line = lines[j]!;
      const gap = prev.y - line.y;
      const size = Math.max(prev.size, line.size);
      if (isTableLine(line) ? gap > 2.8 * size : line.segments.length >= MIN_COLUMNS || gap > 1.6 * size) break;
      region.push(line);
    }
    // Trailing single-cell lines that fit no column are body text after the table, not part of it.
    regions.push(region);
    i = j;
  }
  return regions.filter((r) => r.filter(isTableLine).length >= 2);
}

/**
 * Two or more cells, but not a bullet or list number beside its text (an indented list item is not a table row;
 * a numbered row of three or more cells, "1.1 | Recruit six advisers | Head of Service", is).
 */
function isTableLine(line: Line): boolean {
  if (line.segments.length < MIN_COLUMNS) return false;
  return line.segments.length > 2 || !LIST_LABEL.test(line.segments[0]!.text);
}

interface Band {
  x0: number;
  x1: number;
}

/** Columns: the union of overlapping cell extents of the multi-cell lines. */
function columnBands(region: Line[]): Band[] {
  const spans = region
    .filter((l) => l.segments.length >= MIN_COLUMNS)
    .flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 })))
    .sort((a, b) => a.x0 - b.x0);
  const bands: Band[] = [];
  for (const s of spans) {
    const last = bands[bands.length - 1];
    if (last && s.x0 < last.x1 - 0.5) last.x1 = Math.max(last.x1, s.x1);
    else bands.push({ ...s });
  }
  return bands;
}

function bandOf(segment: Segment, bands: Band[]): number {
  let best = -1;
  let bestOverlap = 0;
  bands.forEach((b, i) => {
    const overlap = Math.min(b.x1, segment.x1) - Math.max(b.x0, segment.x0);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  });
  if (best >= 0) return best;
  // A short piece in a column's gutter (a right-aligned figure) belongs to the nearest column.
  const centre = (segment.x0 + segment.x1) / 2;
  return bands.reduce(
    (bi, b, i) =>
      Math.abs((b.x0 + b.x1) / 2 - centre) < Math.abs((bands[bi]!.x0 + bands[bi]!.x1) / 2 - centre) ? i : bi,
    0,
  );
}

/** A single-cell line belongs to the table only when it sits inside one column. */
function fitsOneColumn(segment: Segment, bands: Band[]): boolean {
  const i = bandOf(segment, bands);
  const band = bands[i]!;
  const next = bands[i + 1];
  return segment.x0 >= band.x0 - 2 && segment.x1 <= (next ? next.x0 : band.x1 + 2 * (band.x1 - band.x0));
}

/** A table's columns, rows and cells, before its header is decided. */
interface Grid {
  bands: Band[];
  rows: Line[][];
  cells: string[][];
}

function toGrid(region: Line[]): Grid | null {
  const bands = columnBands(region);
  if (bands.length < MIN_COLUMNS || bands.length > MAX_COLUMNS) return null;
  // Multi-cell lines must put each cell in its own column; otherwise the "columns" are a paragraph's word gaps.
  for (const line of region) {
    if (line.segments.length < MIN_COLUMNS) continue;
    const used = line.segments.map((s) => bandOf(s, bands));
    if (new Set(used).size !== used.length) return null;
  }
  let lines = region;
  while (
    lines.length > 0 &&
    lines[lines.length - 1]!.segments.length < MIN_COLUMNS &&
    !fitsOneColumn(lines[lines.length - 1]!.segments[0]!, bands)
  )
    lines = lines.slice(0, -1);
  if (lines.some((l) => l.segments.length < MIN_COLUMNS && !fitsOneColumn(l.segments[0]!, bands))) return null;

  const rows = splitRows(lines);
  const cells = rows.map((row) => {
    const out = bands.map(() => [] as Segment[]);
    for (const line of row) for (const s of line.segments) out[bandOf(s, bands)]!.push(s);
    return out.map((parts, c) => joinCell(parts, bands[c]!, row[0]!.size));
  });
  // A label column of "Date of Meeting:", "Chair:" is a form (a report's cover sheet, the attendance), not a table.
  const labels = cells.map((r) => r[0]!).filter(Boolean);
  if (labels.length > 0 && labels.filter((l) => /:$/.test(l)).length >= labels.length / 2) return null;

  // A column of bullets or list numbers ("•", "1.", "(2)") beside text is an indented list, not a table.
  if (bands.length === 2 && labels.length > 0 && labels.filter((l) => LIST_LABEL.test(l)).length >= labels.length / 2)
    return null;
  return { bands, rows, cells };
}

function finishTable({ bands, rows, cells }: Grid, page: number): PdfTable | null {
  const boldRows = rows.map((row) => {
    const flags = row.flatMap((l) => l.segments.map((s) => s.bold));
    return flags.includes(null) ? null : flags.every(Boolean);
  });
  const hasHeader = isHeader(cells, boldRows);
  const header = hasHeader ? cells[0]! : [];
  const body = hasHeader ? cells.slice(1) : cells;
  if (body.length === 0 || (!hasHeader && body.length < 2)) return null;
  // Two columns of running text side by side (a two-column page) read as a headerless "table" of prose lines.
  if (!hasHeader && bands.every((_, c) => meanWords(body.map((r) => r[c] ?? "")) >= 5)) return null;
  // A column empty in every row is a stray piece of text, not a column.
  const keep = bands.map((_, c) => [header, ...body].some((r) => (r[c] ?? "") !== ""));
  const trim = (r: string[]): string[] => r.filter((_, c) => keep[c]);
  if (keep.filter(Boolean).length < MIN_COLUMNS) return null;
  return { page, header: hasHeader ? trim(header) : [], rows: body.map(trim) };
}

function meanWords(cells: string[]): number {
  return cells.reduce((n, c) => n + (c ? c.split(" ").length : 0), 0) / Math.max(1, cells.length);
}

/** Lines set closer than the table's usual row spacing continue the row above (a wrapped cell). */
function splitRows(lines: Line[]): Line[][] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  const minGap = gaps.length > 0 ? Math.min(...gaps) : 0;
  const rows: Line[][] = [];
  lines.forEach((line, i) => {
    const newRow = i === 0 || gaps[i - 1]! > minGap * 1.25 || rows[rows.length - 1]!.length === 0;
    if (newRow) rows.push([line]);
    else rows[rows.length - 1]!.push(line);
  });
  // Equal spacing throughout: every line is its own row, and a single-cell line continues the row above.
  if (rows.length === 1 && lines.length > 1) {
    const out: Line[][] = [];
    for (const line of lines) {
      if (line.segments.length < MIN_COLUMNS && out.length > 0) out[out.length - 1]!.push(line);
      else out.push([line]);
    }
    return out;
  }
  return rows;
}

/**
 * The lines of a wrapped cell, joined by spaces, except where a word too long for its column was broken: a single
 * word filling the column's whole width, continued by a few letters that are not a word ("Movemen" / "t",
 * "Refer" / "ence") or by the rest of a reference ("PL/18" / "74/26").
 */
function joinCell(parts: Segment[], band: Band, size: number): string {
  let out = "";
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    const rest = /^[a-z]+/.exec(p.text)?.[0] ?? "";
    const broken =
      prev !== undefined &&
      !/\s/.test(prev.text) &&
      prev.x1 >= band.x1 - 0.5 * size &&
      ((rest.length > 0 && rest.length <= 4 && !SHORT_WORDS.has(rest)) ||
        (/\d\/?$/.test(prev.text) && /^\d/.test(p.text)));
    const hyphenated = prev !== undefined && /[a-z][-\u2010]$/.test(prev.text) && /^[a-z]/.test(p.text);
    out = out === "" ? p.text : broken || hyphenated ? out + p.text : `${out} ${p.text}`;
  });
  return out.trim();
}

const SHORT_WORDS = new Set(
  "a an as at be by do for from if in into is it its no not of on or per so the to up us we and are but can due has had may new now off old one our out own two was who why all any few key net age area care cent cost data date days each fee fees free full fund gap half item last less list made make many more most much name need next note open over part paid plan plus rate rent risk role same sent show sum term than that them then they this time type unit upon used very was week well were what when will with year zone".split(
    " ",
  ),
);
const LIST_LABEL =
  /^(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7*\u2013\u2014-]|\(?\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]{1,4}\)|[a-z][.)]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)$/;
const FIGURE = /^[£$(-]?\d[\d,.]*(?:%|m|bn|k)?\)?$|^(n\/a|nil|-|\u2013)$/i;

function isHeader(cells: string[][], boldRows: (boolean | null)[]): boolean {
  if (cells.length < 2) return false;
  if (boldRows[0] !== null && boldRows.slice(1).every((b) => b !== null)) {
    return boldRows[0] === true && boldRows.slice(1).some((b) => b === false);
  }
  // No font names: a first row of words over a column that is mostly figures.
  const first = cells[0]!;
  if (first.some((c) => FIGURE.test(c))) return false;
  const columns = first.map((_, c) => cells.slice(1).map((r) => r[c] ?? ""));
  return columns.some((col) => col.filter((v) => FIGURE.test(v)).length >= Math.max(1, col.length / 2));
}

/** The parts of pdf.js's page proxy this module uses. */
export interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const isTextItem = (i: unknown): i is TextItemLike =>
  typeof i === "object" && i !== null && "str" in i && "transform" in i;

/**
 * The tables of one page from its text content (pdf.js's getTextContent() items, read once for the text too).
 * The page's operator list is read only when the page may hold a table and a font it uses has not been seen yet:
 * font names (to see a bold header row) are known only once pdf.js has loaded the fonts, and a loaded font stays
 * known for the rest of the document.
 */
export async function pageTables(page: PdfPageLike, items: unknown[], n: number): Promise<PdfTable[]> {
  // Rotated or skewed text (a stamp, a landscape caption) never belongs to a table's rows.
  const raw = items
    .filter(isTextItem)
    .filter((i) => Math.abs(i.transform[1]!) < 0.01 && Math.abs(i.transform[2]!) < 0.01);
  const positioned = (bold: (fontName: string) => boolean | null): PositionedText[] =>
    raw.map((i) => ({
      text: i.str,
      x: i.transform[4]!,
      y: i.transform[5]!,
      width: i.width,
      size: Math.abs(i.transform[3]!) || i.height || 10,
      bold: bold(i.fontName),
    }));
  if (!needsFonts(positioned(() => null))) return [];
  if (raw.some((i) => !page.commonObjs.has(i.fontName))) await page.getOperatorList();
  const fontBold = (fontName: string): boolean | null => {
    if (!page.commonObjs.has(fontName)) return null;
    const font = page.commonObjs.get(fontName) as { name?: unknown; bold?: unknown } | null;
    if (typeof font?.name !== "string") return null;
    return font.bold === true || /bold|black|heavy|semibold|,B\b/i.test(font.name);
  };
  return findTables(positioned(fontBold), n);
}
