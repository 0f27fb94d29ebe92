// The client's address, as this server can vouch for it. `next start` exposes no socket address to pages or server
// actions, and fills X-Forwarded-For from the socket only when the request carries none, so a header alone can be
// forged by anyone. Instead the server process stamps every incoming request, before Next.js sees it, with the
// address worked out from the socket and the configured number of trusted proxies (TRUSTED_PROXY_HOPS), in a header
// carrying a per-process random tag that no client can know (lib/web/request-front.ts).
export const CLIENT_ADDRESS_HEADER = "x-harrow-client-address";

/** The server process's stamp (lib/web/request-front.ts sets it; shared through globalThis with Next's bundles). */
export const CLIENT_ADDRESS_STAMP = Symbol.for("harrow.clientAddressStamp");
export interface StampState {
  tag: string;
  hops: number;
}

/**
 * The client's address from the socket's peer and the X-Forwarded-For header it sent. With `hops` trusted proxies in
 * front (each appending the address it received the request from), the client is the entry `hops` places from the
 * right of [...X-Forwarded-For, socket]; 0 trusts no header at all. A chain shorter than `hops` (a request that
 * skipped a proxy) gives its leftmost entry.
 */
export function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | null {
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
 * The stamped client address of a request (pages and server actions pass `headers()`); null when this process
 * stamps nothing or the header is not its own (a client's forgery, or a request that arrived before the stamp).
 */
export function stampedClientAddress(headers: { get(name: string): string | null }): string | null {
  const state = (globalThis as Record<symbol, StampState | undefined>)[CLIENT_ADDRESS_STAMP];
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (!state || !value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== state.tag) return null;
  return value.slice(space + 1) || null;
}
