// The PDF worker thread's message loop: one PDF at a time, in the order asked. A reply carries the text and
// tables, or the PdfTextError's problem and message (errors do not cross threads as their own class).
import { parentPort } from "node:worker_threads";
import { readPdf, toPdfTextError } from "./pdf-read";

export type PdfWorkerRequest = { id: number; data: Uint8Array };
export type PdfWorkerReply =
  | { id: number; ok: true; text: string; pageCount: number; tables: unknown[]; readMs: number }
  | { id: number; ok: false; problem: string; message: string; pageCount: number | null };

const port = parentPort!;
// pdf.js can reject a promise of a document already given up (its own clean-up after an error); every reading is
// awaited below, so a rejection nobody awaits belongs to no PDF and must not stop the thread.
process.on("unhandledRejection", () => {});
let queue = Promise.resolve();
port.on("message", (request: PdfWorkerRequest) => {
  queue = queue.then(async () => {
    const started = performance.now();
    try {
      const pdf = await readPdf(request.data);
      port.postMessage({
        id: request.id,
        ok: true,
        ...pdf,
        readMs: performance.now() - started,
      } satisfies PdfWorkerReply);
    } catch (error) {
      const problem = toPdfTextError(error);
      port.postMessage({
        id: request.id,
        ok: false,
        problem: problem.problem,
        message: problem.message,
        pageCount: problem.pageCount,
      } satisfies PdfWorkerReply);
    }
  });
});
