// One PostgreSQL server for the whole run, never the development data: with DATABASE_URL set, the run's databases
// are created on that server; without it, a throwaway embedded PostgreSQL is started in a temporary folder.
// Here the run gets one migrated database, used only as a template: every integration test file gets its own copy
// (tests/setup/file-db.ts, tests/helpers/db.ts), so files can run at the same time. Every database whose name
// starts with the run's id is dropped afterwards.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadEnv } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/database";
import { databaseUrlOn, MIGRATED_TEMPLATE } from "./run-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** the server's maintenance database, through which the run creates and drops its databases */
    adminDatabaseUrl: string;
    /** unique per `vitest run`: the prefix of every database of the run, and the mark of its site build */
    testRunId: string;
  }
}

export default async function setup(project: TestProject) {
  const env = loadEnv();
  const runId = `test_${process.pid}_${Date.now().toString(36)}`;
  let server: EmbeddedServer | undefined;
  let tmpDir: string | undefined;
  let adminUrl: string;
  if (env.DATABASE_URL) {
    adminUrl = env.DATABASE_URL;
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "harrow-digest-test-"));
    fs.chmodSync(tmpDir, 0o755); // the server runs as the "postgres" user when tests run as root
    server = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, "pg"), port: await freePort(), ephemeral: true });
    adminUrl = server.url;
    // A throwaway server need not survive a power cut: not waiting for the disk makes the many small commits and
    // database copies of a parallel run cheap.
    await admin(
      adminUrl,
      "alter system set fsync = off",
      "alter system set synchronous_commit = off",
      "select pg_reload_conf()",
    );
  }
  const template = `${runId}_${MIGRATED_TEMPLATE}`;
  await admin(adminUrl, `create database ${pg.escapeIdentifier(template)}`);
  await migrate(databaseUrlOn(adminUrl, template));
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("testRunId", runId);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        "select datname from pg_database where starts_with(datname, $1)",
        [`${runId}_`],
      );
      for (const { datname } of rows)
        await client.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
    } finally {
      await client.end();
    }
    await server?.stop();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  };
}

async function admin(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
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
