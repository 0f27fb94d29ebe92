// Two web servers behind one nginx (the production recipe, docs/deploy), sharing one database, each with its own
// page cache: a change the scraper commits reaches both through PostgreSQL's LISTEN/NOTIFY, and reaches visitors
// through the proxy within the pages' freshness window (s-maxage). Skipped, saying so, without Debian's nginx.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISTENER_APPLICATION_NAME, MIN_REFRESH_MS } from "@/lib/web/isr-cache-handler.mjs";
import { nginxAvailable, PROXY_RULES, startNginx, type RunningNginx } from "../../kit/nginx";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, testDatabaseUrl, startFromSnapshot } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";
import type { ReplayServer } from "@/lib/replay/server";

// The snapshot scraped (tests/helpers/snapshot-db.ts); the replay server stays up for the rescrape.
if (nginxAvailable()) startFromSnapshot("scraped");
const prisma = createTestPrisma();
const MEETING_PAGE = "/harrow/meetings/66391-cabinet-2026-10-15";
const MEETING_SOURCE = "/ieListDocuments.aspx?CId=249&MId=66391&Ver=4";
const OLD_VENUE = "The Auditorium - Harrow Council Hub";
const NEW_VENUE = "Committee Room 5 - Harrow Civic Centre";
let replay: ReplayServer;
let first: RunningSite;
let second: RunningSite;
let proxy: RunningNginx;
const proxyDir = fs.mkdtempSync(path.join(os.tmpdir(), "two-servers-nginx-"));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!nginxAvailable())("two web servers behind nginx (apt-get install -y nginx)", () => {
  beforeAll(async () => {
    replay = await startHarrowReplay();
    await buildSite(testDatabaseUrl());
    // Each server serves its own copy of the build (startSite), so its page cache on disk is its own, as on another
    // machine.
    const env = { TRUSTED_PROXY_HOPS: "1", OUTBOX_DIR: path.join(proxyDir, "outbox") };
    first = await startSite(testDatabaseUrl(), env);
    second = await startSite(testDatabaseUrl(), env);
    const port = (site: RunningSite) => Number(new URL(site.baseUrl).port);
    proxy = await startNginx({ dir: proxyDir, upstreamPort: [port(first), port(second)] });
  });

  afterAll(async () => {
    await proxy?.stop();
    await first?.stop();
    await second?.stop();
    await replay?.close();
    await prisma.$disconnect();
    fs.rmSync(proxyDir, { recursive: true, force: true });
  });

  /** Fetches until the answer came from the named cache (each web server's ISR cache, or nginx's). */
  async function cached(url: string, header: "x-nextjs-cache" | "x-cache-status"): Promise<string> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await fetch(url);
      const body = await response.text();
      expect(response.status, url).toBe(200);
      if (response.headers.get(header) === "HIT") return body;
      await sleep(100);
    }
    throw new Error(`${url} never came from the cache (${header})`);
  }

  async function until(url: string, text: string, attempts: number, intervalMs: number): Promise<boolean> {
    for (let attempt = 0; attempt < attempts; attempt++) {
      if ((await (await fetch(url)).text()).includes(text)) return true;
      await sleep(intervalMs);
    }
    return false;
  }

  it("share a change the scraper commits: both servers' cached pages, then the proxy's copy, show it", async () => {
    // Every cache holds the page as it was.
    for (const site of [first, second])
      expect(await cached(site.baseUrl + MEETING_PAGE, "x-nextjs-cache")).toContain(OLD_VENUE);
    expect(await cached(proxy.baseUrl + MEETING_PAGE, "x-cache-status")).toContain(OLD_VENUE);
    // Each server keeps its own LISTEN connection to the database.
    const listeners = await prisma.$queryRaw<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where application_name = ${LISTENER_APPLICATION_NAME} and datname = current_database()`;
    expect(listeners[0]?.n).toBe(2);

    // A page is re-rendered at most once per MIN_REFRESH_MS after a change: let that pass, so the change decides.
    await sleep(MIN_REFRESH_MS + 1_000);
    const page = await fetch(replay.baseUrl + MEETING_SOURCE).then((r) => r.text());
    expect(page).toContain(OLD_VENUE);
    replay.override(MEETING_SOURCE, { body: page.replaceAll(OLD_VENUE, NEW_VENUE) });
    const rescrape = await scrapeReplay(prisma, replay);
    expect(rescrape.status, JSON.stringify(rescrape.errors)).not.toBe("failed");
    expect((await prisma.meeting.findFirstOrThrow({ where: { externalId: 66391 } })).venue).toContain(NEW_VENUE);

    // Both servers were told: the next visits re-render and show it (well before their own 30 s timer would).
    for (const site of [first, second])
      expect(await until(site.baseUrl + MEETING_PAGE, NEW_VENUE, 40, 250), site.baseUrl).toBe(true);
    // Through the proxy, once its copy is older than the page's s-maxage (30 s).
    expect(await until(proxy.baseUrl + MEETING_PAGE, NEW_VENUE, 90, 1_000)).toBe(true);
    expect(proxy.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });

  it("count sign-ups by the visitor's address that nginx passes on (TRUSTED_PROXY_HOPS=1), not by what the visitor claims", async () => {
    await prisma.rateLimit.deleteMany({});
    const home = await (await fetch(proxy.baseUrl + "/")).text();
    expect(home).toContain('id="subscribe-email"');
    // The same client (127.0.0.1 to nginx) claiming different addresses: one counter, keyed by 127.0.0.1.
    const { readForm, submitForm } = await import("../helpers/html-text");
    const form = readForm(home, proxy.baseUrl + "/", "subscribe-email");
    for (let i = 0; i < 3; i++) {
      const posted = await submitForm(form, { email: `proxied-${i}@example.org` }, proxy.baseUrl, [], {
        "X-Forwarded-For": `198.51.100.${i + 1}`,
      });
      expect(posted.status).toBe(303);
      // Form posts never touch nginx's cache (each one reaches the server: the counter below counts all three).
      expect(posted.headers.get("x-cache-status") ?? "").not.toBe("HIT");
      expect(posted.headers.get("set-cookie")).toBeNull();
    }
    const counters = await prisma.rateLimit.findMany({ where: { key: { startsWith: "subscribe:ip:" } } });
    expect(counters.map((c) => c.count)).toEqual([3]);
    await prisma.rateLimit.deleteMany({});
  });

  it("answer a page's second request from nginx's cache: one plain and one gzip copy, whatever a browser's Accept-Encoding says", async () => {
    const page = "/harrow/committees";
    const plain = [await rawGet(proxy.baseUrl + page), await rawGet(proxy.baseUrl + page)];
    expect(plain.map((r) => r.status)).toEqual([200, 200]);
    expect(plain[0]!.headers["x-cache-status"]).toBe("MISS");
    expect(plain[1]!.headers["x-cache-status"]).toBe("HIT");
    expect(plain[1]!.headers["content-encoding"]).toBeUndefined();
    expect(plain[1]!.body.equals(plain[0]!.body)).toBe(true);

    // Browsers word Accept-Encoding differently; all of them share the one gzip copy, and never get the plain one.
    const gzipped: Record<string, http.IncomingHttpHeaders> = {};
    let gzipCopy: Buffer | undefined;
    for (const acceptEncoding of [
      "gzip, deflate, br",
      "gzip, deflate, br",
      "gzip, deflate, br, zstd",
      "gzip, deflate",
      "br, gzip",
    ]) {
      const response = await rawGet(proxy.baseUrl + page, { "accept-encoding": acceptEncoding });
      expect(response.headers["content-encoding"], acceptEncoding).toBe("gzip");
      expect(zlib.gunzipSync(response.body).toString()).toContain("<title>Committees · ");
      // Every wording gets the very bytes the first one stored.
      gzipCopy ??= response.body;
      expect(response.body.equals(gzipCopy), acceptEncoding).toBe(true);
      gzipped[acceptEncoding] = response.headers;
    }
    // (The first "gzip, deflate, br" request filled the gzip copy; the entry holds the second one's answer.)
    expect(Object.entries(gzipped).map(([ae, h]) => [ae, h["x-cache-status"]])).toEqual([
      ["gzip, deflate, br", "HIT"],
      ["gzip, deflate, br, zstd", "HIT"],
      ["gzip, deflate", "HIT"],
      ["br, gzip", "HIT"],
    ]);
    // The gzip copy is stored and replayed with its length, not re-chunked on every hit: the web server sends a
    // whole body compressed in one go with its Content-Length (lib/web/compress-response.ts).
    for (const [acceptEncoding, headers] of Object.entries(gzipped)) {
      expect([headers["content-length"], headers["transfer-encoding"]], acceptEncoding).toEqual([
        String(gzipCopy!.length),
        undefined,
      ]);
    }
    // Visitors still see that the page varies by encoding, so caches beyond nginx keep the two apart too.
    expect(gzipped["gzip, deflate"]!["vary"]).toMatch(/Accept-Encoding/i);
    // Clients that ask for no compression get the plain copy from the cache.
    const identity = await rawGet(proxy.baseUrl + page, { "accept-encoding": "identity" });
    expect([identity.headers["x-cache-status"], identity.headers["content-encoding"]]).toEqual(["HIT", undefined]);
    // No cached answer sets a cookie (nginx never stores one that does), so none can reach another visitor.
    for (const response of [...plain, identity]) expect(response.headers["set-cookie"]).toBeUndefined();

    // Next's client-router requests are not the page: they go past the cache and leave the page's copy alone.
    const router = await rawGet(proxy.baseUrl + page, { rsc: "1" });
    expect(router.headers["x-cache-status"]).toBe("BYPASS");
    const after = await rawGet(proxy.baseUrl + page);
    expect([after.headers["x-cache-status"], after.body.equals(plain[0]!.body)]).toEqual(["HIT", true]);
  });

  it("never cache what is personal or live; keep a 404 no longer than the pages (30 s)", async () => {
    for (const route of [
      "/api/health",
      "/ops/status",
      "/harrow/search?q=budget",
      "/subscribe",
      "/preferences",
      "/unsubscribe",
      "/confirm?token=abc",
      "/report",
    ]) {
      const [first, second] = [await rawGet(proxy.baseUrl + route), await rawGet(proxy.baseUrl + route)];
      expect(second.headers["x-cache-status"], route).toBe("MISS");
      expect(first.headers["x-cache-status"], route).toBe("MISS");
      expect(second.headers["cache-control"], route).toMatch(/no-store|private/);
    }
    const missing = "/harrow/meetings/99999999-nothing-2001-01-01";
    const notFound = [await rawGet(proxy.baseUrl + missing), await rawGet(proxy.baseUrl + missing)];
    expect(notFound.map((r) => r.status)).toEqual([404, 404]);
    const sharedMaxAge = Number(/s-maxage=(\d+)/.exec(String(notFound[1]!.headers["cache-control"]))?.[1]);
    expect(sharedMaxAge).toBeLessThanOrEqual(30);
    // The rules never override what the site says about caching, cookies included.
    expect(fs.readFileSync(PROXY_RULES, "utf8")).not.toMatch(
      /^\s*proxy_ignore_headers[^;]*(Set-Cookie|Cache-Control|Expires|X-Accel-Expires)/im,
    );
    expect(fs.readFileSync(PROXY_RULES, "utf8")).not.toMatch(/^\s*proxy_cache_valid\s+(any|404)/im);
  });
});

/** One GET without decompression: status, headers and the body's bytes as sent. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}
