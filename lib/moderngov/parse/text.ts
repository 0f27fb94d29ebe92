import * as cheerio from "cheerio";
import type { Cheerio } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on (its own .d.ts files import it), erased at runtime.
import type { AnyNode, Element } from "domhandler";

// ModernGov text comes from Word: non-breaking spaces, hard-wrapped lines, empty <p>&nbsp;</p> spacers and
// list numbers in spans. These helpers turn it into plain text that keeps the paragraphs a reader would see.

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Collapses every run of whitespace (including &nbsp;) to one space and trims. */
export function normaliseText(text: string | null | undefined): string {
  return (text ?? "").replace(SPACE_RUN, " ").trim();
}

/**
 * Decodes HTML character references left in text that was HTML-escaped before being XML-escaped (the web
 * service does this: "Budget &amp;amp; Council Tax"). A <textarea> is parsed as RCDATA, so references are
 * decoded with the full HTML table but tags such as a literal "<DATE>" stay text.
 */
export function decodeHtmlEntities(text: string): string {
  if (!/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/i.test(text)) return text;
  const safe = text.replace(/<\/textarea/gi, "&lt;/textarea");
  return cheerio.load(`<textarea>${safe}</textarea>`)("textarea").text();
}

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "caption",
  "dl",
  "dt",
  "dd",
  "hr",
  "address",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "img", "input", "select", "button"]);
const PARA = "\u0000P";
const LINE = "\u0000L";

/**
 * Text of an element with paragraph structure kept: blocks become paragraphs separated by a blank line, <br>
 * and list items become single line breaks, table cells are joined with " | ". Empty spacer paragraphs vanish.
 */
export function extractBlockText(nodes: Cheerio<AnyNode>): string {
  const parts: string[] = [];
  nodes.each((_, node) => walk(node, parts));
  return parts
    .join("")
    .split(PARA)
    .map((para) =>
      para
        .split(LINE)
        .map((line) => normaliseText(line))
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}

function walk(node: AnyNode, parts: string[]): void {
  if (node.type === "text") {
    parts.push((node as unknown as { data: string }).data);
    return;
  }
  if (node.type === "root") {
    for (const child of (node as unknown as { children: AnyNode[] }).children) walk(child, parts);
    return;
  }
  if (node.type !== "tag" && node.type !== "script" && node.type !== "style") return;
  const el = node as Element;
  const tag = el.name.toLowerCase();
  if (SKIP_TAGS.has(tag)) return;
  if (tag === "br") {
    parts.push(LINE);
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) parts.push(PARA);
  if (tag === "li") parts.push(LINE, listMarker(el));
  for (const child of el.children) {
    walk(child, parts);
    if (child.type === "tag" && ["td", "th"].includes((child as Element).name)) parts.push(" | ");
  }
  if (tag === "tr") trimCellSeparator(parts);
  if (tag === "li") parts.push(LINE);
  if (block) parts.push(PARA);
}

function listMarker(li: Element): string {
  const parent = li.parent as Element | null;
  if (parent?.name !== "ol") return "- ";
  const index = parent.children.filter((c) => c.type === "tag" && (c as Element).name === "li").indexOf(li);
  return `${index + 1}. `;
}

function trimCellSeparator(parts: string[]): void {
  if (parts[parts.length - 1] === " | ") parts.pop();
}

/** Text of an element as one line (no structure), e.g. a title or a table cell. */
export function extractInlineText(nodes: Cheerio<AnyNode>): string {
  return normaliseText(nodes.text());
}

const SIZE_UNITS: Record<string, number> = { B: 1, BYTES: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "PDF 245 KB" → { format: "PDF", bytes: 250880 }. ModernGov rounds sizes, so bytes are approximate. */
export function parseFileSize(text: string | null | undefined): { format: string | null; bytes: number | null } {
  const match = /(?:([A-Za-z]{2,5})\s+)?(\d+(?:[.,]\d+)?)\s*(bytes|B|KB|MB|GB)\b/i.exec(normaliseText(text));
  if (!match) return { format: null, bytes: null };
  const value = Number(match[2]!.replace(",", "."));
  const unit = SIZE_UNITS[match[3]!.toUpperCase()] ?? 1;
  return { format: match[1] ? match[1].toUpperCase() : null, bytes: Math.round(value * unit) };
}

// C0 controls other than tab, line feed, form feed (document page breaks) and carriage return, plus DEL and
// the C1 range. PostgreSQL refuses NUL in text and jsonb outright: one NUL in a page (even in a comment) made
// storing it fail on every run.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** The text without NUL and the other control characters a database or a page should never hold. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}
