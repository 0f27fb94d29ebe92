// Bad configuration stops `npm run worker` at start-up, before it touches the database, with a message that names
// the variable or the council entry and says what is expected (no stack trace).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "worker-config-"));

function startWorker(env: Record<string, string>) {
  const result = spawnSync(TSX, ["scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", ...env },
    encoding: "utf8",
    // A stop for a hang only (a sync call Vitest cannot interrupt): the worker exits at once on bad configuration.
    timeout: 10 * 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

function councilsFile(content: string): string {
  const file = path.join(tmp, `councils-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, content);
  return file;
}

describe("npm run worker with bad configuration", () => {
  it("names the bad council entries in COUNCILS_FILE", () => {
    const file = councilsFile(
      JSON.stringify([
        { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
        { slug: "camden", name: "Camden Council", baseUrl: "democracy.camden.gov.uk" },
        { slug: "harrow", name: "Harrow again", baseUrl: "https://moderngov.harrow.gov.uk", minIntervalMs: -1 },
      ]),
    );
    const { status, stderr } = startWorker({ COUNCILS_FILE: file });
    expect(status).toBe(1);
    expect(stderr).toContain(`Invalid council list in COUNCILS_FILE (${file})`);
    expect(stderr).toMatch(/entry 2 \("camden"\): baseUrl: an http\(s\) URL/);
    expect(stderr).toMatch(/entry 3 \("harrow"\): minIntervalMs/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain("Cannot connect"); // stopped before the database
  });

  it("says when COUNCILS_FILE cannot be read or is not JSON", () => {
    expect(startWorker({ COUNCILS_FILE: path.join(tmp, "missing.json") }).stderr).toMatch(
      /COUNCILS_FILE: cannot read .*missing\.json \(ENOENT\)/,
    );
    expect(startWorker({ COUNCILS_FILE: councilsFile("[{ slug: harrow }]") }).stderr).toMatch(/is not valid JSON/);
  });

  it("names a misconfigured schedule and a too-short OPS_SECRET", () => {
    const cron = startWorker({ SCHEDULE_MEETINGS_CRON: "15 6,12,25 * * *" });
    expect(cron.status).toBe(1);
    expect(cron.stderr).toMatch(
      /SCHEDULE_MEETINGS_CRON: a cron expression such as "15 6,12,18 \* \* \*" \(hour: "25" is outside 0-23\)/,
    );
    const secret = startWorker({ OPS_SECRET: "short" });
    expect(secret.status).toBe(1);
    expect(secret.stderr).toMatch(/OPS_SECRET: at least 16 characters/);
  });

  it("refuses the public development APP_SECRET whenever PUBLIC_BASE_URL is not loopback, whatever NODE_ENV says", () => {
    const env = { ...process.env };
    delete env.APP_SECRET;
    for (const NODE_ENV of ["development", "production"]) {
      const worker = startWorker({
        ...env,
        NODE_ENV,
        PUBLIC_BASE_URL: "https://harrow-digest.example.org",
        APP_SECRET: "",
      } as Record<string, string>);
      expect(worker.status, NODE_ENV).toBe(1);
      expect(worker.stderr, NODE_ENV).toMatch(
        /APP_SECRET: required whenever PUBLIC_BASE_URL is not a loopback address/,
      );
      expect(worker.stderr).not.toContain("Cannot connect"); // stopped before the database
    }
  });
});
