// Runs `prisma generate` offline. Prisma's CLI wants a native schema engine it would download from
// its binary host (unreachable here); generate never executes it, so any existing file satisfies it.
// Never reuse this trick for `prisma migrate` (see scripts/db-migrate.ts): migrate would then apply nothing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
  },
});
process.exit(result.status ?? 1);
