// Response compression for `next start`, in place of Next.js's own (next.config.ts sets `compress: false` and
// lib/web/request-front.ts calls this for every request).
//
// Everything goes through the very middleware Next.js uses (its compiled `compression`), with one difference: a
// response whose whole body arrives in one `end()` before anything was written (every page served from the ISR
// cache) is compressed in one go and sent with its Content-Length. Through Next.js's
// middleware the same bytes went out chunked, of unknown length, and nginx's cache (docs/deploy) stores and
// replays them that way: on every cache hit nginx re-chunked the body and every client decoded the chunks (about
// 2 µs of nginx's and 1 µs of the client's CPU per gzip hit, of about 10 and 7: README, Benchmarks). Streamed
// responses (a page's first render) are compressed as they stream, exactly as before.
import type http from "node:http";
import zlib from "node:zlib";
import compressionMiddleware from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";

/** The middleware's own threshold: smaller bodies are sent as they are. */
export const COMPRESS_THRESHOLD_BYTES = 1024;
const COMPRESSIBLE_TYPE =
  /^\s*(?:text\/[\w.+-]+|application\/(?:json|javascript|xml|[\w.-]+\+(?:xml|json)))\s*(?:;|$)/i;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
let middleware: Handler | undefined;

/**
 * The quality a client gives gzip in its Accept-Encoding ("*" counts when gzip is not named), and whether it would
 * rather have no encoding: the choice the middleware's negotiation makes between gzip and identity.
 */
export function prefersGzip(acceptEncoding: string | string[] | undefined): boolean {
  const quality = new Map<string, number>();
  for (const part of [acceptEncoding ?? ""].flat().join(",").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(name, q === undefined ? 1 : Number(q));
  }
  const gzip = quality.get("gzip") ?? quality.get("*") ?? 0;
  const identity = quality.get("identity");
  return gzip > 0 && (identity === undefined || identity <= gzip);
}

/** The body of a whole-body `end(chunk[, encoding][, callback])` as bytes, or undefined for any other call. */
function wholeBody(args: unknown[]): { body: Buffer; callback?: () => void } | undefined {
  const [chunk, second, third] = args;
  if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) return undefined;
  const encoding = typeof second === "string" ? (second as BufferEncoding) : undefined;
  const callback = [second, third].find((a): a is () => void => typeof a === "function");
  return {
    body:
      typeof chunk === "string"
        ? Buffer.from(chunk, encoding ?? "utf8")
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
    callback,
  };
}

/** Compresses what this response sends, as Next.js would, whole bodies with their length. */
export function compressResponse(req: http.IncomingMessage, res: http.ServerResponse): void {
  const plainEnd = res.end;
  middleware ??= (compressionMiddleware as () => Handler)();
  middleware(req, res, () => {});
  // On client disconnect the middleware never ends its zlib stream, which then leaks (as Next.js does it).
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });
  // A client that does not take gzip gets what the middleware does (nothing but its Vary), with no more work here:
  // no copy of the body, no second look at the headers.
  if (req.method === "HEAD" || !prefersGzip(req.headers["accept-encoding"])) return;
  const streamingEnd = res.end;
  res.end = function end(this: http.ServerResponse, ...args: unknown[]) {
    const whole = this.headersSent ? undefined : wholeBody(args);
    const type = String(this.getHeader("content-type") ?? "");
    if (
      whole &&
      whole.body.length >= COMPRESS_THRESHOLD_BYTES &&
      this.statusCode >= 200 &&
      this.statusCode !== 204 &&
      this.statusCode !== 304 &&
      this.getHeader("content-encoding") === undefined &&
      !/\bno-transform\b/i.test(String(this.getHeader("cache-control") ?? "")) &&
      COMPRESSIBLE_TYPE.test(type)
    ) {
      // Off the main thread, as the middleware's stream does (libuv's thread pool).
      zlib.gzip(whole.body, (error, gzip) => {
        if (error) return void this.destroy(error);
        this.setHeader("Content-Encoding", "gzip");
        this.setHeader("Content-Length", gzip.length);
        const vary = String(this.getHeader("vary") ?? "");
        if (!/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(vary))
          this.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
        // The middleware still sees the head as it is written and, the body being encoded already, leaves it alone.
        (plainEnd as (chunk: Buffer, callback?: () => void) => http.ServerResponse).call(this, gzip, whole.callback);
      });
      return this;
    }
    return (streamingEnd as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.end;
}
