// @ts-check
// The ISR cache handler for `next start` (next.config.ts → cacheHandler). Plain JavaScript because Next.js loads it
// with a bare dynamic import at run time, outside the TypeScript build.
//
// It is Next's own file-system cache (an in-memory LRU in front of .next/server/route-cache) with two changes.
//
// 1. Pages are stored without their <script> elements. Every page here is a server component that works as plain
//    HTML, and the Content-Security-Policy (next.config.ts) refuses inline scripts, so the inline React Server
//    Components payload Next.js appends for hydration (about 60% of a meeting page's bytes) and the runtime chunks
//    that would consume it never do anything in a browser. Dropping them makes a cached page about 2.5x lighter to
//    send and to download. The RSC payload itself stays cached (rscData) for anything that asks for it. Only
//    responses served from the cache are lighter; the very first render of a page streams as Next.js renders it.
//
// 2. Pages are refreshed when their data changes, not on a timer. PostgreSQL notifies every committed change to
//    the site's content (prisma/migrations/*_content_change_notifications); while this process is listening, a
//    cached page stays fresh until a change arrives after its render began, then the next visitor gets the cached
//    copy while Next.js renders a new one in the background. A change makes every page stale (which pages a row
//    appears on is not worth tracking for a site this size), but a page is re-rendered at most once every
//    MIN_REFRESH_MS, so a scrape committing meeting after meeting does not turn the cache off. Pages are also
//    refreshed after MAX_AGE_MS, because some of what they say depends on the clock ("upcoming", "the next two
//    weeks"). Whenever the notifications are not flowing (no database URL, connection lost, during `next build`),
//    nothing changes: the pages' own `revalidate` (30 s) applies, as in plain Next.js.
//
// 3. Only pages worth keeping are kept, within a budget of bytes on disk. An answer other than 200 (a 404 for an
//    address someone made up, a 308 to a meeting's canonical address) is never stored: every visitor inventing
//    addresses would otherwise add files. An address too long for the file system is not stored either (it would
//    fail with ENAMETOOLONG). And the pages on disk are kept under PAGE_CACHE_MAX_MB, the oldest written removed
//    first (a removed page is simply rendered again on its next visit).
//
// 4. With page files configured (PAGE_FILES_DIR: next.config.ts), every public page stored while the notifications
//    flow is also written as a plain and a gzip file for nginx to serve directly, and every change deletes them
//    all (lib/web/page-files.mjs, docs/operations.md#page-files).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PageFiles, pathnameOfCacheKey, servableAsFile } from "./page-files.mjs";

const require = createRequire(import.meta.url);
/** @type {{ default: (new (ctx: any) => { serverDistDir: string; flushToDisk?: boolean; getFilePath(key: string, kind: string): string; get(key: string, ctx: any): Promise<any>; set(key: string, data: any, ctx: any): Promise<void> }) & { memoryCache?: { remove(key: string): void } } }} */
const fileSystemCacheModule = require("next/dist/server/lib/incremental-cache/file-system-cache.js");
const FileSystemCache = fileSystemCacheModule.default;

/** next.config.ts puts { databaseUrl } here when it configures `next start` (and only then). */
export const CONTENT_CHANGES_CONFIG = Symbol.for("harrow.siteContentChanges");
/** next.config.ts puts { maxDiskBytes, pageFiles? } here for `next start` and `next dev` (pageFiles: `next start`
 * with PAGE_FILES_DIR set only). */
export const PAGE_CACHE_CONFIG = Symbol.for("harrow.pageCacheConfig");
export const DEFAULT_MAX_DISK_BYTES = 512 * 1024 * 1024;
/** A file name's bytes at most (file systems allow 255), leaving room for the suffixes Next.js adds. */
export const MAX_NAME_BYTES = 200;
/** A whole path's bytes at most (Linux allows 4096). */
export const MAX_PATH_BYTES = 3000;
export const CONTENT_CHANGED_CHANNEL = "site_content_changed";
export const HEARTBEAT_CHANNEL = "site_page_cache_heartbeat";
export const LISTENER_APPLICATION_NAME = "harrow-site-page-cache";
const HEARTBEAT_MS = 30_000;
export const MAX_AGE_MS = 10 * 60_000;
export const MIN_REFRESH_MS = 15_000;
/** Pages tracked at most (10,000 meetings and their committee, people and topic pages fit; a crawler inventing
 * addresses cannot make the maps grow without bound). */
export const MAX_TRACKED = 100_000;
const DAY_MS = 24 * 60 * 60_000;

// React escapes "<" in text and attribute values, and Next.js escapes it inside its inline JSON, so the only "<script"
// and "</script" in rendered HTML are real tags.
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;
const DATA_BLOCK = /^<script\b[^>]*\btype="application\/(?:ld\+)?json"/i;

/**
 * The HTML of a rendered page without scripts or script preloads. Data blocks (JSON-LD) are not scripts to a
 * browser and are kept.
 * @param {string} html
 * @returns {string}
 */
export function stripScripts(html) {
  return html
    .replace(SCRIPT_ELEMENT, (element) => (DATA_BLOCK.test(element) ? element : ""))
    .replace(SCRIPT_PRELOAD, "");
}

/**
 * Sets key in a map that keeps at most `max` entries, forgetting the oldest first (a Map iterates in insertion
 * order). Forgetting is safe: a page with no stamp is left to its revalidate timer.
 * @template V
 * @param {Map<string, V>} map
 * @param {string} key
 * @param {V} value
 * @param {number} max
 */
function remember(map, key, value, max) {
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
}

/**
 * Which cached pages are still current, given the change notifications seen so far. `version` counts changes
 * (and reconnections, after which changes may have been missed). A page is stamped with the version current when
 * its render became due, not when it finished, so a change that lands mid-render leaves it stale.
 */
export class ContentFreshness {
  version = 0;
  listening = false;
  /** @type {Map<string, number>} the version when a page was found missing or stale (its render began after) */
  #due = new Map();
  /** @type {Map<string, { version: number; storedAt: number }>} */
  #stamps = new Map();
  #now;
  #maxAgeMs;

  #minRefreshMs;
  #maxTracked;
  /** @type {(() => void)[]} */
  #onChange = [];

  /** @param {{ now?: () => number; maxAgeMs?: number; minRefreshMs?: number; maxTracked?: number }} [options] */
  constructor({ now = Date.now, maxAgeMs = MAX_AGE_MS, minRefreshMs = MIN_REFRESH_MS, maxTracked = MAX_TRACKED } = {}) {
    this.#now = now;
    this.#maxAgeMs = maxAgeMs;
    this.#minRefreshMs = minRefreshMs;
    this.#maxTracked = maxTracked;
  }

  /** A committed change, to the table named (unused here: any change makes every page stale). @param {string} [_table] */
  changed(_table) {
    this.version++;
    for (const listener of this.#onChange) listener();
  }

  /** @param {boolean} listening */
  setListening(listening) {
    const changed = listening !== this.listening;
    if (changed) this.version++;
    this.listening = listening;
    if (changed) for (const listener of this.#onChange) listener();
  }

  /** Called after every change of version (a change, or the notifications starting or stopping). @param {() => void} listener */
  onChange(listener) {
    this.#onChange.push(listener);
  }

  /**
   * Whether a render stamped with this version is of the current data, known to be: notifications flowing and no
   * change since its render began.
   * @param {number} version
   */
  isCurrent(version) {
    return this.listening && version === this.version;
  }

  /**
   * "fresh": serve from the cache, whatever its age; "stale": serve it and render anew in the background;
   * "timer": not known here, so the page's own revalidate decides.
   * @param {string} key
   * @returns {"fresh" | "stale" | "timer"}
   */
  check(key) {
    const stamp = this.#stamps.get(key);
    /** @type {"fresh" | "stale" | "timer"} */
    let verdict = "timer";
    if (this.listening && stamp) {
      const age = this.#now() - stamp.storedAt;
      const changed = stamp.version !== this.version;
      verdict = age >= this.#maxAgeMs || (changed && age >= this.#minRefreshMs) ? "stale" : "fresh";
    }
    if (verdict !== "fresh") this.missing(key);
    return verdict;
  }

  /** A page that is not cached at all will be rendered now. @param {string} key */
  missing(key) {
    if (!this.#due.has(key)) remember(this.#due, key, this.version, this.#maxTracked);
  }

  /** A page's new render was stored; returns the version it is stamped with. @param {string} key */
  stored(key) {
    // A render nobody asked for through check() (at build time, say) gets a version no change can match.
    const version = this.#due.get(key) ?? -1;
    this.#stamps.delete(key);
    remember(this.#stamps, key, { version, storedAt: this.#now() }, this.#maxTracked);
    this.#due.delete(key);
    return version;
  }

  /** How many pages are tracked (for tests). */
  get tracked() {
    return this.#stamps.size;
  }
}

const freshness = new ContentFreshness();
let listenerStarted = false;

/**
 * Keeps one connection LISTENing for content changes, reconnecting with backoff; state.listening says whether
 * notifications are flowing. That is proven, not assumed: the connection notifies itself on a heartbeat channel
 * and counts as listening only once its own heartbeat comes back, and again every heartbeat interval (through a
 * pooler in transaction mode, say, LISTEN is accepted but nothing is ever delivered).
 * @param {string} databaseUrl
 * @param {ContentFreshness} state
 * @param {{ heartbeatMs?: number }} [options]
 */
export function listenForContentChanges(databaseUrl, state, { heartbeatMs = HEARTBEAT_MS } = {}) {
  const beatId = randomUUID();
  let delayMs = 1_000;
  let stopped = false;
  let warned = false;
  /** @type {pg.Client | undefined} */
  let client;
  /** @type {NodeJS.Timeout | undefined} */
  let heartbeat;
  const retry = () => {
    state.setListening(false);
    if (stopped) return;
    const timer = setTimeout(connect, delayMs);
    timer.unref();
    delayMs = Math.min(delayMs * 2, 30_000);
  };
  const connect = async () => {
    const current = new pg.Client({ connectionString: databaseUrl, application_name: LISTENER_APPLICATION_NAME });
    client = current;
    let failed = false;
    let lastBeatAt = 0;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const fail = () => {
      if (failed) return;
      failed = true;
      clearInterval(timer);
      // Once per outage, not once per retry.
      if (!stopped && !warned)
        console.warn(
          "page cache: not receiving the database's change notifications; pages refresh every 30 s until it reconnects",
        );
      warned = true;
      current.end().catch(() => {});
      retry();
    };
    const beat = () => current.query("select pg_notify($1, $2)", [HEARTBEAT_CHANNEL, beatId]).catch(fail);
    current.on("notification", (message) => {
      if (message.channel !== HEARTBEAT_CHANNEL) return state.changed(message.payload);
      if (message.payload !== beatId) return; // another server's heartbeat
      lastBeatAt = Date.now();
      if (!state.listening && !failed && !stopped) {
        delayMs = 1_000;
        if (warned) console.warn("page cache: receiving the database's change notifications again");
        warned = false;
        state.setListening(true);
      }
    });
    current.on("error", fail);
    current.on("end", fail);
    try {
      await current.connect();
      await current.query(`LISTEN ${CONTENT_CHANGED_CHANNEL}`);
      await current.query(`LISTEN ${HEARTBEAT_CHANNEL}`);
      if (failed || stopped) return;
      const startedAt = Date.now();
      heartbeat = timer = setInterval(() => {
        // Two beats missed (or the first never came back): notifications are not being delivered.
        if (Date.now() - (lastBeatAt || startedAt) > 2 * heartbeatMs) return fail();
        void beat();
      }, heartbeatMs);
      timer.unref();
      void beat();
    } catch {
      fail();
    }
  };
  void connect();
  return {
    /** The connection in use (for tests and diagnostics). */
    connection: () => client,
    async stop() {
      stopped = true;
      clearInterval(heartbeat);
      state.setListening(false);
      await client?.end().catch(() => {});
    },
  };
}

/** @type {PageFiles | undefined} */
let pageFiles;
/** How often the page files' folder is swept of files older than MAX_AGE_MS. */
const PAGE_FILES_SWEEP_MS = 30_000;

function ensureListening() {
  if (listenerStarted) return;
  listenerStarted = true;
  /** @type {{ databaseUrl?: string } | undefined} */
  const config = /** @type {any} */ (globalThis)[CONTENT_CHANGES_CONFIG];
  /** @type {{ pageFiles?: { dir: string; maxBytes: number; maxPages: number } } | undefined} */
  const cacheConfig = /** @type {any} */ (globalThis)[PAGE_CACHE_CONFIG];
  if (!config?.databaseUrl) return;
  // Page files only where change notifications can delete them (they are never written without).
  if (cacheConfig?.pageFiles) {
    const files = new PageFiles(cacheConfig.pageFiles);
    pageFiles = files;
    // Whatever an earlier run (or another server) wrote may predate a change this process has not seen.
    void files.clear();
    freshness.onChange(() => void files.clear());
    setInterval(() => void files.sweep(MAX_AGE_MS), PAGE_FILES_SWEEP_MS).unref();
  }
  listenForContentChanges(config.databaseUrl, freshness);
}

/**
 * The files of one cached response on disk, in order of writing: their sizes add up to the bytes it takes; over the
 * budget, the oldest are removed first. `base` is the entry's path without its suffix (.html/.body, .rsc, .meta,
 * .segments/).
 */
export class DiskBudget {
  /** @type {Map<string, { bytes: number; key: string | undefined }>} oldest first */
  #entries = new Map();
  #total = 0;
  #maxBytes;

  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.#maxBytes = maxBytes;
  }

  get totalBytes() {
    return this.#total;
  }

  get entries() {
    return this.#entries.size;
  }

  get maxBytes() {
    return this.#maxBytes;
  }

  set maxBytes(value) {
    this.#maxBytes = value;
  }

  /**
   * An entry was (re)written with this many bytes; returns the entries to remove, oldest first, to get back within
   * the budget (never the one just written).
   * @param {string} base
   * @param {number} bytes
   * @param {string} [key]
   * @returns {{ base: string; key: string | undefined }[]}
   */
  record(base, bytes, key) {
    this.forget(base);
    this.#entries.set(base, { bytes, key });
    this.#total += bytes;
    /** @type {{ base: string; key: string | undefined }[]} */
    const evicted = [];
    for (const [oldest, entry] of this.#entries) {
      if (this.#total <= this.#maxBytes || oldest === base) break;
      evicted.push({ base: oldest, key: entry.key });
      this.forget(oldest);
    }
    return evicted;
  }

  /** @param {string} base */
  forget(base) {
    const entry = this.#entries.get(base);
    if (!entry) return;
    this.#total -= entry.bytes;
    this.#entries.delete(base);
  }
}

/** @param {string} file */
function bytesOf(file) {
  try {
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) return stat.size;
    return fs.readdirSync(file).reduce((sum, name) => sum + bytesOf(path.join(file, name)), 0);
  } catch {
    return 0;
  }
}

const ENTRY_SUFFIXES = [".html", ".body", ".rsc", ".prefetch.rsc", ".meta", ".segments"];

/** The bytes one entry takes on disk. @param {string} base */
export function entryBytes(base) {
  return ENTRY_SUFFIXES.reduce((sum, suffix) => sum + bytesOf(base + suffix), 0);
}

/** Removes one entry's files. @param {string} base */
async function removeEntry(base) {
  await Promise.all(
    ENTRY_SUFFIXES.map((suffix) => fs.promises.rm(base + suffix, { recursive: true, force: true }).catch(() => {})),
  );
}

/**
 * Every entry already on disk under `dir` (from an earlier run of the server), oldest first.
 * @param {string} dir
 * @returns {{ base: string; bytes: number; mtimeMs: number }[]}
 */
export function scanEntries(dir) {
  /** @type {{ base: string; bytes: number; mtimeMs: number }[]} */
  const found = [];
  /** @param {string} folder */
  const walk = (folder) => {
    let names;
    try {
      names = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of names) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.endsWith(".segments")) walk(full);
      } else if (entry.name.endsWith(".meta")) {
        const base = full.slice(0, -".meta".length);
        let mtimeMs = 0;
        try {
          mtimeMs = fs.statSync(full).mtimeMs;
        } catch {}
        found.push({ base, bytes: entryBytes(base), mtimeMs });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.mtimeMs - b.mtimeMs);
}

/** Whether the file system can hold a file at this path (no name over MAX_NAME_BYTES, the whole under MAX_PATH_BYTES). */
export function storablePath(/** @type {string} */ file) {
  if (Buffer.byteLength(file) > MAX_PATH_BYTES) return false;
  return file.split(path.sep).every((name) => Buffer.byteLength(name) <= MAX_NAME_BYTES);
}

/** @type {Map<string, DiskBudget>} one per build folder */
const budgets = new Map();

/**
 * This process's budget for the cache under `serverDistDir`, seeded with what an earlier run left there.
 * @param {string} serverDistDir
 */
function budgetFor(serverDistDir) {
  /** @type {{ maxDiskBytes?: number } | undefined} */
  const config = /** @type {any} */ (globalThis)[PAGE_CACHE_CONFIG];
  const maxBytes = config?.maxDiskBytes ?? DEFAULT_MAX_DISK_BYTES;
  let budget = budgets.get(serverDistDir);
  if (!budget) {
    budget = new DiskBudget(maxBytes);
    budgets.set(serverDistDir, budget);
    for (const entry of scanEntries(path.join(serverDistDir, "route-cache"))) {
      for (const old of budget.record(entry.base, entry.bytes)) {
        for (const suffix of ENTRY_SUFFIXES) fs.rmSync(old.base + suffix, { recursive: true, force: true });
      }
    }
  }
  budget.maxBytes = maxBytes;
  return budget;
}

/** @param {any} data */
function isResponse(data) {
  return data?.kind === "APP_PAGE" || data?.kind === "APP_ROUTE" || data?.kind === "PAGES";
}

export default class ScriptFreePageCache extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    ensureListening();
    const entry = await super.get(key, ctx);
    if (ctx?.kind !== "APP_PAGE") return entry;
    if (!entry || entry.value?.kind !== "APP_PAGE") {
      freshness.missing(key);
      return entry;
    }
    const verdict = freshness.check(key);
    if (verdict === "timer") return entry;
    // Next.js decides staleness from lastModified and the page's revalidate (seconds, well under a day; the
    // default expiry of stale pages is a year): now is fresh, a day ago is stale but still served.
    return { ...entry, lastModified: verdict === "fresh" ? Date.now() : Date.now() - DAY_MS };
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (isResponse(data)) {
      budgetFor(this.serverDistDir); // seeded with what is on disk before this write
      const primary = this.getFilePath(`${key}${data.kind === "APP_ROUTE" ? ".body" : ".html"}`, data.kind);
      const base = primary.replace(/\.(html|body)$/, "");
      const status = data.status ?? 200;
      if (status !== 200 || !storablePath(base + ".segments/" + "x".repeat(64))) {
        // Not kept: and whatever an earlier answer left for this address goes (a page that is now a 404).
        FileSystemCache.memoryCache?.remove(key);
        budgetFor(this.serverDistDir).forget(base);
        if (status !== 200 && storablePath(base)) await removeEntry(base);
        return;
      }
    }
    /** @type {(() => void) | undefined} */
    let writeFile;
    if (data && data.kind === "APP_PAGE") {
      ensureListening();
      if (data.html != null) {
        const html = stripScripts(typeof data.html === "string" ? data.html : Buffer.from(data.html).toString("utf8"));
        data = { ...data, html };
        const version = freshness.stored(key);
        const pathname = pathnameOfCacheKey(key);
        const files = pageFiles;
        if (files && pathname && freshness.isCurrent(version) && servableAsFile(data, ctx, html))
          writeFile = () => void files.write(pathname, html, () => freshness.isCurrent(version));
      } else freshness.stored(key);
    }
    await super.set(key, data, ctx);
    writeFile?.();
    if (isResponse(data) && this.flushToDisk !== false) {
      const primary = this.getFilePath(`${key}${data.kind === "APP_ROUTE" ? ".body" : ".html"}`, data.kind);
      const base = primary.replace(/\.(html|body)$/, "");
      for (const old of budgetFor(this.serverDistDir).record(base, entryBytes(base), key)) {
        if (old.key) FileSystemCache.memoryCache?.remove(old.key);
        await removeEntry(old.base);
      }
    }
  }
}
