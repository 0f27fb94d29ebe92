// Page files for nginx (lib/web/page-files.mjs): which pages may become files and under which name (the same one
// nginx's map in docs/deploy/harrow-digest-http.conf looks for), written whole with the web server's gzip bytes,
// never for a render a change has overtaken, all deleted by clear(), old ones by sweep(), and within a budget of
// pages and bytes, the oldest out first. On a real temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ContentFreshness } from "@/lib/web/isr-cache-handler.mjs";
import { PageFiles, pageFileName, pathnameOfCacheKey, servableAsFile } from "@/lib/web/page-files.mjs";
import { nginxPageHeaders, PAGE_CACHE_CONTROL } from "@/lib/web/page-file-headers";

let dir: string;
let outside: string;
beforeEach(() => {
  outside = fs.mkdtempSync(path.join(os.tmpdir(), "page-files-"));
  dir = path.join(outside, "pages");
  fs.mkdirSync(dir);
});
afterEach(() => fs.rmSync(outside, { recursive: true, force: true }));

const MEETING = "/harrow/meetings/66391-cabinet-2026-10-15";
const html = (n: number | string) =>
  `<!DOCTYPE html><html><body><p>${String(n).repeat(1)}</p>${"x".repeat(2_000)}</body></html>`;
const always = () => true;

function filesUnder(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

/** nginx's name for a GET's decoded path, from the map in the deploy config, in JavaScript (no file: undefined). */
function nginxFileFor(uri: string): string | undefined {
  const conf = fs.readFileSync("docs/deploy/harrow-digest-http.conf", "utf8");
  const block = /map \$uri \$harrow_digest_page_file \{([\s\S]*?)\n\}/.exec(conf)?.[1];
  if (!block) throw new Error("no page-file map in harrow-digest-http.conf");
  let value: string | undefined;
  let fallback: string | undefined;
  for (const line of block.split("\n").map((l) => l.trim())) {
    if (!line || line.startsWith("#")) continue;
    const m = /^("[^"]*"|\S+)\s+(\S+);$/.exec(line);
    if (!m) throw new Error(`unread map line: ${line}`);
    const source = m[1]!.replace(/^"|"$/g, "");
    if (source.startsWith("~")) throw new Error("a regular expression in the page-file map");
    if (source === "default") fallback = m[2];
    else if (source === uri) value = m[2];
  }
  const name = (value ?? fallback)!.replaceAll("$uri", uri);
  return name.startsWith("/.no-page-file") ? undefined : name.replace(/^\//, "");
}

describe("which pages become files, and their names", () => {
  it("maps the site's page routes to names inside the folder, the same ones nginx looks for", () => {
    const pages: [string, string][] = [
      ["/", "index.html"],
      ["/harrow", "harrow.html"],
      ["/harrow/committees", "harrow/committees.html"],
      [
        "/harrow/committees/276-overview-and-scrutiny-committee",
        "harrow/committees/276-overview-and-scrutiny-committee.html",
      ],
      [MEETING, "harrow/meetings/66391-cabinet-2026-10-15.html"],
      ["/harrow/weekly/2026-w41", "harrow/weekly/2026-w41.html"],
      ["/brent/topics/childrens-services", "brent/topics/childrens-services.html"],
    ];
    for (const [pathname, name] of pages) {
      expect(pageFileName(pathname), pathname).toBe(name);
      expect(nginxFileFor(pathname), pathname).toBe(name);
    }
  });

  it("refuses anything else: other routes, dots, encoded or unusual characters, over-long names", () => {
    for (const pathname of [
      "/index",
      "/harrow/search",
      "/harrow/meetings/1/2",
      "/api/v1/meetings",
      "/harrow/feed.xml",
      "/harrow/meetings/..",
      "/harrow/meetings/../../../etc/passwd",
      "/harrow/../x",
      "/../x",
      "/harrow/meetings/.tmp-1-1",
      "/harrow/meetings/a.html",
      "/harrow/meetings/%2e%2e",
      "/harrow/meetings/caf\u00e9",
      "/harrow/meetings/a b",
      "/harrow/meetings/a\u0000b",
      "/harrow/meetings/" + "a".repeat(161),
      "/harrow/meetings/",
      "//harrow",
      "/Harrow",
      "harrow",
      "",
    ])
      expect(pageFileName(pathname), JSON.stringify(pathname)).toBeUndefined();
    // nginx looks such paths up under names no page file has: not the home page's, and (since the web server
    // writes no dot in a name) never a temporary file or a name ending in anything but a page's ".html".
    expect(nginxFileFor("/index")).toBeUndefined();
    expect(nginxFileFor("/harrow/meetings/a.html")).toBe("harrow/meetings/a.html.html");
    expect(nginxFileFor("/harrow/meetings/.tmp-1-1")).toBe("harrow/meetings/.tmp-1-1.html");
    for (const pathname of ["/harrow/meetings/a.html", "/harrow/meetings/.tmp-1-1", "/harrow/meetings/a.html.gz"])
      expect(pageFileName(pathname)).toBeUndefined();
  });

  it("reads the page back from Next.js's cache key", () => {
    const key = (page: string) => `/route-cache/APP_PAGE/${"ab".repeat(32)}/$${page}`;
    expect(pathnameOfCacheKey(key("/index"))).toBe("/");
    expect(pathnameOfCacheKey(key(MEETING))).toBe(MEETING);
    expect(pathnameOfCacheKey(key("/index/index"))).toBe("/index");
    expect(pathnameOfCacheKey(`/route-cache/APP_ROUTE/${"ab".repeat(32)}/$/harrow/feed.xml`)).toBeUndefined();
  });

  it("keeps only public 200 pages with a revalidate time, no cookie, no Vary of their own, no token field", () => {
    const page = { kind: "APP_PAGE", status: 200, headers: { "x-next-cache-tags": "a" } };
    const ctx = { cacheControl: { revalidate: 30, expire: 31536000 } };
    expect(servableAsFile(page, ctx, html(1))).toBe(true);
    expect(servableAsFile({ ...page, headers: { vary: "rsc, Accept-Encoding" } }, ctx, html(1))).toBe(true);
    expect(servableAsFile({ ...page, status: 404 }, ctx, html(1))).toBe(false);
    expect(servableAsFile({ ...page, kind: "APP_ROUTE" }, ctx, html(1))).toBe(false);
    expect(servableAsFile(page, {}, html(1))).toBe(false);
    expect(servableAsFile(page, { cacheControl: { revalidate: false } }, html(1))).toBe(false);
    expect(servableAsFile({ ...page, headers: { "Set-Cookie": "a=b" } }, ctx, html(1))).toBe(false);
    expect(servableAsFile({ ...page, headers: { vary: "Cookie" } }, ctx, html(1))).toBe(false);
    expect(servableAsFile({ ...page, headers: { "cache-control": "private" } }, ctx, html(1))).toBe(false);
    expect(servableAsFile(page, ctx, '<form><input type="hidden" name="csrf_token" value="x"></form>')).toBe(false);
  });
});

describe("PageFiles", () => {
  it("writes a page's file and the web server's gzip bytes of it, readable by nginx, no temporary file left", async () => {
    const files = new PageFiles({ dir });
    await files.write(MEETING, html(1), always);
    const file = path.join(dir, "harrow/meetings/66391-cabinet-2026-10-15.html");
    expect(fs.readFileSync(file, "utf8")).toBe(html(1));
    // lib/web/compress-response.ts sends zlib.gzip(body) with the default options: the same bytes.
    expect(fs.readFileSync(file + ".gz").equals(zlib.gzipSync(Buffer.from(html(1))))).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o644);
    expect(filesUnder(dir)).toEqual([
      "harrow/meetings/66391-cabinet-2026-10-15.html",
      "harrow/meetings/66391-cabinet-2026-10-15.html.gz",
    ]);
    // A small page is sent plain to everyone by the web server: no gzip copy (an old one goes).
    await files.write(MEETING, "<p>short</p>", always);
    expect(filesUnder(dir)).toEqual(["harrow/meetings/66391-cabinet-2026-10-15.html"]);
  });

  it("writes nothing for a render a change has overtaken, or for a path that is not a page", async () => {
    const freshness = new ContentFreshness({ now: () => 0 });
    freshness.setListening(true);
    freshness.missing(MEETING);
    const version = freshness.stored(MEETING);
    expect(freshness.isCurrent(version)).toBe(true);
    const files = new PageFiles({ dir });
    let cleared = 0;
    freshness.onChange(() => cleared++);
    freshness.changed("Meeting");
    expect([freshness.isCurrent(version), cleared]).toEqual([false, 1]);
    await files.write(MEETING, html(1), () => freshness.isCurrent(version));
    for (const pathname of ["/harrow/meetings/../../../escaped", "/../escaped", "/harrow/meetings/%2e%2e"])
      await files.write(pathname, html(2), always);
    expect(filesUnder(outside)).toEqual([]);
    // Notifications not flowing: nothing is current.
    freshness.setListening(false);
    expect(freshness.isCurrent(freshness.version)).toBe(false);
  });

  it("clear() deletes every page file in the folder, whoever wrote it", async () => {
    const mine = new PageFiles({ dir });
    const theirs = new PageFiles({ dir });
    await mine.write(MEETING, html(1), always);
    await theirs.write("/harrow/committees", html(2), always);
    await theirs.write("/", html(3), always);
    expect(filesUnder(dir)).toHaveLength(6);
    await mine.clear();
    expect(filesUnder(dir)).toEqual([]);
    expect(mine.usage).toEqual({ pages: 0, bytes: 0 });
  });

  it("sweep() deletes the files older than the age given", async () => {
    let now = Date.now();
    const files = new PageFiles({ dir, now: () => now });
    await files.write(MEETING, html(1), always);
    fs.utimesSync(
      path.join(dir, "harrow/meetings/66391-cabinet-2026-10-15.html"),
      new Date(now - 120_000),
      new Date(now - 120_000),
    );
    await files.write("/harrow/committees", html(2), always);
    await files.sweep(60_000);
    expect(filesUnder(dir)).toEqual(["harrow/committees.html", "harrow/committees.html.gz"]);
    now += 61_000;
    await files.sweep(60_000);
    expect(filesUnder(dir)).toEqual([]);
  });

  it("keeps within its budget of pages and of bytes, the oldest written out first", async () => {
    const byPages = new PageFiles({ dir, maxPages: 3 });
    for (let i = 1; i <= 5; i++) await byPages.write(`/harrow/meetings/${i}-m`, html(i), always);
    expect(filesUnder(dir).filter((f) => f.endsWith(".html"))).toEqual([
      "harrow/meetings/3-m.html",
      "harrow/meetings/4-m.html",
      "harrow/meetings/5-m.html",
    ]);
    expect(byPages.usage.pages).toBe(3);
    await byPages.clear();

    const onePage = Buffer.byteLength(html(1)) + zlib.gzipSync(html(1)).length;
    const byBytes = new PageFiles({ dir, maxBytes: onePage * 2 + 10 });
    for (let i = 1; i <= 5; i++) await byBytes.write(`/harrow/meetings/${i}-m`, html(i), always);
    expect(filesUnder(dir).filter((f) => f.endsWith(".html"))).toEqual([
      "harrow/meetings/4-m.html",
      "harrow/meetings/5-m.html",
    ]);
    const onDisk = filesUnder(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    expect(onDisk).toBeLessThanOrEqual(onePage * 2 + 10);
    expect(byBytes.usage.bytes).toBe(onDisk);
    // A page bigger than the whole budget is never written.
    const tiny = new PageFiles({ dir, maxBytes: 100 });
    await tiny.write("/harrow/committees", html(9), always);
    expect(fs.existsSync(path.join(dir, "harrow/committees.html"))).toBe(false);
  });

  it("makes room before a page appears: the folder never holds more pages than the budget, even for a moment", async () => {
    const files = new PageFiles({ dir, maxPages: 2 });
    const counts: number[] = [];
    // Each page appears by a rename into place: the pages present at that moment, the new one included.
    const rename = fs.promises.rename;
    const spy = vi.spyOn(fs.promises, "rename").mockImplementation(async (from, to) => {
      await rename(from, to);
      if (String(to).endsWith(".html")) counts.push(filesUnder(dir).filter((f) => f.endsWith(".html")).length);
    });
    try {
      for (let i = 1; i <= 4; i++) await files.write(`/harrow/meetings/${i}-m`, html(i), always);
    } finally {
      spy.mockRestore();
    }
    expect(counts).toEqual([1, 2, 2, 2]);
  });
});

describe("the page files' headers for nginx", () => {
  it("docs/deploy/harrow-digest-page-headers.conf is what `npm run nginx:page-headers` prints for an https site", () => {
    const expected = nginxPageHeaders({ publicBaseUrl: "https://digest.example.org", development: false });
    expect(fs.readFileSync("docs/deploy/harrow-digest-page-headers.conf", "utf8")).toBe(expected);
    expect(expected).toMatch(/^add_header Strict-Transport-Security "max-age=\d+; includeSubDomains";$/m);
    expect(expected).toContain(`add_header Cache-Control "${PAGE_CACHE_CONTROL}";`);
    const plainHttp = nginxPageHeaders({ publicBaseUrl: "http://127.0.0.1:3000", development: false });
    expect(plainHttp).not.toMatch(/^add_header Strict-Transport-Security|upgrade-insecure-requests"/m);
  });
});

describe("how stale a copy nginx may serve", () => {
  it("is bounded by the pages' own stale-while-revalidate, never 'updating' (a copy of any age)", () => {
    const proxy = fs
      .readFileSync("docs/deploy/harrow-digest-proxy.conf", "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("#"))
      .join("\n");
    const useStale = /proxy_cache_use_stale ([^;]+);/g;
    const settings = [...proxy.matchAll(useStale)].map((m) => m[1]!.split(/\s+/));
    expect(settings.length).toBeGreaterThan(0);
    for (const setting of settings) expect(setting).not.toContain("updating");
    // Next's Cache-Control for the pages: a minute past the 30 s s-maxage (next.config.ts expireTime: 90).
    expect(PAGE_CACHE_CONTROL).toBe("s-maxage=30, stale-while-revalidate=60");
  });
});
