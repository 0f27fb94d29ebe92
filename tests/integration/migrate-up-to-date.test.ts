// Every scrape and worker start migrates first. When nothing is pending, Prisma's schema engine (WebAssembly that
// keeps 15–20 MB of the process's memory once loaded) is not loaded at all; a database that lacks migrations still
// gets them through the engine.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/database";
import { readMigrationFolders, schemaEngineLoaded } from "@/lib/db/schema-engine";
import { MIGRATIONS_DIR } from "@/lib/db/database";
import { migrateApart } from "@/lib/cli/migrate-apart";
import { migrationsUpToDate } from "@/lib/db/database";
import { testDatabaseUrl } from "../helpers/db";
import { runDatabaseName } from "../helpers/run-db";

// Databases of this run (dropped with the run's others if a test stops half-way), beside this file's own.
const fresh = runDatabaseName(`migrate_fresh_${process.pid}`);
const apart = runDatabaseName(`migrate_apart_${process.pid}`);
// Connected once this file's database exists (it is made before the file's hooks, not at import).
const admin = new pg.Client({ connectionString: testDatabaseUrl() });
beforeAll(async () => {
  await admin.connect();
});
afterAll(async () => {
  await admin.query(`drop database if exists ${pg.escapeIdentifier(fresh)} with (force)`);
  await admin.query(`drop database if exists ${pg.escapeIdentifier(apart)} with (force)`);
  await admin.end();
});

describe("migrate", () => {
  it("does not load the schema engine when every migration is applied, and applies them all to an empty database", async () => {
    expect(await migrate(testDatabaseUrl())).toEqual([]);
    expect(schemaEngineLoaded()).toBe(false);

    await admin.query(`drop database if exists ${pg.escapeIdentifier(fresh)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(fresh)}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${fresh}`;
    expect(await migrate(url.toString())).toEqual(readMigrationFolders(MIGRATIONS_DIR).map((f) => f.name));
    expect(schemaEngineLoaded()).toBe(true);
    // Applied once: the second time, nothing.
    expect(await migrate(url.toString())).toEqual([]);
  });

  it("migrateApart applies pending migrations in a child process (the scrape and worker commands), and is a no-op when none are", async () => {
    await admin.query(`drop database if exists ${pg.escapeIdentifier(apart)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(apart)}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${apart}`;
    expect(await migrationsUpToDate(url.toString())).toBe(false);
    await migrateApart(url.toString());
    expect(await migrationsUpToDate(url.toString())).toBe(true);
    await migrateApart(testDatabaseUrl());
    expect(await migrationsUpToDate(testDatabaseUrl())).toBe(true);
  });
});
