import { esc } from "../format";
import { parseBlocks, type Block } from "../text/markdown";

// ModernGov pastes item text from Word, so descriptions and minutes arrive as div.mgWordPara > div.WordSection1
// with MsoNormal paragraphs, Word's list classes and &nbsp; spacer paragraphs. We reproduce that shape.

function inline(text: string): string {
  return esc(text)
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, "$1<i>$2</i>")
    .replace(/\u2019/g, "&rsquo;")
    .replace(/\u2018/g, "&lsquo;")
    .replace(/\u201c/g, "&ldquo;")
    .replace(/\u201d/g, "&rdquo;")
    .replace(/\u2013/g, "&ndash;")
    .replace(/\u00a3/g, "&pound;");
}

const spacer = `<p class="MsoNormal">&nbsp;</p>`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `<p class="MsoNormal"><b><u>${inline(block.text)}</u></b></p>`;
    case "para": {
      // Harrow minutes open decisions with a bold RESOLVED.
      const text = inline(block.text).replace(/^RESOLVED(:?)/, "<b>RESOLVED$1</b>");
      if (block.bold) return `<p class="MsoNormal"><b>${text}</b></p>`;
      if (block.italic) return `<p class="MsoNormal"><i>${text}</i></p>`;
      return `<p class="MsoNormal">${text}</p>`;
    }
    case "bullets":
      return block.items
        .map((item, i, all) => {
          const cls =
            all.length === 1
              ? "MsoListParagraph"
              : i === 0
                ? "MsoListParagraphCxSpFirst"
                : i === all.length - 1
                  ? "MsoListParagraphCxSpLast"
                  : "MsoListParagraphCxSpMiddle";
          return `<p class="${cls}" style="text-indent:-18.0pt"><span style="font-family:Symbol">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span>${inline(item)}</p>`;
        })
        .join("\n");
    case "numbered":
      return block.items
        .map(
          (item) =>
            `<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-36.0pt">${esc(item.label)}<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>${inline(item.text)}</p>`,
        )
        .join("\n");
    case "table": {
      const row = (cells: string[], th: boolean): string =>
        `<tr>${cells.map((c) => `<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${th ? `<b>${inline(c)}</b>` : inline(c)}</p></td>`).join("")}</tr>`;
      return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n${[
        ...(block.header ? [row(block.header, true)] : []),
        ...block.rows.map((r) => row(r, false)),
      ].join("\n")}\n</table>`;
    }
    case "pagebreak":
      return "";
  }
}

/** div.WordSection1 for a markdown-lite text: the form the web service returns in agendatext and minutes. */
export function wordSection(markdown: string): string {
  const blocks = parseBlocks(markdown).filter((b) => b.kind !== "pagebreak");
  return `<div class="WordSection1">\n${blocks.map(blockHtml).join(`\n${spacer}\n`)}\n</div>\n`;
}

/** div.mgWordPara > div.WordSection1: the form pages show it in. */
export function wordPara(markdown: string): string {
  return `<div class="mgWordPara">${wordSection(markdown)}</div>`;
}
