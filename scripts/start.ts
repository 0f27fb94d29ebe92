// npm start: the main job. Opens the database (embedded unless DATABASE_URL is set), applies migrations,
// builds the site and serves it on http://localhost:$PORT until Ctrl-C, then stops everything it started.
import { migrate } from "@/lib/db/database";
import { runWithDatabase } from "@/lib/cli/run-command";
import { nextEnv, runNext, serveNext } from "@/lib/cli/next-process";

const skipBuild = process.argv.includes("--no-build");

await runWithDatabase("start", async ({ env, db, log, onShutdown }) => {
  const applied = await migrate(db.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const childEnv = nextEnv(db.url, { NODE_ENV: "production" });
  if (!skipBuild) {
    log("Building the site (next build)…");
    await runNext(["build"], childEnv);
  }
  log(`Serving on http://localhost:${env.PORT} — press Ctrl-C to stop.`);
  const server = serveNext(["start", "-p", String(env.PORT)], childEnv);
  onShutdown(() => server.stop());
  return server.exited;
});
