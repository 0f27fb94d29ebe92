// Read models for the weekly-updates archive (/harrow/weekly): each published digest issue, as the email's
// bulletin without anything personal. Small DTOs; no Prisma types leak out.
import type { PrismaClient } from "@/lib/db";
import { digestContentSchema, type DigestMeeting } from "@/lib/data/digest-content";
import { parseIsoWeek } from "@/lib/iso-week";
import { weeklyPath } from "@/lib/urls";

export interface WeeklyUpdateListItem {
  /** "2025-W43" */
  week: string;
  /** "20–26 October 2025" */
  weekLabel: string;
  headline: string;
  intro: string;
  meetingCount: number;
  /** ISO instant */
  publishedAt: string;
  /** /harrow/weekly/2025-W43 */
  path: string;
}

export interface WeeklyUpdate extends WeeklyUpdateListItem {
  councilName: string;
  nextWeekLabel: string;
  /** the week reviewed, in date order, cancelled meetings included */
  pastMeetings: DigestMeeting[];
  /** the week after */
  nextMeetings: DigestMeeting[];
}

function pathOf(councilSlug: string, week: string): string {
  return `${weeklyPath(councilSlug)}/${week}`;
}

/** Newest first. */
export async function listWeeklyUpdates(prisma: PrismaClient, councilSlug: string, options: { limit?: number } = {}): Promise<WeeklyUpdateListItem[]> {
  const rows = await prisma.digestIssue.findMany({
    where: { council: { slug: councilSlug } },
    orderBy: { week: "desc" },
    take: Math.min(Math.max(options.limit ?? 52, 1), 500),
    select: { week: true, headline: true, intro: true, meetingCount: true, publishedAt: true, content: true },
  });
  return rows.map((row) => {
    const parsed = digestContentSchema.safeParse(row.content);
    return {
      week: row.week,
      weekLabel: parsed.success ? parsed.data.weekLabel : row.week,
      headline: row.headline,
      intro: row.intro,
      meetingCount: row.meetingCount,
      publishedAt: row.publishedAt.toISOString(),
      path: pathOf(councilSlug, row.week),
    };
  });
}

/** One issue by its ISO week ("2025-W43"); null for a malformed week or one never published. */
export async function getWeeklyUpdate(prisma: PrismaClient, councilSlug: string, week: string): Promise<WeeklyUpdate | null> {
  if (!parseIsoWeek(week)) return null;
  const row = await prisma.digestIssue.findFirst({
    where: { week, council: { slug: councilSlug } },
    select: { week: true, headline: true, intro: true, meetingCount: true, publishedAt: true, content: true },
  });
  if (!row) return null;
  const parsed = digestContentSchema.safeParse(row.content);
  if (!parsed.success) return null;
  const content = parsed.data;
  return {
    week: row.week,
    weekLabel: content.weekLabel,
    headline: row.headline,
    intro: row.intro,
    meetingCount: row.meetingCount,
    publishedAt: row.publishedAt.toISOString(),
    path: pathOf(councilSlug, row.week),
    councilName: content.council.name,
    nextWeekLabel: content.nextWeekLabel,
    pastMeetings: content.meetings.filter((m) => m.period === "past"),
    nextMeetings: content.meetings.filter((m) => m.period === "next"),
  };
}
