// Migrating before a scrape or a worker's jobs, without Prisma's schema engine in the command's own process: once
// loaded, that WebAssembly keeps 15–25 MB of the process's memory for good. Pending migrations are applied by
// `scripts/db-migrate.ts` in a child process; an up-to-date database (the usual case) needs no child at all.
import { spawn } from "node:child_process";
import path from "node:path";
import { migrationsUpToDate } from "@/lib/db/database";

export async function migrateApart(url: string): Promise<void> {
  if (await migrationsUpToDate(url)) return;
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/db-migrate.ts")], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`Applying the database migrations failed (npm run db:migrate exited with ${code})`);
}
