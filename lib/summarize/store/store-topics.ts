// The topic taxonomy as rows, and a meeting's tags replaced atomically with those of its latest summary.
import type { PrismaClient } from "@/lib/db";
import { toJson } from "@/lib/db/json";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TOPICS, type TopicTag } from "@/lib/summarize";

type Tx = Prisma.TransactionClient;

export async function syncTopicTaxonomy(prisma: PrismaClient): Promise<void> {
  for (const topic of TOPICS) {
    await prisma.topic.upsert({
      where: { slug: topic.slug },
      create: { slug: topic.slug, name: topic.name, description: topic.description },
      update: { name: topic.name, description: topic.description },
    });
  }
}

export async function storeTopicTags(tx: Tx, meetingId: number, tags: TopicTag[]): Promise<void> {
  const topics = new Map((await tx.topic.findMany()).map((t) => [t.slug, t.id]));
  const items = new Map(
    (await tx.agendaItem.findMany({ where: { meetingId }, select: { id: true, position: true } })).map((i) => [
      i.position,
      i.id,
    ]),
  );
  await tx.meetingTopic.deleteMany({ where: { meetingId } });
  await tx.agendaItemTopic.deleteMany({ where: { agendaItem: { meetingId } } });
  for (const tag of strongestPerScope(tags)) {
    const topicId = topics.get(tag.topic);
    if (!topicId) continue;
    const evidence = toJson(tag.evidence);
    if (tag.scope === "meeting") {
      await tx.meetingTopic.create({ data: { meetingId, topicId, score: tag.score, evidence } });
    } else {
      const agendaItemId = items.get(tag.scope.itemPosition);
      if (agendaItemId)
        await tx.agendaItemTopic.create({ data: { agendaItemId, topicId, score: tag.score, evidence } });
    }
  }
}

/** One tag per topic and scope (the primary keys), keeping the highest-scoring one. */
function strongestPerScope(tags: TopicTag[]): TopicTag[] {
  const best = new Map<string, TopicTag>();
  for (const tag of tags) {
    const key = `${tag.topic}:${tag.scope === "meeting" ? "meeting" : tag.scope.itemPosition}`;
    const seen = best.get(key);
    if (!seen || seen.score < tag.score) best.set(key, tag);
  }
  return [...best.values()];
}
