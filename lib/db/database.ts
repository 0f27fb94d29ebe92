// Which database a command uses: DATABASE_URL when set, else the project's embedded PostgreSQL.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";
import { applyMigrations, everyMigrationApplied, readMigrationFolders } from "./schema-engine";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const DEV_DATABASE = "harrow_digest";

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedServer | undefined;
  /** Stops the embedded server if this handle started one; a no-op for DATABASE_URL. */
  close(): Promise<void>;
}

export async function openDatabase(env: Env, log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: undefined, close: async () => {} };
  }
  log(`Starting the embedded PostgreSQL (data in ${env.EMBEDDED_PG_DIR}, port ${env.EMBEDDED_PG_PORT})…`);
  const server = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT });
  try {
    await ensureDatabase(server.url, DEV_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.databaseUrl(DEV_DATABASE), embedded: server, close: () => server.stop() };
}

/** Applies pending migrations; returns the names just applied (none on a second run). */
export function migrate(url: string): Promise<string[]> {
  return applyMigrations(url, MIGRATIONS_DIR, fs.readFileSync(SCHEMA_PATH, "utf8"));
}

/** True when every migration folder is recorded as applied (migrate() would apply nothing). */
export function migrationsUpToDate(url: string): Promise<boolean> {
  return everyMigrationApplied(url, readMigrationFolders(MIGRATIONS_DIR));
}

export class DatabaseUnreachableError extends ExpectedError {}

async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(
      `Cannot connect to the database named by DATABASE_URL (${redact(url)}): ${reason}. ` +
        `Check the host, port, credentials and database name, or unset DATABASE_URL to use the embedded PostgreSQL.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a valid URL)";
  }
}
