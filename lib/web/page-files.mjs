// @ts-check
// Page files: each public page the web server caches, written as a plain file and its gzip bytes into a folder
// nginx serves directly (gzip_static), in front of its proxy and proxy_cache (docs/operations.md#page-files). A
// proxy_cache hit costs nginx ~1.5-1.8x a static file's CPU (key, shared-memory lookup, parsing the stored
// headers); a file costs what a static file costs.
//
// Written by lib/web/isr-cache-handler.mjs when a page's render is stored in the ISR cache, and only then:
//   - a page of the site's own routes (pageFileName: no query, nothing but [A-Za-z0-9_-] in each segment, so no
//     "..", no dot-files, no encoded characters; bounded in length), answered 200 and cached with a revalidate
//     time (pages that are private, live or per-visitor are never in the ISR cache), that sets no cookie and no
//     Vary of its own and carries no token field;
//   - while the database's change notifications are proven flowing, for a render that began after the last change
//     (a page rendered from data a change has since replaced is never written).
// Every change notification (and every start or loss of the notifications) deletes every file in the folder, and a
// timed sweep deletes files older than the pages' maximum age, so a page file is never older than the page the web
// server itself would serve. Several web servers may share the folder: each one deletes everything on the
// notifications it receives, so whatever any of them wrote before a change goes.
//
// Each write goes to a temporary dot-file (never served: nginx looks up a path plus ".html", and no temporary name
// ends so) renamed over the page's name, the gzip copy first; a deletion removes the plain file first. nginx serves a page only while its
// plain file exists (try_files), so it never serves a half-written file.
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);

/** The web server's threshold (lib/web/compress-response.ts COMPRESS_THRESHOLD_BYTES): smaller pages go plain. */
export const GZIP_THRESHOLD_BYTES = 1024;
/** One path segment at most, in bytes (a meeting's slug is well under). */
export const MAX_SEGMENT_BYTES = 160;
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 50_000;
/** Temporary files of a write that never finished (a crash) are removed by the sweep after this long. */
const TEMP_MAX_AGE_MS = 60_000;

const SEGMENT = `[A-Za-z0-9_-]{1,${MAX_SEGMENT_BYTES}}`;
// The site's page routes (app/): the home page, a council's front page, its indexes and one item of each kind.
const COUNCIL_PAGE = new RegExp(
  `^/(?!index$)[a-z0-9-]{1,60}(?:/(?:committees|forward-plan|issues|meetings|people|planning|topics|weekly)(?:/${SEGMENT})?)?$`,
);

/**
 * The file (relative to the folder, without .gz) a page's pathname is stored under, or undefined for anything that
 * is not one of the site's page routes. The same names nginx looks up (docs/deploy/harrow-digest-http.conf): "/" is
 * index.html, every other page its path plus ".html".
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function pageFileName(pathname) {
  if (pathname === "/") return "index.html";
  if (!COUNCIL_PAGE.test(pathname)) return undefined;
  return `${pathname.slice(1)}.html`;
}

/**
 * The page's pathname from an ISR cache key of an app page (Next.js: `/route-cache/APP_PAGE/<hash>/$<page>`, the
 * page normalised as "/" → "/index", "/index/…" → "/index/index/…").
 * @param {string} key
 * @returns {string | undefined}
 */
export function pathnameOfCacheKey(key) {
  const at = key.indexOf("/$/");
  if (!key.startsWith("/route-cache/APP_PAGE/") || at < 0) return undefined;
  const page = key.slice(at + 2);
  if (page === "/index") return "/";
  return page.startsWith("/index/") ? page.slice("/index".length) : page;
}

/** Next's router and compression headers a page varies by, which nginx's map accounts for. */
const ALLOWED_VARY = new Set([
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "accept-encoding",
]);
// A form field that would carry something per visitor.
const TOKEN_FIELD = /<input\b[^>]*\bname="[^"]*(?:csrf|token|nonce)[^"]*"/i;

/**
 * Whether a stored ISR entry may be served to everyone as a file: a 200 page with a revalidate time, no cookie,
 * no Vary of its own, no token field.
 * @param {any} data the ISR entry (kind APP_PAGE)
 * @param {any} ctx the cache context (cacheControl.revalidate)
 * @param {string} html
 */
export function servableAsFile(data, ctx, html) {
  if (data?.kind !== "APP_PAGE" || (data.status ?? 200) !== 200) return false;
  const revalidate = ctx?.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || !(revalidate > 0)) return false;
  /** @type {Record<string, unknown>} */
  const headers = data.headers ?? {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "set-cookie") return false;
    if (lower === "cache-control" && /\b(?:private|no-store|no-cache)\b/i.test(String(value))) return false;
    if (lower === "vary") {
      const names = [value].flat().join(",").split(",");
      if (!names.every((n) => ALLOWED_VARY.has(n.trim().toLowerCase()) || n.trim() === "")) return false;
    }
  }
  return !TOKEN_FIELD.test(html);
}

/**
 * The page files in one folder, written and deleted one operation at a time (in the order asked), within a budget
 * of pages and bytes: over it, the oldest written go first.
 */
export class PageFiles {
  /** @type {Promise<void>} */
  #queue = Promise.resolve();
  /** @type {Map<string, { bytes: number; writtenAt: number }>} this process's files, oldest first */
  #written = new Map();
  #bytes = 0;
  #dir;
  #maxBytes;
  #maxPages;
  #now;
  #temp = 0;

  /** @param {{ dir: string; maxBytes?: number; maxPages?: number; now?: () => number }} options */
  constructor({ dir, maxBytes = DEFAULT_MAX_BYTES, maxPages = DEFAULT_MAX_PAGES, now = Date.now }) {
    this.#dir = path.resolve(dir);
    this.#maxBytes = maxBytes;
    this.#maxPages = maxPages;
    this.#now = now;
  }

  get dir() {
    return this.#dir;
  }

  /** Pages and bytes this process has written and not yet deleted. */
  get usage() {
    return { pages: this.#written.size, bytes: this.#bytes };
  }

  /** Resolves when every operation asked so far is done. */
  settled() {
    return this.#queue;
  }

  /** @param {() => Promise<void>} task */
  #enqueue(task) {
    this.#queue = this.#queue.then(task).catch((error) => console.warn(`page files: ${error?.message ?? error}`));
    return this.#queue;
  }

  /**
   * Writes a page's files, unless `stillCurrent()` says otherwise when it is the write's turn (a change arrived).
   * @param {string} pathname
   * @param {string} html
   * @param {() => boolean} stillCurrent
   */
  write(pathname, html, stillCurrent) {
    const name = pageFileName(pathname);
    if (!name) return this.#queue;
    return this.#enqueue(async () => {
      const body = Buffer.from(html, "utf8");
      // The bytes the web server sends a gzip client (lib/web/compress-response.ts: zlib.gzip, default level).
      const compressed = body.length >= GZIP_THRESHOLD_BYTES ? await gzip(body) : undefined;
      const bytes = body.length + (compressed?.length ?? 0);
      if (bytes > this.#maxBytes || !stillCurrent()) return;
      const file = this.#resolve(name);
      // Room is made first (the pages written longest ago go), so the folder never holds more than the bounds allow,
      // not even between this page's write and the removal of the oldest.
      this.#forget(name);
      for (const [oldest] of this.#written) {
        if (this.#bytes + bytes <= this.#maxBytes && this.#written.size + 1 <= this.#maxPages) break;
        await this.#remove(oldest);
      }
      await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
      if (compressed) await this.#replace(file + ".gz", compressed);
      else await fs.promises.rm(file + ".gz", { force: true });
      await this.#replace(file, body);
      this.#written.set(name, { bytes, writtenAt: this.#now() });
      this.#bytes += bytes;
    });
  }

  /** Deletes every page file in the folder (this process's and any other's). */
  clear() {
    return this.#enqueue(async () => {
      await this.#walk(async (name) => this.#remove(name));
      this.#written.clear();
      this.#bytes = 0;
    });
  }

  /**
   * Deletes the page files written more than `maxAgeMs` ago (by any process: by modification time), and temporary
   * files left by a write that never finished.
   * @param {number} maxAgeMs
   */
  sweep(maxAgeMs) {
    return this.#enqueue(async () => {
      const now = this.#now();
      await this.#walk(async (name, stat) => {
        if (now - stat.mtimeMs >= maxAgeMs) await this.#remove(name);
      });
      for (const [name, { writtenAt }] of this.#written) if (now - writtenAt >= maxAgeMs) this.#forget(name);
    });
  }

  /** @param {string} name */
  #resolve(name) {
    const file = path.resolve(this.#dir, name);
    // pageFileName allows nothing that could leave the folder; checked again here all the same.
    if (!file.startsWith(this.#dir + path.sep)) throw new Error(`${name} is outside ${this.#dir}`);
    return file;
  }

  /** @param {string} file @param {Buffer} bytes */
  async #replace(file, bytes) {
    const temp = path.join(path.dirname(file), `.tmp-${process.pid}-${++this.#temp}`);
    try {
      await fs.promises.writeFile(temp, bytes, { mode: 0o644 });
      await fs.promises.rename(temp, file);
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }

  /** @param {string} name */
  #forget(name) {
    const entry = this.#written.get(name);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#written.delete(name);
  }

  /** The plain file first: nginx stops serving the page at once. @param {string} name */
  async #remove(name) {
    this.#forget(name);
    const file = this.#resolve(name);
    await fs.promises.rm(file, { force: true });
    await fs.promises.rm(file + ".gz", { force: true });
  }

  /**
   * Calls `visit` for every page file (by its name, relative to the folder) and removes stale temporary files.
   * @param {(name: string, stat: fs.Stats) => Promise<void>} visit
   */
  async #walk(visit) {
    /** @param {string} folder */
    const walk = async (folder) => {
      let entries;
      try {
        entries = await fs.promises.readdir(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.name.startsWith(".tmp-")) {
          const stat = await fs.promises.stat(full).catch(() => undefined);
          if (stat && this.#now() - stat.mtimeMs >= TEMP_MAX_AGE_MS) await fs.promises.rm(full, { force: true });
        } else if (entry.name.endsWith(".html") || entry.name.endsWith(".html.gz")) {
          const plain = full.endsWith(".gz") ? full.slice(0, -3) : full;
          // A .gz without its plain file is removed with the plain name (never served without it).
          if (full.endsWith(".gz") && entries.some((e) => e.name === entry.name.slice(0, -3))) continue;
          const stat = await fs.promises.stat(full).catch(() => undefined);
          if (stat) await visit(path.relative(this.#dir, plain), stat);
        }
      }
    };
    await walk(this.#dir);
  }
}
