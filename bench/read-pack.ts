// Part of bench/scrape.ts (run by it in a process of its own): a reports pack of the snapshot's PDFs, read by the
// product's reader (pdf-parse in its worker thread, as the scraper reads it) side by side with poppler's
// pdftotext, rounds interleaved; then the same with the reader's two-thread setting. Prints wall and CPU time of
// each (medians), the ratios to pdftotext, and this process's peak RSS (threads included) while it reads the pack.
// pdftotext is only a yardstick; without it that comparison is skipped with a note.
//   npx tsx bench/read-pack.ts [--pack-rounds N] [--pages N]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PdfReader } from "@/lib/ingest/extract-pdf-text";

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const packRounds = argument("pack-rounds", 5);
const packPages = argument("pages", 600);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peakRss = 0;
const rssAtStart = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
const packFile = path.join(os.tmpdir(), `bench-pack-${process.pid}.pdf`);
const built = spawnSync(process.execPath, ["--import", "tsx", "bench/build-pack.ts", packFile, String(packPages)], {
  stdio: ["ignore", "ignore", "pipe"],
});
if (built.status !== 0) throw new Error(`building the pack failed: ${built.stderr.toString()}`);
const packBytes = new Uint8Array(fs.readFileSync(packFile));
// CPU time of waited-for children (pdftotext), from /proc (Linux); null elsewhere.
const childCpuMs = (): number | null => {
  try {
    const fields = fs
      .readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
};
const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Times = { wall: number[]; cpu: number[] };
const timed = async (into: Times, read: () => Promise<unknown>) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await read();
  into.wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
};
const pdftotext = (into: Times) => {
  if (!hasPdftotext) return;
  const cpu = childCpuMs();
  const started = performance.now();
  const run = spawnSync("pdftotext", [packFile, "-"], { maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
  into.wall.push(performance.now() - started);
  const after = childCpuMs();
  if (cpu !== null && after !== null) into.cpu.push(after - cpu);
};
/** The reader's rounds interleaved with pdftotext's; the first read (the threads' start-up) reported apart. */
async function phase(reader: PdfReader) {
  peakRss = 0;
  const ours: Times = { wall: [], cpu: [] };
  const poppler: Times = { wall: [], cpu: [] };
  const started = performance.now();
  const pages = (await reader.read(packBytes)).pageCount;
  const coldSeconds = (performance.now() - started) / 1000;
  for (let round = 0; round < packRounds; round++) {
    pdftotext(poppler);
    await timed(ours, () => reader.read(packBytes));
  }
  await reader.close();
  return { ours, poppler, pages, coldSeconds, peakRss };
}
// One thread (the default, as the scraper reads it), then two (PDF_READER_THREADS=2), each with its own pdftotext
// rounds so the load of the moment weighs on both alike.
const one = await phase(new PdfReader({ threads: 1 }));
const twoReader = new PdfReader({ threads: 2 });
const two = await phase(twoReader);
clearInterval(sampler);
fs.rmSync(packFile, { force: true });
const seconds = (xs: number[]) => (median(xs) / 1000).toFixed(2);
const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(1);
console.log(`\n${two.pages}-page pack (${(packBytes.length / 1e6).toFixed(1)} MB), median of ${packRounds} rounds:`);
for (const [label, run] of [
  [
    `one thread (the reader's default${new PdfReader().threads === 1 ? "" : ": not this run's, PDF_READER_THREADS is set"})`,
    one,
  ],
  [`two threads (PDF_READER_THREADS=2; both read a PDF of ${twoReader.splitPages} pages or more)`, two],
] as const) {
  console.log(
    `  pdf-parse, ${label}: ${seconds(run.ours.wall)} s wall, ${seconds(run.ours.cpu)} s CPU; first read with the thread start-up ${run.coldSeconds.toFixed(2)} s; peak RSS of this process ${mb(run.peakRss)}`,
  );
  if (hasPdftotext) {
    const cpu = run.poppler.cpu.length ? `, ${seconds(run.poppler.cpu)} s CPU` : "";
    const cpuRatio = run.poppler.cpu.length ? `, CPU ${ratio(run.ours.cpu, run.poppler.cpu)}×` : "";
    console.log(
      `    pdftotext in the same rounds: ${seconds(run.poppler.wall)} s wall${cpu}; pdf-parse / pdftotext: wall ${ratio(run.ours.wall, run.poppler.wall)}×${cpuRatio} (target ≤ 3×)`,
    );
  }
}
if (!hasPdftotext) {
  console.log("  pdftotext not found (Debian: apt-get install poppler-utils): the comparison with it is skipped");
}
console.log(`  (this process: ${mb(rssAtStart)} at start; peak RSS target for the pack ≤ 300 MB)`);
