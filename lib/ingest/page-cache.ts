// Conditional page fetches backed by the FetchedPage table: a 304 or an identical body costs no rewrite and
// hands back the stored copy, so a re-run can still walk listings without downloading them again. Within one
// run each URL is fetched once (members sit on several committees; listings repeat).
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

type CachedPage = {
  id: number;
  url: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
  body: string;
  parsed: unknown;
  parsedBy: string | null;
};

export class PageCache {
  private readonly inRun = new Map<string, Promise<PageFetch>>();
  private readonly revalidated: string[] = [];
  private preloaded: Promise<Map<string, CachedPage>> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly http: HttpClient,
    private readonly councilId: number,
    private readonly now: Date,
  ) {}

  /** The page's body and whether it changed since the last run; the first call per URL does the request. */
  fetch(url: string, expect: ExpectedContent = "html"): Promise<PageFetch> {
    let pending = this.inRun.get(url);
    if (!pending) {
      pending = this.load(url, expect);
      this.inRun.set(url, pending);
      // A failed fetch may be retried by a later caller in the same run.
      pending.catch(() => this.inRun.delete(url));
    }
    return pending;
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
   * One query for the pages a re-run will revalidate (those checked in the last PRELOAD_DAYS), instead of one
   * query per page; anything older is looked up on its own.
   */
  private async cachedCopy(url: string): Promise<CachedPage | null> {
    const { prisma, councilId, now } = this;
    this.preloaded ??= prisma.fetchedPage
      .findMany({ where: { councilId, checkedAt: { gte: new Date(now.getTime() - PRELOAD_DAYS * 86_400_000) } } })
      .then((rows) => new Map(rows.map((row) => [row.url, row])));
    const hit = (await this.preloaded).get(url);
    if (hit) return hit;
    return prisma.fetchedPage.findUnique({ where: { councilId_url: { councilId, url } } });
  }

  private async load(url: string, expect: ExpectedContent): Promise<PageFetch> {
    const { prisma, http, councilId, now } = this;
    const cached = await this.cachedCopy(url);
    const result = await http.fetchResource(url, {
      expect,
      validators: cached ? { etag: cached.etag, lastModified: cached.lastModified } : undefined,
    });
    if (result.status === "not-modified" && cached) {
      this.revalidated.push(url);
      return {
        url,
        body: cached.body,
        changed: false,
        isNew: false,
        etag: cached.etag,
        lastModified: cached.lastModified,
        sha256: cached.sha256,
        stored: { parsed: cached.parsed, parsedBy: cached.parsedBy },
      };
    }
    const fresh = result.status === "ok" ? result : await http.fetchResource(url, { expect });
    // A 304 for a page we never stored (validators lost) was refetched unconditionally above.
    if (fresh.status !== "ok") throw new Error(`The server answered 304 to an unconditional request for ${url}`);
    // NUL and other control characters stripped before anything stores or parses the page.
    const body = stripControlChars(fresh.body.toString("utf8"));
    const changed = !cached || cached.sha256 !== fresh.sha256;
    const data = { etag: fresh.etag, lastModified: fresh.lastModified, checkedAt: now };
    if (!cached) {
      await prisma.fetchedPage.create({
        data: { councilId, url, ...data, sha256: fresh.sha256, body, fetchedAt: now },
      });
    } else if (changed) {
      await prisma.fetchedPage.update({
        where: { id: cached.id },
        data: { ...data, sha256: fresh.sha256, body, fetchedAt: now, parsed: Prisma.DbNull, parsedBy: null },
      });
    } else {
      await prisma.fetchedPage.update({ where: { id: cached.id }, data });
    }
    const stored = changed || !cached ? null : { parsed: cached.parsed, parsedBy: cached.parsedBy };
    return {
      url,
      body,
      changed,
      isNew: !cached,
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
