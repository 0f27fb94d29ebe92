// Downloads a meeting's public papers with conditional requests, extracts their text, and updates each row in
// place. Restricted papers are never requested. A failure is recorded against the document and the run goes on;
// previously extracted text is kept when a later download fails.
import type { PrismaClient } from "@/lib/db";
import { FetchError, type HttpClient } from "@/lib/moderngov/http-client";
import { stripControlChars } from "@/lib/moderngov/text";
import { extractPdfText, PdfTextError } from "./extract-pdf-text";
import type { RunRecorder } from "./run-record";

export type DocumentOutcome = "fetched" | "updated" | "unchanged" | "failed" | "skipped";

export async function fetchMeetingDocuments(
  prisma: PrismaClient,
  http: HttpClient,
  run: RunRecorder,
  meetingId: number,
  onDocument: (outcome: DocumentOutcome, title: string) => void = () => {},
): Promise<{ changed: boolean }> {
  const documents = await prisma.document.findMany({ where: { meetingId }, orderBy: { id: "asc" } });
  let changed = false;
  for (const doc of documents) {
    const outcome = await fetchDocument(prisma, http, run, doc);
    if (outcome === "fetched" || outcome === "updated") changed = true;
    run.counters.documents[outcome]++;
    onDocument(outcome, doc.title);
  }
  return { changed };
}

type DocumentRow = Awaited<ReturnType<PrismaClient["document"]["findMany"]>>[number];

async function fetchDocument(prisma: PrismaClient, http: HttpClient, run: RunRecorder, doc: DocumentRow): Promise<DocumentOutcome> {
  if (doc.isRestricted || doc.isExternal || !doc.url) return "skipped";
  const now = new Date();
  const hadContent = doc.contentHash !== null;
  let result;
  try {
    result = await http.fetchResource(doc.url, {
      expect: "pdf",
      // Only revalidate what we hold: a failed earlier download must be fetched in full.
      validators: hadContent ? { etag: doc.etag, lastModified: doc.lastModified } : undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.document.update({ where: { id: doc.id }, data: { fetchStatus: "failed", fetchError: message, fetchedAt: now } });
    const robots = error instanceof FetchError && error.kind === "robots";
    if (robots) run.counters.robotsDenied++;
    await run.error({ url: doc.url, scope: robots ? "robots" : "document", kind: error instanceof FetchError ? `fetch:${error.kind}` : "fetch", message, meetingId: doc.meetingId, documentId: doc.id });
    return "failed";
  }
  // Unchanged since we stored it; a PDF that could not be read stays marked with the error from its download.
  if (result.status === "not-modified") return "unchanged";
  if (hadContent && result.sha256 === doc.contentHash) {
    if (result.etag !== doc.etag || result.lastModified !== doc.lastModified) {
      await prisma.document.update({ where: { id: doc.id }, data: { etag: result.etag, lastModified: result.lastModified } });
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
    run.counters.pdfExtractMs += performance.now() - extractStarted;
    run.counters.pdfBytesExtracted += result.body.length;
    await prisma.document.update({
      where: { id: doc.id },
      data: { ...base, text: stripControlChars(pdf.text), pageCount: pdf.pageCount, fetchStatus: "fetched", fetchError: null },
    });
    return hadContent ? "updated" : "fetched";
  } catch (error) {
    const problem = error instanceof PdfTextError ? error : new PdfTextError("unreadable", String(error));
    await prisma.document.update({
      where: { id: doc.id },
      data: { ...base, pageCount: problem.pageCount ?? doc.pageCount, fetchStatus: "failed", fetchError: problem.message },
    });
    await run.error({ url: doc.url, scope: "document", kind: `pdf:${problem.problem}`, message: problem.message, meetingId: doc.meetingId, documentId: doc.id });
    return "failed";
  }
}
