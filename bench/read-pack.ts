// Part of bench/scrape.ts (run by it in a process of its own): a reports pack of the snapshot's PDFs, read by the
// product's reader (pdf-parse in its worker thread) side by side with poppler's pdftotext, rounds interleaved.
// Prints wall and CPU time of each (medians), their ratio, and this process's peak RSS (threads included) while
// it reads the pack. pdftotext is only a yardstick; without it that comparison is skipped with a note.
//   npx tsx bench/read-pack.ts [--pack-rounds N] [--pages N]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractPdfText } from "@/lib/ingest/extract-pdf-text";

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
const ours = { wall: [] as number[], cpu: [] as number[] };
const poppler = { wall: [] as number[], cpu: [] as number[] };
let pages = 0;
let coldSeconds = 0;
{
  const started = performance.now();
  pages = (await extractPdfText(packBytes)).pageCount; // starts the worker thread: reported apart
  coldSeconds = (performance.now() - started) / 1000;
}
for (let round = 0; round < packRounds; round++) {
  if (hasPdftotext) {
    const cpu = childCpuMs();
    const started = performance.now();
    const run = spawnSync("pdftotext", [packFile, "-"], { maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
    poppler.wall.push(performance.now() - started);
    const after = childCpuMs();
    if (cpu !== null && after !== null) poppler.cpu.push(after - cpu);
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  await extractPdfText(packBytes);
  ours.wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  ours.cpu.push((used.user + used.system) / 1000);
}
clearInterval(sampler);
fs.rmSync(packFile, { force: true });
console.log(`\n${pages}-page pack (${(packBytes.length / 1e6).toFixed(1)} MB), median of ${packRounds} rounds:`);
console.log(
  `  pdf-parse (worker thread): ${(median(ours.wall) / 1000).toFixed(2)} s wall, ${(median(ours.cpu) / 1000).toFixed(2)} s CPU; first read with the thread's start-up ${coldSeconds.toFixed(2)} s`,
);
if (hasPdftotext) {
  const cpuRatio = poppler.cpu.length ? `, CPU ${(median(ours.cpu) / median(poppler.cpu)).toFixed(1)}×` : "";
  console.log(
    `  pdftotext: ${(median(poppler.wall) / 1000).toFixed(2)} s wall${poppler.cpu.length ? `, ${(median(poppler.cpu) / 1000).toFixed(2)} s CPU` : ""}`,
  );
  console.log(
    `  pdf-parse / pdftotext: wall ${(median(ours.wall) / median(poppler.wall)).toFixed(1)}×${cpuRatio} (target ≤ 3×)`,
  );
} else {
  console.log("  pdftotext not found (Debian: apt-get install poppler-utils): the comparison with it is skipped");
}
console.log(
  `  peak RSS of this process, first read included: ${mb(peakRss)} (${mb(rssAtStart)} at start; target ≤ 300 MB)`,
);
