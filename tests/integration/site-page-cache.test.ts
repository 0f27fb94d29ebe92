// The page cache of a real `next start` on disk: visitors inventing addresses add no files (404s and redirects to
// canonical addresses are never stored), very long addresses answer without an error, and the files stay within
// PAGE_CACHE_MAX_MB however many real pages are visited, the oldest written removed first.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { waitUntil } from "../../kit/wait";

const prisma = createTestPrisma();
const BUDGET_MB = 0.25;
let site: RunningSite;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedHarrowSample(prisma);
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl(), {
    CLOCK_NOW: SAMPLE_NOW.toISOString(),
    PAGE_CACHE_MAX_MB: String(BUDGET_MB),
  });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

function cacheFiles(): string[] {
  const routeCache = path.join(site.distDir, "server", "route-cache");
  if (!fs.existsSync(routeCache)) return [];
  return fs
    .readdirSync(routeCache, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
const cacheBytes = () => cacheFiles().reduce((sum, f) => sum + fs.statSync(f).size, 0);
const get = (p: string) => fetch(site.baseUrl + p, { redirect: "manual" });

/** Writes to the cache happen just after the answer is sent: wait until the file count stops changing. */
async function settled(): Promise<number> {
  let [last, count] = [-1, -1];
  // No count of tries (kit/wait.ts): the wait ends when two looks agree, however long the writes take.
  await waitUntil(
    () => {
      [last, count] = [count, cacheFiles().length];
      return count === last;
    },
    () => `the page cache's file count to stop changing (${last} then ${count})`,
    100,
  );
  return count;
}

describe("the page cache on disk", () => {
  it("stores nothing for made-up addresses: 404s and redirects to a canonical address", async () => {
    expect((await get("/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08")).status).toBe(200);
    const before = await settled();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 25; i++) {
      const answers = await Promise.all([
        get(`/harrow/meetings/${900000 + i}-made-up`),
        get(`/harrow/committees/${900000 + i}-made-up`),
        get(`/harrow/people/${900000 + i}-made-up`),
        get(`/harrow/topics/made-up-${i}`),
        get(`/harrow/meetings/73254-stale-slug-${i}`),
      ]);
      expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 308]);
    }
    expect(await settled()).toBe(before);
  });

  it("answers very long addresses without an error, and stores nothing for them", async () => {
    const before = await settled();
    for (const p of [
      `/harrow/meetings/73254-${"x".repeat(3000)}`,
      `/harrow/topics/${"a".repeat(300)}`,
      `/harrow/people/1401-${"é".repeat(150)}`,
      `/harrow/committees/${"c".repeat(250)}`,
    ]) {
      const response = await get(p);
      expect(response.status, p.slice(0, 40)).toBeLessThan(500);
      await response.arrayBuffer();
    }
    expect(await settled()).toBe(before);
    expect(site.output()).not.toMatch(/ENAMETOOLONG/);
  });

  it(`keeps the pages on disk within PAGE_CACHE_MAX_MB (${BUDGET_MB}), the newest kept`, async () => {
    const pages = new Set<string>();
    for (const index of ["/harrow/committees", "/harrow/topics", "/harrow", "/harrow/weekly"]) {
      const html = await (await get(index)).text();
      for (const m of html.matchAll(/href="(\/harrow\/[^"#?]+)"/g))
        if (!m[1]!.endsWith(".xml") && !m[1]!.endsWith(".ics")) pages.add(m[1]!);
    }
    const visited: string[] = [];
    for (const p of pages) {
      const response = await get(p);
      await response.arrayBuffer();
      if (response.status === 200) visited.push(p);
    }
    // Twice over: every page is written once, and what is on disk never passed the budget by more than one page.
    expect(visited.length).toBeGreaterThan(15);
    await settled();
    expect(cacheBytes()).toBeLessThanOrEqual(BUDGET_MB * 1024 * 1024);
    const newest = visited.at(-1)!;
    expect(cacheFiles().some((f) => f.endsWith(`${newest}.html`))).toBe(true);
    expect(cacheFiles().some((f) => f.endsWith(`${visited[0]}.html`))).toBe(false);
  });
});
