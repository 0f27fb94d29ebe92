import type { MeetingSummary, SummaryTable } from "../types";
import { groupBullets } from "../bullets";
import { createMarker } from "./footnote-markers";

// Plain text for email: no markup, headings underlined, tables as aligned columns, footnotes as [n].

export function renderSummaryText(summary: MeetingSummary): string {
  const mark = createMarker(summary.footnotes, (n) => `[${n}]`);
  const out: string[] = [wrap(mark(summary.overview)), ""];
  for (const section of summary.sections) {
    const heading = mark(section.heading);
    out.push(heading, "-".repeat(Math.min(heading.length, 72)));
    // Outcome first: the decision leads its item, the points behind it follow.
    if (section.decision) out.push(wrap(`Decision: ${mark(section.decision)}`), "");
    if (section.note) out.push(wrap(section.note), "");
    for (const group of groupBullets(section.bullets)) {
      const indent = group.lead ? "  " : "";
      if (group.lead) out.push(wrap(`* ${mark(group.lead)}`, "  "));
      for (const b of group.items)
        out.push(
          `${indent}${wrap(`* ${mark(b.text)}${b.source.page ? ` (p. ${b.source.page})` : ""}`, `${indent}  `, 76 - indent.length)}`,
        );
    }
    for (const t of section.tables) out.push("", ...renderTable(t));
    out.push("");
  }
  // Business first: the standing items (apologies, declarations, minutes…) follow what was decided.
  if (summary.procedural)
    out.push("Standing business:", ...summary.procedural.split("\n").map((l) => wrap(`- ${mark(l)}`)), "");
  if (summary.missing.length) {
    out.push("Not available:");
    for (const m of summary.missing) out.push(wrap(`* ${m}`, "  "));
    out.push("");
  }
  summary.footnotes.forEach((f, i) => out.push(wrap(`[${i + 1}] ${f.term}: ${f.explanation}`, "    ")));
  return `${out.join("\n").trim()}\n`;
}

function wrap(text: string, indent = "", width = 76): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && `${line} ${w}`.length > width) {
      lines.push(line);
      line = `${indent}${w}`;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function renderTable(t: SummaryTable): string[] {
  const rows = t.header.length ? [t.header, ...t.rows] : t.rows;
  const width = Math.max(...rows.map((r) => r.length));
  const colWidths = Array.from({ length: width }, (_, c) =>
    Math.min(30, Math.max(...rows.map((r) => (r[c] ?? "").length))),
  );
  const line = (r: string[]): string =>
    r
      .map((cell, c) => cell.slice(0, 30).padEnd(colWidths[c]!))
      .join("  ")
      .trimEnd();
  return [...(t.caption ? [t.caption] : []), ...rows.map(line)];
}
