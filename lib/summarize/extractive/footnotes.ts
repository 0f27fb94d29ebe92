import { groupBullets } from "../bullets";
import { termPattern } from "../footnote-pattern";
import { GLOSSARY } from "../glossary";
import type { MeetingSummary, SummaryFootnote } from "../types";

// Footnotes for the glossary terms a summary uses, in order of first appearance (as the seeds number them).

const PATTERNS = GLOSSARY.map((entry) => ({ entry, re: termPattern(entry) }));

/**
 * The summary's texts in the order a reader meets them on the page, in the email and in the markdown: the overview,
 * each item (heading, decision, bullets, tables), then the standing business.
 */
export function summaryTexts(summary: Pick<MeetingSummary, "overview" | "procedural" | "sections">): string[] {
  return [
    summary.overview,
    ...summary.sections.flatMap((s) => [
      s.heading,
      s.decision ?? "",
      ...groupBullets(s.bullets).flatMap((g) => [g.lead ?? "", ...g.items.map((b) => b.text)]),
      ...s.tables.flatMap((t) => [t.caption ?? "", ...t.header, ...t.rows.flat()]),
    ]),
    summary.procedural ?? "",
  ];
}

export function findFootnotes(
  summary: Pick<MeetingSummary, "overview" | "procedural" | "sections">,
): SummaryFootnote[] {
  const text = summaryTexts(summary).join("\n");
  return PATTERNS.map(({ entry, re }) => ({ entry, at: text.search(re) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => ({ term: entry.term, explanation: entry.explanation }));
}
