// One Delivery row per confirmed subscriber for an issue, written in batches while streaming subscribers by id
// (memory stays flat however many there are). The unique (issue, subscriber) key makes this idempotent: a
// re-run inserts only subscribers confirmed since. A subscriber with nothing to receive gets a "skipped" row,
// so the decision is recorded once and visible in the counts.
import type { PrismaClient } from "@/lib/db";
import type { DigestContent } from "../data/digest-content";
import { confirmedSubscriberBatches } from "./confirmed-subscribers";
import { selectDigestForSubscriber } from "./select-for-subscriber";

export const NOTHING_MATCHED = "nothing matched the subscriber's preferences this week";

export interface EnqueueResult {
  inserted: number;
  skipped: number;
  subscribers: number;
}

export async function enqueueDeliveries(
  prisma: PrismaClient,
  issue: { id: number; content: DigestContent },
  batchSize = 1000,
): Promise<EnqueueResult> {
  const result: EnqueueResult = { inserted: 0, skipped: 0, subscribers: 0 };
  for await (const batch of confirmedSubscriberBatches(prisma, batchSize)) {
    result.subscribers += batch.length;
    const rows = batch.map((s) => {
      const wanted = selectDigestForSubscriber(issue.content, s.preferences) !== null;
      return {
        issueId: issue.id,
        subscriberId: s.id,
        status: wanted ? ("pending" as const) : ("skipped" as const),
        lastError: wanted ? null : NOTHING_MATCHED,
      };
    });
    const pending = await prisma.delivery.createMany({
      data: rows.filter((r) => r.status === "pending"),
      skipDuplicates: true,
    });
    const skipped = await prisma.delivery.createMany({
      data: rows.filter((r) => r.status === "skipped"),
      skipDuplicates: true,
    });
    result.inserted += pending.count;
    result.skipped += skipped.count;
  }
  return result;
}
