import type { Block } from "../text/markdown";
import { stripInline } from "../text/markdown";

// Lays blocks out on A4 pages as absolute drawing operations. Layout is separate from writing the PDF so one
// laid-out report can be written on its own and again inside a reports pack with different page stamps.

export type FontName = "regular" | "bold" | "italic";
export type Op =
  | { kind: "text"; text: string; x: number; y: number; size: number; font: FontName }
  | { kind: "rect"; x: number; y: number; w: number; h: number; fill?: number; stroke?: number };
export interface LaidPage {
  ops: Op[];
}
export type Measure = (text: string, size: number, font: FontName) => number;

export type LayoutBlock =
  | Block
  | { kind: "keyvalue"; rows: [string, string][] }
  | { kind: "title"; text: string; size?: number }
  | { kind: "spacer"; height: number };

export const PAGE = { width: 595.28, height: 841.89, left: 64, right: 64, top: 72, bottom: 72 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BODY = { size: 10.5, leading: 14.5, after: 7 };
const TABLE = { size: 9.5, leading: 12, pad: 4 };
// Paragraphs up to this many lines move whole to the next page rather than split, as Word's widow and orphan
// control would; it also keeps each stated fact on one page, so text extraction never interleaves a footer.
const KEEP_TOGETHER_LINES = 14;

export function wrap(text: string, width: number, size: number, font: FontName, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, font) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word wider than the column (a long URL) is broken by characters.
    while (measure(line, size, font) > width) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), size, font) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** How paragraphs break at a page's foot: up to `keepTogetherLines` lines move whole to the next page. */
export interface LayoutOptions {
  keepTogetherLines?: number;
}

export function layout(blocks: LayoutBlock[], measure: Measure, options: LayoutOptions = {}): LaidPage[] {
  const keepTogether = options.keepTogetherLines ?? KEEP_TOGETHER_LINES;
  const pages: LaidPage[] = [{ ops: [] }];
  let y = PAGE.height - PAGE.top;
  const page = (): LaidPage => pages[pages.length - 1]!;
  const newPage = (): void => {
    pages.push({ ops: [] });
    y = PAGE.height - PAGE.top;
  };
  const room = (): number => y - PAGE.bottom;
  const ensure = (height: number): void => {
    if (height > room() && page().ops.length > 0) newPage();
  };
  const text = (t: string, x: number, size: number, font: FontName): void => {
    page().ops.push({ kind: "text", text: t, x, y: y - size, size, font });
  };
  const lines = (ls: string[], x: number, size: number, leading: number, font: FontName, keep: boolean): void => {
    if (keep && ls.length <= keepTogether) ensure(ls.length * leading);
    for (const l of ls) {
      ensure(leading);
      text(l, x, size, font);
      y -= leading;
    }
  };

  blocks.forEach((block, index) => {
    switch (block.kind) {
      case "pagebreak":
        if (page().ops.length > 0) newPage();
        return;
      case "spacer":
        y -= block.height;
        return;
      case "title": {
        const size = block.size ?? 16;
        const ls = wrap(block.text, CONTENT_WIDTH, size, "bold", measure);
        lines(ls, PAGE.left, size, size * 1.3, "bold", true);
        y -= 8;
        return;
      }
      case "heading": {
        const size = block.level === 1 ? 14 : block.level === 2 ? 12 : 10.5;
        const ls = wrap(stripInline(block.text), CONTENT_WIDTH, size, "bold", measure);
        y -= block.level === 1 ? 8 : 5;
        // Keep a heading with the first lines of whatever follows it.
        const next = blocks[index + 1];
        ensure(ls.length * size * 1.3 + (next && next.kind !== "pagebreak" ? 3 * BODY.leading : 0));
        lines(ls, PAGE.left, size, size * 1.3, "bold", true);
        y -= 4;
        return;
      }
      case "para": {
        const font: FontName = block.bold ? "bold" : block.italic ? "italic" : "regular";
        const ls = wrap(stripInline(block.text), CONTENT_WIDTH, BODY.size, font, measure);
        // A bold line introduces what follows it (an agenda item title, a declaration's item): keep them together.
        const next = blocks[index + 1];
        if (block.bold && next && next.kind !== "pagebreak" && next.kind !== "heading")
          ensure((ls.length + 2) * BODY.leading + BODY.after);
        lines(ls, PAGE.left, BODY.size, BODY.leading, font, true);
        y -= BODY.after;
        return;
      }
      case "bullets":
      case "numbered": {
        const indent = block.kind === "bullets" ? 20 : 30;
        const items = block.kind === "bullets" ? block.items.map((t) => ({ label: "\u2022", text: t })) : block.items;
        for (const item of items) {
          const ls = wrap(stripInline(item.text), CONTENT_WIDTH - indent, BODY.size, "regular", measure);
          if (ls.length <= keepTogether) ensure(ls.length * BODY.leading);
          ls.forEach((l, i) => {
            ensure(BODY.leading);
            if (i === 0) text(item.label, PAGE.left + (block.kind === "bullets" ? 6 : 0), BODY.size, "regular");
            text(l, PAGE.left + indent, BODY.size, "regular");
            y -= BODY.leading;
          });
          y -= 3;
        }
        y -= BODY.after - 3;
        return;
      }
      case "table":
      case "keyvalue": {
        const header = block.kind === "table" ? block.header : undefined;
        const rows = block.kind === "table" ? block.rows : block.rows.map((r) => [...r]);
        drawTable(header, rows, block.kind === "keyvalue");
        y -= BODY.after + 2;
        return;
      }
    }
  });

  function drawTable(header: string[] | undefined, rows: string[][], labelColumn: boolean): void {
    const all = header ? [header, ...rows] : rows;
    const cols = Math.max(...all.map((r) => r.length));
    const widths = columnWidths(all, cols, labelColumn);
    const rowHeight = (cells: string[], font: FontName): { h: number; wrapped: string[][] } => {
      const wrapped = widths.map((w, c) =>
        wrap(stripInline(cells[c] ?? ""), w - 2 * TABLE.pad, TABLE.size, font, measure),
      );
      return { h: Math.max(...wrapped.map((l) => l.length)) * TABLE.leading + 2 * TABLE.pad, wrapped };
    };
    const drawRow = (cells: string[], isHeader: boolean): void => {
      const { h, wrapped } = rowHeight(cells, isHeader ? "bold" : "regular");
      if (h > room() && page().ops.length > 0) {
        newPage();
        if (header && !isHeader) drawRow(header, true);
      }
      let x = PAGE.left;
      widths.forEach((w, c) => {
        page().ops.push({ kind: "rect", x, y: y - h, w, h, fill: isHeader ? 0.88 : undefined, stroke: 0.4 });
        const bold = isHeader || (labelColumn && c === 0);
        wrapped[c]!.forEach((l, i) => {
          page().ops.push({
            kind: "text",
            text: l,
            x: x + TABLE.pad,
            y: y - TABLE.pad - TABLE.size - i * TABLE.leading + 1.5,
            size: TABLE.size,
            font: bold ? "bold" : "regular",
          });
        });
        x += w;
      });
      y -= h;
    };
    if (header) drawRow(header, true);
    rows.forEach((r) => drawRow(r, false));
  }

  function columnWidths(all: string[][], cols: number, labelColumn: boolean): number[] {
    if (labelColumn) return [CONTENT_WIDTH * 0.34, CONTENT_WIDTH * 0.66];
    const natural = Array.from({ length: cols }, (_, c) =>
      Math.max(
        40,
        ...all.map((r) =>
          Math.min(measure(stripInline(r[c] ?? ""), TABLE.size, "regular") + 2 * TABLE.pad + 2, CONTENT_WIDTH * 0.6),
        ),
      ),
    );
    const total = natural.reduce((a, b) => a + b, 0);
    return natural.map((n) => (n / total) * CONTENT_WIDTH);
  }

  if (page().ops.length === 0 && pages.length > 1) pages.pop();
  return pages;
}
