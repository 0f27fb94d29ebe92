// A job that keeps failing ends in the dead-letter queue after its retries, not in a loop, and other councils keep
// running: a council whose site cannot be reached beside one that works. The operator sees it on /api/health
// (503, the council stale) and on /ops/status (the failed runs, their errors, the dead letter), and every JSON log
// line of the worker names its council, run and job.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CouncilConfig } from "@/lib/councils";
import { loadEnv } from "@/lib/env";
import { createLogger } from "@/lib/log";
import { startWorker, type Worker } from "@/lib/jobs/start-worker";
import { requestScrape } from "@/lib/jobs/request-scrape";
import { DEAD_LETTER_QUEUE, scrapeQueue } from "@/lib/jobs/queue-names";
import { SNAPSHOT_NOW, snapshotDirFor } from "@/lib/ingest/scrape-snapshot";
import { checkHealth } from "@/lib/ops/check-health";
import { respondOpsStatus } from "@/lib/ops/respond-ops-status";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { countUnfinishedJobs, resetJobQueue, TEST_TUNING, waitFor } from "../../kit/workers";

const prisma = createTestPrisma();
let replay: ReplayServer;
let worker: Worker;
const lines: Record<string, unknown>[] = [];
let councils: CouncilConfig[];
const SECRET = "ops-secret-for-the-tests-0123456789";

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  await resetDatabase(prisma);
  await resetJobQueue(prisma);
  replay = await startReplayServer({ dir: snapshotDirFor("brent") });
  councils = [
    {
      slug: "brent",
      name: "Brent Council",
      baseUrl: "https://democracy.brent.gov.uk",
      mirrorUrl: replay.baseUrl,
      minIntervalMs: 0,
    },
    {
      slug: "ghost",
      name: "Ghost Borough Council",
      baseUrl: "https://democracy.ghost.invalid",
      mirrorUrl: `http://127.0.0.1:${await closedPort()}`,
      minIntervalMs: 0,
      timeoutMs: 1000,
    },
  ];
  const logger = createLogger({
    name: "worker",
    level: "info",
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  worker = await startWorker({
    databaseUrl: testDatabaseUrl(),
    // The snapshot's day as the worker's now, so the full poll's window takes in all four of Brent's meetings
    // whatever day the suite runs.
    env: loadEnv({ NODE_ENV: "test", CLOCK_NOW: SNAPSHOT_NOW.toISOString() }),
    logger,
    councils,
    tuning: { ...TEST_TUNING, jobTimeoutSeconds: 60 },
  });
});

afterAll(async () => {
  await worker?.stop();
  await replay?.close();
  await prisma.$disconnect();
});

const opsEnv = (secret?: string) => loadEnv({ NODE_ENV: "test", ...(secret ? { OPS_SECRET: secret } : {}) });
const opsRequest = (auth?: string, query = "") =>
  new Request(`http://site.test/ops/status${query}`, auth ? { headers: { Authorization: auth } } : undefined);
const basic = (password: string) => `Basic ${Buffer.from(`ops:${password}`).toString("base64")}`;

describe("a council whose site cannot be reached", () => {
  it("fails every retry and lands in the dead-letter queue, while the other council is scraped", async () => {
    for (const council of ["ghost", "brent"])
      await requestScrape(worker.boss, { council, window: "full", refreshCommittees: true, reason: "test" });
    await waitFor(
      async () =>
        (await countUnfinishedJobs(prisma, "scrape-%")) === 0 &&
        (await countUnfinishedJobs(prisma, DEAD_LETTER_QUEUE)) > 0,
      () => `still running: ${JSON.stringify(lines.slice(-5))}`,
    );
    const ghostRuns = await prisma.jobRun.findMany({
      where: { queue: scrapeQueue("ghost") },
      orderBy: { attempt: "asc" },
    });
    expect(ghostRuns.map((r) => [r.attempt, r.status])).toEqual([
      [0, "failed"],
      [1, "failed"],
      [2, "failed"],
    ]);
    expect(ghostRuns[0]!.error).toMatch(/scrape run \d+ of ghost failed: Could not read the council's committee list/);
    const dead = await prisma.$queryRawUnsafe<{ data: { council: string }; state: string }[]>(
      `SELECT data, state::text AS state FROM pgboss.job WHERE name = $1`,
      DEAD_LETTER_QUEUE,
    );
    expect(dead).toEqual([{ data: expect.objectContaining({ council: "ghost" }), state: "created" }]);
    const failed = await worker.boss.getJobById(scrapeQueue("ghost"), ghostRuns[0]!.jobId);
    expect(failed?.state).toBe("failed");
    // it stays failed: nothing loops
    await new Promise((r) => setTimeout(r, 3000));
    expect(await prisma.jobRun.count({ where: { queue: scrapeQueue("ghost") } })).toBe(3);

    expect(await prisma.jobRun.findFirst({ where: { queue: scrapeQueue("brent") } })).toMatchObject({
      status: "succeeded",
      attempt: 0,
    });
    expect(await prisma.meeting.count({ where: { council: { slug: "brent" } } })).toBe(4);
  });

  it("shows on /api/health: 503, the dead council stale, the working one fresh", async () => {
    const report = await checkHealth(prisma, councils, { maxScrapeAgeHours: 24, maxQueueWaitMinutes: 30 });
    expect(report.ok).toBe(false);
    expect(report.database.ok).toBe(true);
    expect(report.councils.find((c) => c.slug === "brent")).toMatchObject({ stale: false });
    expect(report.councils.find((c) => c.slug === "ghost")).toMatchObject({
      stale: true,
      lastSuccessAt: null,
      lastRun: { status: "failed" },
    });
    expect(report.queue).toMatchObject({ available: true, stalled: false });
  });

  it("shows on /ops/status, behind OPS_SECRET: the failed runs, their errors and the dead letter", async () => {
    const deps = (secret?: string) => ({ env: opsEnv(secret), prisma: () => prisma, councils });
    const disabled = await respondOpsStatus(opsRequest(basic(SECRET)), deps());
    expect(disabled.status).toBe(404);
    expect(await disabled.text()).toMatch(/disabled: set OPS_SECRET/);
    const challenge = await respondOpsStatus(opsRequest(), deps(SECRET));
    expect(challenge.status).toBe(401);
    expect(challenge.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    expect((await respondOpsStatus(opsRequest(basic("not-the-secret-at-all")), deps(SECRET))).status).toBe(401);

    const page = await respondOpsStatus(opsRequest(basic(SECRET)), deps(SECRET));
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain("Unhealthy");
    expect(html).toContain("ghost: never scraped successfully");
    expect(html).toMatch(/Could not read the council&#39;s committee list|Could not read the council's committee list/);
    expect(html).toContain("1 job(s) in the dead-letter queue");

    const json = (await (
      await respondOpsStatus(opsRequest(`Bearer ${SECRET}`, "?format=json"), deps(SECRET))
    ).json()) as {
      queue: { deadLetterCount: number; recentFailures: { queue: string }[] };
      scrapeRuns: { council: string; status: string; errorCount: number }[];
    };
    expect(json.queue.deadLetterCount).toBe(1);
    expect(json.queue.recentFailures[0]?.queue).toBe(scrapeQueue("ghost"));
    expect(
      json.scrapeRuns.filter((r) => r.council === "ghost").every((r) => r.status === "failed" && r.errorCount > 0),
    ).toBe(true);
  });

  it("logs JSON lines that each name the council, run and job", () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines)
      expect(Object.keys(line)).toEqual(expect.arrayContaining(["council", "run", "job", "level", "time", "msg"]));
    const jobLines = lines.filter((l) => l.job !== null);
    expect(jobLines.some((l) => l.council === "ghost" && l.msg === "job failed" && typeof l.run === "number")).toBe(
      true,
    );
    expect(
      jobLines.some(
        (l) =>
          l.council === "brent" &&
          l.msg === "scrape run finished" &&
          typeof (l.job as { id?: unknown }).id === "string",
      ),
    ).toBe(true);
  });
});
