// Benchmark (not a test): `next start` over 10,000 meetings, loaded by autocannon on loopback at 50 connections.
// The meeting page (ISR-cached, rotating over 200 meetings) against a static file of the same bytes served by the
// same server from public/. Prints requests/s, the ratio, and latency percentiles.
//   npx tsx bench/web.ts [--seconds N]
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/database";
import { meetingPath } from "@/lib/urls";
import { freePort } from "../tests/helpers/next-server";
import { seedTenThousandMeetings } from "./web-seed";

const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 10;
const DIST = ".next-bench";
const STATIC_FILE = path.resolve("public/__bench-meeting.html");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
fs.chmodSync(tmp, 0o755);
const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });
let server: ReturnType<typeof spawn> | undefined;
try {
  await db.createDatabase("bench");
  const url = db.databaseUrl("bench");
  await migrate(url);
  const count = await seedTenThousandMeetings(url);
  console.log(`seeded ${count} meetings`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = (
    await client.query(`select m."externalId", m."startsAt", c.name from "Meeting" m join "Committee" c on c.id = m."committeeId"
                        join "Summary" s on s."meetingId" = m.id where s.kind = 'outcome' order by m.id limit 200`)
  ).rows as { externalId: number; startsAt: Date; name: string }[];
  await client.end();
  const paths = rows.map((r) => meetingPath({ councilSlug: "harrow", externalId: r.externalId, committeeName: r.name, startsAt: r.startsAt }));

  // The static file must exist when Next builds (it lists public/ then); its bytes are replaced below.
  fs.writeFileSync(STATIC_FILE, "placeholder");
  const env = { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  const build = spawnSync("node_modules/.bin/next", ["build"], { env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  for (let i = 0; i < 300; i++) {
    if (await fetch(base + "/icon.svg").then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // Warm the page cache (first visits render; later ones are served from it), and copy one page's bytes.
  let sample = "";
  for (const p of paths) sample = await fetch(base + p).then((r) => r.text());
  for (const p of paths) await fetch(base + p);
  fs.writeFileSync(STATIC_FILE, sample);
  const check = await fetch(base + "/__bench-meeting.html").then((r) => r.text());
  if (check !== sample) throw new Error("the static baseline is not served with the meeting page's bytes");

  const load = (requests: { path: string }[]) =>
    autocannon({ url: base, connections: 50, duration: seconds, requests: requests.map((r) => ({ method: "GET" as const, path: r.path })) });
  const staticResult = await load([{ path: "/__bench-meeting.html" }]);
  const pageResult = await load(paths.map((p) => ({ path: p })));
  const line = (name: string, r: autocannon.Result) =>
    `${name.padEnd(28)}${r.requests.average.toFixed(0).padStart(10)}${String(r.latency.p50).padStart(8)}${String(r.latency.p99).padStart(8)}${String(r.non2xx).padStart(8)}`;
  console.log(`${"".padEnd(28)}${"req/s".padStart(10)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"non-2xx".padStart(8)}`);
  console.log(line(`static file (${(sample.length / 1024).toFixed(0)} KB)`, staticResult));
  console.log(line("meeting pages (200, cached)", pageResult));
  console.log(`meeting page throughput / static file: ${((pageResult.requests.average / staticResult.requests.average) * 100).toFixed(0)}%`);
} finally {
  server?.kill("SIGTERM");
  fs.rmSync(STATIC_FILE, { force: true });
  await db.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
