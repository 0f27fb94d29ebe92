// PDF text through pdf-parse (pdf.js), read in a worker thread (pdf-worker.mjs → pdf-read.ts) so the scraper's own
// thread never holds pdf.js or a document's pages. The thread has a heap cap: a PDF that needs more (a huge pack, a
// compressed "bomb") stops the thread, not the scraper, and becomes a "too large to read" error for that document
// only; the next document gets a fresh thread. One PDF is read at a time, whatever the scrape's concurrency, and a
// read that runs past its time limit is stopped the same way. Pages are joined with form feeds so summaries can
// cite page numbers. With PDF_READER_THREADS=2 a long PDF is read by two threads at once (pdf-read.ts, PageClaims).
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { getEnv } from "../env";
import type { PdfWorkerReply, PdfWorkerRequest } from "./pdf-worker-main";
import { PdfTextError, joinParts, newPageClaims, type PdfProblem, type PdfText } from "./pdf-text";

export { PdfTextError, type PdfProblem, type PdfText };

export interface PdfReaderOptions {
  /** Heap cap of the PDF thread (V8's old generation), in MB. Default PDF_READER_MAX_HEAP_MB or 192. */
  maxHeapMb?: number;
  /**
   * Cap of the thread's young generation (where V8 allocates first), in MB. Default PDF_READER_MAX_YOUNG_MB or 16:
   * V8's own default let the thread take about 18 MB more resident memory on a 600-page pack for about 5% less CPU.
   */
  maxYoungMb?: number;
  /** Time allowed for one PDF, in ms. Default PDF_READER_TIMEOUT_MS or 120,000. */
  timeoutMs?: number;
  /** The thread is stopped after this long without work, to give its memory back. Default 10,000 ms. */
  idleMs?: number;
  /**
   * 1 or 2 threads for a long PDF (never more than the cores). Default PDF_READER_THREADS or 1: a second thread
   * cuts the wall time of a long pack by a quarter only while the second core is free, for ~25% more CPU and a
   * second pdf.js (~45–55 MB while it lives); see docs/benchmarks.md#pdf-reading.
   */
  threads?: number;
  /** A PDF of this many pages or more is read by both threads. Default PDF_READER_SPLIT_PAGES or 40. */
  splitPages?: number;
  /**
   * pdf.js's caches are let go when a thread's heap passes this share of its cap (at most every 50 pages); 0: every
   * 50 pages, as before. Default 0.4 (pdf-read.ts, CLEANUP_HEAP_SHARE).
   */
  cleanupHeapShare?: number;
  /**
   * Load pdf.js with the one change of pdfjs-patch.mjs (the glyph position maths without intermediate arrays, same
   * output). Default PDF_READER_PATCH_PDFJS (on).
   */
  patchPdfjs?: boolean;
}

/** What a PDF thread is started with (pdf-worker.mjs reads it before anything else loads). */
export interface PdfThreadData {
  patchPdfjs: boolean;
}

/** One worker thread that reads PDFs; stopped after a while without work, started again when needed. */
class ReaderThread {
  private worker: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number },
    private readonly idleMs: number,
    private readonly patchPdfjs: boolean,
  ) {}

  start(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.worker) {
      this.worker.ref();
      return this.worker;
    }
    // Found at run time beside this file, in a way Next's bundler does not follow (it would bundle the thread's
    // entry, and the TypeScript loader with it, into the web server, which never reads PDFs).
    const entry = fileURLToPath(import.meta.url).replace(/extract-pdf-text\.[cm]?[jt]s$/, "pdf-worker.mjs");
    // execArgv [] so the thread does not inherit the TypeScript loader (pdf-worker.mjs registers it after pdf.js).
    const worker = new Worker(entry, {
      execArgv: [],
      resourceLimits: this.resourceLimits,
      stderr: true,
      workerData: { patchPdfjs: this.patchPdfjs } satisfies PdfThreadData,
    });
    // pdf.js may print warnings about a damaged file; they are not the scraper's output.
    worker.stderr.resume();
    // Always listened to, so a thread that fails between two PDFs is simply replaced (an 'error' event nobody
    // listens to would throw in the scraper's thread).
    const forget = () => {
      if (this.worker === worker) this.worker = null;
    };
    worker.on("error", forget);
    worker.on("exit", forget);
    this.worker = worker;
    return worker;
  }

  /** Kept for the next document, and stopped after idleMs without one. */
  rest(): void {
    if (!this.worker) return;
    this.worker.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stop(), this.idleMs);
    this.idleTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/**
 * Reads PDFs one at a time in a worker thread of its own; with `threads: 2`, a PDF of splitPages pages or more is
 * read by two threads at once, each opening the document and taking the next pages from a shared counter.
 */
export class PdfReader {
  readonly maxHeapMb: number;
  readonly maxYoungMb: number;
  readonly timeoutMs: number;
  readonly idleMs: number;
  readonly threads: number;
  readonly splitPages: number;
  readonly cleanupHeapShare: number;
  readonly patchPdfjs: boolean;
  private readonly pool: ReaderThread[];
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(options: PdfReaderOptions = {}) {
    const env = getEnv();
    this.maxHeapMb = options.maxHeapMb ?? env.PDF_READER_MAX_HEAP_MB;
    this.maxYoungMb = options.maxYoungMb ?? env.PDF_READER_MAX_YOUNG_MB;
    this.timeoutMs = options.timeoutMs ?? env.PDF_READER_TIMEOUT_MS;
    this.idleMs = options.idleMs ?? 10_000;
    // Capped by the cores: on one core a second thread is only more CPU and memory.
    const asked = Math.floor(options.threads ?? env.PDF_READER_THREADS);
    this.threads = Math.max(1, Math.min(2, asked, os.availableParallelism()));
    this.splitPages = options.splitPages ?? env.PDF_READER_SPLIT_PAGES;
    this.patchPdfjs = options.patchPdfjs ?? env.PDF_READER_PATCH_PDFJS;
    this.cleanupHeapShare = options.cleanupHeapShare ?? 0.4;
    const limits = { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: this.maxYoungMb };
    this.pool = Array.from({ length: this.threads }, () => new ReaderThread(limits, this.idleMs, this.patchPdfjs));
  }

  /** Extracts the text layer; throws PdfTextError for corrupt, encrypted, image-only (scanned) and too large PDFs. */
  read(data: Uint8Array): Promise<PdfText> {
    const run = this.queue.then(() => this.readNow(data));
    this.queue = run.catch(() => {});
    return run;
  }

  /** Stops the threads (a later read starts them again). */
  async close(): Promise<void> {
    await this.queue;
    await Promise.all(this.pool.map((t) => t.stop()));
  }

  private async readNow(data: Uint8Array): Promise<PdfText> {
    const id = this.nextId++;
    const claims = newPageClaims(this.threads > 1);
    const working: { thread: ReaderThread; worker: Worker; answered: boolean }[] = [];
    const listeners: (() => void)[] = [];
    let timer!: NodeJS.Timeout;
    try {
      const parts = await new Promise<Extract<PdfWorkerReply, { kind: "done" }>[]>((resolve, reject) => {
        const done: Extract<PdfWorkerReply, { kind: "done" }>[] = [];
        const send = (thread: ReaderThread, announce: boolean) => {
          const worker = thread.start();
          const entry = { thread, worker, answered: false };
          working.push(entry);
          const onMessage = (reply: PdfWorkerReply) => {
            if (reply.id !== id) return;
            if (reply.kind === "opened") {
              if (reply.pageCount >= this.splitPages && this.pool[1]) send(this.pool[1], false);
              return;
            }
            entry.answered = true;
            done.push(reply);
            if (done.length === working.length) resolve(done);
          };
          const onError = (error: Error) => reject(this.threadError(error));
          const onExit = (code: number) =>
            reject(new PdfTextError("unreadable", `The PDF reader stopped (exit code ${code}) while reading this PDF`));
          worker.on("message", onMessage);
          worker.once("error", onError);
          worker.once("exit", onExit);
          listeners.push(() => {
            worker.off("message", onMessage);
            worker.off("error", onError);
            worker.off("exit", onExit);
          });
          const copy = new Uint8Array(data);
          const request = { id, data: copy, claims, announce, cleanupHeapShare: this.cleanupHeapShare };
          worker.postMessage(request satisfies PdfWorkerRequest, [copy.buffer]);
        };
        timer = setTimeout(
          () =>
            reject(
              new PdfTextError(
                "timeout",
                `The PDF took longer than ${Math.round(this.timeoutMs / 1000)} s to read; reading it was stopped`,
              ),
            ),
          this.timeoutMs,
        );
        send(this.pool[0]!, this.threads > 1);
      });
      const pdf = joinParts(
        parts.map((p) => ({
          pageCount: p.pageCount,
          pageNumbers: p.pageNumbers,
          text: p.text,
          tables: p.tables,
          failure: p.failure && {
            page: p.failure.page,
            error: new PdfTextError(p.failure.problem as PdfProblem, p.failure.message, p.failure.pageCount),
          },
        })),
      );
      const readMs = Math.max(...parts.map((p) => p.endedAt)) - Math.min(...parts.map((p) => p.startedAt));
      return {
        ...pdf,
        readMs,
        threads: parts.filter((p) => p.pageNumbers.length > 0).length,
        sameThreadPort: parts.every((p) => p.sameThreadPort),
        pdfjsPatched: parts.every((p) => p.pdfjsPatched),
        cleanups: parts.reduce((n, p) => n + p.cleanups, 0),
      };
    } finally {
      clearTimeout(timer);
      for (const off of listeners) off();
      // A thread that ran out of memory, stopped or overran is gone or must go; one that answered (even with an
      // error about the PDF) is kept for the next document.
      for (const { thread, answered } of working) {
        if (answered) thread.rest();
        else await thread.stop();
      }
    }
  }
  private threadError(error: Error): PdfTextError {
    if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") {
      return new PdfTextError(
        "too-large",
        `Too large to read: reading this PDF needed more than the ${this.maxHeapMb} MB of memory the PDF reader may use`,
      );
    }
    return new PdfTextError("unreadable", `The PDF reader failed: ${error.message}`);
  }
}

let shared: PdfReader | null = null;

/** Extracts the text layer through the process's shared PdfReader (one PDF at a time). */
export function extractPdfText(data: Uint8Array): Promise<PdfText> {
  shared ??= new PdfReader();
  return shared.read(data);
}
