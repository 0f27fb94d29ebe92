// Benchmark (not a test): one worker process versus two on the same backlog of scrape and summary jobs. The
// backlog is N councils that all mirror the bundled Harrow snapshot, served by a replay server in its own process
// (as a council's site would be), so the measured workers compete only with each other. For each worker count,
// on a fresh database: queue N scrape jobs (committees, meetings, PDFs, then the summaries they change) and wait
// until done; then queue N forced summary jobs and wait again. Prints jobs per second for both phases and proves
// from the JobRun rows (unique per job and attempt) and pg-boss's own job states that no job ran twice, and that
// no two runs for one council overlapped.
//   npx tsx bench/worker.ts [--councils N] [--concurrency N]   (defaults 8 councils, WORKER_CONCURRENCY 4)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { scrapeQueue, summarizeQueue } from "@/lib/jobs/queue-names";
import { freePort } from "@/lib/port-free";
import {
  connectQueue,
  countUnfinishedJobs,
  findOverlaps,
  spawnWorker,
  stopWorker,
  waitFor,
  writeCouncilsFile,
  type WorkerChild,
} from "../kit/workers";

const councilCount = Number(process.argv[process.argv.indexOf("--councils") + 1]) || 8;
const concurrency = Number(process.argv[process.argv.indexOf("--concurrency") + 1]) || 4;
const NEVER = "0 0 1 1 *"; // the schedules stay out of the measurement
const TUNING = {
  concurrency,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 5,
  jobTimeoutSeconds: 900,
  retryLimit: 2,
  retryDelaySeconds: 5,
};

const replay = spawn(
  process.execPath,
  ["--import", "tsx", "scripts/replay-server.ts", "--dir", "lib/replay/snapshot/harrow"],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const baseUrl = await new Promise<string>((resolve, reject) => {
  readline.createInterface({ input: replay.stdout! }).once("line", resolve);
  replay.once("exit", () => reject(new Error("the replay server did not start")));
});
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-worker-"));
fs.chmodSync(tmp, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });
const slugs = Array.from({ length: councilCount }, (_, i) => `bench-${String(i + 1).padStart(2, "0")}`);
const councilsFile = writeCouncilsFile(
  slugs.map((slug) => ({
    slug,
    name: `Bench ${slug}`,
    baseUrl: "https://moderngov.harrow.gov.uk",
    mirrorUrl: baseUrl,
    minIntervalMs: 0,
  })),
);

interface Phase {
  jobs: number;
  seconds: number;
}

async function drain(prisma: PrismaClient, pattern: string, started: number, jobs: number): Promise<Phase> {
  await waitFor(
    async () => (await countUnfinishedJobs(prisma, pattern)) === 0,
    () => `${pattern} did not drain`,
  );
  return { jobs, seconds: (performance.now() - started) / 1000 };
}

async function measure(workerCount: number) {
  const name = `bench_${workerCount}`;
  await pg.createDatabase(name);
  const url = pg.databaseUrl(name);
  await migrate(url);
  const prisma = createPrismaClient(url);
  const env: Record<string, string> = {
    DATABASE_URL: url,
    COUNCILS_FILE: councilsFile,
    OUTBOX_DIR: path.join(tmp, "outbox"),
    LOG_LEVEL: "warn",
  };
  for (const key of ["MEETINGS", "MEETING_DAY", "COMMITTEES", "SUMMARIES", "DIGEST"])
    env[`SCHEDULE_${key}_CRON`] = NEVER;
  const workers: WorkerChild[] = [];
  for (let i = 0; i < workerCount; i++) workers.push(await spawnWorker({ ...env, LOG_LEVEL: "info" }, TUNING));
  const queue = await connectQueue(url);
  try {
    let started = performance.now();
    for (const council of slugs) {
      await queue.send(scrapeQueue(council), {
        council,
        window: "full",
        refreshCommittees: true,
        from: "2025-01-01",
        to: "2027-12-31",
        reason: "benchmark",
      });
    }
    const scrape = await drain(prisma, "scrape-%", started, slugs.length);
    started = performance.now();
    for (const council of slugs)
      await queue.send(summarizeQueue(council), { council, force: true, reason: "benchmark" });
    const summary = await drain(prisma, "summarize-%", started, slugs.length);

    const runs = await prisma.jobRun.findMany({
      where: { OR: [{ queue: { startsWith: "scrape-" } }, { queue: { startsWith: "summarize-" } }] },
    });
    const [states] = await prisma.$queryRawUnsafe<[{ completed: number; other: number }]>(
      `SELECT count(*) FILTER (WHERE state = 'completed')::int AS completed, count(*) FILTER (WHERE state <> 'completed')::int AS other
       FROM ${JOB_QUEUE_SCHEMA}.job WHERE name LIKE 'scrape-%' OR name LIKE 'summarize-%'`,
    );
    const meetings = await prisma.meeting.count();
    const summaries = await prisma.summary.count();
    const perWorker = workers.map((w) => runs.filter((r) => r.worker === w.id).length);
    return { workerCount, scrape, summary, runs, states, meetings, summaries, perWorker };
  } finally {
    for (const w of workers) await stopWorker(w);
    await queue.stop({ graceful: false, wait: true }).catch(() => {});
    await prisma.$disconnect();
  }
}

try {
  console.log(
    `${councilCount} councils mirroring the Harrow snapshot (281 URLs, 15 meetings each); replay server in its own process; ${concurrency} jobs at once per worker; ${os.cpus().length} CPUs.`,
  );
  const results = [await measure(1), await measure(2)];
  const rate = (p: Phase) => p.jobs / p.seconds;
  const rows = results.map((r) => [
    String(r.workerCount),
    `${r.scrape.jobs} in ${r.scrape.seconds.toFixed(1)} s`,
    rate(r.scrape).toFixed(3),
    `${r.summary.jobs} in ${r.summary.seconds.toFixed(1)} s`,
    rate(r.summary).toFixed(3),
    ((r.scrape.jobs + r.summary.jobs) / (r.scrape.seconds + r.summary.seconds)).toFixed(3),
    r.perWorker.join(" / "),
  ]);
  const head = [
    "workers",
    "scrape jobs",
    "scrape jobs/s",
    "summary jobs",
    "summary jobs/s",
    "all jobs/s",
    "runs per worker",
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(`\n${line(head)}\n${line(widths.map((w) => "-".repeat(w)))}\n${rows.map(line).join("\n")}`);
  const [one, two] = results as [(typeof results)[0], (typeof results)[0]];
  console.log(
    `\nspeed-up with two workers: scrape ${(rate(two.scrape) / rate(one.scrape)).toFixed(2)}x, summary ${(rate(two.summary) / rate(one.summary)).toFixed(2)}x`,
  );
  for (const r of results) {
    const distinct = new Set(r.runs.map((run) => run.jobId)).size;
    const retried = r.runs.filter((run) => run.attempt > 0).length;
    console.log(
      `${r.workerCount} worker(s): ${r.runs.length} job runs for ${distinct} distinct jobs (${retried} retries); pg-boss: ${r.states.completed} completed, ${r.states.other} in any other state; ` +
        `overlapping runs for one council: ${findOverlaps(r.runs).length}; ${r.meetings} meetings, ${r.summaries} summaries stored`,
    );
    if (r.runs.length !== distinct || retried > 0 || r.states.other > 0 || r.states.completed !== r.runs.length)
      throw new Error("a job ran twice or did not complete");
  }
} finally {
  await pg.stop();
  replay.kill("SIGINT");
  fs.rmSync(tmp, { recursive: true, force: true });
}
