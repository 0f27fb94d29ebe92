// Keeps stored summaries and topic tags fresh: a meeting is (re)summarised only when the hash of its inputs or
// the engine version changed, or when forced. Summaries are always labelled machine-generated, with the engine.
import { storePlanningApplications } from "@/lib/summarize/store/planning-applications";
import { clockNow } from "@/lib/clock";
import type { PrismaClient } from "@/lib/db";
import { toJson } from "@/lib/db/json";
import {
  ENGINE_VERSION,
  LLM_ENGINE_VERSION,
  hashSummaryInput,
  summarizeExtractive,
  summarizeWithLlm,
  tagTopics,
  type LlmConfig,
  type MeetingSummary,
} from "@/lib/summarize";
import { buildSummaryInput } from "./build-summary-input";
import { storeTopicTags, syncTopicTaxonomy } from "./store-topics";
import { renderSummarySearchText } from "../render/render-search-text";
import { refreshSearchWords } from "@/lib/search/search-words";

export interface SummarizeOptions {
  /** Database ids of the meetings to consider; all meetings when omitted. */
  meetingIds?: number[];
  force?: boolean;
  llm?: LlmConfig | null;
  now?: Date;
  onMeeting?: (meetingId: number, outcome: "generated" | "unchanged" | "failed", detail?: string) => void;
}

export interface SummarizeTally {
  generated: number;
  unchanged: number;
  failed: number;
}

export async function summarizeMeetings(prisma: PrismaClient, options: SummarizeOptions = {}): Promise<SummarizeTally> {
  const now = options.now ?? clockNow();
  const engineVersion = options.llm ? LLM_ENGINE_VERSION : ENGINE_VERSION;
  const tally: SummarizeTally = { generated: 0, unchanged: 0, failed: 0 };
  await syncTopicTaxonomy(prisma);
  const meetings = await prisma.meeting.findMany({
    where: options.meetingIds ? { id: { in: options.meetingIds } } : {},
    select: { id: true, councilId: true, summary: { select: { inputHash: true, engineVersion: true } } },
    orderBy: { startsAt: "asc" },
  });
  const changedCouncils = new Set<number>();
  for (const meeting of meetings) {
    try {
      const input = await buildSummaryInput(prisma, meeting.id, now);
      const inputHash = hashSummaryInput(input);
      // Planning applications as data (issue 15): written whatever the summary does, so a database summarised
      // before they existed gains them on the next run without re-summarising.
      await storePlanningApplications(prisma, meeting.id, now);
      const current = meeting.summary;
      if (!options.force && current?.inputHash === inputHash && current.engineVersion === engineVersion) {
        tally.unchanged++;
        options.onMeeting?.(meeting.id, "unchanged");
        continue;
      }
      let summary: MeetingSummary;
      let engine = "extractive";
      let fallbackReason: string | null = null;
      if (options.llm) {
        const result = await summarizeWithLlm(input, options.llm);
        summary = result.summary;
        engine = result.engine === "llm" ? `llm:${options.llm.model}` : "extractive";
        fallbackReason = result.fallbackReason;
      } else {
        summary = summarizeExtractive(input);
      }
      const data = {
        engine,
        engineVersion,
        inputHash,
        kind: summary.kind,
        content: toJson(summary),
        overview: summary.overview,
        plainText: renderSummarySearchText(summary),
        fallbackReason,
        machineGenerated: true,
        generatedAt: now,
      };
      const tags = tagTopics(input);
      await prisma.$transaction(async (tx) => {
        await tx.summary.upsert({
          where: { meetingId: meeting.id },
          create: { meetingId: meeting.id, ...data },
          update: data,
        });
        await storeTopicTags(tx, meeting.id, tags);
      });
      tally.generated++;
      changedCouncils.add(meeting.councilId);
      options.onMeeting?.(meeting.id, "generated", fallbackReason ?? undefined);
    } catch (error) {
      tally.failed++;
      options.onMeeting?.(meeting.id, "failed", error instanceof Error ? error.message : String(error));
    }
  }
  // The words of "Did you mean …?" (lib/search/search-words.ts) follow the summaries just stored.
  if (changedCouncils.size > 0) await refreshSearchWords(prisma, [...changedCouncils]);
  return tally;
}
