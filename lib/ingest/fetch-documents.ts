// Downloads a meeting's public papers with conditional requests, extracts their text, and updates each row in
// place. Restricted papers are never requested. A failure is recorded against the document and the run goes on;
// previously extracted text is kept when a later download fails.
import type { PrismaClient } from "@/lib/db";
import { toJson } from "@/lib/db/json";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FetchError, type HttpClient } from "@/lib/moderngov/http/http-client";
import { stripControlChars } from "@/lib/moderngov/parse/text";
import { extractPdfText, PdfTextError } from "./extract-pdf-text";
import { isDocPackChooser, parseDocPackPage } from "@/lib/moderngov/parse/parse-doc-pack";
import { toDocumentKind } from "./document-kinds";
import type { RunRecorder } from "./run-record";
import { changedAt, compareTexts } from "@/lib/document-diff";

export type DocumentOutcome = "fetched" | "updated" | "unchanged" | "failed" | "skipped";

export async function fetchMeetingDocuments(
  prisma: PrismaClient,
  http: HttpClient,
  run: RunRecorder,
  meetingId: number,
  onDocument: (outcome: DocumentOutcome, title: string) => void = () => {},
): Promise<{ changed: boolean }> {
  const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { pageHash: true } });
  let changed = false;
  // Pack choosers first: the PDFs they list become documents of their own, fetched below with the rest.
  const choosers = await prisma.document.findMany({
    where: {
      meetingId,
      withdrawnAt: null,
      isRestricted: false,
      isExternal: false,
      url: { contains: "mgChooseDocPack.aspx", mode: "insensitive" },
    },
    orderBy: { id: "asc" },
  });
  for (const chooser of choosers) {
    const outcome = await expandDocPack(prisma, http, run, chooser);
    if (outcome === "fetched" || outcome === "updated") changed = true;
    run.counters.documents[outcome]++;
    onDocument(outcome, chooser.title);
  }
  const documents = await prisma.document.findMany({ where: { meetingId, withdrawnAt: null }, orderBy: { id: "asc" } });
  for (const doc of documents) {
    if (isDocPackChooser(doc.url)) continue;
    const outcome = await fetchDocument(prisma, http, run, doc, meeting.pageHash);
    if (outcome === "fetched" || outcome === "updated") changed = true;
    run.counters.documents[outcome]++;
    onDocument(outcome, doc.title);
  }
  return { changed };
}

type DocumentRow = Awaited<ReturnType<PrismaClient["document"]["findMany"]>>[number];

async function fetchDocument(
  prisma: PrismaClient,
  http: HttpClient,
  run: RunRecorder,
  doc: DocumentRow,
  pageHash: string | null,
): Promise<DocumentOutcome> {
  if (doc.isRestricted || doc.isExternal || !doc.url) return "skipped";
  // It answered an HTML page instead of a PDF, and the meeting page has not changed since: not asked again.
  if (doc.notPdfPageHash !== null && doc.notPdfPageHash === pageHash) return "skipped";
  const now = new Date();
  const hadContent = doc.contentHash !== null;
  // Text stored before tables were recovered (tables still null): read the PDF again, once, for its tables.
  const needsTables = doc.text !== null && doc.tables === null;
  let result;
  try {
    result = await http.fetchResource(doc.url, {
      expect: "pdf",
      // Only revalidate what we hold: a failed earlier download must be fetched in full.
      validators: hadContent && !needsTables ? { etag: doc.etag, lastModified: doc.lastModified } : undefined,
    });
  } catch (error) {
    const notPdf = error instanceof FetchError && error.kind === "content-type";
    const message = notPdf
      ? `Not a PDF: ${(error as Error).message}`
      : error instanceof Error
        ? error.message
        : String(error);
    await prisma.document.update({
      where: { id: doc.id },
      data: { fetchStatus: "failed", fetchError: message, fetchedAt: now, notPdfPageHash: notPdf ? pageHash : null },
    });
    const robots = error instanceof FetchError && error.kind === "robots";
    if (robots) run.counters.robotsDenied++;
    await run.error({
      url: doc.url,
      scope: robots ? "robots" : "document",
      kind: notPdf ? "fetch:not-pdf" : error instanceof FetchError ? `fetch:${error.kind}` : "fetch",
      message,
      meetingId: doc.meetingId,
      documentId: doc.id,
    });
    return "failed";
  }
  // Unchanged since we stored it; a PDF that could not be read stays marked with the error from its download.
  if (result.status === "not-modified") return "unchanged";
  if (hadContent && result.sha256 === doc.contentHash && !needsTables) {
    if (result.etag !== doc.etag || result.lastModified !== doc.lastModified) {
      await prisma.document.update({
        where: { id: doc.id },
        data: { etag: result.etag, lastModified: result.lastModified },
      });
    }
    return "unchanged";
  }
  const base = {
    contentHash: result.sha256,
    sizeBytes: result.body.length,
    etag: result.etag,
    lastModified: result.lastModified,
    fetchedAt: now,
  };
  const extractStarted = performance.now();
  try {
    const pdf = await extractPdfText(result.body);
    // The reading itself: PDFs are read one at a time, so the wait for the PDF thread is not counted.
    run.counters.pdfExtractMs += pdf.readMs ?? performance.now() - extractStarted;
    run.counters.pdfBytesExtracted += result.body.length;
    const text = stripControlChars(pdf.text);
    // Re-read only for its tables (same bytes): not a new version.
    await prisma.document.update({
      where: { id: doc.id },
      data: {
        ...base,
        text,
        pageCount: pdf.pageCount,
        tables: toJson(pdf.tables),
        fetchStatus: "fetched",
        fetchError: null,
        ...(result.sha256 === doc.contentHash ? {} : keepPreviousVersion(doc, now)),
      },
    });
    await recordVersionChange(prisma, doc, result.sha256, text, result.lastModified, now);
    return hadContent ? "updated" : "fetched";
  } catch (error) {
    const problem = error instanceof PdfTextError ? error : new PdfTextError("unreadable", String(error));
    await prisma.document.update({
      where: { id: doc.id },
      data: {
        ...base,
        pageCount: problem.pageCount ?? doc.pageCount,
        fetchStatus: "failed",
        fetchError: problem.message,
        ...keepPreviousVersion(doc, now),
      },
    });
    await run.error({
      url: doc.url,
      scope: "document",
      kind: `pdf:${problem.problem}`,
      message: problem.message,
      meetingId: doc.meetingId,
      documentId: doc.id,
    });
    return "failed";
  }
}

/**
 * A pack chooser (mgChooseDocPack.aspx): read the HTML page and store each PDF it lists as a document of the same
 * meeting, item and kind, to be downloaded like any other. The chooser row itself keeps the page's validators.
 */
async function expandDocPack(
  prisma: PrismaClient,
  http: HttpClient,
  run: RunRecorder,
  chooser: DocumentRow,
): Promise<DocumentOutcome> {
  const url = chooser.url!;
  const now = new Date();
  /** The chooser could not be read or parsed: recorded against it and the run, the scrape goes on. */
  const failed = async (kind: string, error: unknown): Promise<DocumentOutcome> => {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.document.update({
      where: { id: chooser.id },
      data: { fetchStatus: "failed", fetchError: message, fetchedAt: now },
    });
    await run.error({ url, scope: "document", kind, message, meetingId: chooser.meetingId, documentId: chooser.id });
    return "failed";
  };
  let result;
  try {
    result = await http.fetchResource(url, {
      expect: "html",
      validators: chooser.contentHash ? { etag: chooser.etag, lastModified: chooser.lastModified } : undefined,
    });
  } catch (error) {
    return failed(error instanceof FetchError ? `fetch:${error.kind}` : "fetch", error);
  }
  if (result.status === "not-modified" || result.sha256 === chooser.contentHash) return "unchanged";
  let pdfs;
  try {
    pdfs = parseDocPackPage(stripControlChars(result.body.toString("utf8")), url);
    if (pdfs.length === 0) throw new Error(`${url} lists no PDF`);
  } catch (error) {
    return failed("parse:doc-pack", error);
  }
  for (const pdf of pdfs) {
    const data = {
      agendaItemId: chooser.agendaItemId,
      url: pdf.url,
      title: pdf.title && pdf.title !== chooser.title ? `${chooser.title}: ${pdf.title}` : chooser.title,
      kind: pdf.packType === 1 ? toDocumentKind("printed-minutes") : chooser.kind,
      isRestricted: false,
      isExternal: chooser.isExternal,
      withdrawnAt: null,
    };
    await prisma.document.upsert({
      where: { meetingId_sourceKey: { meetingId: chooser.meetingId, sourceKey: packSourceKey(chooser.id, pdf.url!) } },
      create: {
        councilId: chooser.councilId,
        meetingId: chooser.meetingId,
        sourceKey: packSourceKey(chooser.id, pdf.url!),
        ...data,
        sizeBytes: pdf.sizeBytes,
        fetchStatus: "pending",
      },
      update: data,
    });
  }
  await prisma.document.update({
    where: { id: chooser.id },
    data: {
      contentHash: result.sha256,
      etag: result.etag,
      lastModified: result.lastModified,
      fetchedAt: now,
      fetchStatus: "fetched",
      fetchError: null,
      text: null,
    },
  });
  return chooser.contentHash ? "updated" : "fetched";
}

/** A PDF found through a pack chooser: "pack:{chooser id}:{url}", so it follows its chooser (withdrawn with it). */
export function packSourceKey(chooserId: number, url: string): string {
  return `pack:${chooserId}:${url}`;
}

/** When a document's bytes change, the version it replaces (hash, text, dates) is kept in previousVersions. */
function keepPreviousVersion(doc: DocumentRow, now: Date): { previousVersions?: Prisma.InputJsonValue } {
  if (doc.contentHash === null) return {};
  const earlier = Array.isArray(doc.previousVersions) ? doc.previousVersions : [];
  const previous = {
    contentHash: doc.contentHash,
    text: doc.text,
    pageCount: doc.pageCount,
    sizeBytes: doc.sizeBytes,
    lastModified: doc.lastModified,
    fetchedAt: doc.fetchedAt?.toISOString() ?? null,
    replacedAt: now.toISOString(),
  };
  return { previousVersions: toJson([...earlier, previous]) };
}

/**
 * What changed, for the meeting page (issue 15, part 4): new bytes of a paper we had read are a revision, with the
 * pages whose words differ and a short diff (nothing when only the bytes changed); the first bytes of a paper added
 * after the meeting was first stored date its "added" change by the file's Last-Modified.
 */
async function recordVersionChange(
  prisma: PrismaClient,
  doc: DocumentRow,
  sha256: string,
  text: string,
  lastModified: string | null,
  now: Date,
): Promise<void> {
  if (doc.contentHash === null) {
    const added = await prisma.documentChange.findFirst({
      where: { documentId: doc.id, kind: "added" },
      orderBy: { id: "desc" },
    });
    if (added)
      await prisma.documentChange.update({
        where: { id: added.id },
        data: { at: changedAt(lastModified, added.detectedAt) },
      });
    return;
  }
  if (sha256 === doc.contentHash || doc.text === null) return;
  const change = compareTexts(doc.text, text);
  if (!change) return;
  await prisma.documentChange.create({
    data: {
      meetingId: doc.meetingId,
      documentId: doc.id,
      kind: "revised",
      at: changedAt(lastModified, now),
      detectedAt: now,
      title: doc.title,
      pages: change.pages,
      diff: change.diff as unknown as Prisma.InputJsonValue,
    },
  });
}
