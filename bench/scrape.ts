// Benchmark (not a test): a full scrape of the bundled snapshot into a fresh database, then an incremental
// re-run, with the politeness delay off. Prints meetings/s, documents/s, PDF text-extraction MB/s, peak RSS,
// the re-run's share of the first run's time and the PDF bytes the re-run downloaded (must be 0).
//   npx tsx bench/scrape.ts [--rounds N]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/database";
import { createPrismaClient } from "@/lib/db";
import { createHttpClient } from "@/lib/moderngov/http-client";
import { startReplayServer } from "@/lib/replay/server";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import { SNAPSHOT_DIR, SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";
import { findCouncil } from "@/lib/councils";
import { freePort } from "../tests/helpers/next-server";

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 3;
const council = findCouncil("harrow")!;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scrape-"));
fs.chmodSync(tmp, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });
const replay = await startReplayServer({ dir: SNAPSHOT_DIR });
const rows: string[][] = [];
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
      const result = await scrapeCouncil(prisma, http, { council, fetchBaseUrl: replay.baseUrl, window: SNAPSHOT_WINDOW });
      return { result, seconds: (performance.now() - started) / 1000 };
    };
    const first = await scrape();
    const logBefore = replay.requests.length;
    const again = await scrape();
    const rerunPdfBytes = replay.requests
      .slice(logBefore)
      .filter((r) => /\.pdf|mgConvert2PDF/i.test(r.url))
      .reduce((sum, r) => sum + r.bytes, 0);
    const c = first.result.counters;
    const docs = c.documents.fetched + c.documents.failed;
    rows.push([
      String(round),
      (c.meetings.seen / first.seconds).toFixed(1),
      (docs / first.seconds).toFixed(1),
      (c.pdfBytesExtracted / 1e6 / first.seconds).toFixed(2),
      first.seconds.toFixed(2),
      again.seconds.toFixed(2),
      `${((again.seconds / first.seconds) * 100).toFixed(1)}%`,
      String(rerunPdfBytes),
    ]);
    await prisma.$disconnect();
  }
} finally {
  clearInterval(sampler);
  await replay.close();
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
const header = ["round", "meetings/s", "documents/s", "PDF MB/s", "first s", "re-run s", "re-run/first", "re-run PDF bytes"];
console.log([header, ...rows].map((r) => r.map((cell) => cell.padStart(14)).join("")).join("\n"));
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB (one process: replay server, scraper, pdf.js)`);
