// One council's scrape as a job: fetch what changed (lib/ingest), summarise the meetings it changed
// (lib/summarize/store), and leave the site to pick the changes up. One queue per council with the "stately"
// policy: at most one scrape of a council runs and at most one waits, across every worker. A run that fails as a
// whole throws, so pg-boss retries it with backoff and, after the last retry, moves it to the dead-letter queue.
import { z } from "zod";
import { clockNow } from "@/lib/clock";
import type { CouncilConfig } from "@/lib/councils";
import { createCouncilHttpClient } from "@/lib/ingest/council-http-client";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import type { Logger } from "@/lib/log";
import { summarizeAfterScrape } from "@/lib/summarize/store/summarize-after-scrape";
import { councilQueueOptions, ensureQueue } from "./ensure-queue";
import type { QueueHandler } from "./job-runner";
import type { PipelineDeps } from "./pipeline-deps";
import { scrapeQueue } from "./queue-names";
import { scrapeWindow } from "./scrape-window";
import { trackJobRun } from "./track-job-run";

export const scrapeJobDataSchema = z.object({
  council: z.string(),
  window: z.enum(["full", "meeting-day"]).default("full"),
  refreshCommittees: z.boolean().default(false),
  /** an explicit window instead (a backfill, or the benchmark): YYYY-MM-DD, inclusive */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** why it was queued (which schedule, or "operator"), for the logs */
  reason: z.string().default("requested"),
});
export type ScrapeJobData = z.infer<typeof scrapeJobDataSchema>;

/** Creates (or updates) the council's scrape queue; the worker's runner calls the handler. */
export async function registerScrapeQueue(deps: PipelineDeps, council: CouncilConfig): Promise<QueueHandler> {
  const { boss, tuning } = deps;
  const queue = scrapeQueue(council.slug);
  await ensureQueue(boss, queue, councilQueueOptions(tuning));
  return {
    queue,
    handle: (job) =>
      trackJobRun(deps, job, council.slug, (log) =>
        runScrapeJob(deps, council, scrapeJobDataSchema.parse(job.data), log),
      ),
  };
}

export interface ScrapeJobOutput {
  scrapeRunId: number;
  status: string;
  changedMeetings: number;
  summaries: { generated: number; unchanged: number; failed: number };
}

export async function runScrapeJob(
  deps: PipelineDeps,
  council: CouncilConfig,
  data: ScrapeJobData,
  log: Logger,
): Promise<ScrapeJobOutput> {
  const { prisma } = deps;
  log.info({ window: data.window, refreshCommittees: data.refreshCommittees, reason: data.reason }, "scraping");
  const result = await scrapeCouncil(prisma, createCouncilHttpClient(council, deps.env), {
    council,
    fetchBaseUrl: council.mirrorUrl,
    window:
      data.from && data.to
        ? { from: new Date(`${data.from}T00:00:00Z`), to: new Date(`${data.to}T23:59:59Z`) }
        : scrapeWindow(data.window, clockNow(deps.env)),
    refreshCommittees: data.refreshCommittees,
    onEvent: (event) => event.type === "log" && log.debug(event.message),
  });
  const { counters } = result;
  log.info(
    {
      scrapeRunId: result.runId,
      status: result.status,
      meetings: counters.meetings,
      pages: counters.pages,
      documents: counters.documents,
      errors: result.errors.length,
    },
    "scrape run finished",
  );
  if (result.status === "failed")
    throw new Error(`scrape run ${result.runId} of ${council.slug} failed: ${result.failureReason}`);

  const { id: councilId } = await prisma.council.findUniqueOrThrow({
    where: { slug: council.slug },
    select: { id: true },
  });
  const summaries = await summarizeAfterScrape(prisma, result.changedMeetingIds, deps.llm, { councilId });
  log.info({ scrapeRunId: result.runId, summaries }, "summaries refreshed");
  // Site pages need no push: the database notifies every web replica of the committed changes (a trigger, see
  // lib/web/isr-cache-handler.mjs), and each re-renders the pages concerned on their next visit. revalidatePath()
  // would only refresh the one replica that received the call, and would need an authenticated route.
  return {
    scrapeRunId: result.runId,
    status: result.status,
    changedMeetings: result.changedMeetingIds.length,
    summaries,
  };
}
