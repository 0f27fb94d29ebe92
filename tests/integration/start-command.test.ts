// The README's main command and the CLIs' bad-input behaviour, run as real processes.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/port-free";
import { buildSite, copyBuild } from "../helpers/next-server";
import { testDatabaseUrl } from "../helpers/db";
import { waitForOutput } from "../../kit/wait";

const TSX = path.resolve("node_modules/.bin/tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "start-command-"));
fs.chmodSync(tmp, 0o755);

// Its own copy of the test build (the page cache it writes stays out of the build other files copy).
let distDir: string;
beforeAll(async () => {
  await buildSite(testDatabaseUrl());
  distDir = await copyBuild();
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(distDir, { recursive: true, force: true });
});

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", ...extra };
  delete env.DATABASE_URL;
  delete env.APP_SECRET;
  delete env.PUBLIC_BASE_URL;
  return env;
}

function postgresRunningIn(dataDir: string): boolean {
  const ps = spawnSync("ps", ["-eo", "args"], { encoding: "utf8" }).stdout;
  return ps.split("\n").some((line) => line.includes("postgres") && line.includes(dataDir));
}

describe("npm start", () => {
  it("serves the home page from its own embedded PostgreSQL and leaves nothing running after Ctrl-C", async () => {
    const dataDir = path.join(tmp, "pg");
    const [pgPort, webPort] = [await freePort(), await freePort()];
    const child = spawn(TSX, ["scripts/start.ts", "--no-build", "--no-scrape"], {
      env: cleanEnv({
        EMBEDDED_PG_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        PORT: String(webPort),
        NEXT_DIST_DIR: distDir,
      }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (c) => (output += c));
    child.stderr!.on("data", (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Waited for, not tried a number of times: "Serving on" comes before `next start` runs, and Next.js's "Ready"
    // once it listens (or the exit, which fails the test with the output). Then one request.
    await waitForOutput(child, /Serving on [\s\S]*Ready/, () => output, "the site to be served");
    const response = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(response.status, output).toBe(200);
    const html = await response.text();
    expect(html, output).toContain("No council data yet");
    // PUBLIC_BASE_URL is unset: absolute links follow PORT rather than naming port 3000.
    expect(html).toContain(`<link rel="canonical" href="http://localhost:${webPort}/harrow"/>`);
    // Loopback only by default: another interface of this machine is refused.
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal);
    if (outside) await expect(fetch(`http://${outside.address}:${webPort}/`)).rejects.toThrow();
    expect(postgresRunningIn(dataDir)).toBe(true);
    // The development APP_SECRET is mentioned once, not by every process of the run (build, server, …).
    expect(output.match(/APP_SECRET is not set/g), output).toHaveLength(1);
    child.kill("SIGINT");
    await exited;
    expect(postgresRunningIn(dataDir), output).toBe(false);
    await expect(fetch(`http://127.0.0.1:${webPort}/`)).rejects.toThrow();
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true); // the data stays
  });
});

/** Listens on a port for the duration of fn, as another program would. */
async function withPortTaken<T>(fn: (port: number) => Promise<T> | T): Promise<T> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await fn((server.address() as net.AddressInfo).port);
  } finally {
    server.close();
  }
}

function runStart(env: Record<string, string>) {
  return new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(TSX, ["scripts/start.ts", "--no-build", "--no-scrape"], {
      env: cleanEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (c) => (stderr += c));
    child.on("exit", (status) => resolve({ status, stderr }));
  });
}

describe("a taken port", () => {
  it("the web port: one line naming PORT, before the database starts", async () => {
    const dataDir = path.join(tmp, "pg-web-port");
    const pgPort = await freePort();
    const result = await withPortTaken((port) =>
      runStart({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port) }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^\[start\] Port \d+ on 127\.0\.0\.1 is already in use, so the site cannot be served there\. Set PORT to a free port/m,
    );
    expect(result.stderr).not.toMatch(/\n\s+at |EADDRINUSE/);
    expect(result.stderr).not.toContain("Starting the embedded PostgreSQL");
  });

  it("the database port: one line naming EMBEDDED_PG_PORT", async () => {
    const dataDir = path.join(tmp, "pg-db-port");
    const webPort = await freePort();
    const result = await withPortTaken((port) =>
      runStart({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), PORT: String(webPort) }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Set EMBEDDED_PG_PORT to a free port/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("expected errors are one line", () => {
  it("npm run digest for a council with nothing imported: its message, exit 1, no stack", () => {
    const result = spawnSync(TSX, ["scripts/digest.ts", "--council", "nowhere"], {
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), APP_SECRET: "a".repeat(32) },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '[digest] No council "nowhere" in the database yet. Import its meetings first (npm start, or npm run scrape).',
    );
  });

  it("a bad argument: one line and the usage, exit 2", () => {
    const result = spawnSync(TSX, ["scripts/digest.ts", "--week", "soon", "--verbose"], {
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), APP_SECRET: "a".repeat(32) },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^\[digest\] --week "soon" is not an ISO week such as 2025-W43\.\nUsage: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("bad configuration", () => {
  it("names a wrong DATABASE_URL and what to do, without a stack trace", () => {
    const result = spawnSync(TSX, ["scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Cannot connect to the database named by DATABASE_URL \(postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none\)/,
    );
    expect(result.stderr).not.toContain("secret");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("names an invalid variable at start-up", () => {
    const result = spawnSync(TSX, ["scripts/db-migrate.ts"], {
      env: cleanEnv({ EMBEDDED_PG_PORT: "eighty" }),
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/EMBEDDED_PG_PORT/);
  });
});
