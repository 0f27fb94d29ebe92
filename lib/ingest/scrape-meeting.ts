// One meeting: its page (conditional), attendance, then its documents. A page that cannot be fetched or parsed
// is recorded against the meeting (created from the listing if new) and the run moves on.
import type { PrismaClient } from "@/lib/db";
import type { HttpClient } from "@/lib/moderngov/http/http-client";
import type { MeetingListEntry, MeetingPage } from "@/lib/moderngov/parse/types";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import { parseAttendancePage } from "@/lib/moderngov/parse/parse-attendance";
import { fetchMeetingDocuments } from "./fetch-documents";
import { completeItemMinutes } from "./complete-minutes";
import type { PageFetch, PageParse, PageRole } from "./page-cache";
import type { RunRecorder } from "./run-record";
import { upsertMeetingPage } from "./upsert-meeting";
import { MEMBER_PAGE_PARSER, memberPageNeedsUpsert, upsertAttendance, upsertMemberPage } from "./upsert-people";
import { parseMemberPage } from "@/lib/moderngov/parse/parse-member-page";
import { describeError } from "./errors";
import type { MeetingTarget } from "./scrape-committee";
import { readMeetingViaWebService, webServiceUrl, type WebServiceContext } from "./web-service";
import { readQueryInt } from "@/lib/moderngov/parse/urls";
import type { ScrapeEvent } from "./scrape-types";
import { listingTitle } from "./listing-title";
import { itemSourceKey } from "./upsert-meeting";
import { replaceItemVotes, replaceMinutesVotes } from "./upsert-votes";
import { RECORDED_VOTES_PARSER, parseRecordedVotes } from "@/lib/moderngov/parse/parse-recorded-votes";
import type { RecordedVotePage } from "@/lib/moderngov/parse/types";

export interface MeetingContext {
  councilId: number;
  /** the council's own host names: a document link elsewhere is stored as external and never fetched */
  councilHosts: readonly string[];
  /** The council's stored meetings by MId, loaded once per run */
  knownMeetings: Map<number, { id: number; fetchStatus: string; status: string; startsAt: Date }>;
  now: Date;
  /** decides past/future (a replayed snapshot's own date) */
  asOf: Date;
  page: (url: string, role: PageRole) => Promise<PageFetch>;
  parse: PageParse;
  emit: (event: ScrapeEvent) => void;
  /** mgWebService.asmx, for meetings found through it (their pages were blocked) */
  webService: Pick<WebServiceContext, "root" | "xml" | "parse">;
}

export interface MeetingOutcome {
  meetingId: number | null;
  /** the page, the attendance or a document changed */
  changed: boolean;
  outcome: "fetched" | "updated" | "unchanged" | "failed";
}

export async function scrapeMeeting(
  prisma: PrismaClient,
  http: HttpClient,
  run: RunRecorder,
  ctx: MeetingContext,
  target: MeetingTarget,
): Promise<MeetingOutcome> {
  const { entry } = target;
  const existing = ctx.knownMeetings.get(entry.meetingId) ?? null;
  let fetched: PageFetch;
  let parsed: MeetingPage;
  try {
    if (target.viaWebService) {
      ({ fetched, page: parsed } = await readMeetingViaWebService(ctx.webService, target));
    } else {
      fetched = await ctx.page(entry.url, "required");
      parsed = await ctx.parse(fetched, "meeting-page", parseMeetingPage);
    }
  } catch (error) {
    const meetingId = await recordMeetingFailure(prisma, ctx, target, existing?.id ?? null, error);
    await run.pageFailed(
      target.viaWebService
        ? webServiceUrl(ctx.webService.root, "GetMeeting", { lMeetingId: entry.meetingId })
        : entry.url,
      error,
      "required",
      meetingId,
    );
    return { meetingId, changed: false, outcome: "failed" };
  }
  if (entry.cancelled && parsed.status !== "cancelled") parsed = { ...parsed, status: "cancelled", cancelled: true };

  const pageChanged = fetched.changed || existing?.fetchStatus !== "fetched";
  let meetingId = existing?.id ?? null;
  if (pageChanged || !meetingId) {
    meetingId = await upsertMeetingPage(
      prisma,
      {
        councilId: ctx.councilId,
        committeeId: target.committeeId,
        listedStartsAt: entry.startsAt,
        councilHosts: ctx.councilHosts,
      },
      parsed,
      { etag: fetched.etag, lastModified: fetched.lastModified, sha256: fetched.sha256 },
      ctx.now,
      ctx.asOf,
    );
  }
  let statusChanged = false;
  if (!pageChanged && existing && existing.status === "scheduled" && existing.startsAt.getTime() < ctx.asOf.getTime()) {
    // An unchanged page is not rewritten, but the clock moved on: a past meeting is held (upsertMeetingPage's rule).
    await prisma.meeting.update({ where: { id: existing.id }, data: { status: "held" } });
    statusChanged = true;
  }
  let attendanceChanged = false;
  if (pageChanged && parsed.attendance.length) {
    await upsertAttendance(prisma, ctx.councilId, meetingId, parsed.attendance);
    attendanceChanged = true;
  }
  const profileUrls = new Set(parsed.attendance.map((a) => a.profileUrl));
  const attendanceMid = parsed.attendanceUrl ? readQueryInt(parsed.attendanceUrl, ["ID"]) : null;
  if (parsed.attendanceUrl && attendanceMid !== parsed.meetingId) {
    // A template slip (another meeting's attendance): never file that meeting's attendees under this one.
    const error = new Error(
      `The attendance link ${parsed.attendanceUrl} names meeting ${attendanceMid ?? "(none)"}, not ${parsed.meetingId}; not read`,
    );
    await run.pageFailed(parsed.attendanceUrl, error, "optional", meetingId);
  } else if (parsed.attendanceUrl) {
    try {
      const attendance = await ctx.page(parsed.attendanceUrl, "optional");
      const page = await ctx.parse(attendance, "attendance", parseAttendancePage);
      page.attendees.forEach((a) => profileUrls.add(a.profileUrl));
      if (attendance.changed || pageChanged) {
        await upsertAttendance(prisma, ctx.councilId, meetingId, page.attendees);
        attendanceChanged = true;
      }
    } catch (error) {
      await run.pageFailed(parsed.attendanceUrl, error, "optional", meetingId);
    }
  }
  // Reserves and visiting councillors are not on the committee's member list: their profile gives party and ward.
  // Through the web service the pages are blocked: its attendees carry what the profiles would give.
  for (const url of target.viaWebService ? [] : profileUrls) {
    if (!url) continue;
    try {
      const profile = await ctx.page(url, "optional");
      if (memberPageNeedsUpsert(profile))
        await upsertMemberPage(prisma, ctx.councilId, await ctx.parse(profile, MEMBER_PAGE_PARSER, parseMemberPage));
    } catch (error) {
      await run.pageFailed(url, error, "optional", meetingId);
    }
  }
  if (pageChanged) await storeRecordedVotes(prisma, run, ctx, meetingId, parsed);
  const minutesChanged = await completeItemMinutes(prisma, run, ctx, meetingId, parsed.items, pageChanged);
  // Named votes written in the minutes, tied to the attendees: read again when either may have changed.
  if (pageChanged || attendanceChanged || minutesChanged) await replaceMinutesVotes(prisma, meetingId);
  const docs = await fetchMeetingDocuments(prisma, http, run, meetingId, (outcome, title) =>
    ctx.emit({ type: "document-done", title, outcome }),
  );
  const outcome = !pageChanged ? "unchanged" : existing?.fetchStatus === "fetched" ? "updated" : "fetched";
  return {
    meetingId,
    changed: pageChanged || statusChanged || attendanceChanged || minutesChanged || docs.changed,
    outcome,
  };
}

/**
 * The recorded votes of the page's items: each vote's title and result from the page's table, who voted which way
 * from the item's voting record page (optional: when it fails, the votes are kept without names).
 */
async function storeRecordedVotes(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: MeetingContext,
  meetingId: number,
  page: MeetingPage,
): Promise<void> {
  for (const item of page.items) {
    const url = item.recordedVotesUrl ?? null;
    if (item.isHeading || (item.recordedVotes.length === 0 && !url)) continue;
    const row = await prisma.agendaItem.findUnique({
      where: { meetingId_sourceKey: { meetingId, sourceKey: itemSourceKey(item) } },
      select: { id: true },
    });
    if (!row) continue;
    let named: RecordedVotePage["votes"] = [];
    if (url) {
      try {
        named = (await ctx.parse(await ctx.page(url, "optional"), RECORDED_VOTES_PARSER, parseRecordedVotes)).votes;
      } catch (error) {
        await run.pageFailed(url, error, "optional", meetingId);
      }
    }
    // The page's table lists the votes; the voting record adds the names, matched by title (else by order).
    const fromTable = item.recordedVotes.map((v, i) => {
      const match =
        named.find((n) => n.title.toLowerCase() === v.title.toLowerCase()) ??
        (named.length === item.recordedVotes.length ? named[i] : undefined);
      return { title: v.title, result: v.result ?? match?.result ?? null, casts: match?.casts ?? [] };
    });
    await replaceItemVotes(prisma, ctx.councilId, row.id, fromTable.length ? fromTable : named);
  }
}

/** Keeps what we knew; for a meeting never seen before, stores what the listing says so the error has a home. */
async function recordMeetingFailure(
  prisma: PrismaClient,
  ctx: MeetingContext,
  target: { entry: MeetingListEntry; committeeId: number; committeeName: string },
  existingId: number | null,
  error: unknown,
): Promise<number | null> {
  const failure = { fetchStatus: "failed" as const, fetchError: describeError(error), lastFetchedAt: ctx.now };
  if (existingId) {
    await prisma.meeting.update({ where: { id: existingId }, data: failure });
    return existingId;
  }
  const { entry } = target;
  const startsIso = entry.startsAt ?? (entry.date ? `${entry.date}T00:00:00Z` : null);
  if (!startsIso) return null;
  // An upsert, not a create: another scrape of this council may have stored the meeting meanwhile.
  const row = await prisma.meeting.upsert({
    where: { councilId_externalId: { councilId: ctx.councilId, externalId: entry.meetingId } },
    update: failure,
    create: {
      councilId: ctx.councilId,
      committeeId: target.committeeId,
      externalId: entry.meetingId,
      // The listing line ("15 Jan 2026 7:30 pm - Agenda") is not a title: write it as the meeting page would.
      title: listingTitle(target.committeeName, entry, new Date(startsIso)),
      startsAt: new Date(startsIso),
      status: entry.cancelled
        ? "cancelled"
        : entry.postponed
          ? "postponed"
          : new Date(startsIso).getTime() < ctx.asOf.getTime()
            ? "held"
            : "scheduled",
      isSpecial: entry.special,
      officialUrl: entry.url,
      ...failure,
    },
  });
  return row.id;
}
