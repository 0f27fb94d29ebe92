// What the feeds read: the newest summaries and the meetings of a council, a committee or a topic. A scope is
// resolved from the URL first; anything malformed or unknown is null (a 404) before any feed query runs.
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCouncil } from "@/lib/councils";
import { safeExternalUrl } from "@/lib/data/safe-url";
import { committeePath, councilPath, meetingPath, parseIdSegment, topicPath } from "@/lib/urls";
import type { CalendarMeeting } from "./meetings-calendar";
import { CHANGES_QUERY, groupChanges } from "@/lib/data/meeting-changes";
import { meetingHeading } from "@/lib/data/meeting-heading";

export interface FeedScope {
  councilSlug: string;
  councilName: string;
  /** The page this feed mirrors. */
  pagePath: string;
  /** "Harrow Council", "Cabinet", "Housing" */
  label: string;
  committee: { id: number; externalId: number; name: string } | null;
  topic: { id: number; slug: string; name: string } | null;
}

const TOPIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function resolveFeedScope(
  prisma: PrismaClient,
  councilParam: string,
  by: { committeeSegment?: string; topicSlug?: string } = {},
): Promise<FeedScope | null> {
  const council = findCouncil(councilParam);
  if (!council) return null;
  const base = { councilSlug: council.slug, councilName: council.name, committee: null, topic: null };
  if (by.committeeSegment !== undefined) {
    const parsed = parseIdSegment(by.committeeSegment);
    if (!parsed) return null;
    const committee = await prisma.committee.findFirst({
      where: { council: { slug: council.slug }, externalId: parsed.id },
      select: { id: true, externalId: true, name: true },
    });
    if (!committee) return null;
    return {
      ...base,
      committee,
      label: committee.name,
      pagePath: committeePath({ councilSlug: council.slug, ...committee }),
    };
  }
  if (by.topicSlug !== undefined) {
    if (by.topicSlug.length > 100 || !TOPIC_SLUG.test(by.topicSlug)) return null;
    const topic = await prisma.topic.findUnique({
      where: { slug: by.topicSlug },
      select: { id: true, slug: true, name: true },
    });
    if (!topic) return null;
    return { ...base, topic, label: topic.name, pagePath: topicPath({ councilSlug: council.slug, slug: topic.slug }) };
  }
  return { ...base, label: council.name, pagePath: councilPath(council.slug) };
}

function meetingWhere(scope: FeedScope): Prisma.MeetingWhereInput {
  return {
    council: { slug: scope.councilSlug },
    ...(scope.committee ? { committeeId: scope.committee.id } : {}),
    ...(scope.topic
      ? {
          OR: [
            { topics: { some: { topicId: scope.topic.id } } },
            { agendaItems: { some: { topics: { some: { topicId: scope.topic.id } } } } },
          ],
        }
      : {}),
  };
}

export interface SummaryFeedEntry {
  meetingPath: string;
  meetingTitle: string;
  committeeName: string;
  kind: string;
  overview: string;
  generatedAt: Date;
  topics: string[];
}

export const FEED_LENGTH = 50;

/** The newest summaries, newest first. "empty" summaries (no papers yet) are not news and are left out. */
export async function listSummaryFeedEntries(prisma: PrismaClient, scope: FeedScope): Promise<SummaryFeedEntry[]> {
  const rows = await prisma.summary.findMany({
    where: { kind: { not: "empty" }, meeting: meetingWhere(scope) },
    orderBy: [{ generatedAt: "desc" }, { id: "desc" }],
    take: FEED_LENGTH,
    select: {
      kind: true,
      overview: true,
      generatedAt: true,
      meeting: {
        select: {
          externalId: true,
          title: true,
          startsAt: true,
          committee: { select: { name: true } },
          topics: { orderBy: { score: "desc" }, select: { topic: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    meetingPath: meetingPath({
      councilSlug: scope.councilSlug,
      externalId: r.meeting.externalId,
      committeeName: r.meeting.committee.name,
      startsAt: r.meeting.startsAt,
    }),
    meetingTitle: meetingHeading(r.meeting.title),
    committeeName: r.meeting.committee.name,
    kind: r.kind,
    overview: r.overview,
    generatedAt: r.generatedAt,
    topics: r.meeting.topics.map((t) => t.topic.name),
  }));
}

export interface ChangeFeedEntry {
  meetingPath: string;
  meetingTitle: string;
  committeeName: string;
  /** London date of the changes, "2026-11-27" */
  day: string;
  at: Date;
  /** "Addendum added; report '…' revised (page 1 changed)" */
  summary: string;
}

/**
 * Papers added, revised or withdrawn after publication (issue 15): one entry per meeting and day, newest first, so a
 * feed reader following a committee sees that a meeting's papers changed.
 */
export async function listChangeFeedEntries(prisma: PrismaClient, scope: FeedScope): Promise<ChangeFeedEntry[]> {
  const rows = await prisma.documentChange.findMany({
    where: { meeting: meetingWhere(scope) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: FEED_LENGTH * 4,
    select: {
      ...CHANGES_QUERY.select,
      meetingId: true,
      meeting: { select: { externalId: true, title: true, startsAt: true, committee: { select: { name: true } } } },
    },
  });
  const byMeeting = new Map<number, typeof rows>();
  for (const row of rows) byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
  const entries: ChangeFeedEntry[] = [];
  for (const group of byMeeting.values()) {
    const m = group[0]!.meeting;
    const path = meetingPath({
      councilSlug: scope.councilSlug,
      externalId: m.externalId,
      committeeName: m.committee.name,
      startsAt: m.startsAt,
    });
    for (const day of groupChanges([...group].reverse())) {
      entries.push({
        meetingPath: path,
        meetingTitle: meetingHeading(m.title),
        committeeName: m.committee.name,
        day: day.day,
        at: new Date(day.at),
        summary: day.summary,
      });
    }
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, FEED_LENGTH);
}

const DAY = 24 * 60 * 60 * 1000;
/** Calendars carry the past year (for context) and everything scheduled. */
export const CALENDAR_PAST_DAYS = 366;
export const CALENDAR_LIMIT = 2000;

const calendarSelect = {
  externalId: true,
  isSpecial: true,
  startsAt: true,
  status: true,
  statusNote: true,
  venue: true,
  officialUrl: true,
  updatedAt: true,
  committee: { select: { name: true } },
  summary: { select: { overview: true, kind: true, updatedAt: true } },
} satisfies Prisma.MeetingSelect;

export async function listCalendarMeetings(
  prisma: PrismaClient,
  scope: FeedScope,
  now: Date,
  toPageUrl: (path: string) => string,
): Promise<CalendarMeeting[]> {
  const rows = await prisma.meeting.findMany({
    where: { ...meetingWhere(scope), startsAt: { gte: new Date(now.getTime() - CALENDAR_PAST_DAYS * DAY) } },
    orderBy: [{ startsAt: "asc" }, { externalId: "asc" }],
    take: CALENDAR_LIMIT,
    select: calendarSelect,
  });
  return rows.map((m) => toCalendarMeeting(m, scope, toPageUrl));
}

/** One meeting of the scope's council by its MId, for its own "add to calendar" file; null when unknown. */
export async function findCalendarMeeting(
  prisma: PrismaClient,
  scope: FeedScope,
  externalId: number,
  toPageUrl: (path: string) => string,
): Promise<CalendarMeeting | null> {
  const row = await prisma.meeting.findFirst({
    where: { council: { slug: scope.councilSlug }, externalId },
    select: calendarSelect,
  });
  return row ? toCalendarMeeting(row, scope, toPageUrl) : null;
}

function toCalendarMeeting(
  m: Prisma.MeetingGetPayload<{ select: typeof calendarSelect }>,
  scope: FeedScope,
  toPageUrl: (path: string) => string,
): CalendarMeeting {
  const path = meetingPath({
    councilSlug: scope.councilSlug,
    externalId: m.externalId,
    committeeName: m.committee.name,
    startsAt: m.startsAt,
  });
  const summaryUpdated = m.summary?.updatedAt;
  return {
    externalId: m.externalId,
    committeeName: m.committee.name,
    isSpecial: m.isSpecial,
    startsAt: m.startsAt,
    status: m.status,
    statusNote: m.statusNote,
    venue: m.venue,
    pageUrl: toPageUrl(path),
    officialUrl: safeExternalUrl(m.officialUrl),
    overview: m.summary && m.summary.kind !== "empty" ? m.summary.overview : null,
    updatedAt: summaryUpdated && summaryUpdated > m.updatedAt ? summaryUpdated : m.updatedAt,
  };
}
