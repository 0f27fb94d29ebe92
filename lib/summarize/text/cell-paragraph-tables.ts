// A Word table on a ModernGov page wraps each cell's text in its own paragraph (<td><p class="MsoNormal">…</p></td>),
// so the page's text gives every cell a paragraph of its own, with the cell separator " | " a paragraph between them:
// "Indicator\n\n|\n\nTarget\n\n|\n\nQuarter 2\n\nInitial health assessments\n\n|\n\n90%\n\n|\n\n64%". Read as it
// stands, each cell became a sentence or a heading of its own ("## 64%"). This joins such a run back into the page's
// table form, one row a line with its cells joined by " | ", the rows one paragraph
// (docs/summaries.md#long-minutes-whole-meetings-printed-minutes).

/** The page text with each table printed cell by cell rejoined into rows; any other text is left as it was. */
export function joinCellParagraphs(text: string): string {
  const paras = text.split(/\n{2,}/);
  if (!paras.some((p) => p.trim() === "|")) return text;
  const out: string[] = [];
  let i = 0;
  while (i < paras.length) {
    const rows: string[][] = [];
    let j = i;
    // A row: a cell, then "|" and a cell, again and again; the next cell not after a "|" starts the next row.
    while (isCell(paras[j]) && paras[j + 1]?.trim() === "|" && isCell(paras[j + 2])) {
      const start = j;
      const row = [clean(paras[j]!)];
      j += 1;
      while (paras[j]?.trim() === "|" && isCell(paras[j + 1])) {
        row.push(clean(paras[j + 1]!));
        j += 2;
      }
      if (rows.length > 0 && row.length !== rows[0]!.length) {
        j = start;
        break;
      }
      rows.push(row);
    }
    if (rows.length >= 2) {
      out.push(rows.map((r) => r.join(" | ")).join("\n"));
      i = j;
    } else {
      out.push(paras[i]!);
      i += 1;
    }
  }
  return out.join("\n\n");
}

/** A cell: one short line of its own, never the separator. */
function isCell(para: string | undefined): boolean {
  if (para === undefined) return false;
  const t = para.trim();
  return t !== "" && t !== "|" && !t.includes("\n") && !t.includes(" | ");
}

const clean = (cell: string): string => cell.replace(/\s+/g, " ").trim();
