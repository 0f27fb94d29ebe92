// Benchmark (not a test): `next start` over 10,000 meetings, loaded by autocannon on loopback at 50 connections.
// Each row pairs something Next.js renders and caches with a static file of exactly the same bytes, served by the
// same server from public/:
//   - the meeting page (ISR-cached, rotating over 200 meetings);
//   - an empty ISR-cached page (the root layout and nothing else): the floor of Next's cached-page path, which no
//     page content can beat;
// each requested plainly and as a browser does (Accept-Encoding: gzip, br: Next compresses both on the fly).
// Prints requests/s, latency percentiles, the server's CPU time per request and the ratios.
//   npx tsx bench/web.ts [--seconds N] [--profile DIR] [--proxy [--client wrk] [--nginx-workers N] [--rounds N]
//                         [--no-page-files]]
// --proxy: the production recipe instead (docs/deploy): Debian's nginx in front of `next start`, caching by the
// pages' own headers with docs/deploy/harrow-digest-proxy.conf, against static files served by the same nginx
// with each page's own bytes, its own gzip bytes (gzip_static) and its headers. Every page and its twin are
// checked to be byte-identical before the rows run, and each page row says how many of its requests no page file
// answered and how many nginx's cache did not answer. The web server writes page files for nginx (PAGE_FILES_DIR,
// docs/operations.md#page-files) unless --no-page-files: then every page comes from nginx's proxy_cache, as before
// page files. Needs `apt-get install -y nginx`.
import autocannon from "autocannon";
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/database";
import { meetingPath } from "@/lib/urls";
import { freePort } from "@/lib/port-free";
import { runNextCaptured, serveNext } from "@/lib/cli/next-process";
import { seedTenThousandMeetings } from "./web-seed";
import { startNginx, type RunningNginx } from "../kit/nginx";

const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 10;
const viaProxy = process.argv.includes("--proxy");
// --client wrk (with --proxy): load with Debian's wrk (see runWrk).
const useWrk = process.argv.includes("--client") && process.argv[process.argv.indexOf("--client") + 1] === "wrk";
// --nginx-workers N (with --proxy): nginx's worker processes (default 1); --rounds N: rounds of the two rows (default 3).
const proxyRounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 3;
const nginxWorkers = Number(process.argv[process.argv.indexOf("--nginx-workers") + 1]) || 1;
// --no-page-files (with --proxy): no PAGE_FILES_DIR, so pages come from nginx's proxy_cache only.
const pageFiles = viaProxy && !process.argv.includes("--no-page-files");
// --profile DIR: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
const profileArg = process.argv.includes("--profile") ? process.argv[process.argv.indexOf("--profile") + 1] : undefined;
const profileDir = profileArg ? path.resolve(profileArg) : undefined;
const DIST = ".next-bench";
// Both exist only while the benchmark runs. Next lists public/ and app/ when it builds, so they are written first.
const STATIC_MEETING = path.resolve("public/__bench-meeting.html");
const STATIC_EMPTY = path.resolve("public/__bench-empty.html");
const EMPTY_PAGE_DIR = path.resolve("app/bench-empty-page");
const EMPTY_PAGE_PATH = "/bench-empty-page";
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far (Linux). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
fs.chmodSync(tmp, 0o755);
const pageFilesDir = path.join(tmp, "page-files");
const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });
let server: ChildProcess | undefined;
let nginx: RunningNginx | undefined;
try {
  await db.createDatabase("bench");
  const url = db.databaseUrl("bench");
  await migrate(url);
  const count = await seedTenThousandMeetings(url);
  console.log(`seeded ${count} meetings`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const meetings = (
    await client.query(`select m."externalId", m."startsAt", c.name from "Meeting" m join "Committee" c on c.id = m."committeeId"
                        join "Summary" s on s."meetingId" = m.id where s.kind = 'outcome' order by m.id limit 200`)
  ).rows as { externalId: number; startsAt: Date; name: string }[];
  await client.end();
  const paths = meetings.map((r) =>
    meetingPath({ councilSlug: "harrow", externalId: r.externalId, committeeName: r.name, startsAt: r.startsAt }),
  );

  fs.writeFileSync(STATIC_MEETING, "placeholder");
  fs.writeFileSync(STATIC_EMPTY, "placeholder");
  fs.mkdirSync(EMPTY_PAGE_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(EMPTY_PAGE_DIR, "page.tsx"),
    "export const revalidate = 30;\nexport default function Empty() {\n  return null;\n}\n",
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    ...(viaProxy ? { TRUSTED_PROXY_HOPS: "1" } : {}),
    ...(pageFiles ? { PAGE_FILES_DIR: pageFilesDir } : {}),
  };
  const build = await runNextCaptured(["build"], env);
  if (!build.ok) throw new Error(build.output);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Started as `npm start` starts it (lib/cli/next-process.ts); a profile is asked of its Node through NODE_OPTIONS.
  const profile = profileDir
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() }
    : {};
  server = serveNext(
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    { ...env, ...profile },
    { output: "pipe" },
  ).child;
  server.stdout?.resume();
  server.stderr?.resume();
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(base + "/icon.svg").then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // Warm the page cache (first visits render; later ones are served from it), and copy cached pages' bytes.
  const fetchCached = async (p: string) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await fetch(base + p);
      const body = await response.text();
      if (response.headers.get("x-nextjs-cache") === "HIT") return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${p} is not served from the cache`);
  };
  // The cache handler starts listening for the database's change notifications on the first page request; pages
  // rendered before it listens are rendered once more, so give it a moment before warming the rest.
  await fetch(base + EMPTY_PAGE_PATH).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 2_000));
  const coldStart = performance.now();
  for (const p of paths) await fetch(base + p).then((r) => r.text());
  const coldMsPerPage = (performance.now() - coldStart) / paths.length;
  await fetch(base + EMPTY_PAGE_PATH).then((r) => r.text());
  let meetingSample = "";
  for (const p of paths) meetingSample = await fetchCached(p);
  const emptySample = await fetchCached(EMPTY_PAGE_PATH);
  for (const [file, sample] of [
    [STATIC_MEETING, meetingSample],
    [STATIC_EMPTY, emptySample],
  ] as const) {
    fs.writeFileSync(file, sample);
    const served = await fetch(base + "/" + path.basename(file)).then((r) => r.text());
    if (served !== sample)
      throw new Error(`the static baseline ${path.basename(file)} is not served with the page's bytes`);
  }

  if (viaProxy) {
    // The static baseline is the pages themselves: for each meeting page, a file with the bytes Next.js serves
    // for it (plain, and its own gzip bytes for gzip_static), served with the page's own headers, rotated in the
    // same order. So both rows send the same bytes, headers and compression; only where they come from differs.
    const staticFiles: Record<string, { body: Buffer; gzip: Buffer }> = {};
    let staticHeaders: Record<string, string> = {};
    for (const [i, p] of paths.entries()) {
      const plain = await rawGet(base + p, {});
      const gzip = await rawGet(base + p, { "accept-encoding": "gzip" });
      if (plain.status !== 200 || gzip.status !== 200 || gzip.headers["content-encoding"] !== "gzip")
        throw new Error(`${p}: no plain and gzip copy`);
      staticFiles[`m${i}.html`] = { body: plain.body, gzip: gzip.body };
      staticHeaders = pageHeaders(gzip.headers);
    }
    nginx = await startNginx({
      dir: path.join(tmp, "nginx"),
      upstreamPort: port,
      staticFiles,
      staticHeaders,
      workers: nginxWorkers,
      ...(pageFiles ? { pageFilesDir } : {}),
    });
    await benchThroughProxy(nginx, paths, staticFiles);
  } else {
    type Row = { name: string; rps: number; p50: number; p99: number; errors: number; cpuMsPerRequest: number };
    const load = async (name: string, requestPaths: string[], gzip: boolean): Promise<Row> => {
      const cpuBefore = cpuSeconds(server!.pid!);
      const r = await autocannon({
        url: base,
        connections: 50,
        duration: seconds,
        headers: gzip ? { "accept-encoding": "gzip, deflate, br" } : {},
        requests: requestPaths.map((p) => ({ method: "GET" as const, path: p })),
      });
      const cpu = cpuSeconds(server!.pid!) - cpuBefore;
      return {
        name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.non2xx + r.errors,
        cpuMsPerRequest: (cpu * 1000) / r.requests.total,
      };
    };
    const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
    const rows: Row[] = [];
    const ratios: string[] = [];
    for (const gzip of [false, true]) {
      const how = gzip ? ", gzip" : "";
      for (const [label, sample, requestPaths, staticPath] of [
        ["meeting pages (200)", meetingSample, paths, "/" + path.basename(STATIC_MEETING)],
        ["empty page", emptySample, [EMPTY_PAGE_PATH], "/" + path.basename(STATIC_EMPTY)],
      ] as const) {
        const staticRow = await load(`  static file, same ${kb(sample)}${how}`, [staticPath], gzip);
        const pageRow = await load(`${label}, ${kb(sample)}${how}`, [...requestPaths], gzip);
        rows.push(pageRow, staticRow);
        ratios.push(
          `${`${label}${how}`.padEnd(26)} ${((pageRow.rps / staticRow.rps) * 100).toFixed(0).padStart(4)}% of the static file's throughput`,
        );
      }
    }
    console.log(
      `${"".padEnd(36)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"CPU ms/req".padStart(12)}${"errors".padStart(8)}`,
    );
    for (const r of rows)
      console.log(
        `${r.name.padEnd(36)}${r.rps.toFixed(0).padStart(8)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}${r.cpuMsPerRequest.toFixed(2).padStart(12)}${String(r.errors).padStart(8)}`,
      );
    for (const line of ratios) console.log(line);
    console.log(
      `first, uncached render of a meeting page (one at a time, from the database): ${coldMsPerPage.toFixed(0)} ms`,
    );
  }
} finally {
  await nginx?.stop();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(STATIC_MEETING, { force: true });
  fs.rmSync(STATIC_EMPTY, { force: true });
  fs.rmSync(EMPTY_PAGE_DIR, { recursive: true, force: true });
  await db.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** One GET without decompression: status, headers and the body's bytes as sent. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The headers a page is served with that are its own (not framing, not Next's internal ones, not the date). */
function pageHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const framing = new Set([
    "date",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
  ]);
  const own: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (framing.has(name) || name.startsWith("x-nextjs-") || value === undefined) continue;
    own[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return own;
}

/** Meeting pages through nginx's cache against the same bytes as static files of nginx's own, plain and gzip. */
// --client wrk (with --proxy): load with Debian's wrk, a C client that takes far less CPU than autocannon, so on a
// 2-core machine the latency measured is the server's rather than the load generator's.

/** One wrk run over the paths in turn: requests/s, p50 and p99 in ms, non-2xx and socket errors. */
function runWrk(baseUrl: string, requestPaths: string[], gzip: boolean, durationSeconds: number) {
  const script = path.join(os.tmpdir(), `bench-wrk-${process.pid}.lua`);
  fs.writeFileSync(
    script,
    `local paths = {${requestPaths.map((p) => JSON.stringify(p)).join(",")}}\nlocal i = 0\n` +
      (gzip ? `wrk.headers["Accept-Encoding"] = "gzip, deflate, br"\n` : "") +
      `request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end\n`,
  );
  const childCpuBefore = waitedChildrenCpuSeconds();
  const out = execFileSync("wrk", ["-t1", "-c50", `-d${durationSeconds}s`, "--latency", "-s", script, baseUrl], {
    encoding: "utf8",
  });
  const clientCpu = waitedChildrenCpuSeconds() - childCpuBefore;
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)\\s*$`, "m").exec(out);
    if (!m) throw new Error(`wrk printed no ${label} latency:\n${out}`);
    const v = Number(m[1]);
    return m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const total = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const errors = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0) + (/Socket errors/.test(out) ? 1 : 0);
  return {
    rps,
    p50: Math.round(ms("50%") * 10) / 10,
    p99: Math.round(ms("99%") * 10) / 10,
    errors,
    total,
    clientCpuMsPerRequest: (clientCpu * 1000) / Math.max(1, total),
  };
}

/** The machine's 1-minute load average (Linux): other work on the machine, printed beside each row. */
function loadAverage(): string {
  return fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0] ?? "";
}

/** User + system CPU seconds of this process's children that have exited and been waited for (Linux): wrk's. */
function waitedChildrenCpuSeconds(): number {
  const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
}

async function benchThroughProxy(
  proxy: RunningNginx,
  meetingPaths: string[],
  staticFiles: Record<string, { body: Buffer; gzip: Buffer }>,
): Promise<void> {
  // Warm the proxy's cache for one kind of client (plain or gzip): every page, until nginx answers HIT. Done just
  // before each row, so that the row measures cached copies within their s-maxage (30 s) rather than the
  // background refreshes after it (one upstream request per page per 30 s, which a burst amortises).
  // A page's answer from its page file or nginx's cache; a copy older than s-maxage is refreshed in the background
  // first (nginx answers STALE, then UPDATING until the web server has answered).
  const cachedCopy = async (p: string, gzip: boolean) => {
    for (let attempt = 0; ; attempt++) {
      // Not fetch(): it would ask for gzip even for the plain row, warming the other copy.
      const response = await rawGet(proxy.baseUrl + p, gzip ? { "accept-encoding": "gzip, deflate, br" } : {});
      if (response.headers["x-cache-status"] === (pageFiles ? "FILE" : "HIT")) return response;
      if (attempt > 300)
        throw new Error(
          `${p} is not served from nginx's cache (${response.headers["x-cache-status"]}, ${response.headers["cache-control"]})`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const warm = async (gzip: boolean) => {
    for (const p of meetingPaths) await cachedCopy(p, gzip);
  };
  const staticPaths = Object.keys(staticFiles).map((name) => `/__bench-static/${name}`);
  // Same bytes both ways: each page from nginx's cache and its static twin, plain and compressed.
  for (const gzip of [false, true]) {
    await warm(gzip);
    for (const [i, p] of meetingPaths.entries()) {
      const headers: Record<string, string> = gzip ? { "accept-encoding": "gzip, deflate, br" } : {};
      const [page, twin] = [await cachedCopy(p, gzip), await rawGet(proxy.baseUrl + staticPaths[i], headers)];
      if (
        page.headers["x-cache-status"] !== (pageFiles ? "FILE" : "HIT") ||
        !page.body.equals(twin.body) ||
        page.headers["content-encoding"] !== twin.headers["content-encoding"]
      )
        throw new Error(
          `${p} through nginx's cache and ${staticPaths[i]} differ (${page.headers["x-cache-status"]}, ${page.body.length} vs ${twin.body.length} bytes)`,
        );
      // (nginx's own validators of a page file, not the page's headers: the static twins are served without.)
      const validators = ["x-cache-status", "etag", "last-modified", "accept-ranges"];
      for (const [name, value] of Object.entries(pageHeaders(page.headers)))
        if (!validators.includes(name) && twin.headers[name] !== value)
          throw new Error(`${staticPaths[i]} is not served with the page's ${name}: ${twin.headers[name]}`);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const plainKb = mean(Object.values(staticFiles).map((f) => f.body.length)) / 1024;
  const gzipKb = mean(Object.values(staticFiles).map((f) => f.gzip.length)) / 1024;
  type Row = {
    name: string;
    rps: number;
    p50: number;
    p99: number;
    errors: number;
    nginxCpuMsPerRequest: number;
    clientCpuMsPerRequest?: number;
    notFromCache: number;
    notFromFiles: number;
    total: number;
    load?: string;
  };
  const notFromCache = () => Object.values(proxy.notFromCache()).reduce((a, b) => a + b, 0);
  const load = async (name: string, requestPaths: string[], gzip: boolean): Promise<Row> => {
    const cpuBefore = proxy.cpuSeconds();
    const missedBefore = notFromCache();
    const proxiedBefore = proxy.proxied();
    if (useWrk) {
      const r = runWrk(proxy.baseUrl, requestPaths, gzip, seconds);
      const cpu = proxy.cpuSeconds() - cpuBefore;
      return {
        name,
        ...r,
        nginxCpuMsPerRequest: (cpu * 1000) / Math.max(1, r.total),
        notFromCache: notFromCache() - missedBefore,
        notFromFiles: proxy.proxied() - proxiedBefore,
        load: loadAverage(),
      };
    }
    const r = await autocannon({
      url: proxy.baseUrl,
      connections: 50,
      duration: seconds,
      headers: gzip ? { "accept-encoding": "gzip, deflate, br" } : {},
      requests: requestPaths.map((p) => ({ method: "GET" as const, path: p })),
    });
    const cpu = proxy.cpuSeconds() - cpuBefore;
    return {
      name,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.non2xx + r.errors,
      nginxCpuMsPerRequest: (cpu * 1000) / r.requests.total,
      notFromCache: notFromCache() - missedBefore,
      notFromFiles: proxy.proxied() - proxiedBefore,
      total: r.requests.total,
      load: loadAverage(),
    };
  };
  const rows: Row[] = [];
  const ratios: string[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // Rounds alternate the two rows, so that load from elsewhere on the machine falls on both alike; the median
  // round's ratio is reported.
  for (const gzip of [false, true]) {
    const how = gzip ? `, gzip ${gzipKb.toFixed(0)} KB` : `, ${plainKb.toFixed(0)} KB`;
    const rounds: { ratio: number; p50: number; p99: number }[] = [];
    for (let round = 1; round <= proxyRounds; round++) {
      const staticRow = await load(
        `  nginx static files, same bytes${gzip ? ", gzip" : ""} (${round})`,
        staticPaths,
        gzip,
      );
      await warm(gzip);
      const pageRow = await load(`meeting pages via nginx${how} (${round})`, meetingPaths, gzip);
      rows.push(pageRow, staticRow);
      rounds.push({ ratio: pageRow.rps / staticRow.rps, p50: pageRow.p50, p99: pageRow.p99 });
    }
    const ratio = median(rounds.map((r) => r.ratio));
    ratios.push(
      `${`meeting pages via nginx${gzip ? ", gzip" : ""}`.padEnd(30)} ${(ratio * 100).toFixed(0).padStart(4)}% of the static files' throughput (median of ${rounds.length}: ${rounds.map((r) => `${(r.ratio * 100).toFixed(0)}%`).join(", ")}), p50 ${median(rounds.map((r) => r.p50))} ms, p99 ${median(rounds.map((r) => r.p99))} ms (medians)`,
    );
  }
  console.log(
    `200 meeting pages, ${plainKb.toFixed(0)} KB on average (${gzipKb.toFixed(0)} KB gzip), each against a static file of its own bytes and headers; ${pageFiles ? "pages served from the page files the web server writes (PAGE_FILES_DIR), the proxy behind" : "no page files (--no-page-files): pages from nginx's proxy_cache"}`,
  );
  console.log(
    `${"".padEnd(44)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"nginx CPU µs/req".padStart(18)}${"wrk CPU µs/req".padStart(16)}${"errors".padStart(8)}${"load".padStart(7)}${"  not from a page file / not from nginx's cache"}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(44)}${r.rps.toFixed(0).padStart(8)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}${(r.nginxCpuMsPerRequest * 1000).toFixed(1).padStart(18)}${(r.clientCpuMsPerRequest === undefined ? "-" : (r.clientCpuMsPerRequest * 1000).toFixed(1)).padStart(16)}${String(r.errors).padStart(8)}${(r.load ?? "").padStart(7)}  ${r.name.startsWith(" ") ? "" : `${r.notFromFiles} / ${r.notFromCache} of ${r.total}`}`,
    );
  }
  for (const line of ratios) console.log(line);
  console.log("target: at least 80% of the static file's throughput, p99 under 50 ms at 50 connections");
}
