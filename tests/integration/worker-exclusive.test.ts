// Two worker processes on one database share the queue, and no job runs twice at the same time: a council's
// scrapes never overlap (one queue per council, policy "stately": one running, one waiting), and a week's digest
// for a council runs once at a time (singleton key council:week). Requests for a scrape that is already waiting
// are merged into it rather than queued again. Scraped from the Harrow and Brent snapshots on loopback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { requestScrape } from "@/lib/jobs/request-scrape";
import { ensureQueue } from "@/lib/jobs/ensure-queue";
import { scrapeQueue, TICK_QUEUES } from "@/lib/jobs/queue-names";
import { addDays, londonCalendarDate } from "@/lib/iso-week";
import { londonMidnight } from "@/lib/london-time";
import { WEEKLY_DIGEST_QUEUE } from "@/lib/jobs/weekly-digest-job";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import { snapshotDirFor } from "@/lib/ingest/scrape-snapshot";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import {
  connectQueue,
  countUnfinishedJobs,
  findOverlaps,
  resetJobQueue,
  spawnWorker,
  stopWorker,
  TEST_TUNING,
  waitFor,
  writeCouncilsFile,
  type WorkerChild,
} from "../../kit/workers";

// The workers' "now" (CLOCK_NOW, lib/clock.ts), fixed so the suite does not depend on the day it runs: the full
// poll's eight weeks either side take in all four of Brent's snapshot meetings (12 October to 16 December 2026),
// and on this day Harrow meets (a meeting on Thursday 19 November 2026) and Brent does not.
const NOW = "2026-11-19T09:00:00Z";
const HARROW_MEETS_TODAY = { year: 2026, month: 11, day: 19 };

const prisma = createTestPrisma();
const replays: ReplayServer[] = [];
const workers: WorkerChild[] = [];
let queue: PgBoss;
let councilsFile: string;

beforeAll(async () => {
  await resetDatabase(prisma);
  await resetJobQueue(prisma);
  for (const slug of ["harrow", "brent"]) {
    const replay = await startReplayServer({ dir: snapshotDirFor(slug) });
    // a little latency on every request, so scrapes last long enough for the workers to contend
    replay.setFaults([{ match: "/", delay: 5 }]);
    replays.push(replay);
  }
  councilsFile = writeCouncilsFile([
    {
      slug: "harrow",
      name: "Harrow Council",
      baseUrl: "https://moderngov.harrow.gov.uk",
      mirrorUrl: replays[0]!.baseUrl,
      minIntervalMs: 0,
      timeoutMs: 10_000,
    },
    {
      slug: "brent",
      name: "Brent Council",
      baseUrl: "https://democracy.brent.gov.uk",
      mirrorUrl: replays[1]!.baseUrl,
      minIntervalMs: 0,
      timeoutMs: 10_000,
    },
  ]);
  queue = await connectQueue(testDatabaseUrl());
});

afterAll(async () => {
  for (const worker of workers) await stopWorker(worker);
  await queue?.stop({ graceful: false, wait: true }).catch(() => {});
  for (const replay of replays) await replay.close();
  await prisma.$disconnect();
});

describe("two workers on one database", () => {
  it("merges a broader scrape request into the one already waiting instead of queueing a second", async () => {
    await ensureQueue(queue, "dead-letters", { policy: "standard" });
    await ensureQueue(queue, scrapeQueue("harrow"), { policy: "stately", deadLetter: "dead-letters" });
    const ask = (window: "full" | "meeting-day", refreshCommittees: boolean) =>
      requestScrape(queue, {
        council: "harrow",
        window,
        refreshCommittees,
        reason: `${window}${refreshCommittees ? "+committees" : ""}`,
      });
    expect(await ask("meeting-day", false)).toBe("queued");
    expect(await ask("meeting-day", false)).toBe("already-queued");
    expect(await ask("full", true)).toBe("merged");
    expect(await ask("full", false)).toBe("already-queued");
    expect(await countUnfinishedJobs(prisma, "scrape-harrow")).toBe(1);
  });

  it("shares the work without ever running one council's scrape, or one council-week's digest, twice at once", async () => {
    const env = {
      DATABASE_URL: testDatabaseUrl(),
      COUNCILS_FILE: councilsFile,
      OUTBOX_DIR: `${councilsFile}.outbox`,
      CLOCK_NOW: NOW,
    };
    // One after the other: pg-boss creates its schema on the first start. Nothing is killed here, so a job never
    // needs to expire: a long timeout keeps a slow scrape on a loaded machine from being retried as if dead.
    const tuning = { ...TEST_TUNING, jobTimeoutSeconds: 900 };
    workers.push(await spawnWorker(env, tuning));
    workers.push(await spawnWorker(env, tuning));

    // A week's digest is asked for once Brent's meetings are in and summarised, as the schedule runs it after the
    // scrapes: asked for earlier it fails ("no council brent yet") and waits out pg-boss's retry delay, on a loaded
    // machine past this test's patience. It is asked for twice, as the schedule and an operator might.
    const brentSummarised = async () =>
      (await prisma.meeting.count({ where: { council: { slug: "brent" }, summary: { isNot: null } } })) === 4;
    let digestRequests = 0;
    const requestDigestTwice = async () => {
      for (let i = 0; i < 2; i++)
        await queue.send(
          WEEKLY_DIGEST_QUEUE,
          { council: "brent", week: "2026-W42" },
          { singletonKey: "brent:2026-W42" },
        );
      digestRequests += 2;
    };
    // Requests keep arriving while scrapes run: each council's queue holds one running and one waiting job.
    for (let round = 0; round < 10; round++) {
      for (const council of ["harrow", "brent"])
        await requestScrape(queue, {
          council,
          window: "full",
          refreshCommittees: round === 3,
          reason: `round ${round}`,
        });
      if (await brentSummarised()) await requestDigestTwice();
      await new Promise((r) => setTimeout(r, 700));
    }
    if (digestRequests === 0) {
      await waitFor(
        brentSummarised,
        () => `Brent was never summarised:\n${workers.map((w) => w.output().slice(-3000)).join("\n---\n")}`,
      );
      await requestDigestTwice();
    }
    await waitFor(
      async () =>
        (await countUnfinishedJobs(prisma, "scrape-%")) +
          (await countUnfinishedJobs(prisma, "summarize-%")) +
          (await countUnfinishedJobs(prisma, WEEKLY_DIGEST_QUEUE)) ===
        0,
      () => `jobs still unfinished; worker output:\n${workers.map((w) => w.output().slice(-3000)).join("\n---\n")}`,
    );

    const runs = await prisma.jobRun.findMany({
      where: { queue: { in: ["scrape-harrow", "scrape-brent", WEEKLY_DIGEST_QUEUE] } },
      orderBy: { startedAt: "asc" },
    });
    const scrapes = runs.filter((r) => r.queue.startsWith("scrape-"));
    expect(scrapes.filter((r) => r.councilSlug === "harrow").length).toBeGreaterThanOrEqual(2);
    expect(scrapes.filter((r) => r.councilSlug === "brent").length).toBeGreaterThanOrEqual(2);
    expect(
      runs.every((r) => r.status === "succeeded"),
      JSON.stringify(runs.filter((r) => r.status !== "succeeded")),
    ).toBe(true);
    expect(findOverlaps(runs)).toEqual([]);
    // no job ran twice: every job id has exactly one run, its first attempt (nothing failed, so nothing retried)
    expect(new Set(runs.map((r) => r.jobId)).size).toBe(runs.length);
    expect(runs.every((r) => r.attempt === 0)).toBe(true);
    // the same shows in the scraper's own bookkeeping: no run was cut short by a concurrent one
    const interrupted = await prisma.scrapeRun.count({ where: { failureReason: { contains: "Interrupted" } } });
    expect(interrupted).toBe(0);
    expect(await prisma.digestIssue.count({ where: { week: "2026-W42", council: { slug: "brent" } } })).toBe(1);
    // both councils are in the database, summarised, and the work was spread over the processes that asked for it
    expect(await prisma.meeting.count({ where: { council: { slug: "brent" } } })).toBe(4);
    expect(await prisma.meeting.count({ where: { summary: null } })).toBe(0);
    const perWorker = new Map<string, number>();
    for (const run of await prisma.jobRun.findMany()) perWorker.set(run.worker, (perWorker.get(run.worker) ?? 0) + 1);
    console.log("[worker-exclusive] job runs per worker:", Object.fromEntries(perWorker));
    expect([...perWorker.keys()].every((id) => workers.some((w) => w.id === id))).toBe(true);
  });

  it("schedules the pipeline in London time and fans each tick out to the councils' own queues", async () => {
    const schedules = (await queue.getSchedules()) as unknown as { name: string; cron: string; timezone: string }[];
    expect(
      schedules
        .filter((s) => Object.values(TICK_QUEUES).includes(s.name as never))
        .map((s) => [s.name, s.cron, s.timezone])
        .sort(),
    ).toEqual(
      [
        [TICK_QUEUES.committeesRefresh, "30 5 * * 0", "Europe/London"],
        [TICK_QUEUES.meetingDayPoll, "45 7-21 * * *", "Europe/London"],
        [TICK_QUEUES.meetingsPoll, "15 6,12,18 * * *", "Europe/London"],
        [TICK_QUEUES.summariesSweep, "0 4 * * *", "Europe/London"],
      ].sort(),
    );
    // What the cron would do, now: a meetings poll reaches every council, a meeting-day poll those meeting today.
    // One tick after the other: sent together, a day poll that runs first queues a council meeting today, and the
    // meetings poll then finds that council's job already queued ("merged"), which depends on the date the suite runs.
    for (const tick of [TICK_QUEUES.meetingsPoll, TICK_QUEUES.meetingDayPoll]) {
      await queue.send(tick, {});
      await waitFor(
        async () => (await prisma.jobRun.count({ where: { queue: tick, status: "succeeded" } })) === 1,
        () => `the ${tick} tick to run:\n${workers.map((w) => w.output().slice(-3000)).join("\n---\n")}`,
      );
    }
    const output = async (queueName: string) =>
      (await prisma.jobRun.findFirstOrThrow({ where: { queue: queueName } })).output;
    expect(await output(TICK_QUEUES.meetingsPoll)).toEqual({ harrow: "queued", brent: "queued" });
    // "Today" is the workers' fixed now: Harrow meets then and Brent does not, so only Harrow is polled.
    const today = londonCalendarDate(new Date(NOW));
    expect(today).toEqual(HARROW_MEETS_TODAY);
    const meetingToday = await prisma.meeting.findMany({
      where: { startsAt: { gte: londonMidnight(today), lt: londonMidnight(addDays(today, 1)) } },
      select: { council: { select: { slug: true } } },
    });
    expect([...new Set(meetingToday.map((m) => m.council.slug))]).toEqual(["harrow"]);
    expect(Object.keys((await output(TICK_QUEUES.meetingDayPoll)) as object)).toEqual(["harrow"]);
    await waitFor(
      async () => (await countUnfinishedJobs(prisma, "scrape-%")) === 0,
      () => `the polls to finish:\n${workers.map((w) => w.output().slice(-3000)).join("\n---\n")}`,
    );
    const polls = await prisma.scrapeRun.findMany({
      where: {
        startedAt: {
          gte: (await prisma.jobRun.findFirstOrThrow({ where: { queue: TICK_QUEUES.meetingsPoll } })).startedAt,
        },
      },
    });
    expect(polls.map((r) => (r.options as { refreshCommittees: boolean }).refreshCommittees)).toEqual(
      polls.map(() => false),
    );
    expect(findOverlaps(await prisma.jobRun.findMany({ where: { queue: { startsWith: "scrape-" } } }))).toEqual([]);
  });
});
