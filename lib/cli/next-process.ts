// Runs Next.js (build, start or dev) as a child process wired to our database, forwarding Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { CommandError } from "./run-command";

const NEXT_BIN = path.resolve("node_modules/.bin/next");

export function nextEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/** The built site's environment (`next build`, `next start`): production, on the configured port and public address. */
export function productionEnv(databaseUrl: string, env: { PORT: number | string; PUBLIC_BASE_URL: string }) {
  return nextEnv(databaseUrl, { NODE_ENV: "production", PORT: String(env.PORT), PUBLIC_BASE_URL: env.PUBLIC_BASE_URL });
}

/**
 * `next start` on the configured host and port until the command is stopped (Ctrl-C stops the server too); resolves
 * with the server's exit code, the command's.
 */
export function startSite(
  childEnv: NodeJS.ProcessEnv,
  env: { PORT: number | string; HOST: string },
  onShutdown: (stop: () => Promise<unknown>) => void,
): Promise<number> {
  const server = serveNext(["start", "-p", String(env.PORT), "-H", env.HOST], childEnv);
  onShutdown(() => server.stop());
  return server.exited;
}

/** Runs `next <args>` to completion; rejects with the exit code on failure. */
export function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT_BIN, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new CommandError(`next ${args[0]} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** Runs `next <args>` to completion with its output captured (for tests, which show it only on failure). */
export function runNextCaptured(args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(NEXT_BIN, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

export interface NextServer {
  child: ChildProcess;
  exited: Promise<number>;
  /** Asks the server to stop and waits for it (SIGKILL after 10 s). */
  stop(): Promise<number>;
}

/** Starts a long-running `next start|dev`; `output: "pipe"` gives its output to the caller (child.stdout, stderr). */
export function serveNext(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { output?: "inherit" | "pipe" } = {},
): NextServer {
  const output = options.output ?? "inherit";
  const child = spawn(NEXT_BIN, args, { stdio: output === "pipe" ? ["ignore", "pipe", "pipe"] : "inherit", env });
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
  return {
    child,
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }
      return exited;
    },
  };
}
