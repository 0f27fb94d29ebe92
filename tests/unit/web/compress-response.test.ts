// Response compression in place of Next.js's own (lib/web/compress-response.ts): a whole body goes out gzip with
// its Content-Length (Next.js's middleware sent it chunked, of unknown length); streamed bodies still stream.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse, prefersGzip } from "@/lib/web/compress-response";

const PAGE = `<!DOCTYPE html><html><body>${"<p>Cabinet considered the budget.</p>".repeat(200)}</body></html>`;

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    compressResponse(req, res);
    const url = new URL(req.url ?? "/", "http://x");
    res.setHeader(
      "Content-Type",
      url.pathname === "/feed"
        ? "application/rss+xml; charset=utf-8"
        : url.pathname === "/png"
          ? "image/png"
          : "text/html; charset=utf-8",
    );
    if (url.pathname === "/stream") {
      // A first render: the head of the page now, the rest later.
      res.write(PAGE.slice(0, 1000));
      setImmediate(() => res.end(PAGE.slice(1000)));
      return;
    }
    if (url.pathname === "/no-transform") res.setHeader("Cache-Control", "public, no-transform");
    const body = url.pathname === "/small" ? "<p>short</p>" : PAGE;
    // As Next.js sends a page from its cache: the length of the plain body, then the whole body in one end().
    res.setHeader("Content-Length", Buffer.byteLength(body));
    if (url.pathname === "/buffer") res.end(Buffer.from(body), () => {});
    else res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One GET (or HEAD) without decompression. */
function rawGet(
  path: string,
  headers: Record<string, string>,
  method = "GET",
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request(base + path, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject)
      .end();
  });
}

describe("compressResponse", () => {
  it("sends a whole body gzip with its length, not chunked", async () => {
    for (const path of ["/", "/buffer", "/feed"]) {
      const r = await rawGet(path, { "accept-encoding": "gzip, deflate, br" });
      expect(r.headers["content-encoding"], path).toBe("gzip");
      expect(r.headers["transfer-encoding"], path).toBeUndefined();
      expect(Number(r.headers["content-length"]), path).toBe(r.body.length);
      expect(String(r.headers["vary"]).match(/accept-encoding/gi), path).toHaveLength(1);
      expect(zlib.gunzipSync(r.body).toString(), path).toBe(PAGE);
    }
  });

  it("still compresses a streamed body as it streams", async () => {
    const r = await rawGet("/stream", { "accept-encoding": "gzip" });
    expect([r.headers["content-encoding"], r.headers["transfer-encoding"], r.headers["content-length"]]).toEqual([
      "gzip",
      "chunked",
      undefined,
    ]);
    expect(zlib.gunzipSync(r.body).toString()).toBe(PAGE);
  });

  it("leaves alone what the client does not want compressed, small bodies, other types, no-transform and HEAD", async () => {
    for (const [path, acceptEncoding] of [
      ["/", ""],
      ["/", "identity"],
      ["/small", "gzip"],
      ["/png", "gzip"],
      ["/no-transform", "gzip"],
    ]) {
      const r = await rawGet(path!, acceptEncoding ? { "accept-encoding": acceptEncoding } : {});
      expect(r.headers["content-encoding"], `${path} ${acceptEncoding}`).toBeUndefined();
      expect(Number(r.headers["content-length"]), `${path} ${acceptEncoding}`).toBe(r.body.length);
    }
    // A client that refuses gzip but takes deflate is left to the middleware, as before.
    const deflate = await rawGet("/", { "accept-encoding": "gzip;q=0, deflate" });
    expect(deflate.headers["content-encoding"]).toBe("deflate");
    expect(zlib.inflateSync(deflate.body).toString()).toBe(PAGE);
    const head = await rawGet("/", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.body.length).toBe(0);
  });

  it("negotiates gzip as the middleware does", () => {
    expect(prefersGzip("gzip, deflate, br")).toBe(true);
    expect(prefersGzip("br, gzip;q=0.5")).toBe(true);
    expect(prefersGzip("*")).toBe(true);
    expect(prefersGzip(undefined)).toBe(false);
    expect(prefersGzip("gzip;q=0")).toBe(false);
    expect(prefersGzip("*, gzip;q=0")).toBe(false);
    expect(prefersGzip("gzip;q=0.5, identity")).toBe(false);
  });
});
