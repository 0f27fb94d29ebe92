import type { AttachedDoc, Item, Meeting } from "./types";

// Small rules shared by the HTML, XML and PDF renderers, so all three agree on numbering and on what is exempt.

export function isPlanning(m: Meeting): boolean {
  return m.cid === 1001;
}

/** Number shown for an item: minute numbers once minutes exist, agenda numbers before, "" for headings. */
export function displayNumber(m: Meeting, item: Item): string {
  if (item.heading || !item.number) return "";
  if (item.number.includes("/")) return item.number; // planning application numbers stay as 2/01
  if (m.minutesPublished && item.minuteNumber !== undefined) return `${item.minuteNumber}.`;
  return `${item.number}.`;
}

/** Exempt papers (Schedule 12A) are listed but never published. */
export function isRestricted(item: Item, doc: AttachedDoc): boolean {
  return Boolean(item.restricted) || doc.source.kind === "restricted";
}

/** The item's documents in page order: main report first, then additional documents. */
export function itemDocs(item: Item): AttachedDoc[] {
  return [...(item.report ? [item.report] : []), ...(item.additional ?? [])];
}

/** Whether a meeting has any published papers at all. */
export function hasPapers(m: Meeting): boolean {
  return Boolean(m.agendaPublished) && m.status !== "Cancelled" && m.items.length > 0;
}
