import type { MeetingSummary, SourceRef, SummaryTable } from "../types";
import { groupBullets } from "../bullets";
import { createMarker } from "./footnote-markers";

// Markdown for pages and the README: headings per section, bullets with a link to the source page, tables kept,
// numbered footnotes ([^1]) for the abbreviations.

export function renderSummaryMarkdown(summary: MeetingSummary): string {
  const mark = createMarker(summary.footnotes, (n) => `[^${n}]`);
  const out: string[] = [mark(escapeMd(summary.overview)), ""];
  for (const section of summary.sections) {
    out.push(`## ${mark(escapeMd(section.heading))}`, "");
    // Outcome first: the decision leads its item, the points behind it follow.
    if (section.decision) out.push(`**Decision:** ${mark(escapeMd(section.decision))}`, "");
    // "The minutes for this item have not been published": an item the meeting took, said honestly, never blank.
    if (section.note) out.push(`_${escapeMd(section.note)}_`, "");
    // A list's points under the sentence that introduces them, indented beneath it.
    for (const group of groupBullets(section.bullets)) {
      const indent = group.lead ? "  " : "";
      if (group.lead) out.push(`- ${mark(escapeMd(group.lead))}`);
      for (const b of group.items) out.push(`${indent}- ${mark(escapeMd(b.text))} ${sourceLink(b.source)}`.trimEnd());
    }
    if (section.bullets.length) out.push("");
    for (const t of section.tables) out.push(...renderTable(t, mark), "");
  }
  // Business first: the standing items (apologies, declarations, minutes…) follow what was decided.
  if (summary.procedural)
    out.push("**Standing business**", "", ...summary.procedural.split("\n").map((l) => `- ${mark(escapeMd(l))}`), "");
  if (summary.missing.length) {
    out.push("**Not available:**", "");
    for (const m of summary.missing) out.push(`- ${escapeMd(m)}`);
    out.push("");
  }
  summary.footnotes.forEach((f, i) => out.push(`[^${i + 1}]: **${f.term}**: ${f.explanation}`));
  return `${out.join("\n").trim()}\n`;
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

function sourceLink(source: SourceRef): string {
  if (!source.url) return source.page ? `(p. ${source.page})` : "";
  const href = source.page ? `${source.url}#page=${source.page}` : source.url;
  return `([source${source.page ? `, p. ${source.page}` : ""}](${href.replace(/ /g, "%20").replace(/\)/g, "%29")}))`;
}

function renderTable(t: SummaryTable, mark: (s: string) => string): string[] {
  const width = Math.max(t.header.length, ...t.rows.map((r) => r.length));
  const pad = (r: string[]): string[] => Array.from({ length: width }, (_, i) => escapeMd(r[i] ?? ""));
  const header = t.header.length ? t.header : Array.from({ length: width }, () => "");
  const lines = [
    `| ${pad(header).join(" | ")} |`,
    `|${" --- |".repeat(width)}`,
    ...t.rows.map((r) => `| ${pad(r).join(" | ")} |`),
  ];
  return [...(t.caption ? [`_${mark(escapeMd(t.caption))}_`, ""] : []), ...lines, sourceLink(t.source)].filter(
    (l) => l !== "",
  );
}
