import { BULLET_START, NUMBER_START, looksLikeHeading, type TextBlock } from "./blocks";
import { joinCellParagraphs } from "./cell-paragraph-tables";
import { normaliseLine } from "./normalise";

// Minute and description text from the meeting page keeps its structure (lib/moderngov/parse/text.ts): paragraphs
// separated by a blank line, list items and <br> by single newlines, table cells joined with " | ".

export function readHtmlBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const para of joinCellParagraphs(text.replace(/\r\n/g, "\n")).split(/\n{2,}/)) {
    const lines = para.split("\n").map(normaliseLine).filter(Boolean);
    const tableLines = lines.filter((l) => l.includes(" | ") || /^\|.*\|$/.test(l));
    if (tableLines.length >= 2 && tableLines.length >= lines.length - 1) {
      blocks.push(readPipeTable(lines));
      continue;
    }
    lines.forEach((line) => {
      if (BULLET_START.test(line))
        blocks.push({ kind: "bullet", label: "\u2022", text: line.replace(BULLET_START, ""), page: null });
      else if (NUMBER_START.test(line)) {
        const m = NUMBER_START.exec(line)!;
        blocks.push({ kind: "bullet", label: m[1]!, text: line.slice(m[0].length), page: null });
      } else if (lines.length === 1 && looksLikeHeading(line, true) && !/^RESOLVED/i.test(line)) {
        blocks.push({ kind: "heading", text: line.replace(/:$/, ""), page: null });
      } else blocks.push({ kind: "para", text: line, page: null });
    });
  }
  return blocks;
}

function readPipeTable(lines: string[]): TextBlock {
  const split = (l: string): string[] =>
    l
      .replace(/^\|\s*/, "")
      .replace(/\s*\|$/, "")
      .split(/\s*\|\s*/);
  const rows = lines
    .filter((l) => l.includes("|"))
    .map(split)
    .filter((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || c === ""));
  const caption = lines.find((l) => !l.includes("|")) ?? null;
  const [header, ...body] = rows;
  return { kind: "table", caption, header: header ?? [], rows: body, page: null };
}
