// One council's summaries as a job: (re)summarise its meetings whose inputs or engine changed. The scrape job
// already summarises what it changed; this queue catches the rest (a summary that failed, e.g. the LLM endpoint
// was down; a new engine version after a deploy) on a daily sweep, and takes operators' forced re-runs.
import { z } from "zod";
import type { CouncilConfig } from "@/lib/councils";
import { summarizeMeetings, type SummarizeTally } from "@/lib/summarize/store/summarize-meetings";
import { councilQueueOptions, ensureQueue } from "./ensure-queue";
import type { QueueHandler } from "./job-runner";
import type { PipelineDeps } from "./pipeline-deps";
import { summarizeQueue } from "./queue-names";
import { trackJobRun } from "./track-job-run";

export const summarizeJobDataSchema = z.object({
  council: z.string(),
  /** ModernGov MIds; all the council's meetings when omitted */
  meetingIds: z.array(z.number().int().positive()).optional(),
  force: z.boolean().default(false),
  reason: z.string().default("requested"),
});
export type SummarizeJobData = z.infer<typeof summarizeJobDataSchema>;

/** Creates (or updates) the council's summary queue; the worker's runner calls the handler. */
export async function registerSummarizeQueue(deps: PipelineDeps, council: CouncilConfig): Promise<QueueHandler> {
  const { boss, tuning } = deps;
  const queue = summarizeQueue(council.slug);
  await ensureQueue(boss, queue, councilQueueOptions(tuning));
  return {
    queue,
    handle: (job) => {
      const data = summarizeJobDataSchema.parse(job.data);
      return trackJobRun(deps, job, council.slug, async (log) => {
        const meetings = await deps.prisma.meeting.findMany({
          where: {
            council: { slug: council.slug },
            ...(data.meetingIds ? { externalId: { in: data.meetingIds } } : {}),
          },
          select: { id: true },
        });
        const tally: SummarizeTally = await summarizeMeetings(deps.prisma, {
          meetingIds: meetings.map((m) => m.id),
          force: data.force,
          llm: deps.llm,
          onMeeting: (meetingId, outcome, detail) =>
            outcome === "failed" && log.warn({ meetingId, detail }, "summary failed"),
        });
        log.info({ meetings: meetings.length, ...tally, reason: data.reason }, "summaries done");
        return tally;
      });
    },
  };
}
