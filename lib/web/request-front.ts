// What the web server process does with every request before Next.js sees it (installed by next.config.ts when
// `next start` or `next dev` loads it, in the process that answers requests):
//   - stamps the client's address, worked out from the socket and TRUSTED_PROXY_HOPS (lib/web/client-address.ts);
//   - refuses a target no page can answer (a path that is not valid UTF-8) with 400 and the usual headers,
//     where Next.js would answer a bare 500 (lib/web/bad-path.ts);
//   - adds the security headers of this process's configuration (lib/web/security-headers.ts: HSTS and
//     upgrade-insecure-requests when PUBLIC_BASE_URL is https) to every response as its head is written, each
//     only when the response has not set its own: a route with stricter headers (the one-click unsubscribe page,
//     the development outbox's email preview) keeps them. next.config.ts `headers()` would fix them at build time
//     and override a route's own;
//   - compresses responses when asked to (next.config.ts turns Next.js's own compression off for this), whole
//     bodies with their length (lib/web/compress-response.ts).
import crypto from "node:crypto";
import http from "node:http";
import { badPathReason } from "./bad-path";
import { compressResponse } from "./compress-response";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_STAMP, clientAddressFrom, type StampState } from "./client-address";

export interface RequestFrontSettings {
  trustedProxyHops: number;
  /** the security headers of this process (lib/web/security-headers.ts) */
  securityHeaders: Record<string, string>;
  /** compress responses (lib/web/compress-response.ts), in place of Next.js's `compress` */
  compress?: boolean;
}

const FRONT = Symbol.for("harrow.requestFront");
interface FrontState {
  settings: RequestFrontSettings;
}

const BAD_REQUEST_PAGE = (reason: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Bad request</title></head><body><h1>Bad request</h1><p>This address cannot be read: ${reason}. Check the link, or start again from the <a href="/">home page</a>.</p></body></html>\n`;

/** Applies to every request this process's HTTP servers receive from now on. Idempotent: a second call updates the settings. */
export function installRequestFront(settings: RequestFrontSettings): void {
  const global = globalThis as Record<symbol, unknown>;
  const existing = global[FRONT] as FrontState | undefined;
  const stamp = (global[CLIENT_ADDRESS_STAMP] as StampState | undefined) ?? {
    tag: crypto.randomBytes(12).toString("hex"),
    hops: 0,
  };
  stamp.hops = settings.trustedProxyHops;
  global[CLIENT_ADDRESS_STAMP] = stamp;
  if (existing) {
    existing.settings = settings;
    return;
  }
  const state: FrontState = { settings };
  global[FRONT] = state;
  const writeHead = http.ServerResponse.prototype.writeHead as (
    this: http.ServerResponse,
    ...args: unknown[]
  ) => http.ServerResponse;
  http.ServerResponse.prototype.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) {
      for (const [name, value] of Object.entries(state.settings.securityHeaders))
        if (!this.hasHeader(name)) this.setHeader(name, value);
    }
    return writeHead.apply(this, args);
  } as typeof http.ServerResponse.prototype.writeHead;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const res = args[1] as http.ServerResponse;
      const address = clientAddressFrom(req.socket?.remoteAddress, req.headers["x-forwarded-for"], stamp.hops);
      req.headers[CLIENT_ADDRESS_HEADER] = `${stamp.tag} ${address ?? ""}`;
      const reason = badPathReason(req.url);
      if (reason) {
        const body = BAD_REQUEST_PAGE(reason);
        res.writeHead(400, {
          ...state.settings.securityHeaders,
          "Content-Type": "text/html; charset=utf-8",
          "Content-Length": Buffer.byteLength(body),
          "Cache-Control": "no-store",
        });
        res.end(req.method === "HEAD" ? undefined : body);
        return true;
      }
      if (state.settings.compress) compressResponse(req, res);
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
