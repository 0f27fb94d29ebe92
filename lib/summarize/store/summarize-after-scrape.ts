// The scraper's trigger: summarise the meetings a run changed, and any meeting that has no summary yet (of the
// scraped council only, when given: a worker summarising one council must not race another over a second's).
// "unchanged" counts every meeting in scope whose summary is still current, checked or not: a run that changed
// nothing reports its 15 summaries as unchanged, not "0 unchanged".
import type { PrismaClient } from "@/lib/db";
import type { LlmConfig } from "@/lib/summarize";
import { summarizeMeetings, type SummarizeTally } from "./summarize-meetings";

export async function summarizeAfterScrape(
  prisma: PrismaClient,
  changedMeetingIds: number[],
  llm: LlmConfig | null,
  scope: { councilId?: number; now?: Date } = {},
): Promise<SummarizeTally> {
  const inScope = scope.councilId === undefined ? {} : { councilId: scope.councilId };
  const unsummarised = await prisma.meeting.findMany({ where: { summary: null, ...inScope }, select: { id: true } });
  const meetingIds = [...new Set([...changedMeetingIds, ...unsummarised.map((m) => m.id)])];
  const untouched = await prisma.meeting.count({ where: { ...inScope, summary: { isNot: null }, id: { notIn: meetingIds } } });
  if (meetingIds.length === 0) return { generated: 0, unchanged: untouched, failed: 0 };
  const tally = await summarizeMeetings(prisma, { meetingIds, llm, now: scope.now });
  return { ...tally, unchanged: tally.unchanged + untouched };
}
