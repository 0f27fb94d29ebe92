// Benchmark (not a test): a full scrape of the bundled snapshot into a fresh database, then incremental re-runs,
// with the politeness delay off. The replay server runs in its own process, as the council's server would.
// Prints meetings/s, documents/s, PDF text-extraction MB/s, peak RSS of the scraper process, the re-run's share
// of the first run's time (the ratio the issue asks for) and the bytes the re-run downloaded (must be 0).
// Then a 600-page reports pack (bench/build-pack.ts: the snapshot's PDFs copied page by page into one file) read
// by the product (pdf-parse in its worker thread) side by side with poppler's pdftotext, rounds interleaved: wall and CPU time of each, the ratio, and the peak RSS of this process while it reads the pack.
// pdftotext is only a yardstick (Debian's poppler-utils); without it that comparison is skipped with a note.
// Between the two, the scrape command itself (its own process, as `npm run scrape` runs it): its peak RSS.
// Runs bundled, as the scrape command does (scripts/run-built.mjs):
//   npm run bench:scrape -- [--rounds N] [--pack-rounds N] [--pages N]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/database";
import { createPrismaClient } from "@/lib/db";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import { SNAPSHOT_WINDOW, snapshotScrapeArgs } from "@/lib/ingest/scrape-snapshot";
import { findCouncil } from "@/lib/councils";
import { freePort } from "@/lib/port-free";
import { keepWasmOnBaselineCompiler } from "@/lib/cli/wasm-baseline";
import { npmScriptNodeArgs } from "@/lib/cli/npm-script";

// As `npm run scrape` and `npm run worker` do (lib/cli/wasm-baseline.ts).
keepWasmOnBaselineCompiler();

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const rounds = argument("rounds", 3);
const packRounds = argument("pack-rounds", 5);
const packPages = argument("pages", 600);
const council = findCouncil("harrow")!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rssAtStart = process.memoryUsage().rss;
let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, memory.rss);
  peakHeap = Math.max(peakHeap, memory.heapUsed);
}, 20);

const replay = spawn(process.execPath, ["--import", "tsx", "scripts/replay-server.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const baseUrl = await new Promise<string>((resolve, reject) => {
  readline.createInterface({ input: replay.stdout! }).once("line", resolve);
  replay.once("exit", () => reject(new Error("the replay server did not start")));
});
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scrape-"));
fs.chmodSync(tmp, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });
const rows: string[][] = [];
const command: string[] = [];
try {
  for (let round = 1; round <= rounds; round++) {
    const name = `bench_${round}`;
    await pg.createDatabase(name);
    const url = pg.databaseUrl(name);
    await migrate(url);
    const prisma = createPrismaClient(url);
    const scrape = async () => {
      const http = createHttpClient({ minIntervalMs: 0 });
      const started = performance.now();
      const result = await scrapeCouncil(prisma, http, { council, fetchBaseUrl: baseUrl, window: SNAPSHOT_WINDOW });
      return { result, seconds: (performance.now() - started) / 1000, bytes: http.readStats().bytesDownloaded };
    };
    const first = await scrape();
    // The median of three re-runs, so one hiccup on a shared machine does not decide the figure.
    const again = [await scrape(), await scrape(), await scrape()].sort((a, b) => a.seconds - b.seconds)[1]!;
    const c = first.result.counters;
    const docs = c.documents.fetched + c.documents.failed;
    rows.push([
      String(round),
      (c.meetings.seen / first.seconds).toFixed(1),
      (docs / first.seconds).toFixed(1),
      (c.pdfBytesExtracted / 1e6 / (c.pdfExtractMs / 1000)).toFixed(2),
      first.seconds.toFixed(2),
      again.seconds.toFixed(2),
      `${((again.seconds / first.seconds) * 100).toFixed(1)}%`,
      String(again.bytes),
      String(again.result.counters.documents.fetched + again.result.counters.documents.updated),
    ]);
    await prisma.$disconnect();
  }
  // The command itself, as `npm run scrape` runs it (its own process, its bundle, migrating its database first):
  // peak RSS (VmHWM, threads included) of a first scrape into a fresh database, then of a re-run.
  await pg.createDatabase("bench_command");
  for (const label of ["first run (fresh database)", "re-run"]) {
    const peak = await commandPeakRss(pg.databaseUrl("bench_command"));
    command.push(`  ${label}: ${peak.code === 0 ? "" : `exit ${peak.code}, `}peak RSS ${mb(peak.bytes)}`);
  }
} finally {
  clearInterval(sampler);
  replay.kill("SIGTERM");
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
const header = [
  "round",
  "meetings/s",
  "docs/s",
  "PDF MB/s",
  "first s",
  "re-run s",
  "re-run/first",
  "re-run bytes*",
  "re-run docs",
];
console.log([header, ...rows].map((r) => r.map((cell) => cell.padStart(13)).join("")).join("\n"));
console.log("* every byte a re-run downloads is robots.txt, which each new client reads once; no page or PDF body");
console.log(
  `peak RSS of the scraper process: ${mb(peakRss)} (${mb(rssAtStart)} before the first scrape; PDFs are read in its worker thread); main thread's heap peak ${mb(peakHeap)}`,
);
console.log(
  `the command (node ${npmScriptNodeArgs("scrape").join(" ")} --no-summarize), target ≤ 300 MB:\n${command.join("\n")}`,
);

/** Runs the scrape command against the replay server and reads its peak RSS (VmHWM) from /proc until it exits. */
async function commandPeakRss(databaseUrl: string): Promise<{ code: number | null; bytes: number }> {
  const child = spawn(process.execPath, [...npmScriptNodeArgs("scrape"), ...snapshotScrapeArgs(baseUrl)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "ignore",
  });
  let bytes = 0;
  const read = () => {
    try {
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0);
      bytes = Math.max(bytes, kb * 1024);
    } catch {
      // gone: the last reading stands
    }
  };
  const poll = setInterval(read, 20);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(poll);
  return { code, bytes };
}

// ---- the 600-page pack, in a process of its own (bench/read-pack.ts) so its peak RSS is the pack's alone ----
const packRun = spawnSync(
  process.execPath,
  ["scripts/run-built.mjs", "bench/read-pack.ts", "--pack-rounds", String(packRounds), "--pages", String(packPages)],
  { stdio: "inherit" },
);
if (packRun.status !== 0) process.exitCode = 1;
