// The README's main command and the CLIs' bad-input behaviour, run as real processes.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, freePort } from "../helpers/next-server";
import { testDatabaseUrl } from "../helpers/db";

const TSX = path.resolve("node_modules/.bin/tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "start-command-"));
fs.chmodSync(tmp, 0o755);

beforeAll(() => buildSite(testDatabaseUrl()), 240_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL;
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
      env: cleanEnv({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(webPort), NEXT_DIST_DIR: ".next-test" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (c) => (output += c));
    child.stderr!.on("data", (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let html = "";
    for (let i = 0; i < 300 && !html; i++) {
      await new Promise((r) => setTimeout(r, 200));
      html = await fetch(`http://127.0.0.1:${webPort}/`).then((r) => (r.ok ? r.text() : ""), () => "");
    }
    expect(html, output).toContain("No council data yet");
    expect(postgresRunningIn(dataDir)).toBe(true);
    child.kill("SIGINT");
    await exited;
    expect(postgresRunningIn(dataDir), output).toBe(false);
    await expect(fetch(`http://127.0.0.1:${webPort}/`)).rejects.toThrow();
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true); // the data stays
  }, 120_000);
});

describe("bad configuration", () => {
  it("names a wrong DATABASE_URL and what to do, without a stack trace", () => {
    const result = spawnSync(TSX, ["scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Cannot connect to the database named by DATABASE_URL \(postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none\)/);
    expect(result.stderr).not.toContain("secret");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("names an invalid variable at start-up", () => {
    const result = spawnSync(TSX, ["scripts/db-migrate.ts"], { env: cleanEnv({ EMBEDDED_PG_PORT: "eighty" }), encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/EMBEDDED_PG_PORT/);
  });
});
