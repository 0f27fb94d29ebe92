// Sliding-window counters in PostgreSQL, so every web replica shares them (never a process's memory). Each window
// keeps a fixed-window count (one atomic upsert per hit: INSERT … ON CONFLICT DO UPDATE SET count = count + 1
// RETURNING count); a hit is weighed against the current window's count plus the previous window's, scaled by how
// much of it still falls within one window of now. So a burst across a window's edge (ten hits at 01:59, ten more at
// 02:00) is still one burst, not twice the limit.
import type { PrismaClient } from "@/lib/db";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitHit {
  allowed: boolean;
  /** hits within one window of now: the current window's, and the share of the previous window's still within it */
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
  const previousStart = new Date(windowStart.getTime() - windowMs);
  const resetAt = new Date(windowStart.getTime() + windowMs);
  // Kept one window longer than its own, for the next window's weighing.
  const expiresAt = new Date(resetAt.getTime() + windowMs);
  const rows = await prisma.$queryRaw<{ count: number; previous: number | null }[]>`
    WITH hit AS (
      INSERT INTO "RateLimit" ("key", "windowStart", "count", "expiresAt")
      VALUES (${key}, ${windowStart}, 1, ${expiresAt})
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1, "expiresAt" = ${expiresAt}
      RETURNING "count"
    )
    SELECT hit."count",
      (SELECT "count" FROM "RateLimit" WHERE "key" = ${key} AND "windowStart" = ${previousStart}) AS "previous"
    FROM hit`;
  const current = Number(rows[0]?.count ?? 1);
  const previous = Number(rows[0]?.previous ?? 0);
  const stillWithin = (windowMs - (now.getTime() - windowStart.getTime())) / windowMs;
  const weighed = current + previous * stillWithin;
  return { allowed: weighed <= rule.limit, count: Math.ceil(weighed), resetAt };
}

export async function deleteExpiredRateLimits(prisma: PrismaClient, now = new Date()): Promise<number> {
  return (await prisma.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}
