// Structured JSON logs (pino) for the worker and its jobs: one object per line on stdout, ready for any log
// shipper. Every line names its council, run and job ("null" for the worker's own lines), so an operator can
// follow one scrape from "started" to "finished" across several worker processes.
import os from "node:os";
import pino, { type Logger } from "pino";
import { getEnv } from "./env";

export type { Logger };

export interface LogContext {
  council: string | null;
  /** the JobRun row of this attempt */
  run: number | null;
  job: { id: string; queue: string; attempt: number } | null;
}

/** The process's root logger; `destination` lets tests capture lines. */
export function createLogger(options: { name: string; level?: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? getEnv().LOG_LEVEL,
      base: { pid: process.pid, hostname: os.hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"info" rather than 30: readable without pino's tooling
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

/** A child carrying the council, run and job; a child of the root, never of another context, so no key repeats. */
export function withLogContext(root: Logger, context: LogContext): Logger {
  return root.child(context);
}

/** The worker's own lines (start-up, schedules, shutdown): no council, run or job. */
export function workerLogger(root: Logger): Logger {
  return withLogContext(root, { council: null, run: null, job: null });
}

/** Adapts a logger to the `(line: string) => void` callbacks the digest and CLI code take. */
export function lineLogger(log: Logger, level: "info" | "warn" = "info"): (line: string) => void {
  return (line) => log[level](line);
}
