// Waiting for something that will happen (a server to answer, a row to change, a message to arrive) with no count
// of tries and no time limit of its own: on a loaded machine any count or limit is a guess at its speed, and a
// wrong guess fails a test that would have passed. What ends a wait that never ends is the test's (or hook's) own
// stop for a hang (vitest.config.ts). So that such a failure still says what was awaited, the description is
// printed once a minute's worth of polls have passed, and again if the test fails while the wait is pending.
// See docs/testing.md#waiting-for-events-under-load.
import type { ChildProcess } from "node:child_process";
import { onTestFailed } from "vitest";

/** Polls between checks: short enough not to slow a test down, long enough not to load the machine. */
const POLL_MS = 200;
/** Time between "still waiting" lines, counted in polls (at least a minute: more when the machine is slow). */
const REPORT_EVERY_MS = 60_000;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The last part of a long description (a child's output), enough to see where it got to. */
function tail(text: string, max = 4_000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

/**
 * Resolves once `check` holds, polling every `intervalMs`; never gives up. `describe` says what is awaited (with the
 * child's output where there is one); a check that throws (a child that exited) ends the wait with its error.
 */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  describe: () => string,
  intervalMs = POLL_MS,
): Promise<void> {
  let pending = true;
  try {
    // Inside a test, a failure (its stop for a hang included) names the wait it ended; in a hook or outside
    // Vitest (bench/) there is no test to attach to, and the lines below are the record.
    onTestFailed(() => {
      if (pending) console.error(`[wait] the test failed while waiting for: ${tail(describe())}`);
    });
  } catch {
    // not inside a test
  }
  try {
    const pollsPerReport = Math.max(1, Math.round(REPORT_EVERY_MS / intervalMs));
    for (let polls = 1; !(await check()); polls++) {
      if (polls % pollsPerReport === 0) console.error(`[wait] still waiting for: ${tail(describe())}`);
      await sleep(intervalMs);
    }
  } finally {
    pending = false;
  }
}

/**
 * Resolves once the child's output (stdout and stderr, as `output()` holds it) matches `pattern`; rejects, with the
 * output, if the child exits first. No time limit of its own, as waitUntil; the pattern is checked on every chunk
 * the child prints and on its exit, so nothing is polled.
 */
export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  output: () => string,
  what = `${pattern} in the output`,
): Promise<void> {
  let settled = false;
  try {
    onTestFailed(() => {
      if (!settled) console.error(`[wait] the test failed while waiting for ${what}:\n${tail(output())}`);
    });
  } catch {
    // not inside a test
  }
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      if (settled) return;
      settled = true;
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    // Listeners added after the caller's own: `output()` already holds the chunk when this runs.
    const onData = () => {
      if (pattern.test(output())) done();
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      if (pattern.test(output())) return done();
      done(new Error(`exited (${signal ?? code}) before ${what}:\n${output()}`));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", onExit);
    if (pattern.test(output())) done();
    else if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
  });
}
