// One scrape run of one council: committees → meetings in the window → meeting pages, attendance, member
// pages → documents. Each failure is recorded against its meeting or document and the run goes on; only a
// failure to discover anything at all fails the run as a whole.
import pLimit from "p-limit";
import type { PrismaClient } from "@/lib/db";
import type { HttpClient } from "@/lib/moderngov/http-client";
import type { CommitteeSummary, MeetingListEntry } from "@/lib/moderngov/types";
import { parseCommitteeList } from "@/lib/moderngov/parse-committee-list";
import { parseCommitteeDetails } from "@/lib/moderngov/parse-committee-details";
import { parseMemberPage } from "@/lib/moderngov/parse-member-page";
import { PageCache, type PageFetch } from "./page-cache";
import { listMeetingsInWindow, type Window } from "./list-meetings";
import { RunRecorder, type RunCounters, type RecordedError } from "./run-record";
import { upsertMemberPage, upsertMemberships } from "./upsert-people";
import { scrapeMeeting } from "./scrape-meeting";
import { describeError, errorKind } from "./errors";
import { withBaseUrlRewrite } from "./rewrite-base-url";

export interface ScrapeOptions {
  /** The council, with its canonical ModernGov root (what the site links to) */
  council: { slug: string; name: string; baseUrl: string };
  /** Where to fetch from instead of the canonical root: a local replay server or a mirror */
  fetchBaseUrl?: string;
  window: Window;
  committeeIds?: number[];
  meetingIds?: number[];
  now?: Date;
  onEvent?: (event: ScrapeEvent) => void;
}

export type ScrapeEvent =
  | { type: "meetings-found"; total: number }
  | { type: "meeting-done"; title: string; outcome: "fetched" | "updated" | "unchanged" | "failed" }
  | { type: "documents-found"; total: number }
  | { type: "document-done"; title: string; outcome: string }
  | { type: "log"; message: string };

export interface ScrapeResult {
  runId: number;
  status: "succeeded" | "partial" | "failed";
  failureReason: string | null;
  counters: RunCounters;
  errors: RecordedError[];
  /** Meetings whose page or documents changed in this run (to re-summarise). */
  changedMeetingIds: number[];
}

export async function scrapeCouncil(prisma: PrismaClient, client: HttpClient, options: ScrapeOptions): Promise<ScrapeResult> {
  const now = options.now ?? new Date();
  const emit = options.onEvent ?? (() => {});
  const root = options.council.baseUrl.replace(/\/+$/, "") + "/";
  const http = options.fetchBaseUrl ? withBaseUrlRewrite(client, options.council.baseUrl, options.fetchBaseUrl) : client;
  const council = await prisma.council.upsert({
    where: { slug: options.council.slug },
    create: { slug: options.council.slug, name: options.council.name, baseUrl: options.council.baseUrl },
    update: { name: options.council.name, baseUrl: options.council.baseUrl },
  });
  const run = await RunRecorder.start(prisma, council.id, options.window, {
    fetchBaseUrl: options.fetchBaseUrl ?? options.council.baseUrl,
    committeeIds: options.committeeIds ?? null,
    meetingIds: options.meetingIds ?? null,
  });
  const cache = new PageCache(prisma, http, council.id, now);
  const tallied = new Set<string>();
  const page = async (url: string) => {
    const result = await cache.fetch(url);
    if (!tallied.has(url)) {
      tallied.add(url);
      tallyPage(run.counters, result);
    }
    return result;
  };
  const changedMeetingIds = new Set<number>();
  let failureReason: string | null = null;

  try {
    const listUrl = new URL("mgListCommittees.aspx?bcr=1", root).toString();
    let committees: CommitteeSummary[];
    try {
      const listing = await page(listUrl);
      committees = parseCommitteeList(listing.body, listUrl);
    } catch (error) {
      run.counters.pages.failed++;
      await run.error({ url: listUrl, kind: errorKind(error), message: describeError(error) });
      throw new WholeRunFailure(`Could not read the council's committee list at ${listUrl}: ${describeError(error)}`);
    }
    if (options.committeeIds?.length) committees = committees.filter((c) => options.committeeIds!.includes(c.committeeId));

    const targets: { entry: MeetingListEntry; committeeId: number; committeeName: string }[] = [];
    for (const summary of committees) {
      const committee = await prisma.committee.upsert({
        where: { councilId_externalId: { councilId: council.id, externalId: summary.committeeId } },
        create: { councilId: council.id, externalId: summary.committeeId, name: summary.name, officialUrl: summary.url },
        update: { name: summary.name, officialUrl: summary.url, isActive: true },
      });
      run.counters.committees++;
      let meetingsUrl = new URL(`ieListMeetings.aspx?CId=${summary.committeeId}&Year=0`, root).toString();
      try {
        const details = await page(summary.url);
        const parsed = parseCommitteeDetails(details.body, summary.url);
        if (parsed.meetingsUrl) meetingsUrl = parsed.meetingsUrl;
        if (details.changed) {
          await prisma.committee.update({ where: { id: committee.id }, data: { purpose: parsed.purpose } });
          await upsertMemberships(prisma, council.id, committee.id, parsed.membership);
        }
        for (const member of parsed.membership) {
          if (!member.profileUrl) continue;
          try {
            const profile = await page(member.profileUrl);
            if (profile.changed) await upsertMemberPage(prisma, council.id, parseMemberPage(profile.body, member.profileUrl));
          } catch (error) {
            run.counters.pages.failed++;
            await run.error({ url: member.profileUrl, kind: errorKind(error), message: describeError(error) });
          }
        }
      } catch (error) {
        run.counters.pages.failed++;
        await run.error({ url: summary.url, kind: errorKind(error), message: describeError(error) });
      }
      try {
        const entries = await listMeetingsInWindow(meetingsUrl, options.window, async (url) => (await page(url)).body);
        const wanted = options.meetingIds?.length ? entries.filter((e) => options.meetingIds!.includes(e.meetingId)) : entries;
        targets.push(...wanted.map((entry) => ({ entry, committeeId: committee.id, committeeName: committee.name })));
        if (!options.meetingIds?.length) {
          run.counters.meetings.missing += await markMissingMeetings(prisma, council.id, committee.id, options.window, entries, now);
        }
      } catch (error) {
        run.counters.pages.failed++;
        await run.error({ url: meetingsUrl, kind: errorKind(error), message: describeError(error) });
      }
    }

    emit({ type: "meetings-found", total: targets.length });
    run.counters.meetings.seen = targets.length;
    // Requests to the host stay one at a time (the HTTP client's throttle); running a few meetings at once
    // only overlaps one meeting's database work with another's network wait.
    const limit = pLimit(MEETING_CONCURRENCY);
    await Promise.all(
      targets.map((target) =>
        limit(async () => {
          const outcome = await scrapeMeeting(prisma, http, run, { councilId: council.id, now, page, emit }, target);
          if (outcome.meetingId && outcome.changed) changedMeetingIds.add(outcome.meetingId);
          emit({ type: "meeting-done", title: `${target.committeeName} - ${target.entry.title}`, outcome: outcome.outcome });
        }),
      ),
    );
    await run.saveCounters();
    if (committees.length > 0 && targets.length > 0 && run.counters.pages.failed >= targets.length + committees.length) {
      failureReason = "Every page request failed; the site may be down or blocking us.";
    }
  } catch (error) {
    failureReason = error instanceof WholeRunFailure ? error.message : `Unexpected error: ${describeError(error)}`;
  }
  await cache.flush().catch(() => {});
  const stats = http.readStats();
  run.counters.requests = stats.requests;
  run.counters.bytesDownloaded = stats.bytesDownloaded;
  const status = await run.finish(failureReason);
  return { runId: run.runId, status, failureReason, counters: run.counters, errors: run.errors, changedMeetingIds: [...changedMeetingIds] };
}

class WholeRunFailure extends Error {}

const MEETING_CONCURRENCY = 4;

function tallyPage(counters: RunCounters, fetched: PageFetch): void {
  if (!fetched.changed) counters.pages.unchanged++;
  else if (fetched.isNew) counters.pages.fetched++;
  else counters.pages.updated++;
}

/** Meetings stored for this committee within the window that the listing no longer shows: marked, never deleted. */
async function markMissingMeetings(
  prisma: PrismaClient,
  councilId: number,
  committeeId: number,
  window: Window,
  listed: MeetingListEntry[],
  now: Date,
): Promise<number> {
  const listedIds = listed.map((e) => e.meetingId);
  await prisma.meeting.updateMany({
    where: { councilId, committeeId, externalId: { in: listedIds }, missingSince: { not: null } },
    data: { missingSince: null },
  });
  const result = await prisma.meeting.updateMany({
    where: {
      councilId,
      committeeId,
      startsAt: { gte: window.from, lte: window.to },
      externalId: { notIn: listedIds },
      missingSince: null,
    },
    data: { missingSince: now },
  });
  return result.count;
}
