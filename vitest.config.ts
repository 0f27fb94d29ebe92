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
        // testTimeout: a stop for a hung test (parsing every page of the snapshot outran Vitest's 5 s on a busy machine).
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
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
          // A stop for a hung test only, never a measure: with other files (and other work) sharing the machine's
          // cores, a browser test's pages take several times as long as alone.
          testTimeout: 300_000,
          // A stop for a hung hook only: waiting for the run's one site build or snapshot state, made by another
          // file while others load the machine too, counts here.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
