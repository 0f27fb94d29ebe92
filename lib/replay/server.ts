import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { countTruncatedBytes, createFaultBook, type FaultRule } from "./server-faults";
import { readFile } from "node:fs/promises";
import { loadSnapshotIndex, resolveEntryFile, type Manifest } from "./server-manifest";
import { renderBlockPage, renderErrorPage } from "./server-pages";
import {
  createResourceStore,
  isConditionalRequest,
  isNotModified,
  type ContentOverride,
  type Resource,
} from "./server-resources";

// A real HTTP server on loopback that replays an offline ModernGov snapshot, so the scraper, its tests and
// demos run end to end without touching the council's site. Faults and overrides let a test stage the bad
// days (timeouts, 429s, outages, block pages) and the "page changed since last run" case.

export type { FaultRule } from "./server-faults";
export type { ContentOverride } from "./server-resources";

export type ReplayServerOptions = {
  /** Snapshot directory holding manifest.json. */
  dir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
};

export type RequestLog = {
  method: string;
  /** The request target as received (path + query). */
  url: string;
  /** 0 when the client went away before an answer (e.g. it timed out during a `delay` fault). */
  status: number;
  /** Body bytes sent (0 for HEAD and 304). */
  bytes: number;
  /** The request carried If-None-Match or If-Modified-Since. */
  conditional: boolean;
  userAgent: string | null;
  /** Which fault shaped the answer, if any. */
  fault?: "delay" | "status" | "block" | "truncate" | "redirect";
  /** Epoch ms when the request arrived and when the answer was handed to the socket. */
  startedAt: number;
  finishedAt: number;
};

export type ReplayServer = {
  baseUrl: string;
  council: Manifest["council"];
  /** Live log of every request, oldest first. */
  requests: RequestLog[];
  setFaults(faults: FaultRule[]): void;
  override(url: string, content: ContentOverride): void;
  clearOverrides(): void;
  /**
   * Serves the snapshot as a later scrape finds it (manifest.secondScrape: an addendum added, a paper re-issued),
   * as overrides dated the day each file changed; clearOverrides() goes back to the first state. Returns that day.
   */
  secondScrape(): Promise<string>;
  close(): Promise<void>;
};

export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const index = await loadSnapshotIndex(options.dir);
  const store = createResourceStore(index);
  const faults = createFaultBook();
  const requests: RequestLog[] = [];

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? "/";
    const method = req.method ?? "GET";
    const log: RequestLog = {
      method,
      url: target,
      status: 0,
      bytes: 0,
      conditional: isConditionalRequest(req.headers),
      userAgent: req.headers["user-agent"] ?? null,
      startedAt: Date.now(),
      finishedAt: 0,
    };
    requests.push(log);
    // Records the outcome BEFORE the bytes go out, so a client that has its answer always finds it logged.
    const send = (status: number, headers: Record<string, string | number>, body?: Buffer) => {
      log.status = status;
      log.bytes = method === "HEAD" || !body ? 0 : body.length;
      log.finishedAt = Date.now();
      res.writeHead(status, headers);
      res.end(method === "HEAD" ? undefined : body);
    };

    if (method !== "GET" && method !== "HEAD") {
      send(405, { allow: "GET, HEAD", "content-length": 0 });
      return;
    }
    const fault = faults.takeFault(method, target);
    if (fault?.delay) {
      log.fault = "delay";
      const stillConnected = await waitUnlessClosed(fault.delay, res);
      if (!stillConnected) {
        log.finishedAt = Date.now();
        return;
      }
    }
    if (fault?.status !== undefined) {
      log.fault = "status";
      const body = Buffer.from(renderErrorPage(fault.status, target), "utf8");
      const headers: Record<string, string | number> = htmlHeaders(body);
      if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
      send(fault.status, headers, body);
      return;
    }
    if (fault?.redirect !== undefined) {
      log.fault = "redirect";
      send(302, { location: fault.redirect, "content-length": 0 });
      return;
    }
    if (fault?.block) {
      log.fault = "block";
      const body = Buffer.from(renderBlockPage(), "utf8");
      send(200, htmlHeaders(body), body);
      return;
    }

    const resource = await store.findResource(target);
    if (!resource) {
      const body = Buffer.from(renderErrorPage(404, target), "utf8");
      send(404, htmlHeaders(body), body);
      return;
    }
    if (isNotModified(req.headers, resource)) {
      send(304, validatorHeaders(resource));
      return;
    }
    const headers = {
      ...validatorHeaders(resource),
      "content-type": resource.contentType,
      "content-length": resource.body.length,
    };
    if (fault?.truncate && method === "GET") {
      log.fault = "truncate";
      sendTruncated(res, log, headers, resource.body.subarray(0, countTruncatedBytes(fault, resource.body.length)));
      return;
    }
    send(200, headers, resource.body);
  }

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      // A broken snapshot file is a bug to see, not a reason to hang the client.
      console.error(`replay server: ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("replay server error");
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    council: index.manifest.council,
    requests,
    setFaults: (rules) => faults.replaceFaults(rules),
    override: (url, content) => store.setOverride(url, content),
    clearOverrides: () => store.clearOverrides(),
    secondScrape: async () => {
      const second = index.manifest.secondScrape;
      if (!second) throw new Error(`The snapshot in ${options.dir} has no second scrape`);
      for (const entry of second.entries) {
        const body = await readFile(resolveEntryFile(index.dir, entry));
        store.setOverride(entry.url, { body, contentType: entry.contentType, lastModified: entry.lastModified });
      }
      return second.asOf;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets and requests parked in a `delay` fault would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

function htmlHeaders(body: Buffer): Record<string, string | number> {
  return { "content-type": "text/html; charset=utf-8", "content-length": body.length };
}

function validatorHeaders(resource: Resource): Record<string, string> {
  return { etag: resource.etag, "last-modified": resource.lastModified.toUTCString() };
}

// Promises the whole body, sends part of it, then drops the connection: what a flaky link does to a big PDF.
function sendTruncated(res: ServerResponse, log: RequestLog, headers: Record<string, string | number>, part: Buffer) {
  log.status = 200;
  log.bytes = part.length;
  log.finishedAt = Date.now();
  res.writeHead(200, headers);
  res.write(part, () => res.destroy());
}

/** Resolves true after ms, or false as soon as the client disconnects (no point answering then). */
function waitUnlessClosed(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(!res.destroyed);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once("close", onClose);
  });
}
