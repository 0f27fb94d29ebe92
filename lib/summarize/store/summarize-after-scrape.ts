// The scraper's trigger: summarise the meetings a run changed, and any meeting that has no current summary yet (of the
// scraped council only, when given: a worker summarising one council must not race another over a second's).
// "unchanged" counts every meeting in scope whose summary is still current, checked or not: a run that changed
// nothing reports its 15 summaries as unchanged, not "0 unchanged".
import type { PrismaClient } from "@/lib/db";
import { ENGINE_VERSION, LLM_ENGINE_VERSION, type LlmConfig } from "@/lib/summarize";
import { summarizeMeetings, type SummarizeTally } from "./summarize-meetings";

export async function summarizeAfterScrape(
  prisma: PrismaClient,
  changedMeetingIds: number[],
  llm: LlmConfig | null,
  scope: { councilId?: number; now?: Date } = {},
): Promise<SummarizeTally> {
  const inScope = scope.councilId === undefined ? {} : { councilId: scope.councilId };
  // Also those summarised by an older version of the engine: an upgrade's better summaries (and topic evidence,
  // and search text) reach an existing install on its next run, not only when a meeting's papers change.
  const engineVersion = llm ? LLM_ENGINE_VERSION : ENGINE_VERSION;
  const unsummarised = await prisma.meeting.findMany({
    where: { ...inScope, OR: [{ summary: null }, { summary: { engineVersion: { not: engineVersion } } }] },
    select: { id: true },
  });
  const meetingIds = [...new Set([...changedMeetingIds, ...unsummarised.map((m) => m.id)])];
  const untouched = await prisma.meeting.count({
    where: { ...inScope, summary: { isNot: null }, id: { notIn: meetingIds } },
  });
  if (meetingIds.length === 0) return { generated: 0, unchanged: untouched, failed: 0 };
  const tally = await summarizeMeetings(prisma, { meetingIds, llm, now: scope.now });
  return { ...tally, unchanged: tally.unchanged + untouched };
}
