// Benchmark (not a test): the weekly digest to 10,000 confirmed subscribers through a local SMTP sink, against a
// bare nodemailer loop sending the same messages (same renderer, same pool size) in the same run; and the
// sender's peak RSS at 1,000 and at 10,000 subscribers, which must stay flat (subscribers are streamed in
// batches, rows claimed one at a time). Each sender runs in its own process so its RSS is its own; the SMTP
// sink (smtp-server, discarding bodies) runs here.
//   npx tsx bench/digest-send.ts [--connections 5]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { seedDigestWeek } from "../kit/digest-fixtures";
import { freePort } from "@/lib/port-free";

const connections = process.argv.includes("--connections")
  ? Number(process.argv[process.argv.indexOf("--connections") + 1])
  : 5;

const received = new Map<string, number>();
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    stream.on("end", () => {
      const to = session.envelope.rcptTo[0]?.address ?? "";
      received.set(to, (received.get(to) ?? 0) + 1);
      callback();
    });
    stream.resume();
  },
});
const smtpPort = await freePort();
await new Promise<void>((resolve) => sink.listen(smtpPort, "127.0.0.1", () => resolve()));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-digest-"));
fs.chmodSync(tmp, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });

async function database(name: string, subscribers: number): Promise<string> {
  await pg.createDatabase(name);
  const url = pg.databaseUrl(name);
  await migrate(url);
  const prisma = createPrismaClient(url);
  await seedDigestWeek(prisma);
  await prisma.$executeRaw`
    INSERT INTO "Subscriber" ("email", "status", "preferences", "confirmedAt", "updatedAt")
    SELECT 'reader' || g || '@example.org', 'confirmed', '{}'::jsonb, now(), now() FROM generate_series(1, ${subscribers}::int) AS g`;
  await prisma.$disconnect();
  return url;
}

interface Measure {
  mode: string;
  sent: number;
  seconds: number;
  peakRssMb: number;
  liveHeapMb: number;
}

function measure(mode: "ours" | "bare", url: string, nodeFlags: string[] = []): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--expose-gc",
        ...nodeFlags,
        "--import",
        "tsx",
        "bench/digest-send-child.ts",
        "--mode",
        mode,
        "--db",
        url,
        "--smtp",
        `smtp://127.0.0.1:${smtpPort}`,
        "--connections",
        String(connections),
      ],
      {
        stdio: ["ignore", "pipe", "inherit"],
        env: { ...process.env, NODE_ENV: "test" },
      },
    );
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()!) as Measure)
        : reject(new Error(`${mode} exited with ${code}: ${out}`)),
    );
  });
}

function exactlyOnce(expected: number): string {
  const copies = [...received.values()];
  const ok = received.size === expected && copies.every((n) => n === 1);
  received.clear();
  return ok
    ? "every recipient exactly once"
    : `NOT exactly once: ${received.size} recipients, max ${Math.max(...copies)} copies`;
}

const rows: string[][] = [];
try {
  const results: Record<string, Measure> = {};
  for (const n of [1_000, 10_000]) {
    const oursUrl = await database(`ours_${n}`, n);
    results[`ours ${n}`] = await measure("ours", oursUrl);
    const check = exactlyOnce(n);
    const bareUrl = await database(`bare_${n}`, n);
    results[`bare ${n}`] = await measure("bare", bareUrl);
    received.clear();
    for (const mode of ["ours", "bare"]) {
      const r = results[`${mode} ${n}`]!;
      rows.push([
        mode === "ours" ? "sendWeeklyDigest" : "bare nodemailer loop",
        String(n),
        String(r.sent),
        r.seconds.toFixed(2),
        (r.sent / r.seconds).toFixed(0),
        r.peakRssMb.toFixed(0),
        r.liveHeapMb.toFixed(0),
        mode === "ours" ? check : "",
      ]);
    }
  }
  // The same 10,000 under a 128 MB old-space cap: if anything grew with the subscriber count, this would crash.
  const capped = await measure("ours", await database("ours_capped", 10_000), ["--max-old-space-size=128"]);
  const cappedCheck = exactlyOnce(10_000);
  rows.push([
    "sendWeeklyDigest, heap capped at 128 MB",
    "10000",
    String(capped.sent),
    capped.seconds.toFixed(2),
    (capped.sent / capped.seconds).toFixed(0),
    capped.peakRssMb.toFixed(0),
    capped.liveHeapMb.toFixed(0),
    cappedCheck,
  ]);
  const ratio =
    results["ours 10000"]!.sent /
    results["ours 10000"]!.seconds /
    (results["bare 10000"]!.sent / results["bare 10000"]!.seconds);
  const header = ["sender", "subscribers", "sent", "seconds", "msg/s", "peak RSS MB", "live heap MB", "check"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(
    `\nWeekly digest send, ${connections} SMTP connections, loopback sink (${os.cpus().length} CPUs, Node ${process.version})\n`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\nsendWeeklyDigest / bare loop at 10,000: ${(ratio * 100).toFixed(0)}% of the bare rate`);
  console.log(
    `peak RSS, ours: ${results["ours 1000"]!.peakRssMb.toFixed(0)} MB at 1,000 → ${results["ours 10000"]!.peakRssMb.toFixed(0)} MB at 10,000 (${capped.peakRssMb.toFixed(0)} MB with the heap capped at 128 MB)`,
  );
  console.log(
    `live heap after the run, ours: ${results["ours 1000"]!.liveHeapMb.toFixed(0)} MB at 1,000 → ${results["ours 10000"]!.liveHeapMb.toFixed(0)} MB at 10,000`,
  );
} finally {
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
