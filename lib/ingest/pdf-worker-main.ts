// The PDF worker thread's message loop: one PDF at a time, in the order asked. A reply carries the text and
// tables, or the PdfTextError's problem and message (errors do not cross threads as their own class).
import { parentPort } from "node:worker_threads";
import { readPdf, toPdfTextError } from "./pdf-read";

export type PdfWorkerRequest = { id: number; data: Uint8Array };
export type PdfWorkerReply =
  | { id: number; ok: true; text: string; pageCount: number; tables: unknown[] }
  | { id: number; ok: false; problem: string; message: string; pageCount: number | null };

const port = parentPort!;
let queue = Promise.resolve();
port.on("message", (request: PdfWorkerRequest) => {
  queue = queue.then(async () => {
    try {
      const pdf = await readPdf(request.data);
      port.postMessage({ id: request.id, ok: true, ...pdf } satisfies PdfWorkerReply);
    } catch (error) {
      const problem = toPdfTextError(error);
      port.postMessage({ id: request.id, ok: false, problem: problem.problem, message: problem.message, pageCount: problem.pageCount } satisfies PdfWorkerReply);
    }
  });
});
