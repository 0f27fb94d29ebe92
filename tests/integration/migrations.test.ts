// The migration history: applying it again changes nothing, it is recorded the way `prisma migrate deploy`
// checks it, and schema.prisma may not drift from it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrate } from "@/lib/db/database";
import { pendingMigrationSql } from "@/lib/db/migration-files";
import { isEmptyMigration, readMigrationFolders } from "@/lib/db/schema-engine";
import { testDatabaseUrl } from "../helpers/db";

const client = new pg.Client({ connectionString: testDatabaseUrl() });
// In a hook: the file's database is made before the file's hooks run (tests/setup/file-db.ts).
beforeAll(() => client.connect());
afterAll(() => client.end());

const schemaText = fs.readFileSync(SCHEMA_PATH, "utf8");

describe("migrations", () => {
  it("applies nothing the second time and leaves the history unchanged", async () => {
    const before = await client.query(
      "select migration_name, checksum, finished_at from _prisma_migrations order by migration_name",
    );
    expect(await migrate(testDatabaseUrl())).toEqual([]);
    const after = await client.query(
      "select migration_name, checksum, finished_at from _prisma_migrations order by migration_name",
    );
    expect(after.rows).toEqual(before.rows);
  });

  it("records every folder with the sha256 checksum prisma migrate deploy verifies", async () => {
    const folders = readMigrationFolders(MIGRATIONS_DIR);
    expect(folders.length).toBeGreaterThan(0);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      "select migration_name, checksum, finished_at from _prisma_migrations order by migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(folders.map((f) => f.name));
    for (const [i, folder] of folders.entries()) {
      expect(rows[i]?.checksum).toBe(crypto.createHash("sha256").update(folder.sql).digest("hex"));
      expect(rows[i]?.finished_at).not.toBeNull();
    }
    expect(fs.readFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toMatch(
      /provider = "postgresql"/,
    );
  });

  it("fails when schema.prisma has changed without a migration", async () => {
    const pending = await pendingMigrationSql(testDatabaseUrl(), MIGRATIONS_DIR, schemaText);
    expect(
      isEmptyMigration(pending),
      `schema.prisma differs from the migrations; run npm run db:migration -- <name>:\n${pending}`,
    ).toBe(true);
    // The same check sees a change: a new column is a non-empty migration.
    const changed = schemaText.replace("model Council {", "model Council {\n  motto String?");
    expect(await pendingMigrationSql(testDatabaseUrl(), MIGRATIONS_DIR, changed)).toMatch(
      /ALTER TABLE "Council" ADD COLUMN\s+"motto" TEXT/,
    );
  });
});
