import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: "unit" (pure code and loopback servers, no database) and "integration" (a real PostgreSQL,
// started once per run by tests/setup/global-db.ts, one fresh database per run, dropped afterwards; its files run
// one at a time because they share that database and one `next build`). tests/e2e (real headless Chromium)
// belongs to the integration project for the same reasons.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
