// The PDF worker thread's message loop: one PDF at a time, in the order asked. A reply carries the pages this
// thread read and their tables, or where it stopped with the PdfTextError's problem and message (errors do not
// cross threads as their own class). A long PDF is read by two such threads sharing one page counter
// (extract-pdf-text.ts); the first announces the page count as soon as it knows it.
import { parentPort } from "node:worker_threads";
import { readPdfPart, sameThreadPortAvailable, toPdfTextError } from "./pdf-read";
import type { PdfTable } from "./pdf-tables";

export type PdfWorkerRequest = {
  id: number;
  data: Uint8Array;
  /** The shared page counter (see PageClaims in pdf-read.ts). */
  claims: Int32Array;
  /** Post an "opened" message with the page count once the document is open. */
  announce: boolean;
  /** See readPdfPart's cleanupHeapShare. */
  cleanupHeapShare: number;
};
export type PdfWorkerReply =
  | { id: number; kind: "opened"; pageCount: number }
  | {
      id: number;
      kind: "done";
      pageCount: number;
      pageNumbers: number[];
      text: string;
      tables: PdfTable[];
      failure: { page: number; problem: string; message: string; pageCount: number | null } | null;
      /** pdf.js's halves were joined by SameThreadPort (pdf-read.ts), not pdf.js's own deep-copying port. */
      sameThreadPort: boolean;
      /** pdf.js's parser half was loaded with pdfjs-patch.mjs's change (pdf-worker.mjs). */
      pdfjsPatched: boolean;
      cleanups: number;
      /** When this thread started and finished reading (performance.timeOrigin + performance.now(), in ms). */
      startedAt: number;
      endedAt: number;
    };

const port = parentPort!;
const now = () => performance.timeOrigin + performance.now();
// pdf.js can reject a promise of a document already given up (its own clean-up after an error); every reading is
// awaited below, so a rejection nobody awaits belongs to no PDF and must not stop the thread.
process.on("unhandledRejection", () => {});
let queue = Promise.resolve();
port.on("message", (request: PdfWorkerRequest) => {
  queue = queue.then(async () => {
    const startedAt = now();
    const part = await readPdfPart(
      request.data,
      request.claims,
      (pageCount) => {
        if (request.announce) port.postMessage({ id: request.id, kind: "opened", pageCount } satisfies PdfWorkerReply);
      },
      request.cleanupHeapShare,
    ).catch((error: unknown) => ({
      pageCount: 0,
      pageNumbers: [],
      text: "",
      tables: [],
      failure: { page: 0, error: toPdfTextError(error) },
    }));
    const failure = part.failure && {
      page: part.failure.page,
      problem: part.failure.error.problem,
      message: part.failure.error.message,
      pageCount: part.failure.error.pageCount,
    };
    port.postMessage({
      id: request.id,
      kind: "done",
      pageCount: part.pageCount,
      pageNumbers: part.pageNumbers,
      text: part.text,
      tables: part.tables,
      failure,
      sameThreadPort: sameThreadPortAvailable(),
      pdfjsPatched: (globalThis as { pdfjsPatched?: boolean }).pdfjsPatched === true,
      cleanups: "cleanups" in part ? (part.cleanups ?? 0) : 0,
      startedAt,
      endedAt: now(),
    } satisfies PdfWorkerReply);
  });
});
