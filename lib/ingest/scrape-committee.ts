// One committee: its details page (purpose, members and their profiles) and its meetings in the window. Returns
// the meetings to scrape; marks stored ones that vanished from the listing (only when the listing was read in full).
import type { PrismaClient } from "@/lib/db";
import type { CommitteeSummary, MeetingListEntry } from "@/lib/moderngov/parse/types";
import { parseCommitteeDetails } from "@/lib/moderngov/parse/parse-committee-details";
import { parseMemberPage } from "@/lib/moderngov/parse/parse-member-page";
import { parseMeetingList } from "@/lib/moderngov/parse/parse-meeting-list";
import { listMeetingsInWindow, type Window } from "./list-meetings";
import type { PageFetch, PageParse, PageRole } from "./page-cache";
import type { RunRecorder } from "./run-record";
import { MEMBER_PAGE_PARSER, memberPageNeedsUpsert, upsertMemberPage, upsertMemberships } from "./upsert-people";

export interface CommitteeContext {
  councilId: number;
  /** the council's canonical ModernGov root, ending in "/" */
  root: string;
  window: Window;
  now: Date;
  /** a page through the run's cache; "required" pages decide the run's verdict, "optional" ones are reported apart */
  page: (url: string, role: PageRole) => Promise<PageFetch>;
  parse: PageParse;
  /** Skip the details page and member profiles: the stored copy says where the meetings list is. */
  reuseDetails?: boolean;
}

export interface MeetingTarget {
  entry: MeetingListEntry;
  committeeId: number;
  committeeName: string;
  /** found through mgWebService.asmx (the HTML lists were blocked): read through GetMeeting too */
  viaWebService?: boolean;
}

export interface CommitteeOutcome {
  targets: MeetingTarget[];
  /** false when not even the first page of the meetings list could be read */
  listingRead: boolean;
}

export async function scrapeCommittee(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: CommitteeContext,
  summary: CommitteeSummary,
): Promise<CommitteeOutcome> {
  const { councilId, page } = ctx;
  const committee = await prisma.committee.upsert({
    where: { councilId_externalId: { councilId, externalId: summary.committeeId } },
    create: { councilId, externalId: summary.committeeId, name: summary.name, officialUrl: summary.url },
    update: { name: summary.name, officialUrl: summary.url, isActive: true },
  });
  run.counters.committees++;

  let meetingsUrl = new URL(`ieListMeetings.aspx?CId=${summary.committeeId}&Year=0`, ctx.root).toString();
  if (ctx.reuseDetails) {
    meetingsUrl = (await readStoredMeetingsUrl(prisma, councilId, summary.url)) ?? meetingsUrl;
  } else {
    try {
      const details = await page(summary.url, "optional");
      const parsed = await ctx.parse(details, "committee-details", parseCommitteeDetails);
      if (parsed.meetingsUrl) meetingsUrl = parsed.meetingsUrl;
      if (details.changed) {
        await prisma.committee.update({ where: { id: committee.id }, data: { purpose: parsed.purpose } });
        await upsertMemberships(prisma, councilId, committee.id, parsed.membership);
      }
      for (const member of parsed.membership) {
        if (!member.profileUrl) continue;
        try {
          const profile = await page(member.profileUrl, "optional");
          if (memberPageNeedsUpsert(profile))
            await upsertMemberPage(prisma, councilId, await ctx.parse(profile, MEMBER_PAGE_PARSER, parseMemberPage));
        } catch (error) {
          await run.pageFailed(member.profileUrl, error, "optional");
        }
      }
    } catch (error) {
      await run.pageFailed(summary.url, error, "optional");
    }
  }

  let listing;
  try {
    listing = await listMeetingsInWindow(meetingsUrl, ctx.window, async (url) =>
      ctx.parse(await page(url, "required"), "meeting-list", parseMeetingList),
    );
  } catch (error) {
    await run.pageFailed(meetingsUrl, error, "required");
    return { targets: [], listingRead: false };
  }
  const { entries, failures } = listing;
  // A paging page that failed: keep what was read, file the error against that page, and mark the committee
  // incomplete so that meetings absent from the part we read are not taken as vanished. The next run retries it
  // (failed pages are never cached).
  for (const failure of failures) {
    await run.pageFailed(failure.url, failure.error, "required");
    run.counters.incompleteCommittees.push({ committeeId: summary.committeeId, url: failure.url });
  }
  if (failures.length === 0) {
    // Await first, then add: `x += await f()` reads x before awaiting and loses other committees' additions.
    const missing = await markMissingMeetings(prisma, councilId, committee.id, ctx.window, entries, ctx.now);
    run.counters.meetings.missing += missing;
  }
  return {
    targets: entries.map((entry) => ({ entry, committeeId: committee.id, committeeName: committee.name })),
    listingRead: true,
  };
}

/** Where the committee's stored details page (FetchedPage, no request) says its meetings are listed. */
async function readStoredMeetingsUrl(
  prisma: PrismaClient,
  councilId: number,
  detailsUrl: string,
): Promise<string | null> {
  const stored = await prisma.fetchedPage.findUnique({
    where: { councilId_url: { councilId, url: detailsUrl } },
    select: { body: true },
  });
  if (!stored) return null;
  try {
    return parseCommitteeDetails(stored.body, detailsUrl).meetingsUrl;
  } catch {
    return null; // an unreadable copy: the default meetings URL serves
  }
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
