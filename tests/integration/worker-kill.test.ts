// A worker killed mid-job (SIGKILL: no clean-up, no goodbye) has its job retried by another worker once the job's
// timeout passes, and never while the first might still be running. The scraper's own bookkeeping agrees: the
// killed run is marked interrupted by the retry, which finishes the work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { requestScrape } from "@/lib/jobs/request-scrape";
import { scrapeQueue } from "@/lib/jobs/queue-names";
import { SNAPSHOT_NOW, snapshotDirFor } from "@/lib/ingest/scrape-snapshot";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import {
  connectQueue,
  findOverlaps,
  resetJobQueue,
  spawnWorker,
  stopWorker,
  TEST_TUNING,
  waitFor,
  writeCouncilsFile,
  type WorkerChild,
} from "../../kit/workers";

const prisma = createTestPrisma();
let replay: ReplayServer;
let queue: PgBoss;
const workers: WorkerChild[] = [];
// Long enough that the retry's own scrape finishes within it on a loaded machine (at 6 s, the retry itself timed
// out and was retried again while other work shared the cores).
const TUNING = { ...TEST_TUNING, jobTimeoutSeconds: 30 };

beforeAll(async () => {
  await resetDatabase(prisma);
  await resetJobQueue(prisma);
  replay = await startReplayServer({ dir: snapshotDirFor("brent") });
  // The first request for one meeting page hangs for two minutes: whoever takes the job is stuck mid-scrape.
  replay.setFaults([{ match: "MId=8201", delay: 120_000, times: 1 }]);
  const councilsFile = writeCouncilsFile([
    {
      slug: "brent",
      name: "Brent Council",
      baseUrl: "https://democracy.brent.gov.uk",
      mirrorUrl: replay.baseUrl,
      minIntervalMs: 0,
      timeoutMs: 150_000,
    },
  ]);
  // The snapshot's day as the workers' now (CLOCK_NOW), so the full poll's window takes in all four of Brent's
  // meetings whatever day the suite runs.
  const env = {
    DATABASE_URL: testDatabaseUrl(),
    COUNCILS_FILE: councilsFile,
    OUTBOX_DIR: `${councilsFile}.outbox`,
    CLOCK_NOW: SNAPSHOT_NOW.toISOString(),
  };
  workers.push(await spawnWorker(env, TUNING));
  workers.push(await spawnWorker(env, TUNING));
  queue = await connectQueue(testDatabaseUrl());
});

afterAll(async () => {
  for (const worker of workers) await stopWorker(worker);
  await queue?.stop({ graceful: false, wait: true }).catch(() => {});
  await replay?.close();
  await prisma.$disconnect();
});

describe("a worker killed mid-job", () => {
  it("has its job retried by the other worker after the job's timeout, and the work completed", async () => {
    expect(
      await requestScrape(queue, { council: "brent", window: "full", refreshCommittees: true, reason: "test" }),
    ).toBe("queued");
    await waitFor(
      () => replay.requests.some((r) => r.url.includes("MId=8201") && r.status === 0),
      () => `no worker reached the stalled page:\n${workers.map((w) => w.output().slice(-2000)).join("\n---\n")}`,
    );
    const first = await prisma.jobRun.findFirstOrThrow({ where: { queue: scrapeQueue("brent"), attempt: 0 } });
    const victim = workers.find((w) => w.id === first.worker)!;
    const survivor = workers.find((w) => w !== victim)!;
    expect(victim, `JobRun worker ${first.worker} is not one of ours`).toBeDefined();

    victim.kill("SIGKILL");
    const killedAt = new Date();
    await victim.exited;

    await waitFor(
      async () => (await prisma.jobRun.count({ where: { jobId: first.jobId, status: "succeeded" } })) === 1,
      () => `the job was not retried:\n${survivor.output().slice(-3000)}`,
    );
    const attempts = await prisma.jobRun.findMany({ where: { jobId: first.jobId }, orderBy: { attempt: "asc" } });
    expect(attempts.map((a) => [a.attempt, a.status, a.worker])).toEqual([
      [0, "abandoned", victim.id],
      [1, "succeeded", survivor.id],
    ]);
    // pg-boss held the job until its timeout: the retry started after the kill, never beside the first attempt
    expect(attempts[1]!.startedAt.getTime()).toBeGreaterThanOrEqual(killedAt.getTime() - 50);
    expect(attempts[1]!.startedAt.getTime() - first.startedAt.getTime()).toBeGreaterThanOrEqual(
      TUNING.jobTimeoutSeconds * 1000 - 500,
    );
    expect(findOverlaps(attempts)).toEqual([]);
    // pg-boss marks the job completed once the handler has returned, a moment after our own row says succeeded.
    await waitFor(
      async () => (await queue.getJobById(scrapeQueue("brent"), first.jobId))?.state === "completed",
      () => `pg-boss to mark the job completed:\n${survivor.output().slice(-3000)}`,
    );

    const runs = await prisma.scrapeRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => r.status)).toEqual(["failed", "succeeded"]);
    expect(runs[0]!.failureReason).toMatch(/Interrupted/);
    expect(await prisma.meeting.count()).toBe(4);
    expect(await prisma.meeting.count({ where: { summary: null } })).toBe(0);
  });
});
