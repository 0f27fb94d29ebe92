// Reads the meetings of a date range into the plain records compose-digest.ts takes.
import type { PrismaClient } from "@/lib/db";
import type { DigestMeetingSource } from "./compose-digest";
import { CHANGES_QUERY, groupChanges } from "@/lib/data/meeting-changes";

export async function loadDigestMeetings(
  prisma: PrismaClient,
  councilId: number,
  from: Date,
  to: Date,
): Promise<DigestMeetingSource[]> {
  const rows = await prisma.meeting.findMany({
    // A meeting that vanished from the council's listing is left out until it reappears.
    where: { councilId, startsAt: { gte: from, lt: to }, missingSince: null },
    orderBy: [{ startsAt: "asc" }, { externalId: "asc" }],
    select: {
      id: true,
      externalId: true,
      title: true,
      startsAt: true,
      status: true,
      statusNote: true,
      officialUrl: true,
      committee: { select: { name: true, externalId: true } },
      summary: { select: { kind: true, overview: true, content: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      agendaItems: {
        where: { withdrawnAt: null },
        select: { title: true, issue: { select: { externalId: true } } },
        orderBy: { position: "asc" },
      },
      documents: {
        where: { isRestricted: false, url: { not: null }, withdrawnAt: null },
        select: { title: true, url: true, kind: true },
        orderBy: { id: "asc" },
      },
      documentChanges: CHANGES_QUERY,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    externalId: row.externalId,
    title: row.title,
    committee: row.committee,
    startsAt: row.startsAt,
    status: row.status,
    statusNote: row.statusNote,
    officialUrl: row.officialUrl,
    summary: row.summary,
    topics: row.topics.map((t) => t.topic.slug),
    itemTitles: row.agendaItems.map((i) => i.title),
    issues: row.agendaItems.flatMap((i) => (i.issue ? [i.issue.externalId] : [])),
    documents: row.documents,
    changes: groupChanges(row.documentChanges).map((d) => ({ at: new Date(d.at), summary: d.summary })),
  }));
}
