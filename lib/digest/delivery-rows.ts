// The state machine of a Delivery row, each step one atomic statement:
//   pending ──claim──► sending ──► sent | failed | skipped
//      ▲                  │
//      └──── retry ───────┘   (4xx or connection failure: back to pending with a later nextAttemptAt)
// A claim is UPDATE … WHERE status = 'pending' … FOR UPDATE SKIP LOCKED, so two senders never take the same row.
// A row is claimed just before its message is handed to SMTP, one at a time: a killed run leaves at most the
// messages that were in flight in "sending". A sent message is recorded by the statement that claims the lane's
// next row, or on its own when there is none; a run killed in between leaves it "sending" (never re-sent).
import type { PrismaClient } from "@/lib/db";

export interface ClaimedDelivery {
  id: number;
  attempts: number;
  subscriberId: number;
  email: string;
  subscriberStatus: string;
  preferences: unknown;
  linkVersion: number;
  hardBounceCount: number;
}

export interface SentDelivery {
  id: number;
  messageId: string;
}

/**
 * Claims the next due pending row after `afterId` (id order), or null when there is none. `sent`, when given, is
 * the lane's previous delivery, recorded as sent in the same statement: one round trip per message.
 */
export async function claimNextDelivery(
  prisma: PrismaClient,
  issueId: number,
  afterId: number,
  sent: SentDelivery | null = null,
): Promise<ClaimedDelivery | null> {
  // A data-modifying CTE runs whether or not the outer statement reads it.
  const rows = await prisma.$queryRaw<ClaimedDelivery[]>`
    WITH "done" AS (
      UPDATE "Delivery"
      SET "status" = 'sent', "sentAt" = now(), "messageId" = ${sent?.messageId ?? null}, "lastError" = NULL, "updatedAt" = now()
      WHERE "id" = ${sent?.id ?? -1} AND "status" = 'sending'
      RETURNING "id"
    )
    UPDATE "Delivery" AS d
    SET "status" = 'sending', "attempts" = d."attempts" + 1, "claimedAt" = now(), "updatedAt" = now()
    FROM "Subscriber" AS s
    WHERE d."id" = (
      SELECT "id" FROM "Delivery"
      WHERE "issueId" = ${issueId} AND "status" = 'pending' AND "nextAttemptAt" <= now() AND "id" > ${afterId}
      ORDER BY "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    AND s."id" = d."subscriberId"
    RETURNING d."id", d."attempts", s."id" AS "subscriberId", s."email", s."status"::text AS "subscriberStatus",
              s."preferences", s."linkVersion", s."hardBounceCount"`;
  return rows[0] ?? null;
}

/** The earliest instant a pending row of the issue becomes due; null when none is pending. */
export async function nextPendingAt(prisma: PrismaClient, issueId: number): Promise<Date | null> {
  const row = await prisma.delivery.aggregate({ where: { issueId, status: "pending" }, _min: { nextAttemptAt: true } });
  return row._min.nextAttemptAt;
}

export async function markSent(prisma: PrismaClient, sent: SentDelivery): Promise<void> {
  await prisma.delivery.updateMany({
    where: { id: sent.id, status: "sending" },
    data: { status: "sent", sentAt: new Date(), messageId: sent.messageId, lastError: null },
  });
}

export async function markForRetry(
  prisma: PrismaClient,
  id: number,
  nextAttemptAt: Date,
  error: string,
  countAttempt = true,
): Promise<void> {
  await prisma.delivery.updateMany({
    where: { id, status: "sending" },
    data: {
      status: "pending",
      nextAttemptAt,
      lastError: error,
      ...(countAttempt ? {} : { attempts: { decrement: 1 } }),
    },
  });
}

export async function markFailed(prisma: PrismaClient, id: number, error: string): Promise<void> {
  await prisma.delivery.updateMany({ where: { id, status: "sending" }, data: { status: "failed", lastError: error } });
}

export async function markSkipped(prisma: PrismaClient, id: number, reason: string): Promise<void> {
  await prisma.delivery.updateMany({
    where: { id, status: "sending" },
    data: { status: "skipped", lastError: reason },
  });
}

export const UNCERTAIN =
  "uncertain: the run sending this stopped before the server's answer was recorded; not sent again, so that nobody gets two copies";

/**
 * Rows left in "sending" for longer than the lease belong to a run that died mid-send: the server may or may not
 * have accepted the message. We prefer never sending twice, so they become failed (marked uncertain), not pending.
 */
export async function failStaleSending(prisma: PrismaClient, issueId: number, leaseMs: number): Promise<number> {
  const result = await prisma.delivery.updateMany({
    where: { issueId, status: "sending", claimedAt: { lt: new Date(Date.now() - leaseMs) } },
    data: { status: "failed", lastError: UNCERTAIN },
  });
  return result.count;
}

/**
 * Deliveries by outcome. `failed` is what the mail server refused or could not take after every retry; `uncertain`
 * is what a run left mid-send when it died (stored as failed, with the UNCERTAIN reason, never re-sent): the server
 * may well have delivered those, so they are counted apart.
 */
export type DeliveryCounts = Record<"pending" | "sending" | "sent" | "failed" | "uncertain" | "skipped", number>;

export const DELIVERY_OUTCOMES = ["pending", "sending", "sent", "failed", "uncertain", "skipped"] as const;

/** Counts for several issues at once, each split as DeliveryCounts. */
export async function countDeliveriesByIssue(
  prisma: PrismaClient,
  issueIds: number[],
): Promise<Map<number, DeliveryCounts>> {
  const result = new Map<number, DeliveryCounts>(
    issueIds.map((id) => [id, { pending: 0, sending: 0, sent: 0, failed: 0, uncertain: 0, skipped: 0 }]),
  );
  if (issueIds.length === 0) return result;
  const [groups, uncertain] = await Promise.all([
    prisma.delivery.groupBy({
      by: ["issueId", "status"],
      where: { issueId: { in: issueIds } },
      _count: { _all: true },
    }),
    prisma.delivery.groupBy({
      by: ["issueId"],
      where: { issueId: { in: issueIds }, status: "failed", lastError: UNCERTAIN },
      _count: { _all: true },
    }),
  ]);
  for (const g of groups) result.get(g.issueId)![g.status] = g._count._all;
  for (const u of uncertain) {
    const counts = result.get(u.issueId)!;
    counts.uncertain = u._count._all;
    counts.failed -= u._count._all;
  }
  return result;
}

export async function countDeliveries(prisma: PrismaClient, issueId: number): Promise<DeliveryCounts> {
  return (await countDeliveriesByIssue(prisma, [issueId])).get(issueId)!;
}
