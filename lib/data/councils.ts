// Read models for the council and its committees: small DTOs for pages, no Prisma types leak out.
import type { PrismaClient } from "@/lib/db";

export interface CommitteeSummary {
  id: number;
  externalId: number;
  name: string;
  meetingCount: number;
}

export interface CouncilOverview {
  slug: string;
  name: string;
  baseUrl: string;
  committees: CommitteeSummary[];
}

export async function getCouncilOverview(prisma: PrismaClient, slug: string): Promise<CouncilOverview | null> {
  const council = await prisma.council.findUnique({
    where: { slug },
    include: {
      committees: {
        where: { isActive: true },
        orderBy: { name: "asc" },
        include: { _count: { select: { meetings: true } } },
      },
    },
  });
  if (!council) return null;
  return {
    slug: council.slug,
    name: council.name,
    baseUrl: council.baseUrl,
    committees: council.committees.map((c) => ({
      id: c.id,
      externalId: c.externalId,
      name: c.name,
      meetingCount: c._count.meetings,
    })),
  };
}
