// The JSON API's read models: a stable, documented shape (see openapi.ts), separate from the pages' DTOs so that
// page redesigns never break API clients. Dates are ISO 8601 instants; ids are the council's own (MId, CId),
// except documents, whose ids are ours because summaries cite them (content.sections[].bullets[].source.documentId).
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MEETING_DETAIL_SELECT, MEETING_FIELDS, MEETING_SUMMARY_FIELDS } from "@/lib/data/meeting-select";
import { toRecordedVoteView } from "@/lib/data/meeting-page";
import { safeExternalUrl } from "@/lib/data/safe-url";
import { londonDayEnd, londonDayStart, parseIsoDate } from "@/lib/search/london-day";
import { meetingPath, planningPath } from "@/lib/urls";
import { planningSlug } from "@/lib/urls";
import { planningApiPath } from "./api-planning";
import { absoluteUrl } from "../feed-paths";
import { getItemIssues, type ItemIssueView } from "@/lib/data/issues";
import type { ListMeetingsQuery } from "./api-params";

export const meetingApiPath = (councilSlug: string, externalId: number) =>
  `/api/v1/meetings/${councilSlug}/${externalId}`;

const listSelect = { ...MEETING_FIELDS, summary: { select: MEETING_SUMMARY_FIELDS } } satisfies Prisma.MeetingSelect;

type ListRow = Prisma.MeetingGetPayload<{ select: typeof listSelect }>;

function toApiMeeting(m: ListRow) {
  const path = meetingPath({
    councilSlug: m.council.slug,
    externalId: m.externalId,
    committeeName: m.committee.name,
    startsAt: m.startsAt,
  });
  return {
    id: m.externalId,
    council: m.council.slug,
    title: m.title,
    committee: { id: m.committee.externalId, name: m.committee.name },
    startsAt: m.startsAt.toISOString(),
    status: m.status,
    isSpecial: m.isSpecial,
    statusNote: m.statusNote,
    venue: m.venue,
    summary: m.summary && {
      kind: m.summary.kind,
      overview: m.summary.overview,
      engine: m.summary.engine,
      machineGenerated: m.summary.machineGenerated,
      generatedAt: m.summary.generatedAt.toISOString(),
    },
    links: {
      self: absoluteUrl(meetingApiPath(m.council.slug, m.externalId)),
      html: absoluteUrl(path),
      official: safeExternalUrl(m.officialUrl),
      webcast: safeExternalUrl(m.webcastUrl),
    },
  };
}

export type ApiMeeting = ReturnType<typeof toApiMeeting>;

export async function listApiMeetings(
  prisma: PrismaClient,
  query: ListMeetingsQuery,
): Promise<{ meetings: ApiMeeting[]; total: number }> {
  const from = query.from ? parseIsoDate(query.from) : null;
  const to = query.to ? parseIsoDate(query.to) : null;
  const where: Prisma.MeetingWhereInput = {
    council: { slug: query.council },
    ...(query.committee ? { committee: { externalId: query.committee } } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(from || to
      ? { startsAt: { ...(from ? { gte: londonDayStart(from) } : {}), ...(to ? { lt: londonDayEnd(to) } : {}) } }
      : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.meeting.findMany({
      where,
      orderBy: [{ startsAt: query.order }, { externalId: query.order }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: listSelect,
    }),
    prisma.meeting.count({ where }),
  ]);
  return { meetings: rows.map(toApiMeeting), total };
}

export async function getApiMeeting(prisma: PrismaClient, councilSlug: string, externalId: number) {
  const m = await prisma.meeting.findFirst({
    where: { council: { slug: councilSlug }, externalId },
    select: MEETING_DETAIL_SELECT,
  });
  if (!m) return null;
  const positionOf = new Map(m.agendaItems.map((i) => [i.id, i.position]));
  const withIssue = m.agendaItems.filter((i) => i.issueId !== null).map((i) => i.id);
  const issues = withIssue.length
    ? await getItemIssues(prisma, councilSlug, withIssue)
    : new Map<number, ItemIssueView>();
  const base = toApiMeeting(m);
  return {
    ...base,
    summary: m.summary && { ...base.summary!, content: m.summary.content },
    topics: m.topics.map((t) => t.topic),
    items: m.agendaItems.map((i) => ({
      position: i.position,
      number: i.number,
      title: i.title,
      description: i.description,
      minutesText: i.minutesText,
      decisionText: i.decisionText,
      isRestricted: i.isRestricted,
      topics: i.topics.map((t) => t.topic.slug),
      planningApplications: i.applicationRefs.map((reference) => ({
        reference,
        self: absoluteUrl(planningApiPath(m.council.slug, planningSlug(reference))),
        html: absoluteUrl(planningPath({ councilSlug: m.council.slug, slug: planningSlug(reference) })),
      })),
      // The council's issue (its IId): the same matter at other meetings, and its history page here.
      issue: issueOf(issues.get(i.id)),
      // Named votes where the council recorded them: { title, result, for, against, abstain, other } (names as printed).
      recordedVotes: i.recordedVotes.map(toRecordedVoteView),
    })),
    changes: m.documentChanges.map((c) => ({ kind: c.kind, at: c.at.toISOString(), title: c.title, pages: c.pages })),
    documents: m.documents.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      url: safeExternalUrl(d.url),
      isRestricted: d.isRestricted,
      sizeBytes: d.sizeBytes,
      pageCount: d.pageCount,
      itemPosition: d.agendaItemId === null ? null : (positionOf.get(d.agendaItemId) ?? null),
    })),
    attendance: m.attendances.map((a) => ({
      name: a.person.name,
      party: a.person.party,
      role: a.role,
      status: a.status,
    })),
  };
}

function issueOf(issue: ItemIssueView | undefined): { id: number; title: string; html: string } | null {
  return issue ? { id: issue.id, title: issue.title, html: absoluteUrl(issue.path) } : null;
}

export type ApiMeetingDetail = NonNullable<Awaited<ReturnType<typeof getApiMeeting>>>;
