// Conditional page fetches backed by the FetchedPage table: a 304 or an identical body costs no rewrite and
// hands back the stored copy, so a re-run can still walk listings without downloading them again. Within one
// run each URL is fetched once (members sit on several committees; listings repeat) while the pages kept for
// that fit a byte budget; memory stays bounded whatever the council's size: stored bodies are read from the
// database only for the pages that are asked for, in small batches.
import type { PrismaClient } from "@/lib/db";
import { toJson, type Jsonable } from "@/lib/db/json";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExpectedContent, HttpClient } from "@/lib/moderngov/http/http-client";
import { stripControlChars } from "@/lib/moderngov/parse/text";

export interface PageFetch {
  url: string;
  body: string;
  /** false when the server said 304 or sent the same bytes as last time */
  changed: boolean;
  /** true the first time this URL is fetched */
  isNew: boolean;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
  /** the stored parse of this very body, when the page is unchanged */
  stored: { parsed: unknown; parsedBy: string | null } | null;
}

/** How much a page weighs in the run's verdict: required (listings, meeting pages) or optional (details, profiles, attendance). */
export type PageRole = "required" | "optional";

/** Parses a fetched page, reusing the stored parse of an unchanged one (PageCache.parse). */
export type PageParse = <T>(
  page: PageFetch,
  parser: string,
  parseBody: (body: string, url: string) => T & Jsonable<T>,
) => Promise<T>;

/** Bump when a parser's output changes shape, so stored parses made by the old code are not reused. */
export const PARSED_FORMAT = "2";

const PRELOAD_DAYS = 45;

/** Bytes of page bodies one run keeps for reuse (a page asked for again after it left is asked for conditionally). */
export const DEFAULT_RUN_CACHE_BYTES = 32 * 1024 * 1024;

/** What is known of a stored page before its body is needed: enough to ask the server conditionally. */
type CachedPage = {
  id: number;
  url: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
};
const CACHED_PAGE = { id: true, url: true, etag: true, lastModified: true, sha256: true } as const;

type StoredCopy = { body: string; parsed: unknown; parsedBy: string | null };

export class PageCache {
  /** This run's fetches, oldest use first; a settled one leaves when the bodies held pass the budget. */
  private readonly inRun = new Map<string, Promise<PageFetch>>();
  private readonly held = new Map<string, number>();
  private heldBytes = 0;
  private readonly revalidated: string[] = [];
  private preloaded: Promise<Map<string, CachedPage>> | undefined;
  private batch: { ids: number[]; rows: Promise<Map<number, StoredCopy>> } | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly http: HttpClient,
    private readonly councilId: number,
    private readonly now: Date,
    private readonly maxBytes: number = DEFAULT_RUN_CACHE_BYTES,
  ) {}

  /** The page's body and whether it changed since the last run; the first call per URL does the request. */
  fetch(url: string, expect: ExpectedContent = "html"): Promise<PageFetch> {
    const known = this.inRun.get(url);
    if (known) {
      // Most recently used last, so the budget lets the oldest go first.
      this.inRun.delete(url);
      this.inRun.set(url, known);
      return known;
    }
    const pending = this.load(url, expect);
    this.inRun.set(url, pending);
    pending.then(
      (page) => this.hold(url, pending, page),
      // A failed fetch may be retried by a later caller in the same run.
      () => {
        if (this.inRun.get(url) === pending) this.inRun.delete(url);
      },
    );
    return pending;
  }

  /** Bytes of page bodies this run is holding for reuse (at most the budget once a fetch settles). */
  get bytesHeld(): number {
    return this.heldBytes;
  }

  private hold(url: string, pending: Promise<PageFetch>, page: PageFetch): void {
    if (this.inRun.get(url) !== pending) return;
    const weight = page.body.length * 2; // UTF-16
    this.held.set(url, weight);
    this.heldBytes += weight;
    for (const key of this.inRun.keys()) {
      if (this.heldBytes <= this.maxBytes) break;
      const size = this.held.get(key);
      if (size === undefined) continue; // still loading
      this.inRun.delete(key);
      this.held.delete(key);
      this.heldBytes -= size;
    }
  }

  /** Records when unchanged pages were last confirmed, in one statement rather than one per page. */
  async flush(): Promise<void> {
    if (this.revalidated.length === 0) return;
    await this.prisma.fetchedPage.updateMany({
      where: { councilId: this.councilId, url: { in: this.revalidated.splice(0) } },
      data: { checkedAt: this.now },
    });
  }

  /**
   * One query for the validators of the pages a re-run will revalidate (those checked in the last PRELOAD_DAYS),
   * instead of one query per page; anything older is looked up on its own. An entry is used once: a page asked
   * for again later in the run is looked up afresh, as this run stored it.
   */
  private async cachedCopy(url: string): Promise<CachedPage | null> {
    const { prisma, councilId, now } = this;
    this.preloaded ??= prisma.fetchedPage
      .findMany({
        where: { councilId, checkedAt: { gte: new Date(now.getTime() - PRELOAD_DAYS * 86_400_000) } },
        select: CACHED_PAGE,
      })
      .then((rows) => new Map(rows.map((row) => [row.url, row])));
    const preloaded = await this.preloaded;
    const hit = preloaded.get(url);
    if (hit) {
      preloaded.delete(url);
      return hit;
    }
    return prisma.fetchedPage.findUnique({ where: { councilId_url: { councilId, url } }, select: CACHED_PAGE });
  }

  /** A stored page's body and parse, read with the others asked for in the same turn (one query, not one each). */
  private storedCopy(id: number): Promise<StoredCopy | undefined> {
    if (!this.batch) {
      const ids: number[] = [];
      const rows = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => {
          this.batch = null;
          return this.prisma.fetchedPage.findMany({
            where: { id: { in: ids } },
            select: { id: true, body: true, parsed: true, parsedBy: true },
          });
        })
        .then((found) => new Map(found.map(({ id: key, ...copy }) => [key, copy])));
      this.batch = { ids, rows };
    }
    this.batch.ids.push(id);
    return this.batch.rows.then((rows) => rows.get(id));
  }

  private async load(url: string, expect: ExpectedContent): Promise<PageFetch> {
    const { prisma, http, councilId, now } = this;
    const cached = await this.cachedCopy(url);
    const result = await http.fetchResource(url, {
      expect,
      validators: cached ? { etag: cached.etag, lastModified: cached.lastModified } : undefined,
    });
    const copy = result.status === "not-modified" && cached ? await this.storedCopy(cached.id) : undefined;
    if (copy && cached) {
      this.revalidated.push(url);
      return {
        url,
        body: copy.body,
        changed: false,
        isNew: false,
        etag: cached.etag,
        lastModified: cached.lastModified,
        sha256: cached.sha256,
        stored: { parsed: copy.parsed, parsedBy: copy.parsedBy },
      };
    }
    // A 304 for a page we never stored (validators lost, or its row went meanwhile) is refetched unconditionally.
    const known = copy === undefined && result.status === "not-modified" ? null : cached;
    const fresh = result.status === "ok" ? result : await http.fetchResource(url, { expect });
    if (fresh.status !== "ok") throw new Error(`The server answered 304 to an unconditional request for ${url}`);
    // NUL and other control characters stripped before anything stores or parses the page.
    const body = stripControlChars(fresh.body.toString("utf8"));
    const changed = !known || known.sha256 !== fresh.sha256;
    const data = { etag: fresh.etag, lastModified: fresh.lastModified, checkedAt: now };
    const row = { ...data, sha256: fresh.sha256, body, fetchedAt: now };
    if (!known) {
      await prisma.fetchedPage.upsert({
        where: { councilId_url: { councilId, url } },
        create: { councilId, url, ...row },
        update: { ...row, parsed: Prisma.DbNull, parsedBy: null },
      });
    } else if (changed) {
      await prisma.fetchedPage.update({
        where: { id: known.id },
        data: { ...row, parsed: Prisma.DbNull, parsedBy: null },
      });
    } else {
      await prisma.fetchedPage.update({ where: { id: known.id }, data });
    }
    // The same bytes as stored: the stored parse still holds.
    const same = changed || !known ? undefined : await this.storedCopy(known.id);
    const stored = same ? { parsed: same.parsed, parsedBy: same.parsedBy } : null;
    return {
      url,
      body,
      changed,
      isNew: !known,
      etag: fresh.etag,
      lastModified: fresh.lastModified,
      sha256: fresh.sha256,
      stored,
    };
  }

  /**
   * The parser's output for a fetched page: reused from the database when the page is unchanged and was parsed
   * by the same parser before (re-runs are otherwise CPU-bound on re-parsing), else computed and stored.
   */
  async parse<T>(
    page: PageFetch,
    parser: string,
    parseBody: (body: string, url: string) => T & Jsonable<T>,
  ): Promise<T> {
    const key = `${parser}@${PARSED_FORMAT}`;
    if (page.stored?.parsedBy === key && page.stored.parsed !== null) return page.stored.parsed as T;
    const result = parseBody(page.body, page.url);
    await this.prisma.fetchedPage.updateMany({
      where: { councilId: this.councilId, url: page.url, sha256: page.sha256 },
      data: { parsed: toJson(result), parsedBy: key },
    });
    page.stored = { parsed: result, parsedBy: key };
    return result;
  }
}
