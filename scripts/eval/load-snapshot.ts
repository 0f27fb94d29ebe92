import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractPdfText, PdfTextError } from "@/lib/ingest/extract-pdf-text";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import type { MeetingDocument, MeetingPage } from "@/lib/moderngov/parse/types";
import { toDocumentKind } from "@/lib/ingest/document-kinds";
import { loadSnapshotIndex, type SnapshotIndex } from "@/lib/replay/server-manifest";
import { snapshotDirFor } from "@/lib/replay/snapshot-dir";
import type { SummaryDocument, SummaryInput } from "@/lib/summarize/types";

// Builds SummaryInputs straight from the offline snapshot, with no database: the meeting page through the real
// parser, every linked PDF through the real text extractor, so the evaluation exercises what ingest would store.

export const DEFAULT_SNAPSHOT_DIR = snapshotDirFor("harrow");

export function hasSnapshot(dir = DEFAULT_SNAPSHOT_DIR): boolean {
  return existsSync(path.join(dir, "manifest.json"));
}

export interface SnapshotMeeting {
  meetingId: number;
  input: SummaryInput;
}

/** Loads the meetings whose ids are given (all meeting pages when `meetingIds` is omitted). */
export async function loadSnapshotMeetings(
  dir = DEFAULT_SNAPSHOT_DIR,
  meetingIds?: number[],
): Promise<SnapshotMeeting[]> {
  const index = await loadSnapshotIndex(dir);
  const base = index.manifest.council.baseUrl.replace(/\/$/, "");
  const now = index.manifest.generatedFor
    ? new Date(`${index.manifest.generatedFor}T00:00:00Z`).toISOString()
    : "2026-11-26T00:00:00.000Z";
  const seenFiles = new Set<string>();
  const out: SnapshotMeeting[] = [];
  for (const entry of index.manifest.entries) {
    if (!/^\/ieListDocuments\.aspx/i.test(entry.url) || seenFiles.has(entry.file)) continue;
    seenFiles.add(entry.file);
    const page = parseMeetingPage(await readFile(path.join(dir, entry.file), "utf8"), `${base}${entry.url}`);
    if (meetingIds && !meetingIds.includes(page.meetingId)) continue;
    out.push({ meetingId: page.meetingId, input: await toSummaryInput(page, index, now) });
  }
  return out.sort((a, b) => a.meetingId - b.meetingId);
}

async function toSummaryInput(page: MeetingPage, index: SnapshotIndex, now: string): Promise<SummaryInput> {
  const documents: SummaryDocument[] = [];
  const idOf = new Map<string, number>();
  let synthetic = 1_000_000_000;
  const addDocument = async (doc: MeetingDocument): Promise<number> => {
    const key = doc.url ?? `${doc.kind}:${doc.title}`;
    const known = idOf.get(key);
    if (known !== undefined) return known;
    const id = doc.attachmentId ?? synthetic++;
    idOf.set(key, id);
    documents.push({
      id,
      title: doc.title,
      kind: toDocumentKind(doc.kind),
      url: doc.url,
      isRestricted: doc.restricted,
      ...(await readDocumentText(doc, index)),
    });
    return id;
  };
  for (const doc of page.documents) await addDocument(doc);
  const items: SummaryInput["items"] = [];
  for (const item of page.items) {
    if (item.isHeading) continue;
    const documentIds: number[] = [];
    for (const doc of item.documents) documentIds.push(await addDocument(doc));
    items.push({
      position: item.order,
      number: item.number,
      title: item.title,
      description: item.description,
      minutesText: item.minutes,
      decisionText: item.decision,
      documentIds,
    });
  }
  return {
    meeting: {
      title: page.title,
      committeeName: page.committeeName ?? "",
      startsAt: page.startsAt ?? `${page.date ?? "1970-01-01"}T00:00:00Z`,
      status: page.status,
      isSpecial: /\(special|special meeting/i.test(page.title),
      officialUrl: page.url,
      webcastUrl: page.webcastUrl,
    },
    items,
    documents,
    now,
  };
}

async function readDocumentText(
  doc: MeetingDocument,
  index: SnapshotIndex,
): Promise<Pick<SummaryDocument, "text" | "pageCount" | "fetchError" | "tables">> {
  if (doc.restricted || !doc.url)
    return { text: null, pageCount: null, fetchError: doc.restricted ? "restricted" : "no link" };
  const url = new URL(doc.url);
  const entry = index.findEntry(`${url.pathname}${url.search}`);
  if (!entry) return { text: null, pageCount: null, fetchError: "not in the snapshot (404)" };
  const bytes = await readFile(path.join(index.dir, entry.file));
  try {
    const { text, pageCount, tables } = await extractPdfText(new Uint8Array(bytes));
    return { text, pageCount, fetchError: null, tables };
  } catch (error) {
    if (error instanceof PdfTextError)
      return { text: null, pageCount: error.pageCount, fetchError: `${error.problem}: ${error.message}` };
    throw error;
  }
}
