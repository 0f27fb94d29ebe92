// PDF text through pdf-parse (pdf.js), read in a worker thread (pdf-worker.mjs → pdf-read.ts) so the scraper's own
// thread never holds pdf.js or a document's pages. The thread has a heap cap: a PDF that needs more (a huge pack, a
// compressed "bomb") stops the thread, not the scraper, and becomes a "too large to read" error for that document
// only; the next document gets a fresh thread. One PDF is read at a time, whatever the scrape's concurrency, and a
// read that runs past its time limit is stopped the same way. Pages are joined with form feeds so summaries can
// cite page numbers.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfWorkerReply } from "./pdf-worker-main";
import { PdfTextError, type PdfProblem, type PdfText } from "./pdf-text";
import type { PdfTable } from "./pdf-tables";

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
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** Reads PDFs one at a time in a worker thread of its own. */
export class PdfReader {
  readonly maxHeapMb: number;
  readonly maxYoungMb: number;
  readonly timeoutMs: number;
  readonly idleMs: number;
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(options: PdfReaderOptions = {}) {
    this.maxHeapMb = options.maxHeapMb ?? envNumber("PDF_READER_MAX_HEAP_MB", 192);
    this.maxYoungMb = options.maxYoungMb ?? envNumber("PDF_READER_MAX_YOUNG_MB", 16);
    this.timeoutMs = options.timeoutMs ?? envNumber("PDF_READER_TIMEOUT_MS", 120_000);
    this.idleMs = options.idleMs ?? 10_000;
  }

  /** Extracts the text layer; throws PdfTextError for corrupt, encrypted, image-only (scanned) and too large PDFs. */
  read(data: Uint8Array): Promise<PdfText> {
    const run = this.queue.then(() => this.readNow(data));
    this.queue = run.catch(() => {});
    return run;
  }

  /** Stops the thread (a later read starts a new one). */
  async close(): Promise<void> {
    await this.queue;
    await this.stop();
  }

  private async stop(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.worker) return this.worker;
    // Found at run time beside this file, in a way Next's bundler does not follow (it would bundle the thread's
    // entry, and the TypeScript loader with it, into the web server, which never reads PDFs).
    const entry = fileURLToPath(import.meta.url).replace(/extract-pdf-text\.[cm]?[jt]s$/, "pdf-worker.mjs");
    // execArgv [] so the thread does not inherit the TypeScript loader (pdf-worker.mjs registers it after pdf.js).
    const worker = new Worker(entry, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: this.maxYoungMb },
      stderr: true,
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

  private async readNow(data: Uint8Array): Promise<PdfText> {
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    const copy = new Uint8Array(data);
    let onMessage!: (reply: PdfWorkerReply) => void;
    let onError!: (error: Error) => void;
    let onExit!: (code: number) => void;
    let timer!: NodeJS.Timeout;
    let answered = false;
    try {
      const reply = await new Promise<PdfWorkerReply>((resolve, reject) => {
        onMessage = (reply) => reply.id === id && resolve(reply);
        onError = (error) => reject(this.threadError(error));
        onExit = (code) =>
          reject(new PdfTextError("unreadable", `The PDF reader stopped (exit code ${code}) while reading this PDF`));
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
        worker.on("message", onMessage);
        worker.once("error", onError);
        worker.once("exit", onExit);
        worker.postMessage({ id, data: copy }, [copy.buffer]);
      });
      answered = true;
      if (!reply.ok) throw new PdfTextError(reply.problem as PdfProblem, reply.message, reply.pageCount);
      return { text: reply.text, pageCount: reply.pageCount, tables: reply.tables as PdfTable[], readMs: reply.readMs };
    } finally {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      // A thread that ran out of memory, stopped or overran is gone or must go; one that answered (even with an
      // error about the PDF) is kept for the next document.
      if (!answered) {
        this.worker = worker;
        await this.stop();
      } else {
        worker.unref();
        this.idleTimer = setTimeout(() => void this.stop(), this.idleMs);
        this.idleTimer.unref();
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
