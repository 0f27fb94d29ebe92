// The pipeline's schedules, in Europe/London time and configurable (SCHEDULE_* in lib/env.ts). pg-boss keeps one
// schedule per queue and fires it once per minute slot however many workers run, so each schedule is a "tick"
// queue whose job fans out to the councils' own queues:
//   meetings poll      several times a day: every council's full window (stored committees reused)
//   meeting-day poll   hourly, but only for councils with a meeting today (agendas and supplements change late)
//   committees refresh weekly: committee list, details, members, then the full window
//   summaries sweep    daily: anything the scrapes did not summarise (a failed LLM call, a new engine version)
import type { CouncilConfig } from "@/lib/councils";
import { clockNow } from "@/lib/clock";
import { addDays, londonCalendarDate } from "@/lib/iso-week";
import type { Env } from "@/lib/env";
import type { Logger } from "@/lib/log";
import { ensureQueue } from "./ensure-queue";
import type { QueueHandler } from "./job-runner";
import { LONDON_TIME_ZONE, londonMidnight } from "@/lib/london-time";
import type { PipelineDeps } from "./pipeline-deps";
import { summarizeQueue, TICK_QUEUES } from "./queue-names";
import { requestScrape } from "./request-scrape";
import { trackJobRun } from "./track-job-run";

type Tick = keyof typeof TICK_QUEUES;

export function readSchedules(env: Env): Record<Tick, string> {
  return {
    meetingsPoll: env.SCHEDULE_MEETINGS_CRON,
    meetingDayPoll: env.SCHEDULE_MEETING_DAY_CRON,
    committeesRefresh: env.SCHEDULE_COMMITTEES_CRON,
    summariesSweep: env.SCHEDULE_SUMMARIES_CRON,
  };
}

type FanOut = (deps: PipelineDeps, log: Logger) => Promise<Record<string, string>>;

const FAN_OUT: Record<Tick, FanOut> = {
  meetingsPoll: (deps, log) =>
    eachCouncil(deps.councils, log, (c) =>
      requestScrape(deps.boss, { council: c.slug, window: "full", refreshCommittees: false, reason: "meetings poll" }),
    ),
  meetingDayPoll: async (deps, log) =>
    eachCouncil(await councilsMeetingToday(deps), log, (c) =>
      requestScrape(deps.boss, {
        council: c.slug,
        window: "meeting-day",
        refreshCommittees: false,
        reason: "meeting-day poll",
      }),
    ),
  committeesRefresh: (deps, log) =>
    eachCouncil(deps.councils, log, (c) =>
      requestScrape(deps.boss, {
        council: c.slug,
        window: "full",
        refreshCommittees: true,
        reason: "weekly committees refresh",
      }),
    ),
  summariesSweep: (deps, log) =>
    eachCouncil(deps.councils, log, async (c) =>
      (await deps.boss.send(summarizeQueue(c.slug), { council: c.slug, reason: "daily sweep" }))
        ? "queued"
        : "already-queued",
    ),
};

/** Creates the tick queues and their schedules; the worker's runner calls the returned handlers. */
export async function registerPipelineSchedules(deps: PipelineDeps): Promise<QueueHandler[]> {
  const schedules = readSchedules(deps.env);
  const handlers: QueueHandler[] = [];
  for (const tick of Object.keys(TICK_QUEUES) as Tick[]) {
    const queue = TICK_QUEUES[tick];
    await ensureQueue(deps.boss, queue, {
      policy: "singleton",
      retryLimit: 2,
      retryDelay: 60,
      expireInSeconds: 15 * 60,
    });
    await deps.boss.schedule(queue, schedules[tick], {}, { tz: LONDON_TIME_ZONE });
    handlers.push({
      queue,
      handle: (job) =>
        trackJobRun(deps, job, null, async (log) => {
          const outcomes = await FAN_OUT[tick](deps, log);
          log.info({ outcomes }, `${tick}: requests sent`);
          return outcomes;
        }),
    });
  }
  deps.log.info({ schedules, tz: LONDON_TIME_ZONE }, "pipeline schedules registered");
  return handlers;
}

/** One request per council; a council whose request fails is logged and the others still get theirs. */
async function eachCouncil(
  councils: readonly CouncilConfig[],
  log: Logger,
  send: (c: CouncilConfig) => Promise<string>,
): Promise<Record<string, string>> {
  const outcomes: Record<string, string> = {};
  for (const council of councils) {
    try {
      outcomes[council.slug] = await send(council);
    } catch (error) {
      outcomes[council.slug] = `failed: ${error instanceof Error ? error.message : String(error)}`;
      log.error({ err: error, target: council.slug }, "could not queue a council's job");
    }
  }
  return outcomes;
}

/** The configured councils with a meeting starting today, London time (today as CLOCK_NOW fixes it, lib/clock.ts). */
async function councilsMeetingToday(deps: PipelineDeps): Promise<CouncilConfig[]> {
  const today = londonCalendarDate(clockNow(deps.env));
  const rows = await deps.prisma.meeting.findMany({
    where: {
      startsAt: { gte: londonMidnight(today), lt: londonMidnight(addDays(today, 1)) },
      council: { slug: { in: deps.councils.map((c) => c.slug) } },
    },
    select: { council: { select: { slug: true } } },
    distinct: ["councilId"],
  });
  const slugs = new Set(rows.map((r) => r.council.slug));
  return deps.councils.filter((c) => slugs.has(c.slug));
}
