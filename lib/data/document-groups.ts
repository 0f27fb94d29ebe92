// The meeting page's "Meeting Documents" block, grouped as the published summaries group them.
import type { DocumentKind } from "@/lib/generated/prisma/client";
import { safeExternalUrl } from "./safe-url";

export interface DocumentView {
  title: string;
  /** The official file; null for restricted (exempt) papers, which are listed but never linked. */
  url: string | null;
  isRestricted: boolean;
  /** on another host than the council's: linked as external, never fetched by us */
  isExternal: boolean;
  /** ISO instant the paper left the council's page (withdrawn), or null */
  withdrawnAt: string | null;
  sizeBytes: number | null;
  pageCount: number | null;
}

export interface DocumentGroup {
  label: "Agenda" | "Reports Pack" | "Minutes" | "Additional Documents";
  documents: DocumentView[];
}

const GROUP_OF: Record<DocumentKind, DocumentGroup["label"]> = {
  agenda_frontsheet: "Agenda",
  public_reports_pack: "Reports Pack",
  printed_minutes: "Minutes",
  printed_decisions: "Minutes",
  supplement: "Additional Documents",
  item_report: "Additional Documents",
  additional_document: "Additional Documents",
  other: "Additional Documents",
};

const ORDER: DocumentGroup["label"][] = ["Agenda", "Reports Pack", "Minutes", "Additional Documents"];

export interface DocumentRow {
  title: string;
  url: string | null;
  kind: DocumentKind;
  isRestricted: boolean;
  isExternal: boolean;
  withdrawnAt: Date | null;
  sizeBytes: number | null;
  pageCount: number | null;
}

export function toDocumentView(row: DocumentRow): DocumentView {
  return {
    title: row.title,
    url: row.isRestricted ? null : safeExternalUrl(row.url),
    isRestricted: row.isRestricted,
    isExternal: row.isExternal,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    sizeBytes: row.sizeBytes,
    pageCount: row.pageCount,
  };
}

/** Non-empty groups in reading order; documents keep the order the council lists them in. */
export function groupDocuments(rows: DocumentRow[]): DocumentGroup[] {
  return ORDER.map((label) => ({
    label,
    documents: rows.filter((row) => GROUP_OF[row.kind] === label).map(toDocumentView),
  })).filter((group) => group.documents.length > 0);
}
