// The integration tests' database: the URL comes from tests/setup/global-db.ts.
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db";

export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

export function createTestPrisma(): PrismaClient {
  return createPrismaClient(testDatabaseUrl(), { max: 5 });
}

/** Empties every table of the app (not Prisma's migration history), so each test file starts clean. */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await prisma.$executeRawUnsafe(`truncate table ${list} restart identity cascade`);
}
