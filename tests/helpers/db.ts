// Each integration test file's own database on the run's server (tests/setup/global-db.ts), so that files run at
// the same time without seeing each other's rows. tests/setup/file-db.ts creates it before the file's own
// beforeAll hooks, with `CREATE DATABASE … TEMPLATE …`: a copy of the migrated, empty template, or of one of the
// snapshot states (tests/helpers/snapshot-db.ts) when the file asks for it with startFromSnapshot. Processes a
// test starts (CLI, `next start`, the worker) are given testDatabaseUrl() as their DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { MIGRATED_TEMPLATE } from "../setup/run-databases";
import { snapshotTemplate } from "./snapshot-db";
import { adminQuery, runDatabaseName, runDatabaseUrl, type DatabaseState } from "./run-db";

export { resetDatabase, withRunLock } from "./run-db";

let fileDatabase: string | undefined;
let state: DatabaseState = MIGRATED_TEMPLATE;
let created = false;

/** This test file's database. */
export function testDatabaseUrl(): string {
  fileDatabase ??= runDatabaseName(`file_${randomBytes(5).toString("hex")}`);
  return runDatabaseUrl(fileDatabase);
}

export function createTestPrisma(): PrismaClient {
  return createPrismaClient(testDatabaseUrl(), { max: 5 });
}

/**
 * Starts this file's database as a copy of a snapshot state instead of an empty one: the scrape (and summaries)
 * are made once per run, whichever file needs them first, and copied, not repeated by every file. Call it at the
 * top level of the test file (the copy is made before the file's beforeAll hooks).
 */
export function startFromSnapshot(snapshot: "scraped" | "summarised"): void {
  if (created)
    throw new Error("startFromSnapshot must be called at the top level of the test file, before its hooks run");
  state = `snapshot-${snapshot}`;
}

/** Creates this file's database from its template (tests/setup/file-db.ts runs it before the file's hooks). */
export async function createFileDatabase(): Promise<void> {
  const template = state === MIGRATED_TEMPLATE ? runDatabaseName(MIGRATED_TEMPLATE) : await snapshotTemplate(state);
  testDatabaseUrl();
  await adminQuery(`create database ${pg.escapeIdentifier(fileDatabase!)} template ${pg.escapeIdentifier(template)}`);
  created = true;
}

/** Drops this file's database once the file is done (with force: a process a test left running is cut off). */
export async function dropFileDatabase(): Promise<void> {
  if (created) await adminQuery(`drop database if exists ${pg.escapeIdentifier(fileDatabase!)} with (force)`);
}
