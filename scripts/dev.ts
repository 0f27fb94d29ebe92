// npm run dev: next dev against the embedded database (or DATABASE_URL), migrations applied first.
import { migrate } from "@/lib/db/database";
import { runWithDatabase } from "@/lib/cli/run-command";
import { nextEnv, serveNext } from "@/lib/cli/next-process";

await runWithDatabase("dev", async ({ env, db, onShutdown }) => {
  await migrate(db.url);
  const server = serveNext(["dev", "-p", String(env.PORT)], nextEnv(db.url, { NODE_ENV: "development" }));
  onShutdown(() => server.stop());
  return server.exited;
});
