// The client's address, as this server can vouch for it. `next start` exposes no socket address to pages or server
// actions, and fills X-Forwarded-For from the socket only when the request carries none, so a header alone can be
// forged by anyone. Instead the server process stamps every incoming request, before Next.js sees it, with the
// address worked out from the socket and the configured number of trusted proxies (TRUSTED_PROXY_HOPS), in a header
// carrying a per-process random tag that no client can know.
import crypto from "node:crypto";
import http from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-harrow-client-address";

const STATE = Symbol.for("harrow.clientAddressStamp");
interface StampState {
  tag: string;
  hops: number;
}

/**
 * The client's address from the socket's peer and the X-Forwarded-For header it sent. With `hops` trusted proxies in
 * front (each appending the address it received the request from), the client is the entry `hops` places from the
 * right of [...X-Forwarded-For, socket]; 0 trusts no header at all. A chain shorter than `hops` (a request that
 * skipped a proxy) gives its leftmost entry.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string | null {
  const socket = socketAddress?.trim() || null;
  if (hops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = header
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (socket) chain.push(socket);
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - 1 - hops)] ?? null;
}

/**
 * Stamps every request this process's HTTP servers receive from now on (call it once, in the server process, before
 * it answers requests: next.config.ts does). Idempotent; a second call only updates `hops`.
 */
export function installClientAddressStamp(hops: number): void {
  const global = globalThis as Record<symbol, StampState | undefined>;
  const existing = global[STATE];
  if (existing) {
    existing.hops = hops;
    return;
  }
  const state: StampState = { tag: crypto.randomBytes(12).toString("hex"), hops };
  global[STATE] = state;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const address = clientAddressFrom(req.socket?.remoteAddress, req.headers["x-forwarded-for"], state.hops);
      req.headers[CLIENT_ADDRESS_HEADER] = `${state.tag} ${address ?? ""}`;
    }
    return emit.call(this, event, ...args);
  } as typeof emit;
}

/**
 * The stamped client address of a request (pages and server actions pass `headers()`); null when this process
 * stamps nothing or the header is not its own (a client's forgery, or a request that arrived before the stamp).
 */
export function stampedClientAddress(headers: { get(name: string): string | null }): string | null {
  const state = (globalThis as Record<symbol, StampState | undefined>)[STATE];
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (!state || !value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== state.tag) return null;
  return value.slice(space + 1) || null;
}
