import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";

// A throwaway database beside the given one, migrated from scratch and dropped afterwards: the evaluation scrapes
// its corpus into it, so the development data is never touched.

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function withScratchDatabase<T>(serverUrl: string, fn: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const name = `eval_${process.pid}_${Date.now().toString(36)}`;
  await admin(serverUrl, `create database ${pg.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await migrate(url.toString());
    const prisma = createPrismaClient(url.toString());
    try {
      return await fn(prisma);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await admin(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
  }
}
