// A council-week issue is created once: composed from the meetings at that moment, stored, published, and never
// recomposed, so a restarted run sends exactly what the first one would have.
import type { PrismaClient } from "@/lib/db";
import { toJson } from "@/lib/db/json";
import { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError } from "@/lib/errors";
import { composeDigest } from "./compose-digest";
import { digestContentSchema, type DigestContent, type DigestKeyDecision } from "../data/digest-content";
import { listKeyDecisionsForWeek } from "@/lib/data/issues";
import { formatIsoWeek, shiftWeek, weekRange, type IsoWeek } from "../iso-week";
import { loadDigestMeetings } from "./load-digest-meetings";

export interface DigestIssueRecord {
  id: number;
  week: string;
  content: DigestContent;
  /** false when an earlier run had already created it */
  created: boolean;
}

export class DigestError extends ExpectedError {}

export async function findCouncil(prisma: PrismaClient, slug: string) {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!council) {
    throw new DigestError(
      `No council "${slug}" in the database yet. Import its meetings first (npm start, or npm run scrape).`,
    );
  }
  return council;
}

export function readIssueContent(issue: { id: number; content: unknown }): DigestContent {
  const parsed = digestContentSchema.safeParse(issue.content);
  if (!parsed.success)
    throw new DigestError(`Digest issue ${issue.id} has content this version cannot read: ${parsed.error.message}`);
  return parsed.data;
}

/** Composes the issue from the database without storing it (dry runs and the first step of ensureDigestIssue). */
export async function composeIssueFromDatabase(
  prisma: PrismaClient,
  councilSlug: string,
  week: IsoWeek,
): Promise<DigestContent | null> {
  const council = await findCouncil(prisma, councilSlug);
  const from = weekRange(week).start;
  const to = weekRange(shiftWeek(week, 1)).end;
  const meetings = await loadDigestMeetings(prisma, council.id, from, to);
  const keyDecisions = await loadDigestKeyDecisions(prisma, council.slug, week);
  return composeDigest({ council: { slug: council.slug, name: council.name }, week, meetings, keyDecisions });
}

/** Key decisions due in the 28 days the issue looks ahead over (lib/data/issues.ts: from the ISO week, never the clock). */
export async function loadDigestKeyDecisions(
  prisma: PrismaClient,
  councilSlug: string,
  week: IsoWeek,
): Promise<DigestKeyDecision[]> {
  return listKeyDecisionsForWeek(prisma, councilSlug, week);
}

/** The stored issue for the week, creating it if needed; null when the weeks have no meetings at all. */
export async function ensureDigestIssue(
  prisma: PrismaClient,
  councilSlug: string,
  week: IsoWeek,
): Promise<DigestIssueRecord | null> {
  const council = await findCouncil(prisma, councilSlug);
  const weekId = formatIsoWeek(week);
  const existing = await prisma.digestIssue.findUnique({
    where: { councilId_week: { councilId: council.id, week: weekId } },
  });
  if (existing) return { id: existing.id, week: weekId, content: readIssueContent(existing), created: false };
  const content = await composeIssueFromDatabase(prisma, councilSlug, week);
  if (!content) return null;
  try {
    const issue = await prisma.digestIssue.create({
      data: {
        councilId: council.id,
        week: weekId,
        headline: content.headline,
        intro: content.intro,
        content: toJson(content),
        meetingCount: content.meetings.length,
      },
    });
    return { id: issue.id, week: weekId, content, created: true };
  } catch (error) {
    // Two runs raced to create it: the unique (council, week) key let one through; use that one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.digestIssue.findUniqueOrThrow({
        where: { councilId_week: { councilId: council.id, week: weekId } },
      });
      return { id: winner.id, week: weekId, content: readIssueContent(winner), created: false };
    }
    throw error;
  }
}
