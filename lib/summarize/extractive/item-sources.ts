import type { TextBlock } from "../text/blocks";
import { titleSimilarity } from "../text/normalise";
import { readHtmlBlocks } from "../text/read-html-blocks";
import { countWords } from "../text/sentences";
import { tidyMinute } from "../text/tidy-minute";
import type { SummaryInput, SummaryItem } from "../types";
import { readDocuments, type ReadDocument } from "./read-documents";
import { readFrontsheet, splitReportsPack, type FrontsheetEntry, type PackPart } from "./split-pack";
import { splitPrintedMinutes } from "./split-minutes";

// Gathers, for every agenda item, the texts a summary may quote: its own reports, else its papers inside the
// reports pack, and its minute (the meeting page's, or the printed minutes PDF's when that is fuller).

export interface ItemSource {
  origin: "report" | "minutes";
  title: string;
  blocks: TextBlock[];
  documentId: number | null;
  url: string | null;
}

export interface CollectedSources {
  byItem: Map<number, ItemSource[]>;
  /** The minute text of each item (page or PDF), for RESOLVED extraction. */
  minutesByItem: Map<number, string>;
  missing: string[];
  readableCount: number;
  hasMinutes: boolean;
}

const OWN_KINDS = new Set(["item_report", "additional_document", "supplement", "other"]);

export function collectItemSources(input: SummaryInput, items: SummaryItem[]): CollectedSources {
  const { readable, problems } = readDocuments(input.documents);
  const missing: string[] = [];
  const byItem = new Map<number, ItemSource[]>(items.map((i) => [i.position, []]));
  const packParts = readPackParts([...readable.values()], missing);
  const frontsheet = readAgenda([...readable.values()]);
  const claimed = assignPackParts(
    items,
    packParts.map((p) => p.part),
    frontsheet,
  );

  for (const item of items) {
    const own = item.documentIds
      .map((id) => readable.get(id))
      .filter((d): d is ReadDocument => !!d && OWN_KINDS.has(d.doc.kind));
    const broken = item.documentIds.filter(
      (id) => problems.has(id) && !input.documents.find((d) => d.id === id)?.isRestricted,
    );
    const inPack = packParts.filter((_, index) => claimed.get(index) === item.position);
    // The pack holds every paper of the item: it replaces them all when one could not be read on its own.
    // A scan is a scan in the pack too; only damaged or missing downloads are worth replacing.
    const fixable = broken.filter((id) => !/scanned/.test(problems.get(id)!));
    const usePack = inPack.length > 0 && (own.length === 0 || fixable.length > 0);
    for (const id of item.documentIds.filter((i) => problems.has(i))) {
      missing.push(
        fixable.includes(id) && usePack
          ? `${problems.get(id)!}; its copy in the reports pack was used`
          : problems.get(id)!,
      );
    }
    if (!usePack) {
      for (const d of own)
        byItem
          .get(item.position)!
          .push({ origin: "report", title: d.doc.title, blocks: d.blocks, documentId: d.doc.id, url: d.doc.url });
      continue;
    }
    for (const { part, doc } of inPack) {
      byItem.get(item.position)!.push({
        origin: "report",
        title: part.title ?? item.title,
        blocks: part.blocks,
        documentId: doc.doc.id,
        url: doc.doc.url,
      });
    }
  }
  for (const [id, problem] of problems) {
    if (!items.some((i) => i.documentIds.includes(id)) && !missing.some((m) => m.startsWith(problem)))
      missing.push(problem);
  }

  const minutesByItem = collectMinutes(input, items, [...readable.values()], byItem);
  return { byItem, minutesByItem, missing, readableCount: readable.size, hasMinutes: minutesByItem.size > 0 };
}

function readPackParts(docs: ReadDocument[], missing: string[]): { part: PackPart; doc: ReadDocument }[] {
  const out: { part: PackPart; doc: ReadDocument }[] = [];
  for (const doc of docs.filter((d) => d.doc.kind === "public_reports_pack")) {
    const split = splitReportsPack(doc.blocks);
    if (split.parts.length === 0) {
      missing.push(
        `The reports pack '${doc.doc.title}' has no recognisable report headings, so it could not be split into its reports`,
      );
    }
    for (const part of split.parts) out.push({ part, doc });
  }
  return out;
}

function readAgenda(docs: ReadDocument[]): FrontsheetEntry[] {
  const front = docs.find((d) => d.doc.kind === "agenda_frontsheet");
  if (front) return readFrontsheet(front.blocks);
  const pack = docs.find((d) => d.doc.kind === "public_reports_pack");
  return pack ? readFrontsheet(splitReportsPack(pack.blocks).frontsheet) : [];
}

/** Pack part index -> item position, by title similarity (agenda numbers change once minutes number items). */
function assignPackParts(items: SummaryItem[], parts: PackPart[], frontsheet: FrontsheetEntry[]): Map<number, number> {
  const out = new Map<number, number>();
  parts.forEach((part, index) => {
    const agendaTitle = frontsheet.find((e) => e.number === part.agendaNumber)?.title ?? null;
    let best: { position: number; score: number } | null = null;
    for (const item of items) {
      let score = Math.max(
        part.title ? titleSimilarity(item.title, part.title) : 0,
        agendaTitle ? titleSimilarity(item.title, agendaTitle) : 0,
      );
      const sameNumber = part.agendaNumber !== null && item.number?.replace(/\.$/, "") === part.agendaNumber;
      if (sameNumber && !agendaTitle) score += 0.5;
      if (!best || score > best.score) best = { position: item.position, score };
    }
    if (best && best.score >= 0.5) out.set(index, best.position);
  });
  return out;
}

/** A block as minute text; a table as the page's own form, one row a line with its cells joined by " | ". */
function blockText(b: TextBlock): string {
  if (b.kind === "table")
    return [b.caption ?? "", ...[b.header, ...b.rows].filter((r) => r.length > 0).map((r) => r.join(" | "))]
      .filter(Boolean)
      .join("\n");
  // "(1) the 2023/24 budget be approved; (2) …": a numbered clause keeps its number, which the decision cites.
  if (b.kind === "bullet" && /^\(?\w{1,3}[).]$/.test(b.label)) return `${b.label} ${b.text}`;
  return "text" in b ? b.text : "";
}

function collectMinutes(
  input: SummaryInput,
  items: SummaryItem[],
  docs: ReadDocument[],
  byItem: Map<number, ItemSource[]>,
): Map<number, string> {
  const printed =
    docs.find((d) => d.doc.kind === "printed_minutes") ?? docs.find((d) => d.doc.kind === "printed_decisions");
  const pdfMinutes = printed ? splitPrintedMinutes(printed.blocks, items) : new Map<number, TextBlock[]>();
  const out = new Map<number, string>();
  for (const item of items) {
    const html = unlabelledRecommendation(item.title, tidyMinute(item.minutesText?.trim() ?? ""));
    const pdf = pdfMinutes
      .get(item.position)
      ?.map((b) => ("text" in b ? ({ ...b, text: tidyMinute(b.text) } as TextBlock) : b));
    const pdfText = pdf ? pdf.map(blockText).join("\n") : "";
    const truncated = /(\u2026|\.\.\.)$/.test(html);
    const usePdf = printed && pdf && pdf.length > 0 && (!html || truncated || pdfText.length > html.length * 1.1);
    if (usePdf) {
      byItem.get(item.position)!.push({
        origin: "minutes",
        title: printed.doc.title,
        blocks: pdf,
        documentId: printed.doc.id,
        url: printed.doc.url,
      });
      out.set(item.position, pdfText);
    } else if (html) {
      byItem.get(item.position)!.push({
        origin: "minutes",
        title: "Minutes",
        blocks: readHtmlBlocks(html),
        documentId: null,
        url: input.meeting.officialUrl,
      });
      out.set(item.position, html);
    }
  }
  return out;
}

/**
 * An older Part I item ("RECOMMENDATION 1 - Admissions to County Schools") whose page printed the recommendation without
 * its "Resolved to RECOMMEND:" label ("That offers of admission to schools be made as follows: …"): the label, so the
 * recommendation is read as the item's decision. Any other minute is returned as it is.
 */
function unlabelledRecommendation(title: string, minute: string): string {
  if (!/^RECOMMENDATION\s+[\dIVX]+\s*[:\u2013-]/i.test(title.trim())) return minute;
  if (/\b(?:RESOLVED|Resolved to RECOMMEND|DECISION|AGREED)\b/.test(minute)) return minute;
  return /^That\b[^\n]*\bbe\b/.test(minute.trim()) ? `Resolved to RECOMMEND:\n\n${minute.trim()}` : minute;
}

/**
 * The words of a meeting's minutes as a reader of them counts: each item's minute (and decision) as the meeting page
 * prints it, and the printed minutes' text only for an item whose page minute is missing or cut short ("…"). The text
 * the engine reads from the printed minutes can run an item into the next when a heading is lost in the PDF's lines
 * ("… Councillor Imran Haq 142. Right of Members to Speak RESOLVED: …"), so counting it would count that minute twice;
 * the long minutes' ceiling is measured on these words (docs/summaries.md#standing-lines-stop-37-round-two).
 */
export function minuteWordsRead(items: SummaryItem[], minutesByItem: Map<number, string>): number {
  return items.reduce((n, item) => {
    const page = item.minutesText?.trim() ?? "";
    const read = minutesByItem.get(item.position);
    if (!page || /(\u2026|\.\.\.)$/.test(page)) return n + (read ? countWords(read) : 0);
    return n + countWords(page) + countWords(item.decisionText ?? "");
  }, 0);
}
