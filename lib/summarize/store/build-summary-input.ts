// Database rows → the engines' SummaryInput. The only place the summary engines' world meets Prisma's.
import type { PrismaClient } from "@/lib/db";
import { documentTableSchema, type DocumentTable, type SummaryInput } from "../types";

export async function buildSummaryInput(prisma: PrismaClient, meetingId: number, now: Date): Promise<SummaryInput> {
  const meeting = await prisma.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      committee: true,
      // Withdrawn items and papers (no longer on the council's page) are left out of summaries.
      agendaItems: {
        where: { withdrawnAt: null },
        orderBy: { position: "asc" },
        include: { documents: { where: { withdrawnAt: null }, select: { id: true } } },
      },
      documents: { where: { withdrawnAt: null }, orderBy: { id: "asc" } },
    },
  });
  return {
    meeting: {
      title: meeting.title,
      committeeName: meeting.committee.name,
      startsAt: meeting.startsAt.toISOString(),
      status: meeting.status,
      isSpecial: meeting.isSpecial,
      officialUrl: meeting.officialUrl,
      webcastUrl: meeting.webcastUrl,
    },
    items: meeting.agendaItems.map((item) => ({
      position: item.position,
      number: item.number,
      title: item.title,
      description: item.description,
      minutesText: item.minutesText,
      decisionText: item.decisionText,
      documentIds: item.documents.map((d) => d.id),
    })),
    documents: meeting.documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      url: doc.url,
      text: doc.text,
      pageCount: doc.pageCount,
      fetchError: doc.fetchError,
      isRestricted: doc.isRestricted,
      // Absent when there are none, so a document without tables fingerprints as it did before they existed.
      tables: readDocumentTables(doc.tables) ?? undefined,
    })),
    now: now.toISOString(),
  };
}

/** The stored tables, each checked (a malformed entry is dropped, never fatal); null when there are none. */
function readDocumentTables(value: unknown): DocumentTable[] | null {
  if (!Array.isArray(value)) return null;
  const tables = value.flatMap((t) => {
    const parsed = documentTableSchema.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
  return tables.length > 0 ? tables : null;
}
