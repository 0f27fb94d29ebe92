// Fixed-window counters in PostgreSQL, so every web replica shares them (never a process's memory). One atomic
// upsert per hit: INSERT … ON CONFLICT DO UPDATE SET count = count + 1 RETURNING count.
import type { PrismaClient } from "@/lib/db";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitHit {
  allowed: boolean;
  count: number;
  /** when the current window ends */
  resetAt: Date;
}

export async function hitRateLimit(
  prisma: PrismaClient,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitHit> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const resetAt = new Date(windowStart.getTime() + windowMs);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${windowStart}, 1, ${resetAt})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  return { allowed: count <= rule.limit, count, resetAt };
}

export async function deleteExpiredRateLimits(prisma: PrismaClient, now = new Date()): Promise<number> {
  return (await prisma.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}
