// The page cache's disk use: only 200 answers are written, addresses too long for the file system are skipped
// without an error, and the files stay within a byte budget, the oldest written removed first. Through the real
// handler class over Next's own file-system cache, writing to a temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import ScriptFreePageCache, { DiskBudget, PAGE_CACHE_CONFIG, storablePath } from "@/lib/web/isr-cache-handler.mjs";

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods.js") as { nodeFs: unknown };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-cache-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  delete (globalThis as Record<symbol, unknown>)[PAGE_CACHE_CONFIG];
});

function cache(maxDiskBytes?: number) {
  if (maxDiskBytes) (globalThis as Record<symbol, unknown>)[PAGE_CACHE_CONFIG] = { maxDiskBytes };
  return new ScriptFreePageCache({
    fs: nodeFs,
    serverDistDir: dir,
    flushToDisk: true,
    revalidatedTags: [],
  }) as unknown as {
    get(key: string, ctx: unknown): Promise<{ value: { html: string; status?: number } } | null>;
    set(key: string, data: unknown, ctx: unknown): Promise<void>;
  };
}

const ctx = { kind: "APP_PAGE", cacheControl: { revalidate: 30, expire: 31536000 } };
const key = (pathname: string) => `/route-cache/APP_PAGE/0123abcd/$${pathname}`;
const page = (html: string, status?: number) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:" + "r".repeat(html.length)),
  headers: {},
  status,
  postponed: undefined,
  segmentData: new Map([["/_tree", Buffer.from("t".repeat(100))]]),
});

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
const bytesUnder = (folder: string) => filesUnder(folder).reduce((sum, f) => sum + fs.statSync(f).size, 0);

describe("the page cache on disk", () => {
  it("writes a 200 page, and nothing for a 404 or a redirect to an address someone made up", async () => {
    const c = cache();
    await c.set(key("/harrow/meetings/1-real"), page("<html>ok</html>"), ctx);
    const kept = filesUnder(dir).length;
    expect(kept).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      await c.set(key(`/harrow/meetings/99999${i}-made-up`), page("<html>not found</html>", 404), ctx);
      await c.set(key(`/harrow/meetings/1-wrong-slug-${i}`), page("", 308), ctx);
    }
    expect(filesUnder(dir).length).toBe(kept);
    expect(await c.get(key("/harrow/meetings/999990-made-up"), ctx)).toBeNull();
    expect((await c.get(key("/harrow/meetings/1-real"), ctx))?.value.html).toBe("<html>ok</html>");
  });

  it("removes a page that has become a 404 rather than keep serving its old copy", async () => {
    const c = cache();
    await c.set(key("/harrow/meetings/2-gone"), page("<html>was here</html>"), ctx);
    await c.set(key("/harrow/meetings/2-gone"), page("<html>not found</html>", 404), ctx);
    expect(filesUnder(dir)).toEqual([]);
    expect(await c.get(key("/harrow/meetings/2-gone"), ctx)).toBeNull();
  });

  it("skips an address too long for the file system, without an error", async () => {
    const c = cache();
    const long = key(`/harrow/meetings/1-${"x".repeat(3000)}`);
    const longName = key(`/harrow/committees/${"é".repeat(200)}`);
    await expect(c.set(long, page("<html>long</html>"), ctx)).resolves.toBeUndefined();
    await expect(c.set(longName, page("<html>long</html>"), ctx)).resolves.toBeUndefined();
    await expect(c.get(long, ctx)).resolves.toBeNull();
    expect(filesUnder(dir)).toEqual([]);
  });

  it("stays within its byte budget on disk, removing the oldest written first", async () => {
    const c = cache(40_000);
    const html = "<html>" + "p".repeat(5_000) + "</html>";
    for (let i = 0; i < 30; i++) {
      await c.set(key(`/harrow/meetings/${i}-page`), page(html), ctx);
      expect(bytesUnder(dir), `after page ${i}`).toBeLessThanOrEqual(40_000);
    }
    const left = filesUnder(dir)
      .filter((f) => f.endsWith(".html"))
      .map((f) => Number(/meetings\/(\d+)-page\.html$/.exec(f)?.[1]));
    expect(left.length).toBeGreaterThan(1);
    // The newest pages are the ones left, in one unbroken run up to the last.
    expect(left.sort((a, b) => a - b)).toEqual(Array.from({ length: left.length }, (_, i) => 30 - left.length + i));
  });

  it("counts what an earlier run left on disk, oldest first", async () => {
    const first = cache(1_000_000);
    for (let i = 0; i < 5; i++)
      await first.set(key(`/harrow/people/${i}-person`), page("<html>" + "q".repeat(4_000) + "</html>"), ctx);
    const before = bytesUnder(dir);
    // A new process (module state cannot be reset here, so another build folder's budget is used for the same files).
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), "page-cache-"));
    fs.cpSync(dir, moved, { recursive: true });
    fs.rmSync(dir, { recursive: true, force: true });
    dir = moved;
    const second = cache(before);
    await second.set(key("/harrow/people/9-new"), page("<html>" + "q".repeat(4_000) + "</html>"), ctx);
    expect(bytesUnder(dir)).toBeLessThanOrEqual(before);
    expect(filesUnder(dir).some((f) => f.endsWith("9-new.html"))).toBe(true);
  });
});

describe("DiskBudget", () => {
  it("evicts oldest first, never the entry just written, and counts rewrites once", () => {
    const budget = new DiskBudget(100);
    expect(budget.record("/a", 40)).toEqual([]);
    expect(budget.record("/b", 40)).toEqual([]);
    expect(budget.record("/a", 40)).toEqual([]); // rewritten: now the newest
    expect(budget.totalBytes).toBe(80);
    expect(budget.record("/c", 40, "k")).toEqual([{ base: "/b", key: undefined }]);
    expect(budget.record("/huge", 500)).toEqual([
      { base: "/a", key: undefined },
      { base: "/c", key: "k" },
    ]);
    expect(budget.entries).toBe(1);
  });

  it("knows which paths the file system can hold", () => {
    expect(storablePath("/x/route-cache/harrow/meetings/1-a.html")).toBe(true);
    expect(storablePath("/x/" + "a".repeat(201))).toBe(false);
    expect(storablePath("/x/" + "a/".repeat(2000))).toBe(false);
  });
});
