// The headers nginx sends with a page file (lib/web/page-files.mjs): exactly those the web server sends with the
// same page from its ISR cache, which nginx cannot ask it for. docs/deploy/harrow-digest-page-headers.conf holds
// them for an https site; `npm run nginx:page-headers` prints them for this configuration (PUBLIC_BASE_URL), and
// tests/integration/site-page-files.test.ts checks that a page file and the proxied page carry the same ones.
import { securityHeaders, type SecurityHeaderSettings } from "./security-headers";

/**
 * Next.js's Cache-Control for a page with `revalidate = 30` (every cached page: app/_lib/council-page.ts) and
 * next.config.ts's `expireTime` of 90 s: a shared cache may serve a copy at most a minute past its s-maxage.
 */
export const PAGE_CACHE_CONTROL = "s-maxage=30, stale-while-revalidate=60";
/** Next.js's Vary for app pages, and the compression's. */
export const PAGE_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

export function pageFileHeaders(settings: SecurityHeaderSettings): Record<string, string> {
  return { "Cache-Control": PAGE_CACHE_CONTROL, Vary: PAGE_VARY, ...securityHeaders(settings) };
}

/** The nginx `add_header` lines for them (a snippet for harrow-digest-proxy.conf's page-file location). */
export function nginxPageHeaders(settings: SecurityHeaderSettings): string {
  const https = settings.publicBaseUrl.startsWith("https:");
  const lines = [
    "# The headers the web server sends with a cached page, for nginx to send with its page file (harrow-digest-",
    `# proxy.conf). For a site served over ${https ? "https" : "http"}: generate again with \`npm run nginx:page-headers\` when PUBLIC_BASE_URL`,
    "# changes between http and https (HSTS and upgrade-insecure-requests), or when lib/web/security-headers.ts does.",
  ];
  for (const [name, value] of Object.entries(pageFileHeaders(settings))) {
    if (/["\\$\n]/.test(value)) throw new Error(`${name}: a value nginx cannot take as it is: ${value}`);
    lines.push(`add_header ${name} "${value}";`);
  }
  return lines.join("\n") + "\n";
}
