// The pages one scrape run keeps for reuse are bounded by bytes (lib/ingest/page-cache.ts): a page asked for again
// after it left the budget is asked for conditionally and read back from the database, and a run with no budget at
// all stores exactly what a run with the default one stores.
import { describe, expect, it } from "vitest";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { withBaseUrlRewrite } from "@/lib/ingest/rewrite-base-url";
import { PageCache } from "@/lib/ingest/page-cache";
import type { ScrapeResult } from "@/lib/ingest/scrape-types";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { HARROW, replayPerTest, scrapeReplay } from "../helpers/replay";

const prisma = createTestPrisma();
const replay = replayPerTest(prisma);
const NOW = new Date("2026-11-26T12:00:00Z");

const LISTING = "/mgListCommittees.aspx";
const canonical = (path: string) => HARROW.baseUrl.replace(/\/+$/, "") + path;

async function pageCache(maxBytes?: number) {
  const council = await prisma.council.upsert({
    where: { slug: HARROW.slug },
    create: { slug: HARROW.slug, name: HARROW.name, baseUrl: HARROW.baseUrl },
    update: {},
  });
  const http = withBaseUrlRewrite(createHttpClient({ minIntervalMs: 0 }), HARROW.baseUrl, replay.baseUrl);
  return new PageCache(prisma, http, council.id, NOW, maxBytes);
}

const requestsFor = (path: string, from: number) =>
  replay.requests.slice(from).filter((r) => r.url.toLowerCase() === path.toLowerCase());

/** The committee pages the snapshot's committee list links to. */
async function committeePages(cache: PageCache): Promise<string[]> {
  const list = await cache.fetch(canonical(LISTING));
  const ids = [...list.body.matchAll(/mgCommitteeDetails\.aspx\?ID=(\d+)/gi)].map((m) => m[1]);
  return [...new Set(ids)].map((id) => `/mgCommitteeDetails.aspx?ID=${id}`);
}

/** The state a scrape leaves, without ids or times. */
async function stored() {
  const [pages, meetings, documents, members] = await Promise.all([
    prisma.fetchedPage.findMany({ select: { url: true, sha256: true, parsedBy: true }, orderBy: { url: "asc" } }),
    prisma.meeting.findMany({
      select: { externalId: true, title: true, status: true, _count: { select: { agendaItems: true } } },
      orderBy: { externalId: "asc" },
    }),
    prisma.document.findMany({
      select: { sourceKey: true, fetchStatus: true, contentHash: true, text: true },
      orderBy: { sourceKey: "asc" },
    }),
    prisma.person.count(),
  ]);
  return { pages, meetings, documents, members };
}

describe("the scrape's page budget", () => {
  it("asks for a page once per run while it fits the budget", async () => {
    const cache = await pageCache();
    const from = replay.requests.length;
    const first = await cache.fetch(canonical(LISTING));
    const again = await cache.fetch(canonical(LISTING));
    expect(again).toBe(first);
    expect(requestsFor(LISTING, from)).toHaveLength(1);
    expect(cache.bytesHeld).toBe(first.body.length * 2);
  });

  it("lets the oldest page go past the budget, and asks for it again conditionally, from the stored copy", async () => {
    const probe = await pageCache();
    const [second, third] = await committeePages(probe);
    const paths = [LISTING, second!, third!].map(canonical);
    const [, secondSize, thirdSize] = await Promise.all(
      paths.map(async (url) => (await probe.fetch(url)).body.length * 2),
    );
    // Room for the last two pages, not for all three.
    const budget = secondSize! + thirdSize!;
    const cache = await pageCache(budget);
    const from = replay.requests.length;
    const [oldestFirst, , latestFirst] = [
      await cache.fetch(paths[0]!),
      await cache.fetch(paths[1]!),
      await cache.fetch(paths[2]!),
    ];
    expect(cache.bytesHeld).toBeLessThanOrEqual(budget);

    expect(await cache.fetch(paths[2]!)).toBe(latestFirst); // still held: no request
    const oldest = await cache.fetch(paths[0]!);
    expect(oldest).not.toBe(oldestFirst);
    expect(oldest.body).toBe(oldestFirst.body);
    expect(oldest).toMatchObject({ changed: false, isNew: false, sha256: oldestFirst.sha256 });
    expect(requestsFor(LISTING, from).map((r) => [r.conditional, r.status])).toEqual([
      [true, 304],
      [true, 304],
    ]);
    expect(requestsFor(third!, from)).toHaveLength(1);
  });

  it("reports a page that changed in this run as changed once, however often it is asked for again", async () => {
    const first = await pageCache();
    await first.fetch(canonical(LISTING));
    // The stored copy is now older than what the council serves (as if the page changed since the last run).
    await prisma.fetchedPage.updateMany({
      where: { url: canonical(LISTING) },
      data: { sha256: "0".repeat(64), etag: null, lastModified: null, body: "<html>old</html>" },
    });

    const cache = await pageCache(0); // nothing is held: every call goes back to the server
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(await cache.fetch(canonical(LISTING)));
    expect(seen.map((p) => p.changed)).toEqual([true, false, false]);
    expect(new Set(seen.map((p) => p.body)).size).toBe(1);
    expect(seen[0]!.body).not.toBe("<html>old</html>");
    expect(cache.bytesHeld).toBe(0);
  });

  it("hands every page its own stored copy when many come back unchanged at once", async () => {
    const paths = await committeePages(await pageCache());
    expect(paths.length).toBeGreaterThan(3);
    const warm = await pageCache();
    const bodies = await Promise.all(paths.map(async (p) => (await warm.fetch(canonical(p))).body));

    const cache = await pageCache();
    const from = replay.requests.length;
    const again = await Promise.all(paths.map((p) => cache.fetch(canonical(p))));
    expect(again.map((p) => p.body)).toEqual(bodies);
    expect(again.every((p) => !p.changed && p.stored !== null)).toBe(true);
    expect(paths.every((p) => requestsFor(p, from).every((r) => r.conditional && r.status === 304))).toBe(true);
  });

  it("stores the same scrape with no budget at all as with the default one, and re-runs it conditionally", async () => {
    const tally = ({ status, counters: { requests: _requests, pdfExtractMs: _ms, ...counts } }: ScrapeResult) => ({
      status,
      counts,
    });
    const budgeted = await scrapeReplay(prisma, replay);
    const withBudget = await stored();
    const budgetedRerun = await scrapeReplay(prisma, replay);
    expect(await stored()).toEqual(withBudget);

    await resetDatabase(prisma);
    const unbudgeted = await scrapeReplay(prisma, replay, {}, { pageCacheBytes: 0 });
    expect(tally(unbudgeted)).toEqual(tally(budgeted));
    expect(await stored()).toEqual(withBudget);
    // The pages members and listings share were asked for again (conditionally), not kept.
    expect(unbudgeted.counters.requests).toBeGreaterThan(budgeted.counters.requests);

    const from = replay.requests.length;
    const rerun = await scrapeReplay(prisma, replay, {}, { pageCacheBytes: 0 });
    expect(tally(rerun)).toEqual(tally(budgetedRerun));
    expect(rerun.changedMeetingIds).toEqual([]);
    const pages = replay.requests.slice(from).filter((r) => /\.aspx/i.test(r.url) && r.status < 400);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((r) => r.status !== 304)).toEqual([]);
    expect(await stored()).toEqual(withBudget);
  });
});
