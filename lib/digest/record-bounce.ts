// Hard bounces (the server refused the recipient itself) are counted per subscriber; a run of them suspends the
// address so we stop sending to a dead mailbox. Any successful delivery resets the count.
import type { PrismaClient } from "@/lib/db";

export const HARD_BOUNCE_LIMIT = 3;

/** Returns true when this bounce suspended the subscriber. */
export async function recordHardBounce(
  prisma: PrismaClient,
  subscriberId: number,
  reason: string,
  limit = HARD_BOUNCE_LIMIT,
): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ status: string }[]>`
    UPDATE "Subscriber"
    SET "hardBounceCount" = "hardBounceCount" + 1,
        "lastBounceAt" = now(),
        "lastBounceReason" = ${reason.slice(0, 500)},
        "status" = CASE WHEN "hardBounceCount" + 1 >= ${limit} AND "status" = 'confirmed' THEN 'suspended'::"SubscriberStatus" ELSE "status" END,
        "suspendedAt" = CASE WHEN "hardBounceCount" + 1 >= ${limit} AND "status" = 'confirmed' THEN now() ELSE "suspendedAt" END,
        "updatedAt" = now()
    WHERE "id" = ${subscriberId}
    RETURNING "status"::text AS "status"`;
  return rows[0]?.status === "suspended";
}

export async function clearHardBounces(prisma: PrismaClient, subscriberId: number): Promise<void> {
  await prisma.subscriber.updateMany({
    where: { id: subscriberId, hardBounceCount: { gt: 0 } },
    data: { hardBounceCount: 0 },
  });
}
