// The run's databases on its one PostgreSQL server (tests/setup/global-db.ts): names, addresses, admin queries and a
// run-wide lock, shared by each file's database (./db.ts) and the snapshot states (./snapshot-db.ts).
import pg from "pg";
import { inject } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { databaseUrlOn, MIGRATED_TEMPLATE } from "../setup/run-databases";

/**
 * The database states a file can start from: the snapshot states are the bundled Harrow snapshot scraped from its
 * replay server (SNAPSHOT_WINDOW, as of SNAPSHOT_NOW), then summarised as of SNAPSHOT_NOW.
 */
export type DatabaseState = typeof MIGRATED_TEMPLATE | "snapshot-scraped" | "snapshot-summarised";

/** The run's database of that name (the prefix keeps every database of the run together, to drop them at the end). */
export function runDatabaseName(name: string): string {
  return `${inject("testRunId")}_${name}`;
}

export function runDatabaseUrl(name: string): string {
  return databaseUrlOn(inject("adminDatabaseUrl"), name);
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Runs fn while holding a lock named `name` for this run, across every test worker (a PostgreSQL advisory lock on
 * the maintenance database, released when its session ends): for what a run makes once, whichever file asks first.
 */
export async function withRunLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtextextended($1, 0))", [runDatabaseName(name)]);
    return await fn();
  } finally {
    await client.end();
  }
}

/** Empties every table of the app (not Prisma's migration history), for files that start over between tests. */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await prisma.$executeRawUnsafe(`truncate table ${list} restart identity cascade`);
}
