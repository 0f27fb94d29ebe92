import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { IncomingHttpHeaders } from "node:http";
import { normaliseRequestTarget, resolveEntryFile, type SnapshotIndex } from "./server-manifest";

// What the replay server can serve: snapshot entries, overlaid by test overrides (a page "changing" between
// two scrape runs). Validators derive from the bytes and the entry's date, so changed content changes them.

export type Resource = {
  body: Buffer;
  contentType: string;
  /** Strong validator, from the content's SHA-256. */
  etag: string;
  lastModified: Date;
};

export type ContentOverride = {
  body: string | Buffer;
  contentType?: string;
  /** Defaults to the moment of the override, so If-Modified-Since sees the change. */
  lastModified?: string | Date;
};

export type ResourceStore = {
  findResource(target: string): Promise<Resource | undefined>;
  setOverride(url: string, content: ContentOverride): void;
  clearOverrides(): void;
};

export function createResourceStore(index: SnapshotIndex): ResourceStore {
  const overrides = new Map<string, Resource>();
  const loadedFiles = new Map<string, Promise<Resource>>();

  return {
    async findResource(target) {
      const override = overrides.get(normaliseRequestTarget(target));
      if (override) return override;
      const entry = index.findEntry(target);
      if (!entry) return undefined;
      const file = resolveEntryFile(index.dir, entry);
      // A snapshot does not change while served: read and hash each file once, as a web server caches ETags.
      let loaded = loadedFiles.get(`${file}\n${entry.contentType}\n${entry.lastModified}`);
      if (!loaded) {
        loaded = (async () => {
          const body = await readFile(file);
          const lastModified = parseDate(entry.lastModified) ?? (await stat(file)).mtime;
          return { body, contentType: entry.contentType, etag: computeEtag(body), lastModified };
        })();
        loadedFiles.set(`${file}\n${entry.contentType}\n${entry.lastModified}`, loaded);
        loaded.catch(() => loadedFiles.delete(`${file}\n${entry.contentType}\n${entry.lastModified}`));
      }
      return loaded;
    },
    setOverride(url, content) {
      const body = typeof content.body === "string" ? Buffer.from(content.body, "utf8") : content.body;
      const target = toRequestTarget(url);
      const contentType = content.contentType ?? index.findEntry(target)?.contentType ?? guessContentType(target);
      const lastModified = parseDate(content.lastModified) ?? new Date();
      overrides.set(normaliseRequestTarget(target), { body, contentType, etag: computeEtag(body), lastModified });
    },
    clearOverrides() {
      overrides.clear();
    },
  };
}

export function computeEtag(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("hex")}"`;
}

/** RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since; GET compares ETags weakly. */
export function isNotModified(headers: IncomingHttpHeaders, resource: Resource): boolean {
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === "*") return true;
    const wanted = stripWeak(resource.etag);
    return ifNoneMatch.split(",").some((tag) => stripWeak(tag.trim()) === wanted);
  }
  const ifModifiedSince = headers["if-modified-since"];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  // HTTP dates have whole seconds; compare at that precision or every check would look "modified".
  return Math.floor(resource.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export function isConditionalRequest(headers: IncomingHttpHeaders): boolean {
  return headers["if-none-match"] !== undefined || headers["if-modified-since"] !== undefined;
}

function stripWeak(tag: string): string {
  return tag.startsWith("W/") ? tag.slice(2) : tag;
}

function parseDate(value: string | Date | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// Accepts absolute URLs (e.g. baseUrl + path) as well as bare path + query.
function toRequestTarget(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url.startsWith("/") ? url : `/${url}`;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

function guessContentType(target: string): string {
  const pathname = target.split("?")[0]?.toLowerCase() ?? "";
  if (pathname.endsWith(".pdf")) return "application/pdf";
  if (pathname.endsWith(".xml") || pathname.includes(".asmx")) return "text/xml; charset=utf-8";
  if (pathname.endsWith(".txt")) return "text/plain; charset=utf-8";
  return "text/html; charset=utf-8";
}
