import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: "unit" (pure code and loopback servers, no database), then "integration" (a real PostgreSQL, one
// server per run started by tests/setup/global-db.ts; each file gets its own database, a copy of a template made
// with CREATE DATABASE … TEMPLATE by tests/setup/file-db.ts, so files run at the same time; the site is built once
// per run and each `next start` serves its own copy of the build). tests/e2e (real headless Chromium) belongs to
// the integration project. See "Tests" in the README.
//
// The unit files run first, on their own (sequence.groupOrder), one per core: a few of them time loopback requests
// in tenths of a second, which the integration files' load would upset. VITEST_MAX_WORKERS: integration files at a
// time (default 4).
// Measured on a 2-core machine (README): the integration files mostly wait (on PostgreSQL, Next.js, child
// processes), so a few more workers than cores pays.
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS ?? 4);

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        // testTimeout: a stop for a hung test only, never a measure (parsing every page of the snapshot outran Vitest's
        // 5 s on a busy machine; 60 s was the stop until stop 40). 20 minutes: no unit test on a loaded machine comes
        // near it, and a test that truly hangs still ends the run.
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 0 },
          testTimeout: 20 * 60_000,
          // Vitest's own hook stop is 10 s, which a unit file's beforeAll (a loopback server) can outrun under load.
          hookTimeout: 20 * 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          maxWorkers,
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/file-db.ts"],
          // Stops for a hang only, never measures (docs/testing.md#waiting-for-events-under-load): the tests wait for
          // events (a printed line, an exit, a message), not for a count of tries, so only these end a wait that
          // never ends. With other files and other work sharing two cores, a test took 212 s of the former 300 s
          // stop and hooks outran 600 s at load 17 (stop 40); these are far beyond anything a loaded machine needs.
          testTimeout: 20 * 60_000,
          // Waiting for the run's one site build or snapshot state, made by another file (which may itself be
          // waiting for the machine), counts against the hook, so it gets the longer stop.
          hookTimeout: 45 * 60_000,
        },
      },
    ],
  },
});
