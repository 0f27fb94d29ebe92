// Reads a PDF's text and tables in this thread, page by page: each page's text content is read once (for both the
// text and the tables) and the page is released before the next one, so memory follows one page, not the whole
// document. extract-pdf-text.ts runs this in a worker thread with a memory cap (a long PDF in two threads, each
// taking pages from a shared counter); tests may call it directly.
// Untrusted input: eval is disabled, nothing is rendered, and every failure becomes a PdfTextError.
import v8 from "node:v8";
import { InvalidPDFException, PDFParse, PasswordException, FormatError } from "pdf-parse";
import { pageTables, type PdfDocumentLike, type PdfPageLike } from "./pdf-tables";
import {
  PAGES_PER_CLAIM,
  PdfTextError,
  joinParts,
  newPageClaims,
  type PageClaims,
  type PdfPart,
  type PdfText,
} from "./pdf-text";

/**
 * pdf.js keeps what it parsed (fonts, shared objects, the page tree's lookups) for the whole document; it is let go
 * only when this thread's heap passes a share of its cap, and then no more often than every PAGES_PER_CLEANUP
 * pages (the heap in use counts garbage not yet collected, which a clean-up does not lower at once). Letting it go
 * every 50 pages, as before, parsed every font of a 600-page pack again a dozen times, for ~10% more CPU; kept, the
 * pack's heap grows by ~30 MB a thousand pages (docs/benchmarks.md#pdf-reading).
 */
const PAGES_PER_CLEANUP = 50;
export const CLEANUP_HEAP_SHARE = 0.4;
const heapPastBound = (share: number): boolean => {
  const heap = v8.getHeapStatistics();
  return heap.used_heap_size > share * heap.heap_size_limit;
};

/** Extracts the text layer; throws PdfTextError for corrupt, encrypted and image-only (scanned) PDFs. */
export async function readPdf(data: Uint8Array): Promise<PdfText> {
  return joinParts([await readPdfPart(data, newPageClaims(false))]);
}

/**
 * Opens the PDF and reads the pages it claims (all of them, unless another thread shares the claims), each page's
 * text content once, for both the text and the tables; each page is released before the next one. `opened` is
 * called once the page count is known.
 */
export async function readPdfPart(
  data: Uint8Array,
  claims: PageClaims,
  opened?: (pageCount: number) => void,
  /** The share of the heap cap past which pdf.js's caches are let go (0: every PAGES_PER_CLEANUP pages). */
  cleanupHeapShare = CLEANUP_HEAP_SHARE,
): Promise<PdfPart> {
  const part: PdfPart = { pageCount: 0, pageNumbers: [], text: "", tables: [], failure: null, cleanups: 0 };
  const texts: string[] = [];
  const halves = joinedHalves();
  // pdf-parse detaches the buffer it is given: it gets a copy.
  const parser = new PDFParse({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    // pdf.js has no standard font files here (no standardFontDataUrl): for each font that is not embedded
    // (Helvetica, Arial…) its parser asked the API half for the file, which failed with an Error, uncached, so again
    // at every load of such a font (~350 times a read of the 613-page pack). With useSystemFonts the parser skips
    // the request and goes on with no file, as after the failure; what it adds (a CSS name for installing the font
    // in a page) is never read. Same text and tables (tests/unit/ingest/pdf-reader.test.ts); ~2% less CPU.
    useSystemFonts: true,
    verbosity: 0,
    ...(halves && { worker: halves.worker }),
  } as ConstructorParameters<typeof PDFParse>[0]);
  let n = 0;
  try {
    const doc = (await (parser as unknown as { load(): Promise<PdfDocument> }).load()) as PdfDocument;
    part.pageCount = doc.numPages;
    opened?.(doc.numPages);
    let read = 0;
    let cleanedAt = 0;
    for (;;) {
      const first = Atomics.add(claims, 0, PAGES_PER_CLAIM) + 1;
      // Pages after one that failed are never needed (the reading fails there, as it would read alone).
      const last = Math.min(first + PAGES_PER_CLAIM - 1, doc.numPages, Atomics.load(claims, 1) - 1);
      if (first > last) break;
      for (n = first; n <= last; n++) {
        const page = await doc.getPage(n);
        try {
          const content = await page.getTextContent();
          texts.push(pageText(page, content.items).replace(/\f/g, " ").trimEnd());
          part.pageNumbers.push(n);
          // A failure here never loses the text: the page simply has no recovered tables.
          part.tables.push(...(await pageTables(page, content.items, n).catch(() => [])));
        } finally {
          page.cleanup();
        }
        // The heap is looked at every tenth page only: v8.getHeapStatistics() on every page cost ~2% of the CPU.
        if (++read - cleanedAt >= PAGES_PER_CLEANUP && read % 10 === 0 && heapPastBound(cleanupHeapShare)) {
          await doc.cleanup();
          cleanedAt = read;
          part.cleanups = (part.cleanups ?? 0) + 1;
        }
      }
    }
  } catch (error) {
    part.failure = { page: n, error: toPdfTextError(error) };
    // Lower the shared "failed at" mark, so the other thread stops past it.
    for (let low = Atomics.load(claims, 1); n < low; low = Atomics.load(claims, 1)) {
      if (Atomics.compareExchange(claims, 1, low, n) === low) break;
    }
  } finally {
    await parser.destroy().catch(() => {});
    halves?.close();
  }
  part.text = texts.join("\f");
  return part;
}

// ---- pdf.js's two halves in this thread ----
// pdf.js runs as two halves, the document's parser ("worker") and its API ("main"), which talk by messages. In
// Node both run in this thread, joined by pdf.js's LoopbackPort, which deep-copies every message (structuredClone)
// because a real worker could not share objects. Most of those copies are of text content: about one message per
// ten text items, plus two flow-control messages each. The port below is LoopbackPort with copies made cheaper
// where a deep copy gives nothing:
// - a text-content chunk ({ items, styles, lang }): the parser sends it and at once starts new `items` and `styles`
//   (enqueueChunk in pdf.worker.mjs), never touching the sent items again, and the API only reads them (it copies
//   them into the page's own text content), so the chunk's own object is copied and the items are handed over;
// - a message whose values are all strings, numbers, booleans or null (flow control, page requests): a shallow
//   copy of it is exactly what structuredClone would make;
// - any other message of plain data (page requests and their answers): copied in JavaScript (copyPlain), as
//   structuredClone would copy it, which in Node 20 costs ~20 µs even for a small message;
// - an operator-list chunk (asked for only to load a table page's fonts, which arrive in messages of their own):
//   its two arrays, which the parser empties and refills after sending (OperatorList.flush), are copied; the
//   operators' arguments are handed over uncopied: the reader never reads them (nor renders), and the buffers
//   among them are ones the parser gives up anyway (its transfer list).
// Every other message (fonts, whose data is a typed array; the document's bytes) is deep-copied as before.
// tests/unit/ingest/pdf-reader.test.ts compares every snapshot PDF's text and tables with the earlier reader's.

type Listener = (event: { data: unknown }) => void;

class SameThreadPort {
  private readonly listeners = new Map<Listener, (() => void) | null>();

  postMessage(message: unknown, transfer?: Transferable[]): void {
    const event = { data: copyMessage(message, transfer) };
    void Promise.resolve().then(() => {
      for (const listener of this.listeners.keys()) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    const onAbort = () => this.removeEventListener(_type, listener);
    signal?.addEventListener("abort", onAbort);
    this.listeners.set(listener, signal ? () => signal.removeEventListener("abort", onAbort) : null);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.get(listener)?.();
    this.listeners.delete(listener);
  }

  terminate(): void {
    for (const off of this.listeners.values()) off?.();
    this.listeners.clear();
  }
}

/** pdf.js's StreamKind.ENQUEUE (src/shared/message_handler.js). */
const STREAM_ENQUEUE = 4;

function copyMessage(message: unknown, transfer?: Transferable[]): unknown {
  if (typeof message === "object" && message !== null) {
    const fields = message as Record<string, unknown>;
    if (fields.stream === STREAM_ENQUEUE) {
      if (isTextChunk(fields.chunk) && !transfer?.length) return { ...fields, chunk: { ...fields.chunk } };
      if (isOperatorListChunk(fields.chunk)) {
        const { fnArray, argsArray } = fields.chunk;
        return { ...fields, chunk: { ...fields.chunk, fnArray: fnArray.slice(), argsArray: argsArray.slice() } };
      }
    } else if (!transfer?.length) {
      if (isFlat(fields)) return { ...fields };
      const copy = copyPlain(fields, new Set(), 0);
      if (copy !== NOT_PLAIN) return copy;
    }
  }
  return structuredClone(message, transfer ? { transfer } : undefined);
}

/** An operator-list chunk ({ fnArray, argsArray, lastChunk, separateAnnots, length }: OperatorList.flush). */
function isOperatorListChunk(chunk: unknown): chunk is { fnArray: unknown[]; argsArray: unknown[] } {
  if (typeof chunk !== "object" || chunk === null || Object.getPrototypeOf(chunk) !== Object.prototype) return false;
  const { fnArray, argsArray } = chunk as Record<string, unknown>;
  if (!Array.isArray(fnArray) || !Array.isArray(argsArray)) return false;
  for (const key in chunk) if (!OPERATOR_LIST_KEYS.has(key)) return false;
  return true;
}
const OPERATOR_LIST_KEYS = new Set(["fnArray", "argsArray", "lastChunk", "separateAnnots", "length"]);

const NOT_PLAIN = Symbol("not plain data");

/**
 * What structuredClone makes of plain data (plain objects, arrays without holes, primitives), made in JavaScript;
 * NOT_PLAIN for anything else (a typed array, a class's instance, an object met twice, nesting past 8), which is
 * then left to structuredClone whole. (pdf.js puts no named properties on its messages' arrays, which this would
 * not carry.)
 */
function copyPlain(value: unknown, seen: Set<object>, depth: number): unknown {
  if (typeof value !== "object" || value === null) {
    return typeof value === "function" || typeof value === "symbol" ? NOT_PLAIN : value;
  }
  if (depth > 8 || seen.has(value)) return NOT_PLAIN;
  seen.add(value);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_PLAIN;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return NOT_PLAIN;
      const item = copyPlain(value[i], seen, depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      out[i] = item;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = copyPlain((value as Record<string, unknown>)[key], seen, depth + 1);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    out[key] = item;
  }
  return out;
}

function isTextChunk(chunk: unknown): chunk is Record<string, unknown> {
  if (typeof chunk !== "object" || chunk === null || Object.getPrototypeOf(chunk) !== Object.prototype) return false;
  const { items, styles } = chunk as Record<string, unknown>;
  if (!Array.isArray(items) || typeof styles !== "object" || styles === null) return false;
  for (const key in chunk) if (key !== "items" && key !== "styles" && key !== "lang") return false;
  return true;
}

/** A plain object whose values are all strings, numbers, booleans, undefined or null. */
function isFlat(fields: Record<string, unknown>): boolean {
  if (Object.getPrototypeOf(fields) !== Object.prototype) return false;
  for (const key in fields) {
    const value = fields[key];
    if (value !== null && typeof value === "object") return false;
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") return false;
  }
  return true;
}

/** Whether this thread joins pdf.js's halves with SameThreadPort (pdf-worker.mjs loads the parser half ahead). */
export function sameThreadPortAvailable(): boolean {
  const { pdfjsLib, pdfjsWorker } = globalThis as PdfjsGlobals;
  return Boolean(pdfjsLib?.PDFWorker && pdfjsWorker?.WorkerMessageHandler);
}

interface PdfjsGlobals {
  pdfjsLib?: { PDFWorker: new (options: { port: SameThreadPort; verbosity: number }) => { destroy(): void } };
  pdfjsWorker?: { WorkerMessageHandler: { initializeFromPort(port: SameThreadPort): void } };
}

/**
 * pdf.js's two halves joined by SameThreadPort, as the `worker` of one document; null when the parser half was
 * not loaded ahead (pdf-worker.mjs loads it), and pdf.js then joins them with its own LoopbackPort.
 */
function joinedHalves(): { worker: object; close(): void } | null {
  const { pdfjsLib, pdfjsWorker } = globalThis as PdfjsGlobals;
  if (!pdfjsLib?.PDFWorker || !pdfjsWorker?.WorkerMessageHandler) return null;
  const port = new SameThreadPort();
  pdfjsWorker.WorkerMessageHandler.initializeFromPort(port);
  const worker = new pdfjsLib.PDFWorker({ port, verbosity: 0 });
  return {
    worker,
    close() {
      worker.destroy();
      port.terminate();
    },
  };
}

interface PdfPage extends PdfPageLike {
  getViewport(options: { scale: number }): { convertToViewportPoint(x: number, y: number): number[] };
}

interface PdfDocument extends PdfDocumentLike {
  getPage(n: number): Promise<PdfPage>;
  cleanup(): Promise<void>;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

// The page's text exactly as pdf-parse 2.4.5's getText() prints it with its default options (PDFParse.getPageText:
// a new line where the baseline moves by more than a line, a tab between cells of one line), but from text content
// already read, so the page is read once.
const LINE_THRESHOLD = 4.6;
const CELL_THRESHOLD = 7;

export function pageText(page: PdfPage, items: unknown[]): string {
  const viewport = page.getViewport({ scale: 1 });
  const out: string[] = [];
  let lastX: number | undefined;
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const entry of items) {
    if (typeof entry !== "object" || entry === null || !("str" in entry)) continue;
    const item = entry as TextItem;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4]!, item.transform[5]!) as [number, number];
    let str = item.str;
    if (lastY !== undefined && Math.abs(lastY - y) > LINE_THRESHOLD) {
      const last = out.length ? out[out.length - 1] : undefined;
      const startsLine = str.startsWith("\n") || (str.trim() === "" && item.hasEOL);
      if (last?.endsWith("\n") === false && !startsLine && Math.abs(lastY - y) - 1 > lineHeight) {
        out.push("\n");
        lineHeight = 0;
      }
    }
    if (
      lastY !== undefined &&
      Math.abs(lastY - y) < LINE_THRESHOLD &&
      lastX !== undefined &&
      Math.abs(lastX - x) > CELL_THRESHOLD
    ) {
      str = `\t${str}`;
    }
    out.push(str);
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) out.push("\n");
    if (item.hasEOL || str.endsWith("\n")) lineHeight = 0;
  }
  return out.join("");
}

export function toPdfTextError(error: unknown): PdfTextError {
  if (error instanceof PdfTextError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof PasswordException)
    return new PdfTextError("encrypted", `Encrypted PDF (password required): ${detail}`);
  if (error instanceof InvalidPDFException || error instanceof FormatError) {
    return new PdfTextError("corrupt", `Corrupt or truncated PDF: ${detail}`);
  }
  return new PdfTextError("unreadable", `The PDF could not be read: ${detail}`);
}
