// `npm run digest` without --week reviews last week as of "now", which CLOCK_NOW fixes (lib/clock.ts), as every
// other decision about past and future does: a digest of the real-text corpus's weeks (2024) can be rendered on any
// day. Run as a real process against this file's database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";

const TSX = path.resolve("node_modules/.bin/tsx");
const prisma = createTestPrisma();

beforeAll(async () => {
  await resetDatabase(prisma);
  await prisma.council.create({
    data: { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
  });
});
afterAll(() => prisma.$disconnect());

describe("npm run digest without --week", () => {
  it("takes last week from CLOCK_NOW", () => {
    const result = spawnSync(TSX, ["scripts/digest.ts", "--dry-run"], {
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseUrl(),
        APP_SECRET: "a".repeat(32),
        CLOCK_NOW: "2024-12-02T09:00:00Z",
      },
      encoding: "utf8",
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    // Monday 2 December 2024: last week is 25 November – 1 December, 2024-W48
    expect(result.stdout.trim()).toBe(
      "2024-W48: no meetings that week or the next; nothing would be published or sent.",
    );
  });
});
