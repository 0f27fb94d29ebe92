// npm run db:migrate: apply pending migrations to DATABASE_URL or the embedded database.
import { migrate } from "@/lib/db/database";
import { runWithDatabase } from "@/lib/cli/run-command";

await runWithDatabase("db:migrate", async ({ db, log }) => {
  const applied = await migrate(db.url);
  log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database is up to date; nothing to apply.",
  );
});
