import { groupBullets } from "../bullets";
import type { MeetingSummary } from "../types";

// The text search indexes and quotes in snippets (Summary.plainText): the summary's words only. No footnote
// numbers ("MTFS[1]"), bullet stars or page citations ("(p. 1)"), which read as noise in a snippet and made a
// search for "P/" (planning references) match every cited bullet.

export function renderSummarySearchText(summary: MeetingSummary): string {
  const out: string[] = [summary.overview];
  if (summary.procedural) out.push(summary.procedural);
  for (const section of summary.sections) {
    out.push(section.heading);
    for (const group of groupBullets(section.bullets))
      out.push(...(group.lead ? [group.lead] : []), ...group.items.map((b) => b.text));
    for (const t of section.tables)
      out.push(...[t.caption ?? "", t.header.join(" "), ...t.rows.map((r) => r.join(" "))].filter(Boolean));
    if (section.decision) out.push(`Decision: ${section.decision}`);
  }
  if (summary.missing.length) out.push(`Not available: ${summary.missing.join("; ")}`);
  for (const f of summary.footnotes) out.push(`${f.term}: ${f.explanation}`);
  return `${out
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n")}\n`;
}
