// Unconfirmed sign-ups expire: an address nobody confirmed is deleted once its link has expired (we keep no
// record of people who never opted in). Other rows only lose their dead token. Run daily by the worker and at
// the start of every digest run.
import type { PrismaClient } from "@/lib/db";
import { deleteExpiredRateLimits } from "./rate-limit";

export interface PurgeResult {
  deletedSignups: number;
  clearedTokens: number;
  deletedRateLimits: number;
}

export async function purgeExpiredSignups(prisma: PrismaClient, now = new Date()): Promise<PurgeResult> {
  const deleted = await prisma.subscriber.deleteMany({
    where: { status: "pending", confirmedAt: null, confirmTokenExpiresAt: { lt: now } },
  });
  const cleared = await prisma.subscriber.updateMany({
    where: { confirmTokenExpiresAt: { lt: now } },
    data: { confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  return {
    deletedSignups: deleted.count,
    clearedTokens: cleared.count,
    deletedRateLimits: await deleteExpiredRateLimits(prisma, now),
  };
}
