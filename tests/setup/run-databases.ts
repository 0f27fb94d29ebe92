// Names and addresses of a test run's databases, shared by tests/setup/global-db.ts and tests/helpers/db.ts.

/** The template every test file's database is copied from: the schema, migrated, and no rows. */
export const MIGRATED_TEMPLATE = "migrated";

/** The URL of another database on the same server. */
export function databaseUrlOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
