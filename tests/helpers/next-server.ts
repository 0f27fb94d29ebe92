// A real `next build` + `next start` of this project against the test database, for tests that read pages, run
// through lib/cli/next-process.ts as `npm start` runs it.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { nextEnv, runNextCaptured, serveNext } from "@/lib/cli/next-process";
import { freePort } from "@/lib/port-free";

export const TEST_DIST_DIR = ".next-test";

export interface RunningSite {
  baseUrl: string;
  /** what the server has printed so far (stdout and stderr) */
  output(): string;
  stop(): Promise<void>;
}

function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return nextEnv(databaseUrl, { NEXT_DIST_DIR: TEST_DIST_DIR, NODE_ENV: "production" });
}

/**
 * Builds the site once per test run (the pages read the database at request time, so one build serves every
 * test file); throws with Next's output when the build fails.
 */
export function buildSite(databaseUrl: string): void {
  const marker = path.join(TEST_DIST_DIR, ".built-for-test-run");
  const runId = inject("testRunId");
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === runId) return;
  const result = runNextCaptured(["build"], childEnv(databaseUrl));
  if (!result.ok) throw new Error(`next build failed:\n${result.output}`);
  fs.writeFileSync(marker, runId);
}

/**
 * ISR keeps rendered pages on disk in the build folder, which one build shares across a run's test files: each
 * site starts and stops with that cache empty, so a file sees only its own data.
 */
function clearPageCache(): void {
  fs.rmSync(path.join(TEST_DIST_DIR, "server", "route-cache"), { recursive: true, force: true });
}

/** `extraEnv` adds to (or, as undefined, removes from) the server's environment. */
export async function startSite(databaseUrl: string, extraEnv: Record<string, string | undefined> = {}): Promise<RunningSite> {
  clearPageCache();
  const port = await freePort();
  const server = serveNext(["start", "-p", String(port), "-H", "127.0.0.1"], { ...childEnv(databaseUrl), ...extraEnv }, { output: "pipe" });
  const child = server.child;
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      await fetch(baseUrl + "/favicon.ico");
      break;
    } catch {
      if (attempt > 200) throw new Error(`next start did not answer:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      await server.stop();
      clearPageCache();
    },
  };
}
