import type { TextBlock } from "../text/blocks";

// A public reports pack is the frontsheet followed by every item's papers. ModernGov stamps the first page of an
// item's papers "Agenda Item N" / "Pages a - b"; each Harrow report opens with a cover ("REPORT FOR: ...",
// "Subject: ..."). The stamps split the pack per item; covers split it per report when stamps are missing.

export interface PackPart {
  /** Agenda number from the stamp ("7"), null when split by cover only. */
  agendaNumber: string | null;
  /** The cover's Subject, else the first heading. */
  title: string | null;
  blocks: TextBlock[];
}

export interface SplitPack {
  frontsheet: TextBlock[];
  parts: PackPart[];
}

const AGENDA_ITEM = /^Agenda Item\s+(\S+)$/i;

export function splitReportsPack(blocks: TextBlock[]): SplitPack {
  const stamped = blocks.some((b) => b.kind === "marker" && AGENDA_ITEM.test(b.text));
  const isStart = (b: TextBlock): boolean =>
    stamped ? b.kind === "marker" && AGENDA_ITEM.test(b.text) : b.kind === "field" && /^REPORT FOR$/i.test(b.label);
  const starts = blocks.flatMap((b, i) => (isStart(b) ? [i] : []));
  if (starts.length === 0) return { frontsheet: blocks, parts: [] };
  const parts = starts.map((start, n) => {
    const slice = blocks.slice(start, starts[n + 1] ?? blocks.length);
    const marker = slice[0]!;
    const agendaNumber = marker.kind === "marker" ? (AGENDA_ITEM.exec(marker.text)?.[1] ?? null) : null;
    return { agendaNumber, title: readTitle(slice), blocks: slice.filter((b) => b.kind !== "marker") };
  });
  return { frontsheet: blocks.slice(0, starts[0]), parts };
}

function readTitle(blocks: TextBlock[]): string | null {
  for (const b of blocks) if (b.kind === "field" && /^subject$/i.test(b.label) && b.value) return b.value;
  for (const b of blocks) if (b.kind === "heading") return b.text;
  return null;
}

export interface FrontsheetEntry {
  number: string;
  title: string;
}

/** "7. Children Missing from Care (Pages 13 - 20)": agenda numbers and titles from the frontsheet. */
export function readFrontsheet(blocks: TextBlock[]): FrontsheetEntry[] {
  const out: FrontsheetEntry[] = [];
  for (const b of blocks) {
    const text = b.kind === "bullet" ? `${b.label} ${b.text}` : b.kind === "heading" || b.kind === "para" ? b.text : "";
    const m = /^(\d+[a-z]?|\d+\/\d+)[.)]?\s+(.+?)(?:\s*\(Pages?\s*\d+\s*[-\u2013]\s*\d+\))?$/.exec(text);
    if (m && text.length < 200) out.push({ number: m[1]!, title: m[2]!.trim() });
  }
  return out;
}
