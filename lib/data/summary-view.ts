// Turns a stored Summary (its content is lib/summarize's MeetingSummary, as JSON) into what the meeting page
// renders: text runs with footnote markers, and source links resolved to the official document and page.
// Content that does not match the schema (an older engine version, say) degrades to the overview alone.
import { clipWords } from "@/lib/summarize/text/sentences";
import { groupBullets } from "@/lib/summarize/bullets";
import { meetingSummarySchema, type MeetingSummary, type SourceRef, type SummaryKind } from "@/lib/summarize/types";
import { createFootnoteMarker, type TextRun } from "./footnote-segments";
import { safeExternalUrl, withPageFragment } from "./safe-url";

export interface SourceLink {
  /** null when the source has no public address (the link is then shown as plain text). */
  href: string | null;
  /** "Public reports pack …, page 12": the document's title and the page */
  label: string;
  page: number | null;
}

export interface SummaryTableView {
  caption: TextRun[] | null;
  header: TextRun[][];
  rows: TextRun[][][];
  source: SourceLink | null;
}

export interface BulletGroupView {
  lead: TextRun[] | null;
  items: { text: TextRun[]; source: SourceLink | null }[];
}

export interface SummarySectionView {
  /** the anchor the contents and "decisions at a glance" link to */
  id: string;
  heading: TextRun[];
  itemNumber: string | null;
  /** Bullets in runs: a list's points under the sentence that introduces them (lead), or one bullet alone (no lead). */
  bullets: BulletGroupView[];
  tables: SummaryTableView[];
  /** The decision as one paragraph; for a numbered decision of two or more clauses, each clause (null otherwise). */
  decision: TextRun[] | null;
  decisionClauses: TextRun[][] | null;
  /** what the sources lack for this item, in plain words */
  note: string | null;
}

export interface GlanceLine {
  text: string;
  href: string;
}

export interface SummaryView {
  /** "extractive" or "llm:<model>", shown in the machine-generated label */
  engine: string;
  engineVersion: string;
  generatedAt: string;
  kind: SummaryKind | "unknown";
  overview: TextRun[];
  /** Standing business, one line per item (apologies, reserves, declarations, minutes…) */
  procedural: TextRun[][] | null;
  sections: SummarySectionView[];
  /** one line per decision, for the box at the top of a held meeting's summary */
  glance: GlanceLine[];
  /** the summary's length in words: a contents list is shown past ~600 */
  words: number;
  /** hasMarker: the term was found in the text, so the note can link back to its marker */
  footnotes: { number: number; term: string; explanation: string; hasMarker: boolean }[];
  missing: string[];
}

export interface SummaryRow {
  engine: string;
  engineVersion: string;
  kind: string;
  content: unknown;
  overview: string;
  generatedAt: Date;
}

export interface SourceDocument {
  id: number;
  title: string;
  url: string | null;
}

export function toSummaryView(row: SummaryRow, documents: SourceDocument[], meetingUrl: string | null): SummaryView {
  const base = { engine: row.engine, engineVersion: row.engineVersion, generatedAt: row.generatedAt.toISOString() };
  const parsed = meetingSummarySchema.safeParse(row.content);
  if (!parsed.success) {
    return {
      ...base,
      kind: "unknown",
      glance: [],
      words: 0,
      overview: [{ text: row.overview }],
      procedural: null,
      sections: [],
      footnotes: [],
      missing: ["The detailed summary could not be displayed; the overview above is all that is available for now."],
    };
  }
  const summary = parsed.data;
  const { mark, placed } = createFootnoteMarker(summary.footnotes.map((f) => f.term));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const source = (ref: SourceRef) => toSourceLink(ref, byId, meetingUrl);
  // Marked in reading order (the overview, each item's heading, decision, bullets and tables, then the standing
  // business: summaryTexts in lib/summarize/extractive/footnotes.ts), the order the engine numbered the footnotes in.
  const overview = mark(summary.overview);
  const sections = summary.sections.map((s, i) => {
    const heading = mark(s.heading);
    const clauses = s.decision ? numberedClauses(s.decision) : null;
    const decisionClauses = clauses ? clauses.map(mark) : null;
    const decision = decisionClauses ? decisionClauses.flatMap((c, j) => (j ? [{ text: "; " }, ...c] : c)) : null;
    return {
      id: `point-${i + 1}`,
      heading,
      itemNumber: s.itemNumber,
      bullets: groupBullets(s.bullets).map((g) => ({
        lead: g.lead ? mark(g.lead) : null,
        items: g.items.map((b) => ({ text: mark(b.text), source: source(b.source) })),
      })),
      tables: s.tables.map((t) => ({
        caption: t.caption ? mark(t.caption) : null,
        header: t.header.map(mark),
        rows: t.rows.map((r) => r.map(mark)),
        source: source(t.source),
      })),
      decision: decision ?? (s.decision ? mark(s.decision) : null),
      decisionClauses,
      note: s.note ?? null,
    };
  });
  const procedural = summary.procedural ? summary.procedural.split("\n").filter(Boolean).map(mark) : null;
  const glance = summary.sections.flatMap((s, i) =>
    s.decision ? [{ text: glanceText(s.heading, s.decision), href: `#point-${i + 1}` }] : [],
  );
  const words = countSummaryWords(summary);
  return {
    ...base,
    kind: summary.kind,
    overview,
    procedural,
    sections,
    glance,
    words,
    footnotes: summary.footnotes.map((f, i) => ({
      number: i + 1,
      term: f.term,
      explanation: f.explanation,
      hasMarker: placed.has(i + 1),
    })),
    missing: summary.missing,
  };
}

/** Where a quoted fact came from: the official document (at its page) or, for page text, the meeting page. */
export function toSourceLink(
  ref: SourceRef,
  documents: Map<number, SourceDocument>,
  meetingUrl: string | null,
): SourceLink | null {
  const page = ref.page ? `, page ${ref.page}` : "";
  if (ref.documentId !== null) {
    const doc = documents.get(ref.documentId);
    const url = safeExternalUrl(ref.url) ?? safeExternalUrl(doc?.url);
    return {
      href: url ? withPageFragment(url, ref.page) : null,
      label: `${doc?.title ?? "Council document"}${page}`,
      page: ref.page,
    };
  }
  const url = safeExternalUrl(ref.url) ?? meetingUrl;
  if (!url) return null;
  return { href: url, label: "Council meeting page", page: null };
}

/** "Granted (voted 5 in favour, 2 against): Cullen Way… (PL/1874/26)" or "Budget monitoring: noted the report…". */
/**
 * "(1) The pilot was approved: …; (2) The Interim Corporate Director was authorised …; and (3) …" as its clauses, each
 * read on its own line; null for a decision that is not numbered from (1) with at least a (2).
 */
export function numberedClauses(decision: string): string[] | null {
  if (!/^\(1\)\s/.test(decision) || !/\(2\)\s/.test(decision)) return null;
  const clauses = decision.split(/(?:;\s+(?:and\s+)?|\.\s+)(?=\(\d{1,2}\)\s)/).map((c) => c.trim());
  return clauses.length >= 2 ? clauses : null;
}

export function glanceText(heading: string, decision: string): string {
  if (/^(Granted|Refused|Deferred|Withdrawn)\b/.test(decision)) return clipWords(decision.split(" – ")[0]!, 30);
  const plain = decision
    .replace(/^RESOLVED( to RECOMMEND)?:?\s*/i, "")
    .replace(/^(\(to [^)]*\)\s*)?/, "")
    .replace(/^(recommended to [^:]+:\s*)?\(1\)\s*/i, "$1")
    // A verb said once for the numbered list ("approve (1) the budget; (2) …", "Noted: (1) …"): without the first number.
    .replace(
      /^((?:recommended to [^:]+:\s*)?(?:approve|agree|note|adopt|endorse|receive|accept|grant|refuse|defer|approved|agreed|noted|adopted|endorsed|received|accepted|granted|refused|deferred):?\s+)\(1\)\s*/i,
      "$1",
    )
    .replace(/^that\s+/i, "");
  // A numbered decision at a glance is its first clause and how many follow ("approve the 2021/22 budget (and 1 more)"),
  // never its first clause unnumbered beside a "(2) …" cut off mid-way.
  const numbered = [...decision.matchAll(/(?:^|[:;]\s+(?:and\s+)?|\s)\((\d{1,2})\)\s/g)].map((m) => Number(m[1]));
  const more = numbered.length > 1 && numbered[0] === 1 ? numbered.length - 1 : 0;
  const first = more ? plain.split(/;\s+(?:and\s+)?\(2\)\s/)[0]!.replace(/[;,.\s]+$/, "") : plain;
  const passive = first.replace(
    /^the (.+?) be (noted|approved|agreed|received|adopted|endorsed|accepted|referred)\b/i,
    "$1 $2",
  );
  const line = clipWords(passive.charAt(0).toLowerCase() + passive.slice(1), 22);
  return `${heading}: ${more ? `${line.replace(/[.…]$/, "")} (and ${more} more)` : line}`;
}

function countSummaryWords(summary: MeetingSummary): number {
  const texts = [
    summary.overview,
    summary.procedural ?? "",
    ...summary.sections.flatMap((s) => [
      s.heading,
      ...groupBullets(s.bullets).flatMap((g) => [g.lead ?? "", ...g.items.map((b) => b.text)]),
      s.decision ?? "",
    ]),
  ];
  return texts.reduce((n, t) => n + (t.trim() ? t.trim().split(/\s+/).length : 0), 0);
}
