// `--meeting MId`: the meeting's own page, fetched directly (the stored address when we have one, else
// ieListDocuments.aspx?MId=), instead of walking every committee's listing to find it (71 requests for one
// meeting). The page names its committee; the committee row is created if this is the first we hear of it.
import type { PrismaClient } from "@/lib/db";
import { parseMeetingPage } from "@/lib/moderngov/parse/parse-meeting-page";
import { meetingFlagsSchema } from "@/lib/moderngov/parse/types-committee";
import type { PageFetch, PageParse, PageRole } from "./page-cache";
import type { RunRecorder } from "./run-record";
import type { MeetingTarget } from "./scrape-committee";

export interface DirectContext {
  councilId: number;
  /** the council's canonical ModernGov root, ending in "/" */
  root: string;
  page: (url: string, role: PageRole) => Promise<PageFetch>;
  parse: PageParse;
}

export async function findMeetingsDirectly(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: DirectContext,
  meetingIds: number[],
): Promise<MeetingTarget[]> {
  const targets: MeetingTarget[] = [];
  for (const meetingId of [...new Set(meetingIds)]) {
    const stored = await prisma.meeting.findUnique({
      where: { councilId_externalId: { councilId: ctx.councilId, externalId: meetingId } },
      select: { id: true, officialUrl: true, committee: { select: { externalId: true } } },
    });
    const url = stored?.officialUrl ?? new URL(`ieListDocuments.aspx?MId=${meetingId}`, ctx.root).toString();
    try {
      // The same request scrapeMeeting makes next: the run's page cache answers it without a second download.
      const parsed = await ctx.parse(await ctx.page(url, "required"), "meeting-page", parseMeetingPage);
      if (parsed.meetingId !== meetingId)
        throw new Error(`${url} is the page of meeting ${parsed.meetingId}, not ${meetingId}`);
      const committeeExternalId = parsed.committeeId ?? stored?.committee.externalId ?? null;
      if (committeeExternalId === null)
        throw new Error(`${url} does not say which committee meeting ${meetingId} belongs to`);
      const committee = await prisma.committee.upsert({
        where: { councilId_externalId: { councilId: ctx.councilId, externalId: committeeExternalId } },
        create: {
          councilId: ctx.councilId,
          externalId: committeeExternalId,
          name: parsed.committeeName ?? `Committee ${committeeExternalId}`,
          officialUrl: new URL(`mgCommitteeDetails.aspx?ID=${committeeExternalId}`, ctx.root).toString(),
        },
        update: {},
      });
      targets.push({
        entry: {
          ...meetingFlagsSchema.parse(parsed),
          meetingId,
          committeeId: committeeExternalId,
          url,
          title: parsed.title,
          date: parsed.date,
          startsAt: parsed.startsAt,
          published: [],
        },
        committeeId: committee.id,
        committeeName: committee.name,
      });
    } catch (error) {
      if (stored)
        await prisma.meeting.update({
          where: { id: stored.id },
          data: { fetchStatus: "failed", fetchError: error instanceof Error ? error.message : String(error) },
        });
      await run.pageFailed(url, error, "required", stored?.id ?? null);
    }
  }
  return targets;
}
