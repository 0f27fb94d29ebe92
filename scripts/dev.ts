// npm run dev: next dev against the embedded database (or DATABASE_URL), migrations applied first.
import { migrate } from "@/lib/db/database";
import { runWithDatabase } from "@/lib/cli/run-command";
import { nextEnv, serveNext } from "@/lib/cli/next-process";
import { assertWebPortFree } from "@/lib/cli/port-check";

await runWithDatabase(
  "dev",
  async ({ env, db, onShutdown }) => {
    await migrate(db.url);
    const childEnv = nextEnv(db.url, {
      NODE_ENV: "development",
      PORT: String(env.PORT),
      PUBLIC_BASE_URL: env.PUBLIC_BASE_URL,
    });
    const server = serveNext(["dev", "-p", String(env.PORT), "-H", env.HOST], childEnv);
    onShutdown(() => server.stop());
    return server.exited;
  },
  { preflight: assertWebPortFree },
);
