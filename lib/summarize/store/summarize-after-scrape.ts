// The scraper's trigger: summarise the meetings a run changed, and any meeting that has no summary yet (of the
// scraped council only, when given: a worker summarising one council must not race another over a second's).
import type { PrismaClient } from "@/lib/db";
import type { LlmConfig } from "@/lib/summarize";
import { summarizeMeetings, type SummarizeTally } from "./summarize-meetings";

export async function summarizeAfterScrape(
  prisma: PrismaClient,
  changedMeetingIds: number[],
  llm: LlmConfig | null,
  scope: { councilId?: number; now?: Date } = {},
): Promise<SummarizeTally> {
  const unsummarised = await prisma.meeting.findMany({
    where: { summary: null, ...(scope.councilId === undefined ? {} : { councilId: scope.councilId }) },
    select: { id: true },
  });
  const meetingIds = [...new Set([...changedMeetingIds, ...unsummarised.map((m) => m.id)])];
  if (meetingIds.length === 0) return { generated: 0, unchanged: 0, failed: 0 };
  return summarizeMeetings(prisma, { meetingIds, llm, now: scope.now });
}
