// Integration tests get their own database, migrated from scratch, and never the development data:
// with DATABASE_URL set, a fresh database is created on that server; without it, a throwaway embedded
// PostgreSQL is started in a temporary folder. Either way the database is removed afterwards.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadEnv } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** unique per `vitest run`, so expensive artefacts (the site build) are made once per run */
    testRunId: string;
  }
}

export default async function setup(project: TestProject) {
  const env = loadEnv();
  const name = `test_${process.pid}_${Date.now().toString(36)}`;
  let server: EmbeddedServer | undefined;
  let tmpDir: string | undefined;
  let maintenanceUrl: string;
  if (env.DATABASE_URL) {
    maintenanceUrl = env.DATABASE_URL;
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "harrow-digest-test-"));
    fs.chmodSync(tmpDir, 0o755); // the server runs as the "postgres" user when tests run as root
    server = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, "pg"), port: await freePort(), ephemeral: true });
    maintenanceUrl = server.url;
  }
  await admin(maintenanceUrl, `create database ${pg.escapeIdentifier(name)}`);
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await migrate(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("testRunId", name);

  return async () => {
    await admin(maintenanceUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await server?.stop();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
