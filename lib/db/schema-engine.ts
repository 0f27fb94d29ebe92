// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven through the pg adapter.
// Why: Prisma's CLI downloads a native engine this machine cannot reach. The wasm engine writes the same
// `_prisma_migrations` history, so `prisma migrate deploy` accepts the result where the native engine exists.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngine = Awaited<ReturnType<typeof wasmBindings.SchemaEngine.new>>;

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

// Node 20 cannot import a .wasm module, so the bindings are instantiated by hand, once per process.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
      "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return wasmReady;
}

/** Whether this process has loaded the schema engine (for tests: an up-to-date database must not load it). */
export function schemaEngineLoaded(): boolean {
  return wasmReady !== undefined;
}

const filters = { externalTables: [], externalEnums: [] };

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The pg adapter runs a migration script by splitting it at every ";" and sending the pieces one by one, which
 * cuts PL/pgSQL function bodies ($$ ... ; ... $$), and string literals and comments that hold a ";", in half.
 * Prisma's native engine sends a script whole, as one multi-statement query; this makes the adapter do the same.
 * (The adapter's own client and error mapping are used as they are: only the splitting goes.)
 */
function sendScriptsWhole(adapter: PgAdapter): PgAdapter {
  const internals = adapter as unknown as {
    client: { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

/** Opens the engine on a live database (the adapter connects at once), runs fn, and frees it. */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schemaText: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // The engine never closes the connections it opens; left open, they hold Prisma's migration advisory lock
  // and make the next process that migrates this database wait ~10 s. Track them and close them ourselves.
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = sendScriptsWhole(await connect());
    opened.push(adapter);
    return adapter;
  };
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => sendScriptsWhole(await connectToShadowDb());
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: [["prisma/schema.prisma", schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

export interface MigrationFolder {
  name: string;
  sql: string;
}

/** Reads prisma/migrations/<folder>/migration.sql in name (timestamp) order. */
export function readMigrationFolders(migrationsDir: string): MigrationFolder[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") }));
}

/**
 * Applies pending migrations and records them in `_prisma_migrations`; returns the names just applied. When the
 * history already holds every folder, finished and with its checksum, nothing is pending and the engine is not
 * loaded: once loaded it holds 15–20 MB of the process's memory for good, and every scrape and worker start
 * migrates first.
 */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir: string,
  schemaText: string,
): Promise<string[]> {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const folders = readMigrationFolders(migrationsDir);
  if (await everyMigrationApplied(databaseUrl, folders)) return [];
  return withSchemaEngine(databaseUrl, schemaText, async (engine) => {
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: fs.readFileSync(lockPath, "utf8") },
        shadowDbInitScript: "",
        migrationDirectories: folders.map((folder) => ({
          path: folder.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: folder.sql } },
        })),
      },
      filters,
    });
    return output.appliedMigrationNames;
  });
}

/**
 * True when `_prisma_migrations` records every folder as finished, not rolled back, with the checksum of its SQL, and
 * holds no failed migration. Anything else (a new folder, an edited one, a failure, another schema named in the URL)
 * goes through the engine, which applies, checks and reports as before.
 */
export async function everyMigrationApplied(databaseUrl: string, folders: MigrationFolder[]): Promise<boolean> {
  if (new URL(databaseUrl).searchParams.has("schema")) return false;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ present: boolean }>(
      "select to_regclass('public._prisma_migrations') is not null as present",
    );
    if (!table.rows[0]?.present) return false;
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>("select migration_name, checksum, finished_at, rolled_back_at from public._prisma_migrations");
    if (rows.some((row) => row.finished_at === null && row.rolled_back_at === null)) return false;
    const applied = new Map(
      rows
        .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
        .map((row) => [row.migration_name, row.checksum]),
    );
    return folders.every(
      (folder) => applied.get(folder.name) === crypto.createHash("sha256").update(folder.sql).digest("hex"),
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * SQL that turns a database built from `fromSchema` (or an empty one) into one matching `toSchema`.
 * Needs a live database only because the engine opens its adapter on creation; nothing is read from it.
 */
export async function diffSchemas(databaseUrl: string, fromSchema: string | null, toSchema: string): Promise<string> {
  return withSchemaEngine(databaseUrl, toSchema, async (engine) => {
    const result = await engine.diff({
      from:
        fromSchema === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: fromSchema }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: toSchema }] },
      script: true,
      exitCode: null,
      filters,
    });
    return result.stdout ?? "";
  });
}

/** True when a diff script says nothing differs. */
export function isEmptyMigration(sql: string): boolean {
  return sql.trim() === "" || sql.includes("-- This is an empty migration.");
}
