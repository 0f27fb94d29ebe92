// The one PrismaClient of a process, over the pg driver adapter. Scripts and tests that own their database
// create clients with createPrismaClient(url); pages use getPrisma(), which reads DATABASE_URL from lib/env.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type { PrismaClient };

export function createPrismaClient(url: string, options: { max?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: options.max ?? 10 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super(
      "DATABASE_URL is not set. Start the site with `npm start` or `npm run dev`, which start the embedded " +
        "PostgreSQL and pass its URL on, or set DATABASE_URL to your own server.",
    );
  }
}

/** The shared client; kept on globalThis so that dev-mode hot reloads do not open new pools. */
export function getPrisma(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const url = getEnv().DATABASE_URL;
  if (!url) throw new DatabaseNotConfiguredError();
  globalForPrisma.prisma = createPrismaClient(url);
  return globalForPrisma.prisma;
}
