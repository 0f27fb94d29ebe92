// Read models for the weekly-updates archive (/harrow/weekly): each published digest issue, as the email's
// bulletin without anything personal. Small DTOs; no Prisma types leak out.
import type { PrismaClient } from "@/lib/db";
import { digestContentSchema, type DigestKeyDecision, type DigestMeeting } from "@/lib/data/digest-content";
import { keyDecisionWindow, listKeyDecisionsForWeek } from "@/lib/data/issues";
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
  /** key decisions due in the 28 days from the Monday after the week reviewed, as the email listed them */
  keyDecisions: DigestKeyDecision[];
  /** the first and last day of those 28 days (ISO dates) */
  keyDecisionsFrom: string;
  keyDecisionsTo: string;
}

function pathOf(councilSlug: string, week: string): string {
  return `${weeklyPath(councilSlug)}/${week}`;
}

/** Newest first. */
export async function listWeeklyUpdates(
  prisma: PrismaClient,
  councilSlug: string,
  options: { limit?: number } = {},
): Promise<WeeklyUpdateListItem[]> {
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
export async function getWeeklyUpdate(
  prisma: PrismaClient,
  councilSlug: string,
  week: string,
): Promise<WeeklyUpdate | null> {
  const isoWeek = parseIsoWeek(week);
  if (!isoWeek) return null;
  const row = await prisma.digestIssue.findFirst({
    where: { week, council: { slug: councilSlug } },
    select: { week: true, headline: true, intro: true, meetingCount: true, publishedAt: true, content: true },
  });
  if (!row) return null;
  const parsed = digestContentSchema.safeParse(row.content);
  if (!parsed.success) return null;
  const content = parsed.data;
  // The list the email carried, stored with the issue; an issue stored before emails listed key decisions gets the
  // same list worked out from its ISO week (never the wall clock).
  const stored = typeof row.content === "object" && row.content !== null && "keyDecisions" in row.content;
  const keyDecisions = stored ? content.keyDecisions : await listKeyDecisionsForWeek(prisma, councilSlug, isoWeek);
  const window = keyDecisionWindow(isoWeek);
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
    keyDecisions,
    keyDecisionsFrom: window.from,
    keyDecisionsTo: lastDayBefore(window.until),
  };
}

function lastDayBefore(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
