// Writing a new migration folder: the SQL is the engine's diff between the schema as it stood at the last
// migration (kept beside the migrations) and the current schema.prisma. Diffing through a shadow database
// is not possible here (adapter-pg cannot read PostgreSQL's internal "char" columns), hence the kept copy.
import fs from "node:fs";
import path from "node:path";
import { diffSchemas, isEmptyMigration } from "./schema-engine";

export const SCHEMA_AT_LAST_MIGRATION = "schema-at-last-migration.prisma";

export function readSchemaAtLastMigration(migrationsDir: string): string | null {
  const file = path.join(migrationsDir, SCHEMA_AT_LAST_MIGRATION);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

/** The SQL a new migration would hold; an "empty migration" script when schema.prisma has not changed. */
export function pendingMigrationSql(databaseUrl: string, migrationsDir: string, schemaText: string): Promise<string> {
  return diffSchemas(databaseUrl, readSchemaAtLastMigration(migrationsDir), schemaText);
}

export function migrationFolderName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!slug)
    throw new Error("A migration needs a name of letters or digits, e.g. `npm run db:migration -- add_topics`.");
  return `${stamp}_${slug}`;
}

/** Writes prisma/migrations/<stamp>_<name>/migration.sql; returns its folder, or null when nothing changed. */
export async function writeMigration(
  databaseUrl: string,
  migrationsDir: string,
  schemaText: string,
  name: string,
): Promise<string | null> {
  const sql = await pendingMigrationSql(databaseUrl, migrationsDir, schemaText);
  if (isEmptyMigration(sql)) return null;
  const folder = path.join(migrationsDir, migrationFolderName(name));
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  fs.writeFileSync(path.join(migrationsDir, SCHEMA_AT_LAST_MIGRATION), schemaText);
  return folder;
}
