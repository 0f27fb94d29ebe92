// Every confirmed subscriber, streamed by id in batches so memory stays flat however many there are. The digest
// run (enqueue-deliveries.ts) and its dry run (preview-weekly-digest.ts) walk the same list.
import type { PrismaClient } from "@/lib/db";
import { readStoredPreferences, type Preferences } from "../subscriptions/preferences";

export interface ConfirmedSubscriber {
  id: number;
  email: string;
  linkVersion: number;
  preferences: Preferences;
}

export async function* confirmedSubscriberBatches(
  prisma: PrismaClient,
  batchSize = 1000,
): AsyncGenerator<ConfirmedSubscriber[]> {
  let afterId = 0;
  for (;;) {
    const batch = await prisma.subscriber.findMany({
      where: { status: "confirmed", id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, email: true, linkVersion: true, preferences: true },
    });
    if (batch.length === 0) return;
    afterId = batch[batch.length - 1]?.id ?? afterId;
    yield batch.map((s) => ({ ...s, preferences: readStoredPreferences(s.preferences) }));
  }
}
