// A deliberately small markdown dialect for report, minutes and agenda text. Council reports need headings,
// paragraphs, bullet and numbered lists, simple tables and forced page breaks; nothing else, so a 100-line
// parser is easier to trust than a dependency whose output we would have to post-process anyway.

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "para"; text: string; bold?: boolean; italic?: boolean }
  | { kind: "bullets"; items: string[] }
  | { kind: "numbered"; items: { label: string; text: string }[] }
  | { kind: "table"; header?: string[]; rows: string[][] }
  | { kind: "pagebreak" };

export interface Parsed {
  meta: Record<string, string>;
  blocks: Block[];
}

/** Splits optional `---` front matter (key: value lines) from the body. */
export function parseDocument(source: string): Parsed {
  const meta: Record<string, string> = {};
  let body = source.replace(/\r\n/g, "\n");
  if (body.startsWith("---\n")) {
    const end = body.indexOf("\n---", 4);
    if (end < 0) throw new Error("unterminated front matter");
    for (const line of body.slice(4, end).split("\n")) {
      const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
      if (m) meta[m[1]!] = m[2]!.trim();
    }
    body = body.slice(end + 4);
  }
  return { meta, blocks: parseBlocks(body) };
}

export function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.replace(/\r\n/g, "\n").split("\n");
  let para: string[] = [];
  const flush = (): void => {
    if (para.length === 0) return;
    const text = para.join(" ").replace(/\s+/g, " ").trim();
    para = [];
    const bold = /^\*\*(.+)\*\*$/.exec(text);
    const italic = /^_(.+)_$/.exec(text);
    if (bold) blocks.push({ kind: "para", text: bold[1]!, bold: true });
    else if (italic) blocks.push({ kind: "para", text: italic[1]!, italic: true });
    else blocks.push({ kind: "para", text });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === "") {
      flush();
      continue;
    }
    if (trimmed === "<!-- pagebreak -->") {
      flush();
      blocks.push({ kind: "pagebreak" });
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", level: heading[1]!.length as 1 | 2 | 3, text: heading[2]!.trim() });
      continue;
    }
    const bullet = /^[-*]\s+(.*)$/.exec(trimmed);
    const numbered = /^(\d+[.)]|\(\d+\)|\((?:[a-z]|[ivx]{2,5})\)|[a-z]\))\s+(.*)$/.exec(trimmed);
    if (bullet || numbered) {
      flush();
      const text = [bullet ? bullet[1]! : numbered![2]!];
      // Continuation lines are indented; they belong to the same list item.
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]!)) text.push(lines[++i]!.trim());
      const joined = text.join(" ");
      const last = blocks[blocks.length - 1];
      if (bullet) {
        if (last?.kind === "bullets") last.items.push(joined);
        else blocks.push({ kind: "bullets", items: [joined] });
      } else {
        const entry = { label: numbered![1]!, text: joined };
        if (last?.kind === "numbered") last.items.push(entry);
        else blocks.push({ kind: "numbered", items: [entry] });
      }
      continue;
    }
    if (trimmed.startsWith("|")) {
      flush();
      const rows: string[][] = [];
      let header: string[] | undefined;
      while (i < lines.length && lines[i]!.trim().startsWith("|")) {
        const cells = splitRow(lines[i]!.trim());
        if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) {
          header = rows.pop();
        } else rows.push(cells);
        i++;
      }
      i--;
      // "| | |" over the separator is the idiom for a table without a header row.
      if (header?.every((cell) => cell === "")) header = undefined;
      blocks.push({ kind: "table", header, rows });
      continue;
    }
    // A line right after a list item that is not indented starts a new paragraph.
    para.push(trimmed);
  }
  flush();
  return blocks;
}

function splitRow(line: string): string[] {
  return line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

/** Inline markup: **bold** and _italic_ are the only spans we support; PDF output drops the markers. */
export function stripInline(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, "$1").replace(/(^|\W)_(.+?)_(?=\W|$)/g, "$1$2");
}
