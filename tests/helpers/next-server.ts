// A real `next build` + `next start` of this project against the test database, for tests that read pages, run
// through lib/cli/next-process.ts as `npm start` runs it.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { nextEnv, runNextCaptured, serveNext } from "@/lib/cli/next-process";
import { freePort } from "@/lib/port-free";
import { withRunLock } from "./run-db";
import { waitForOutput, waitUntil } from "../../kit/wait";

export const TEST_DIST_DIR = ".next-test";

export interface RunningSite {
  baseUrl: string;
  /** the build folder it serves (NEXT_DIST_DIR), with its page cache in server/route-cache */
  distDir: string;
  /** what the server has printed so far (stdout and stderr) */
  output(): string;
  stop(): Promise<void>;
}

function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return nextEnv(databaseUrl, { NEXT_DIST_DIR: TEST_DIST_DIR, NODE_ENV: "production" });
}

/**
 * Builds the site once per test run, whichever test file asks first (the others wait for it: the pages read the
 * database at request time, so one build serves every test file); throws with Next's output when the build fails.
 */
export async function buildSite(databaseUrl: string): Promise<void> {
  const marker = path.join(TEST_DIST_DIR, ".built-for-test-run");
  const runId = inject("testRunId");
  const built = () => fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === runId;
  if (built()) return;
  await withRunLock("next-build", async () => {
    if (built()) return;
    const result = await runNextCaptured(["build"], childEnv(databaseUrl));
    if (!result.ok) throw new Error(`next build failed:\n${result.output}`);
    fs.writeFileSync(marker, runId);
  });
}

/**
 * ISR keeps rendered pages on disk in the build folder: each site serves a copy of the build of its own (without
 * the page cache and Next's build cache), removed when it stops, so that sites of test files running at the same
 * time never share pages, and a file sees only its own data. Beside the build folder, as Next's links to
 * node_modules inside it are relative.
 */
export async function copyBuild(): Promise<string> {
  const distDir = `${TEST_DIST_DIR}-site-${process.pid}-${++sitesStarted}`;
  await fs.promises.rm(distDir, { recursive: true, force: true });
  const skipped = [path.join(TEST_DIST_DIR, "server", "route-cache"), path.join(TEST_DIST_DIR, "cache")];
  await fs.promises.cp(TEST_DIST_DIR, distDir, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => !skipped.includes(path.normalize(src)),
  });
  return distDir;
}
let sitesStarted = 0;

/** `extraEnv` adds to (or, as undefined, removes from) the server's environment. */
export async function startSite(
  databaseUrl: string,
  extraEnv: Record<string, string | undefined> = {},
): Promise<RunningSite> {
  const distDir = extraEnv.NEXT_DIST_DIR ?? (await copyBuild());
  const removeCopy = () => (extraEnv.NEXT_DIST_DIR ? undefined : fs.rmSync(distDir, { recursive: true, force: true }));
  try {
    // A port found free can be taken by another process of the run before this server binds it: then try another.
    for (let tries = 1; ; tries++) {
      const env = {
        OUTBOX_DIR: path.join(distDir, "outbox"),
        ...childEnv(databaseUrl),
        NEXT_DIST_DIR: distDir,
        ...extraEnv,
      };
      const site = await startOn(await freePort(), distDir, removeCopy, env);
      if (site !== "port taken") return site;
      if (tries === 5) throw new Error("next start found its port taken five times");
    }
  } catch (error) {
    removeCopy();
    throw error;
  }
}

async function startOn(
  port: number,
  distDir: string,
  removeCopy: () => void,
  env: NodeJS.ProcessEnv,
): Promise<RunningSite | "port taken"> {
  // Mail the site sends without a test's own OUTBOX_DIR or SMTP server goes into the copy, not the project's outbox/.
  const server = serveNext(["start", "-p", String(port), "-H", "127.0.0.1"], env, { output: "pipe" });
  const child = server.child;
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Up when it says so ("Ready", printed once it listens) and answers (an answer alone could come from another
  // process that took the port). Waited for, never a count of tries: with other files building and serving at the
  // same time a start can take minutes; the exit ends the wait, and only the hook's stop for a hang ends a hung one.
  try {
    await waitForOutput(child, /Ready/, () => output, "next start's Ready line");
  } catch (error) {
    if (/EADDRINUSE/.test(output)) return "port taken";
    throw error;
  }
  await waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`next start exited after Ready:\n${output}`);
      return fetch(baseUrl + "/favicon.ico").then(
        () => child.exitCode === null,
        () => false,
      );
    },
    () => `next start to answer on ${baseUrl}:\n${output}`,
    100,
  );
  return {
    baseUrl,
    distDir,
    output: () => output,
    stop: async () => {
      await server.stop();
      removeCopy();
    },
  };
}
