// `npm run scrape` runs the command bundled ahead by scripts/run-built.mjs, with plain Node (no TypeScript loader),
// and its PDF thread loads the bundled reader instead of registering the loader. What it stores must be exactly what
// the scraper stores when run from the sources: every document's text, pages, tables and errors.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReplayServer } from "@/lib/replay/server";
import { SNAPSHOT_NOW, snapshotScrapeArgs } from "@/lib/ingest/scrape-snapshot";
import { npmScriptNodeArgs } from "@/lib/cli/npm-script";
import type { PrismaClient } from "@/lib/db";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;

beforeAll(async () => {
  replay = await startHarrowReplay();
});
afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

function runBuiltScrape(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    // As `npm run scrape` starts it (its Node flags included), from package.json.
    [...npmScriptNodeArgs("scrape"), ...snapshotScrapeArgs(replay.baseUrl)],
    // NODE_OPTIONS cleared: the command must run without the loader vitest's own process may carry.
    {
      env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: testDatabaseUrl(), CLOCK_NOW: SNAPSHOT_NOW.toISOString() },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

async function storedDocuments(prisma: PrismaClient) {
  const rows = await prisma.document.findMany({
    select: {
      url: true,
      fetchStatus: true,
      fetchError: true,
      text: true,
      pageCount: true,
      tables: true,
      contentHash: true,
    },
    orderBy: { url: "asc" },
  });
  return rows;
}

describe("the scrape command run from its bundle", () => {
  it("stores the same documents (text, pages, tables, errors) as the scraper run from the sources", async () => {
    await resetDatabase(prisma);
    const built = await runBuiltScrape();
    expect(built.stderr).not.toMatch(/Error|error:/);
    expect(built.stdout).toMatch(/Run #\d+: (succeeded|partial)/);
    expect(built.code).toBe(0);
    const fromBundle = await storedDocuments(prisma);

    await resetDatabase(prisma);
    await scrapeReplay(prisma, replay);
    const fromSources = await storedDocuments(prisma);

    expect(fromBundle.filter((d) => d.text !== null).length).toBeGreaterThan(70);
    expect(fromBundle).toEqual(fromSources);
  });
});
