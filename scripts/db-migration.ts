// npm run db:migration -- <name>: write a new migration folder from the change to prisma/schema.prisma.
import fs from "node:fs";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "@/lib/db/database";
import { writeMigration } from "@/lib/db/migration-files";
import { cliArgs, runWithDatabase } from "@/lib/cli/run-command";

const name = cliArgs()[0];
if (!name) {
  process.stderr.write("Usage: npm run db:migration -- <name>   e.g. npm run db:migration -- add_topics\n");
  process.exit(2);
}

await runWithDatabase("db:migration", async ({ db, log }) => {
  const folder = await writeMigration(db.url, MIGRATIONS_DIR, fs.readFileSync(SCHEMA_PATH, "utf8"), name);
  if (!folder) {
    log("schema.prisma matches the migrations; no migration written.");
    return;
  }
  log(`Wrote ${folder}/migration.sql. Review it, then run npm run db:migrate.`);
});
