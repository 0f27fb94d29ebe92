// Worker processes for the worker tests and bench:worker (kit/worker-process.ts), a queue client for the test itself,
// and the checks the tests share: when everything is done, and whether any two runs overlapped.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db";
import type { CouncilConfig } from "@/lib/councils";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import type { WorkerTuning } from "@/lib/jobs/worker-tuning";
import { waitUntil } from "./wait";

const TSX = path.resolve("node_modules/.bin/tsx");

/** Timeouts short enough that a killed worker's job is retried within seconds. */
export const TEST_TUNING: WorkerTuning = {
  concurrency: 4,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
  jobTimeoutSeconds: 20,
  retryLimit: 2,
  retryDelaySeconds: 1,
};

export interface WorkerChild {
  pid: number;
  /** as recorded in JobRun.worker */
  id: string;
  lines: Record<string, unknown>[];
  output: () => string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/** A JSON file for COUNCILS_FILE in a fresh temp folder. */
export function writeCouncilsFile(councils: CouncilConfig[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "worker-test-"));
  const file = path.join(dir, "councils.json");
  fs.writeFileSync(file, JSON.stringify(councils, null, 2));
  return file;
}

export async function spawnWorker(
  env: Record<string, string>,
  tuning: Partial<WorkerTuning> = TEST_TUNING,
): Promise<WorkerChild> {
  const child: ChildProcess = spawn(
    TSX,
    [path.join(import.meta.dirname, "worker-process.ts"), JSON.stringify(tuning)],
    {
      env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  let partial = "";
  const lines: Record<string, unknown>[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk;
    partial += chunk;
    const complete = partial.split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) if (line.startsWith("{")) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  // Its "worker started" line, or its exit (then the start failed: say so with its output).
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  await waitFor(
    () => {
      if (lines.some((l) => l.msg === "worker started")) return true;
      if (exitCode !== undefined) throw new Error(`the worker exited (${exitCode}) before starting:\n${output}`);
      return false;
    },
    () => `the worker's "worker started" line:\n${output}`,
  );
  // tsx runs the script in a node process of its own: the worker is that process, named in its log lines.
  const pid = Number(lines.find((l) => l.msg === "worker started")!.pid);
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  };
  return { pid, id: `${os.hostname()}:${pid}`, lines, output: () => output, exited, kill };
}

export async function stopWorker(worker: WorkerChild | undefined): Promise<void> {
  if (!worker) return;
  worker.kill("SIGTERM");
  await Promise.race([worker.exited, new Promise((r) => setTimeout(r, 15_000))]);
  worker.kill("SIGKILL");
}

/** The test's own queue client: sends jobs, never works them or runs maintenance. */
export async function connectQueue(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on("error", () => {});
  await boss.start();
  return boss;
}

/** Removes pg-boss's schema (and every queue, job and schedule in it) so the test starts from nothing. */
export async function resetJobQueue(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${JOB_QUEUE_SCHEMA} CASCADE`);
}

export async function countUnfinishedJobs(prisma: PrismaClient, namePattern: string): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM ${JOB_QUEUE_SCHEMA}.job WHERE name LIKE $1 AND state IN ('created', 'retry', 'active')`,
    namePattern,
  );
  return row.count;
}

/**
 * Polls until `check` holds, with no count of tries and no time limit: the test's own stop for a hang ends a wait
 * that never ends, and `describe` (what is awaited, with the workers' output) is printed then (kit/wait.ts).
 */
export function waitFor(check: () => boolean | Promise<boolean>, describe: () => string): Promise<void> {
  return waitUntil(check, describe);
}

export interface RunInterval {
  id: number;
  queue: string;
  councilSlug: string | null;
  worker: string;
  startedAt: Date;
  finishedAt: Date | null;
}

/** Pairs of runs in the same lane (queue + council) whose time spans overlap: there must be none. */
export function findOverlaps(runs: RunInterval[]): [RunInterval, RunInterval][] {
  const overlaps: [RunInterval, RunInterval][] = [];
  const lanes = new Map<string, RunInterval[]>();
  for (const run of runs) {
    const lane = `${run.queue}/${run.councilSlug ?? ""}`;
    lanes.set(lane, [...(lanes.get(lane) ?? []), run]);
  }
  for (const lane of lanes.values()) {
    const sorted = [...lane].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1]!;
      const after = sorted[i]!;
      if (!before.finishedAt || before.finishedAt > after.startedAt) overlaps.push([before, after]);
    }
  }
  return overlaps;
}
