// Two web servers behind one nginx (the production recipe, docs/deploy), sharing one database, each with its own
// page cache: a change the scraper commits reaches both through PostgreSQL's LISTEN/NOTIFY, and reaches visitors
// through the proxy within the pages' freshness window (s-maxage). Both write their pages as files into one shared
// folder (PAGE_FILES_DIR, lib/web/page-files.mjs) that a second nginx serves first (docs/deploy: the page-file
// location), deleted on every change. Skipped, saying so, without Debian's nginx.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISTENER_APPLICATION_NAME, MIN_REFRESH_MS } from "@/lib/web/isr-cache-handler.mjs";
import { pageFileName } from "@/lib/web/page-files.mjs";
import { meetingPath } from "@/lib/urls";
import { nginxAvailable, PROXY_RULES, startNginx, type RunningNginx } from "../../kit/nginx";
import { waitUntil } from "../../kit/wait";
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
/** nginx in front of the same servers, serving their page files first */
let filesProxy: RunningNginx;
const proxyDir = fs.mkdtempSync(path.join(os.tmpdir(), "two-servers-nginx-"));
// Shared by both servers, as on one machine (or a shared disk); readable by nginx.
const pagesDir = path.join(proxyDir, "page-files");
/** Each server keeps at most this many pages as files (PAGE_FILES_MAX_PAGES). */
const PAGE_FILES_BOUND = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!nginxAvailable())("two web servers behind nginx (apt-get install -y nginx)", () => {
  beforeAll(async () => {
    replay = await startHarrowReplay();
    await buildSite(testDatabaseUrl());
    // Each server serves its own copy of the build (startSite), so its page cache on disk is its own, as on another
    // machine.
    const env = {
      TRUSTED_PROXY_HOPS: "1",
      OUTBOX_DIR: path.join(proxyDir, "outbox"),
      PAGE_FILES_DIR: pagesDir,
      // One site at one address, as in production: the pages (their canonical links) are the same whichever
      // server renders them, so either one's page file is the page.
      PUBLIC_BASE_URL: "http://localhost:3000",
      PAGE_FILES_MAX_PAGES: String(PAGE_FILES_BOUND),
    };
    first = await startSite(testDatabaseUrl(), env);
    second = await startSite(testDatabaseUrl(), env);
    const port = (site: RunningSite) => Number(new URL(site.baseUrl).port);
    // The first nginx has no page files of its own (an empty folder): its tests are of the proxy and its cache.
    proxy = await startNginx({ dir: proxyDir, upstreamPort: [port(first), port(second)] });
    filesProxy = await startNginx({
      dir: path.join(proxyDir, "files-nginx"),
      upstreamPort: [port(first), port(second)],
      pageFilesDir: pagesDir,
    });
    // Each server listens for changes from its first page request; page files are written only once it does.
    for (const site of [first, second]) await fetch(site.baseUrl + "/harrow/weekly").then((r) => r.text());
  });

  afterAll(async () => {
    await proxy?.stop();
    await filesProxy?.stop();
    await first?.stop();
    await second?.stop();
    await replay?.close();
    await prisma.$disconnect();
    fs.rmSync(proxyDir, { recursive: true, force: true });
  });

  /** Fetches until the answer came from the named cache (each web server's ISR cache, or nginx's). */
  async function cached(url: string, header: "x-nextjs-cache" | "x-cache-status"): Promise<string> {
    let body = "";
    let seen: string | null = null;
    await waitUntil(
      async () => {
        const response = await fetch(url);
        body = await response.text();
        expect(response.status, url).toBe(200);
        seen = response.headers.get(header);
        return seen === "HIT";
      },
      () => `${url} to come from the cache (${header}: ${seen})`,
      100,
    );
    return body;
  }

  /**
   * Waits until the page's file (PAGE_FILES_DIR) holds what `wanted` accepts (undefined: no file), visiting the
   * page on each server meanwhile (a page rendered before its server listened is written when next re-rendered,
   * at most MIN_REFRESH_MS later). Returns the file's HTML.
   */
  async function pageFile(
    page: string,
    wanted: (html: string | undefined) => boolean,
    { visit = true } = {},
  ): Promise<string | undefined> {
    const file = path.join(pagesDir, pageFileName(page)!);
    let html: string | undefined;
    await waitUntil(
      async () => {
        html = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
        if (wanted(html)) return true;
        if (visit) for (const site of [first, second]) await fetch(site.baseUrl + page).then((r) => r.text());
        return false;
      },
      () => `${file} to become what was wanted (${html === undefined ? "absent" : "present"})`,
      250,
    );
    return html;
  }

  /** Fetches until the page shows `text`: no count of tries, the test's stop ends a hang (kit/wait.ts). */
  async function until(url: string, text: string, intervalMs: number): Promise<void> {
    await waitUntil(
      async () => (await (await fetch(url)).text()).includes(text),
      () => `${url} to show ${JSON.stringify(text)}`,
      intervalMs,
    );
  }

  it("share a change the scraper commits: both servers' cached pages, then the proxy's copy, show it; the page file goes at once", async () => {
    // Every cache holds the page as it was, the page file too.
    for (const site of [first, second])
      expect(await cached(site.baseUrl + MEETING_PAGE, "x-nextjs-cache")).toContain(OLD_VENUE);
    expect(await cached(proxy.baseUrl + MEETING_PAGE, "x-cache-status")).toContain(OLD_VENUE);
    await pageFile(MEETING_PAGE, (html) => html?.includes(OLD_VENUE) === true);
    const fromFile = await rawGet(filesProxy.baseUrl + MEETING_PAGE);
    expect([fromFile.headers["x-cache-status"], fromFile.body.toString().includes(OLD_VENUE)]).toEqual(["FILE", true]);
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

    // The servers were told: the page file holding the old venue is gone (or already replaced by a new render)...
    await pageFile(MEETING_PAGE, (html) => html === undefined || html.includes(NEW_VENUE), { visit: false });
    // ...and no answer from a page file shows the old venue again. (nginx keeps files open and looks a name up
    // again once open_file_cache_valid, 1 s, has passed since it last did: its last look at this one was before
    // the wait for MIN_REFRESH_MS above.)
    const fromFiles: string[] = [];
    const watch = async () => {
      const response = await rawGet(filesProxy.baseUrl + MEETING_PAGE);
      if (response.headers["x-cache-status"] === "FILE") fromFiles.push(response.body.toString());
      return response.body.toString();
    };
    await watch();
    // Both servers were told: the next visits re-render and show it (well before their own 30 s timer would).
    for (const site of [first, second]) {
      await until(site.baseUrl + MEETING_PAGE, NEW_VENUE, 250);
      await watch();
    }
    // The new render is written as the page file, and nginx serves it (once a second has passed since it last
    // found no file there: open_file_cache_errors).
    await pageFile(MEETING_PAGE, (html) => html?.includes(NEW_VENUE) === true);
    await waitUntil(
      async () => {
        await watch();
        return fromFiles.length > 0;
      },
      () => "nginx to serve the new page file",
      250,
    );
    for (const html of fromFiles) expect([html.includes(OLD_VENUE), html.includes(NEW_VENUE)]).toEqual([false, true]);
    // Through the proxy, once its copy is older than the page's s-maxage (30 s).
    await until(proxy.baseUrl + MEETING_PAGE, NEW_VENUE, 1_000);
    expect(proxy.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
    expect(filesProxy.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });

  it("serve a page from its file once rendered: the web server's own bytes, plain and gzip, with the headers the proxy sends", async () => {
    // (Not a page another test asks nginx for: its proxy cache copy is theirs.)
    const page = "/harrow/committees/249-cabinet";
    const html = await pageFile(page, (h) => h !== undefined);
    const file = path.join(pagesDir, pageFileName(page)!);
    // What a web server sends from its page cache, byte for byte: the plain file and its gzip copy.
    const direct = async (headers: Record<string, string>) => {
      let response: Awaited<ReturnType<typeof rawGet>> | undefined;
      await waitUntil(
        async () => (response = await rawGet(first.baseUrl + page, headers)).headers["x-nextjs-cache"] === "HIT",
        () => `${page} from the web server's page cache (x-nextjs-cache: ${response?.headers["x-nextjs-cache"]})`,
        100,
      );
      return response!;
    };
    const plain = await direct({});
    const gzip = await direct({ "accept-encoding": "gzip" });
    expect([plain.headers["x-nextjs-cache"], gzip.headers["content-encoding"]]).toEqual(["HIT", "gzip"]);
    expect(plain.body.toString()).toBe(html);
    expect(fs.readFileSync(file).equals(plain.body)).toBe(true);
    expect(fs.readFileSync(file + ".gz").equals(gzip.body)).toBe(true);

    const fromFile = await rawGet(filesProxy.baseUrl + page);
    const fromFileGzip = await rawGet(filesProxy.baseUrl + page, { "accept-encoding": "gzip, deflate, br" });
    expect([fromFile.headers["x-cache-status"], fromFileGzip.headers["x-cache-status"]]).toEqual(["FILE", "FILE"]);
    expect(fromFile.body.equals(plain.body)).toBe(true);
    expect([fromFileGzip.headers["content-encoding"], fromFileGzip.body.equals(gzip.body)]).toEqual(["gzip", true]);
    expect(fromFile.headers["content-encoding"]).toBeUndefined();
    // The same headers as the page through the proxy (its cached copy): type, caching, Vary and every security
    // header, nothing missing and nothing more but nginx's own validators.
    const proxied = await rawGet(proxy.baseUrl + page);
    const own = (headers: http.IncomingHttpHeaders) => {
      const framing = ["date", "connection", "keep-alive", "transfer-encoding", "content-length", "server"];
      const validators = ["etag", "last-modified", "accept-ranges", "x-cache-status"];
      return Object.fromEntries(
        Object.entries(headers).filter(([name]) => !framing.includes(name) && !validators.includes(name)),
      );
    };
    expect(Object.keys(own(proxied.headers))).toContain("content-security-policy");
    expect(own(fromFile.headers)).toEqual(own(proxied.headers));
    const proxiedGzip = await rawGet(proxy.baseUrl + page, { "accept-encoding": "gzip" });
    expect(own(fromFileGzip.headers)).toEqual(own(proxiedGzip.headers));

    // HEAD: the headers and length, no body. A browser's conditional request with the file's ETag: 304.
    const head = await rawGet(filesProxy.baseUrl + page, {}, "HEAD");
    expect([head.status, head.headers["x-cache-status"], head.headers["content-length"], head.body.length]).toEqual([
      200,
      "FILE",
      String(plain.body.length),
      0,
    ]);
    const etag = String(fromFile.headers["etag"]);
    const notModified = await rawGet(filesProxy.baseUrl + page, { "if-none-match": etag });
    expect([notModified.status, notModified.body.length]).toEqual([304, 0]);
    expect(notModified.headers["content-security-policy"]).toBe(proxied.headers["content-security-policy"]);
    // Not from the file: a query string, Next's router requests, a form post.
    for (const [url, headers, method] of [
      [page + "?sort=name", {}, "GET"],
      [page, { rsc: "1" }, "GET"],
      [page, { "content-type": "application/x-www-form-urlencoded" }, "POST"],
    ] as const) {
      const response = await rawGet(filesProxy.baseUrl + url, headers, method);
      expect(response.headers["x-cache-status"], `${method} ${url} ${JSON.stringify(headers)}`).not.toBe("FILE");
    }
  });

  it("write no file for an unknown address, a 404 or a page that is not public, and none outside the folder", async () => {
    const before = filesUnder(pagesDir);
    const attempts = [
      "/harrow/meetings/99999999-nothing-2001-01-01",
      "/harrow/no-such-section",
      "/nowhere",
      "/harrow/search?q=budget",
      "/subscribe",
      "/preferences",
      "/harrow/meetings/..%2f..%2f..%2f..%2fescaped",
      "/harrow/%2e%2e/%2e%2e/%2e%2e/escaped",
      "/harrow/meetings/%2e%2e%2f%2e%2e%2fescaped",
      "/harrow/meetings/" + "a".repeat(5_000),
      "/harrow/meetings/x%00y",
      "/harrow/topics/caf%C3%A9",
      "/api/v1/meetings",
      "/harrow/feed.xml",
    ];
    for (const site of [first, second])
      for (const target of attempts) await rawGet(site.baseUrl + target).catch(() => undefined);
    for (const target of attempts) {
      const response = await rawGet(filesProxy.baseUrl + target).catch(() => undefined);
      expect(response?.headers["x-cache-status"], target).not.toBe("FILE");
    }
    // A barrier: each server writes its files one after another, so once a page asked for afterwards has its file,
    // anything those requests would have written is written.
    for (const [site, page] of [
      [first, "/harrow/topics"],
      [second, "/harrow/forward-plan"],
    ] as const) {
      await fetch(site.baseUrl + page).then((r) => r.text());
      const file = path.join(pagesDir, pageFileName(page)!);
      await waitUntil(
        async () => {
          if (fs.existsSync(file)) return true;
          await fetch(site.baseUrl + page).then((r) => r.text());
          return false;
        },
        () => `${page} to be written as ${file}`,
        250,
      );
    }
    const added = filesUnder(pagesDir).filter((f) => !before.includes(f));
    expect(added.sort()).toEqual(
      ["harrow/forward-plan.html", "harrow/forward-plan.html.gz", "harrow/topics.html", "harrow/topics.html.gz"].filter(
        (f) => !before.includes(f),
      ),
    );
    // Nothing anywhere near the folder either.
    expect(fs.readdirSync(proxyDir).filter((name) => /escaped/.test(name))).toEqual([]);
    expect(fs.existsSync(path.join(os.tmpdir(), "escaped"))).toBe(false);
  });

  it(`keep at most PAGE_FILES_MAX_PAGES (${PAGE_FILES_BOUND}) pages as files per server, the newest kept`, async () => {
    const meetings = await prisma.meeting.findMany({
      where: { council: { slug: "harrow" } },
      include: { committee: true },
      orderBy: { id: "asc" },
      take: 2 * (PAGE_FILES_BOUND + 3),
    });
    const pages = meetings.map((m) =>
      meetingPath({
        councilSlug: "harrow",
        externalId: m.externalId,
        committeeName: m.committee.name,
        startsAt: m.startsAt,
      }),
    );
    expect(pages.length).toBe(2 * (PAGE_FILES_BOUND + 3));
    const half = PAGE_FILES_BOUND + 3;
    for (const [site, own] of [
      [first, pages.slice(0, half)],
      [second, pages.slice(half)],
    ] as const) {
      for (const page of own) {
        const response = await fetch(site.baseUrl + page);
        expect(response.status, page).toBe(200);
        await response.text();
      }
      // The last one written is kept (the newest), so once it is there every earlier write is done.
      const last = path.join(pagesDir, pageFileName(own.at(-1)!)!);
      await waitUntil(
        async () => {
          if (fs.existsSync(last)) return true;
          await fetch(site.baseUrl + own.at(-1)!).then((r) => r.text());
          return false;
        },
        () => `${own.at(-1)} to be written as ${last}`,
        250,
      );
    }
    const pagesOnDisk = filesUnder(pagesDir).filter((f) => f.endsWith(".html"));
    // Each server keeps its own newest PAGE_FILES_BOUND: at most twice that in the shared folder.
    expect(pagesOnDisk.length).toBeLessThanOrEqual(2 * PAGE_FILES_BOUND);
    for (const own of [pages.slice(0, half), pages.slice(half)]) {
      const kept = own.filter((page) => pagesOnDisk.includes(pageFileName(page)!));
      expect(kept.length).toBeLessThanOrEqual(PAGE_FILES_BOUND);
      expect(kept).toContain(own.at(-1));
      // The first ones written went first.
      expect(kept).not.toContain(own[0]);
    }
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

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** One GET (or another method) without decompression: status, headers and the body's bytes as sent. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { headers, agent: false, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      })
      .on("error", reject)
      .end();
  });
}
