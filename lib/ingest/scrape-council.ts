// One scrape run of one council: committees → meetings in the window → meeting pages, attendance, member
// pages → documents. Each failure is recorded against its meeting or document and the run goes on. The verdict
// rests on the required pages (committee list, meetings lists, meeting pages) and the documents: optional pages
// (committee details, member profiles, attendance) and URLs robots.txt disallows are counted and reported apart.
// The run fails as a whole only when the required pages could not be read at all.
import pLimit from "p-limit";
import type { PrismaClient } from "@/lib/db";
import type { HttpClient } from "@/lib/moderngov/http/http-client";
import { parseCommitteeList } from "@/lib/moderngov/parse/parse-committee-list";
import type { CommitteeSummary } from "@/lib/moderngov/parse/types";
import { PageCache, type PageFetch, type PageParse, type PageRole } from "./page-cache";
import type { ExpectedContent } from "@/lib/moderngov/http/http-client";
import {
  listCommitteesViaWebService,
  listMeetingsViaWebService,
  webServiceUrl,
  type WebServiceContext,
} from "./web-service";
import { scrapeCommittee, type MeetingTarget } from "./scrape-committee";
import { findMeetingsDirectly } from "./find-meetings-directly";
import { RunRecorder, type Tally } from "./run-record";
import type { ScrapeOptions, ScrapeResult } from "./scrape-types";
import { scrapeMeeting } from "./scrape-meeting";
import { scrapeForwardPlan, scrapeIssues, scrapeRecordedVoteList } from "./scrape-issues";
import { describeError } from "./errors";
import { FetchError } from "@/lib/moderngov/http/http-client";
import { withBaseUrlRewrite, withHostGuard } from "./rewrite-base-url";
import { createHostGuard, hostOf } from "@/lib/moderngov/http/host-policy";

export async function scrapeCouncil(
  prisma: PrismaClient,
  client: HttpClient,
  options: ScrapeOptions,
): Promise<ScrapeResult> {
  const now = options.now ?? new Date();
  const emit = options.onEvent ?? (() => {});
  const root = options.council.baseUrl.replace(/\/+$/, "") + "/";
  // Requests go to the council's hosts and its mirror only, checked on every hop (lib/moderngov/http/host-policy.ts).
  const councilHosts = [hostOf(options.council.baseUrl), ...(options.council.extraHosts ?? []).map(hostOf)];
  const guard = createHostGuard({
    hosts: councilHosts,
    mirrors: options.fetchBaseUrl ? [new URL(options.fetchBaseUrl).host.toLowerCase()] : [],
  });
  const rewritten = options.fetchBaseUrl
    ? withBaseUrlRewrite(client, options.council.baseUrl, options.fetchBaseUrl)
    : client;
  const http = withHostGuard(rewritten, guard);
  const council = await prisma.council.upsert({
    where: { slug: options.council.slug },
    create: { slug: options.council.slug, name: options.council.name, baseUrl: options.council.baseUrl },
    update: { name: options.council.name, baseUrl: options.council.baseUrl },
  });
  const run = await RunRecorder.start(prisma, council.id, options.window, {
    fetchBaseUrl: options.fetchBaseUrl ?? options.council.baseUrl,
    committeeIds: options.committeeIds ?? null,
    meetingIds: options.meetingIds ?? null,
    refreshCommittees: options.refreshCommittees !== false,
  });
  const cache = new PageCache(prisma, http, council.id, now, options.pageCacheBytes);
  const tallied = new Set<string>();
  const parse: PageParse = (fetched, parser, parseBody) => cache.parse(fetched, parser, parseBody);
  const page = async (url: string, role: PageRole, expect: ExpectedContent = "html") => {
    const result = await cache.fetch(url, expect);
    if (!tallied.has(url)) {
      tallied.add(url);
      tallyPage(role === "required" ? run.counters.pages : run.counters.optionalPages, result);
    }
    return result;
  };
  const changedMeetingIds = new Set<number>();
  let failureReason: string | null = null;
  const ws: WebServiceContext = {
    councilId: council.id,
    root,
    window: options.window,
    xml: (url, role) => page(url, role, "xml"),
    parse,
  };

  try {
    let targets: MeetingTarget[];
    let committeesTried = 0;
    let listingsRead = 0;
    let meetingsTried: number;
    // Set when the council's pages are refused and the web service carries the run: optional pages are not tried.
    let pagesRefused = false;
    if (options.meetingIds?.length) {
      // `--meeting MId`: straight to the meeting's own page, no committee or listing walk.
      targets = await findMeetingsDirectly(
        prisma,
        run,
        { councilId: council.id, root, page, parse },
        options.meetingIds,
      );
      meetingsTried = options.meetingIds.length;
    } else {
      const listUrl = new URL("mgListCommittees.aspx?bcr=1", root).toString();
      let committees: CommitteeSummary[] =
        options.refreshCommittees === false ? await listStoredCommittees(prisma, council.id) : [];
      const reuseCommittees = committees.length > 0;
      let viaWebService = false;
      if (!reuseCommittees) {
        try {
          const listing = await page(listUrl, "required");
          committees = await cache.parse(listing, "committee-list", parseCommitteeList);
        } catch (error) {
          await run.pageFailed(listUrl, error, "required");
          // The second way in: the web service, which some firewalls let through while blocking the pages.
          try {
            committees = await listCommitteesViaWebService(ws);
            viaWebService = true;
            pagesRefused = true;
            emit({
              type: "log",
              message: `The committee list failed (${describeError(error)}); using the council's web service instead.`,
            });
          } catch (wsError) {
            await run.pageFailed(webServiceUrl(root, "GetCommittees"), wsError, "required");
            throw new WholeRunFailure(
              `${blockedPrefix([error, wsError])}Could not read the council's committee list at ${listUrl}: ${describeError(error)}; nor its web service: ${describeError(wsError)}`,
            );
          }
        }
      }
      if (options.committeeIds?.length)
        committees = committees.filter((c) => options.committeeIds!.includes(c.committeeId));

      const committeeLimit = pLimit(MEETING_CONCURRENCY);
      const listViaWebService = () =>
        Promise.all(
          committees.map((summary) => committeeLimit(() => listMeetingsViaWebService(prisma, run, ws, summary))),
        );
      let perCommittee = viaWebService
        ? await listViaWebService()
        : await Promise.all(
            committees.map((summary) =>
              committeeLimit(() =>
                scrapeCommittee(
                  prisma,
                  run,
                  {
                    councilId: council.id,
                    root,
                    window: options.window,
                    now,
                    page,
                    parse,
                    reuseDetails: reuseCommittees,
                  },
                  summary,
                ),
              ),
            ),
          );
      if (!viaWebService && committees.length > 0 && perCommittee.every((c) => !c.listingRead)) {
        // Every HTML meetings list failed (blocked, say): the web service's GetMeetings instead.
        emit({ type: "log", message: "Every meetings list failed; using the council's web service instead." });
        perCommittee = await listViaWebService();
        pagesRefused = true;
      }
      targets = perCommittee.flatMap((c) => c.targets);
      committeesTried = committees.length;
      listingsRead = perCommittee.filter((c) => c.listingRead).length;
      meetingsTried = targets.length;
    }

    emit({ type: "meetings-found", total: targets.length });
    run.counters.meetings.seen = targets.length;
    // Requests to the host stay one at a time (the HTTP client's throttle); running a few meetings at once
    // only overlaps one meeting's database work with another's network wait.
    const limit = pLimit(MEETING_CONCURRENCY);
    const knownMeetings = new Map(
      (
        await prisma.meeting.findMany({
          where: { councilId: council.id, externalId: { in: targets.map((t) => t.entry.meetingId) } },
          select: { id: true, externalId: true, fetchStatus: true, status: true, startsAt: true },
        })
      ).map((m) => [m.externalId, m]),
    );
    let meetingPagesRead = 0;
    await Promise.all(
      targets.map((target) =>
        limit(async () => {
          const outcome = await scrapeMeeting(
            prisma,
            http,
            run,
            {
              councilId: council.id,
              councilHosts,
              knownMeetings,
              now,
              asOf: options.asOf ?? now,
              page,
              parse,
              emit,
              webService: ws,
            },
            target,
          );
          if (outcome.outcome !== "failed") meetingPagesRead++;
          if (outcome.meetingId && outcome.changed) changedMeetingIds.add(outcome.meetingId);
          const { bytesDownloaded } = http.readStats();
          emit({
            type: "meeting-done",
            title: `${target.committeeName} - ${target.entry.title}`,
            outcome: outcome.outcome,
            bytesDownloaded,
          });
        }),
      ),
    );
    // The issues the meetings' items link to: their own pages (optional, after every meeting is stored).
    const issuesContext = { councilId: council.id, root, now, page, parse };
    await scrapeIssues(
      prisma,
      run,
      issuesContext,
      targets.map((t) => t.entry.meetingId),
    );
    // The forward plan with the full scrape only (not a `--meeting` run): the key decisions announced.
    // Not when the pages are refused: the plan is an HTML page, and the web service has no plan.
    if (!options.meetingIds?.length && !pagesRefused) await scrapeForwardPlan(prisma, run, issuesContext);
    // The council's voting record over the window, where the council is configured as publishing one.
    if (!options.meetingIds?.length && !pagesRefused && options.council.recordedVoteList)
      await scrapeRecordedVoteList(prisma, run, issuesContext, options.window);
    await run.saveCounters();
    failureReason = judgeRequiredPages(run, {
      committees: committeesTried,
      listingsRead,
      meetings: meetingsTried,
      meetingPagesRead,
    });
  } catch (error) {
    failureReason = error instanceof WholeRunFailure ? error.message : `Unexpected error: ${describeError(error)}`;
  }
  await cache.flush().catch(() => {});
  const stats = http.readStats();
  run.counters.requests = stats.requests;
  run.counters.bytesDownloaded = stats.bytesDownloaded;
  const status = await run.finish(failureReason);
  return {
    runId: run.runId,
    status,
    failureReason,
    counters: run.counters,
    errors: run.errors,
    changedMeetingIds: [...changedMeetingIds],
  };
}

class WholeRunFailure extends Error {}

/**
 * The run fails as a whole when no meetings list could be read, or when every meeting page failed: the council's
 * content was not reached. Optional pages and robots.txt refusals play no part. Returns the reason, or null.
 */
function judgeRequiredPages(
  run: RunRecorder,
  seen: { committees: number; listingsRead: number; meetings: number; meetingPagesRead: number },
): string | null {
  const requiredErrors = run.errors.filter((e) => e.scope === "required");
  if (seen.committees > 0 && seen.listingsRead === 0) {
    return `${blockedPrefix(requiredErrors)}No committee's meetings list could be read (${seen.committees} tried); the site may be down or blocking us.`;
  }
  if (seen.meetings > 0 && seen.meetingPagesRead === 0) {
    return `${blockedPrefix(requiredErrors)}Every meeting page failed (${seen.meetings} tried); the site may be down or blocking us.`;
  }
  return null;
}

/** "Blocked by the council's firewall: " when every failure was a block page, so the operator is not told "down". */
function blockedPrefix(errors: Array<unknown>): string {
  // A block page, or a bare 403 (how several councils' firewalls refuse a client).
  const blocked = (e: unknown) =>
    e instanceof FetchError
      ? e.kind === "blocked" || (e.kind === "http" && e.status === 403)
      : typeof e === "object" &&
        e !== null &&
        "kind" in e &&
        (e.kind === "fetch:blocked" ||
          ("message" in e && e.kind === "fetch:http" && /\b403\b/.test(String(e.message))));
  return errors.length > 0 && errors.every(blocked) ? "Blocked by the council's firewall: " : "";
}

/** The committees stored by earlier runs, in the parser's shape, for a run that does not refresh them. */
async function listStoredCommittees(prisma: PrismaClient, councilId: number): Promise<CommitteeSummary[]> {
  const rows = await prisma.committee.findMany({
    where: { councilId, isActive: true, officialUrl: { not: null } },
    orderBy: { externalId: "asc" },
  });
  return rows.map((c) => ({ committeeId: c.externalId, name: c.name, url: c.officialUrl!, category: null }));
}

const MEETING_CONCURRENCY = 4;

function tallyPage(counters: Tally, fetched: PageFetch): void {
  if (!fetched.changed) counters.unchanged++;
  else if (fetched.isNew) counters.fetched++;
  else counters.updated++;
}
