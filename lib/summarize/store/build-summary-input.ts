// Database rows → the engines' SummaryInput. The only place the summary engines' world meets Prisma's.
import type { PrismaClient } from "@/lib/db";
import type { SummaryInput } from "../types";

export async function buildSummaryInput(prisma: PrismaClient, meetingId: number, now: Date): Promise<SummaryInput> {
  const meeting = await prisma.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      committee: true,
      // Withdrawn items and papers (no longer on the council's page) are left out of summaries.
      agendaItems: { where: { withdrawnAt: null }, orderBy: { position: "asc" }, include: { documents: { where: { withdrawnAt: null }, select: { id: true } } } },
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
    })),
    now: now.toISOString(),
  };
}
