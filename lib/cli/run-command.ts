// Shared plumbing for the CLIs in scripts/: parse the environment, open the database (embedded or
// DATABASE_URL), run, close cleanly on success, error and Ctrl-C, and set the exit code.
import { EnvError, getEnv, type Env } from "@/lib/env";
import { openDatabase, type DatabaseHandle } from "@/lib/db/database";
import { EmbeddedPostgresError } from "@/lib/db/embedded";

export interface CommandContext {
  env: Env;
  db: DatabaseHandle;
  log: (line: string) => void;
  /** Registers cleanup (e.g. stopping a child server) that runs before the database closes on Ctrl-C. */
  onShutdown: (fn: () => Promise<unknown>) => void;
}

/** A failure whose message says everything; printed without a stack trace. */
export class CommandError extends Error {}

const KNOWN_ERRORS = [EnvError, EmbeddedPostgresError, CommandError];

/** Runs fn with a database; resolves to nothing, having set process.exitCode. */
export async function runWithDatabase(name: string, fn: (ctx: CommandContext) => Promise<number | void>): Promise<void> {
  const log = (line: string) => process.stderr.write(`[${name}] ${line}\n`);
  let db: DatabaseHandle | undefined;
  let closing = false;
  const cleanups: (() => Promise<unknown>)[] = [];
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log(`${signal} received, shutting down…`);
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await db?.close().catch(() => {});
    process.exit(130);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  try {
    const env = getEnv();
    db = await openDatabase(env, log);
    process.exitCode = (await fn({ env, db, log, onShutdown: (cleanup) => cleanups.push(cleanup) })) ?? 0;
  } catch (error) {
    process.exitCode = 1;
    reportError(name, error);
  } finally {
    if (!closing) await db?.close().catch(() => {});
  }
}

export function reportError(name: string, error: unknown): void {
  const known = KNOWN_ERRORS.some((kind) => error instanceof kind) || (error instanceof Error && error.name === "DatabaseUnreachableError");
  const message = error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`[${name}] ${message}\n`);
}
