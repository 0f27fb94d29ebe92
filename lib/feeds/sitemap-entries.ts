// Every page worth crawling, with when it last changed: the council's home, indexes, committees, topics, people,
// planning applications and meetings (a meeting changes when it is re-scraped or re-summarised). Search and API addresses are left out.
import type { PrismaClient } from "@/lib/db";
import { COUNCILS } from "@/lib/councils";
import {
  committeePath,
  committeesPath,
  councilPath,
  forwardPlanPath,
  issuePath,
  meetingPath,
  personPath,
  planningIndexPath,
  planningPath,
  topicPath,
  topicsPath,
  weeklyPath,
} from "@/lib/urls";

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
  changeFrequency?: "daily" | "weekly" | "monthly";
}

/** The sitemap protocol's limit for one file; past it, the site would need a sitemap index. */
export const SITEMAP_LIMIT = 50_000;

export async function listSitemapEntries(prisma: PrismaClient): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  for (const council of COUNCILS) {
    const slug = council.slug;
    const [committees, meetings, people, topics, applications, issues] = await Promise.all([
      prisma.committee.findMany({
        where: { council: { slug } },
        orderBy: { externalId: "asc" },
        select: { externalId: true, name: true, updatedAt: true },
      }),
      prisma.meeting.findMany({
        where: { council: { slug } },
        orderBy: { startsAt: "desc" },
        take: SITEMAP_LIMIT,
        select: {
          externalId: true,
          startsAt: true,
          updatedAt: true,
          committee: { select: { name: true } },
          summary: { select: { updatedAt: true } },
        },
      }),
      prisma.person.findMany({
        where: { council: { slug } },
        orderBy: { id: "asc" },
        select: { id: true, externalId: true, name: true, updatedAt: true },
      }),
      prisma.topic.findMany({
        where: { meetings: { some: { meeting: { council: { slug } } } } },
        orderBy: { slug: "asc" },
        select: { slug: true },
      }),
      prisma.planningApplication.findMany({
        where: { council: { slug } },
        orderBy: { reference: "asc" },
        select: { slug: true, updatedAt: true },
      }),
      // Issues with a page worth reading: those that came up at a meeting (plan-only ones are on the forward plan).
      prisma.issue.findMany({
        where: { council: { slug }, agendaItems: { some: {} } },
        orderBy: { externalId: "asc" },
        select: { externalId: true, title: true, updatedAt: true },
      }),
    ]);
    entries.push(
      { path: councilPath(slug), changeFrequency: "daily" },
      { path: committeesPath(slug), changeFrequency: "weekly" },
      { path: topicsPath(slug), changeFrequency: "weekly" },
      { path: weeklyPath(slug), changeFrequency: "weekly" },
      ...(applications.length ? [{ path: planningIndexPath(slug), changeFrequency: "weekly" as const }] : []),
      ...applications.map((a) => ({
        path: planningPath({ councilSlug: slug, slug: a.slug }),
        lastModified: a.updatedAt,
      })),
      { path: forwardPlanPath(slug), changeFrequency: "weekly" as const },
      ...committees.map((c) => ({ path: committeePath({ councilSlug: slug, ...c }), lastModified: c.updatedAt })),
      ...topics.map((t) => ({
        path: topicPath({ councilSlug: slug, slug: t.slug }),
        changeFrequency: "weekly" as const,
      })),
      ...issues.map((i) => ({
        path: issuePath({ councilSlug: slug, externalId: i.externalId, title: i.title }),
        lastModified: i.updatedAt,
      })),
      ...people.map((p) => ({ path: personPath({ councilSlug: slug, ...p }), lastModified: p.updatedAt })),
      ...meetings.map((m) => ({
        path: meetingPath({
          councilSlug: slug,
          externalId: m.externalId,
          committeeName: m.committee.name,
          startsAt: m.startsAt,
        }),
        lastModified: m.summary && m.summary.updatedAt > m.updatedAt ? m.summary.updatedAt : m.updatedAt,
      })),
    );
  }
  return entries.slice(0, SITEMAP_LIMIT);
}
