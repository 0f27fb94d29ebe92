// Bookkeeping for one scrape run: counters, errors recorded against a meeting or document, and the final status.
import type { PrismaClient } from "@/lib/db";
import type { RunStatus } from "@/lib/generated/prisma/client";
import { FetchError } from "@/lib/moderngov/http/http-client";
import { describeError, errorKind } from "./errors";

export interface Tally {
  fetched: number;
  unchanged: number;
  updated: number;
  failed: number;
}

export interface RunCounters {
  /** the required pages: committee list, meetings lists, meeting pages (they decide the run's verdict) */
  pages: Tally;
  /** optional pages: committee details, member profiles, attendance (reported apart; never fail the run) */
  optionalPages: Tally;
  /** URLs robots.txt kept us from requesting (never requested, never a failure) */
  robotsDenied: number;
  /** committees whose meetings list could not be read in full (a paging page failed): nothing marked missing */
  incompleteCommittees: { committeeId: number; url: string }[];
  documents: Tally & { skipped: number };
  meetings: { seen: number; missing: number };
  committees: number;
  requests: number;
  bytesDownloaded: number;
  pdfBytesExtracted: number;
  /** time spent inside pdf-parse, for the extraction-throughput figure */
  pdfExtractMs: number;
}

export function emptyCounters(): RunCounters {
  const tally = () => ({ fetched: 0, unchanged: 0, updated: 0, failed: 0 });
  return {
    pages: tally(),
    optionalPages: tally(),
    robotsDenied: 0,
    incompleteCommittees: [],
    documents: { ...tally(), skipped: 0 },
    meetings: { seen: 0, missing: 0 },
    committees: 0,
    requests: 0,
    bytesDownloaded: 0,
    pdfBytesExtracted: 0,
    pdfExtractMs: 0,
  };
}

/**
 * What a failure weighs: a required page or a document makes the run "partial"; an optional page or a URL
 * robots.txt disallows is recorded and reported apart and leaves the verdict alone.
 */
export type ErrorScope = "required" | "document" | "optional" | "robots";

export interface RecordedError {
  url: string;
  scope: ErrorScope;
  kind: string;
  message: string;
  meetingId?: number | null;
  documentId?: number | null;
}

export class RunRecorder {
  readonly counters = emptyCounters();
  readonly errors: RecordedError[] = [];
  private readonly failedPages = new Set<string>();

  constructor(
    private readonly prisma: PrismaClient,
    readonly runId: number,
  ) {}

  static async start(
    prisma: PrismaClient,
    councilId: number,
    window: { from: Date; to: Date },
    options: Record<string, unknown>,
  ): Promise<RunRecorder> {
    // A run still marked "running" was killed mid-way: say so, its work is picked up by this one.
    await prisma.scrapeRun.updateMany({
      where: { councilId, status: "running" },
      data: {
        status: "failed",
        failureReason: "Interrupted before it finished; a later run resumed the work.",
        finishedAt: new Date(),
      },
    });
    const run = await prisma.scrapeRun.create({
      data: { councilId, windowFrom: window.from, windowTo: window.to, options: options as object },
    });
    return new RunRecorder(prisma, run.id);
  }

  async error(error: RecordedError): Promise<void> {
    this.errors.push(error);
    await this.prisma.scrapeError.create({
      data: {
        runId: this.runId,
        url: error.url,
        kind: error.kind,
        scope: error.scope,
        message: error.message.slice(0, 2000),
        meetingId: error.meetingId ?? null,
        documentId: error.documentId ?? null,
      },
    });
  }

  /**
   * A page that could not be read: counted by its weight (robots.txt refusals apart from failures) and recorded
   * against the URL that failed.
   */
  async pageFailed(
    url: string,
    error: unknown,
    role: "required" | "optional",
    meetingId: number | null = null,
  ): Promise<void> {
    // A page several meetings link to (a member's profile) fails once per run, not once per link.
    if (this.failedPages.has(url)) return;
    this.failedPages.add(url);
    const scope: ErrorScope = error instanceof FetchError && error.kind === "robots" ? "robots" : role;
    if (scope === "robots") this.counters.robotsDenied++;
    else if (scope === "optional") this.counters.optionalPages.failed++;
    else this.counters.pages.failed++;
    await this.error({ url, scope, kind: errorKind(error), message: describeError(error), meetingId });
  }

  /** Whether anything that decides the verdict failed (a required page or a document). */
  hasRequiredErrors(): boolean {
    return this.errors.some((e) => e.scope === "required" || e.scope === "document");
  }

  async saveCounters(): Promise<void> {
    await this.prisma.scrapeRun.update({ where: { id: this.runId }, data: { counters: this.counters as object } });
  }

  async finish(failureReason: string | null): Promise<Exclude<RunStatus, "running">> {
    const status: Exclude<RunStatus, "running"> = failureReason
      ? "failed"
      : this.hasRequiredErrors()
        ? "partial"
        : "succeeded";
    await this.prisma.scrapeRun.update({
      where: { id: this.runId },
      data: { status, failureReason, finishedAt: new Date(), counters: this.counters as object },
    });
    return status;
  }
}
