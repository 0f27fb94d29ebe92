// Writes one parsed meeting page into the database in place: the meeting row, its agenda items and its document
// links, keyed by the council's own ids. Nothing is deleted, so the site never shows a gap mid-import.
import type { PrismaClient } from "@/lib/db";
import type { MeetingStatus } from "@/lib/generated/prisma/client";
import type { MeetingDocument, MeetingPage } from "@/lib/moderngov/parse/types";
import { toDocumentKind } from "./document-kinds";
import { linkItemIssue } from "./upsert-issues";

export interface PageValidators {
  etag: string | null;
  lastModified: string | null;
  sha256: string;
}

export interface MeetingTarget {
  councilId: number;
  committeeId: number;
  /** From the listing, used when the page itself gives no start time. */
  listedStartsAt: string | null;
  /** The council's own host names; documents elsewhere are external (stored, shown, never fetched). */
  councilHosts: readonly string[];
}

/** Whether a document URL is on one of the council's hosts (default port): only those are ever fetched. */
export function isCouncilUrl(url: string, councilHosts: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return (
    councilHosts.includes(parsed.hostname.toLowerCase().replace(/\.$/, "")) &&
    !parsed.port &&
    !parsed.username &&
    !parsed.password
  );
}

export function documentSourceKey(doc: MeetingDocument, itemKey: string | null): string {
  return doc.url ?? `restricted:${itemKey ?? "meeting"}:${doc.title}`;
}

export function itemSourceKey(item: { agendaItemId: number | null; order: number }): string {
  return item.agendaItemId ? `AI:${item.agendaItemId}` : `pos:${item.order}`;
}

/** Past meetings without minutes are taken as held unless the council marked them otherwise. */
export function effectiveStatus(page: MeetingPage, startsAt: Date, now: Date): MeetingStatus {
  if (page.status === "scheduled" && startsAt.getTime() < now.getTime()) return "held";
  return page.status;
}

export async function upsertMeetingPage(
  prisma: PrismaClient,
  target: MeetingTarget,
  page: MeetingPage,
  validators: PageValidators,
  now: Date,
  asOf: Date = now,
): Promise<number> {
  const startsIso = page.startsAt ?? target.listedStartsAt ?? (page.date ? `${page.date}T00:00:00Z` : null);
  if (!startsIso) throw new Error(`No date on the meeting page or in the listing: ${page.url}`);
  const startsAt = new Date(startsIso);
  const data = {
    committeeId: target.committeeId,
    title: page.title,
    startsAt,
    status: effectiveStatus(page, startsAt, asOf),
    isSpecial: page.special,
    statusNote: page.markers.filter((m) => !/^\(?special\)?$/i.test(m)).join("; ") || null,
    venue: page.venue?.text ?? null,
    officialUrl: page.url,
    webcastUrl: page.webcastUrl,
    agendaId: page.documents.find((d) => d.agendaId)?.agendaId ?? null,
    missingSince: null,
    pageEtag: validators.etag,
    pageLastModified: validators.lastModified,
    pageHash: validators.sha256,
    fetchStatus: "fetched" as const,
    fetchError: null,
    lastFetchedAt: now,
  };
  const prior = await prisma.meeting.findUnique({
    where: { councilId_externalId: { councilId: target.councilId, externalId: page.meetingId } },
    select: { id: true, fetchStatus: true, documents: { select: { sourceKey: true } } },
  });
  const meeting = await prisma.meeting.upsert({
    where: { councilId_externalId: { councilId: target.councilId, externalId: page.meetingId } },
    create: { councilId: target.councilId, externalId: page.meetingId, ...data },
    update: data,
  });

  for (const doc of page.documents) await upsertDocumentLink(prisma, target, meeting.id, null, doc, null);
  let position = 0;
  for (const item of page.items) {
    if (item.isHeading) continue;
    position++;
    const sourceKey = itemSourceKey(item);
    const itemData = {
      number: item.number,
      position,
      title: item.title,
      description: item.description,
      minutesText: item.minutes,
      decisionText: item.decision,
      applicationRefs: item.applicationRefs,
      isRestricted: item.restricted,
      // Cut minutes stay marked until their full text (mgAi.aspx) is stored: completeItemMinutes.
      minutesIncomplete: item.minutesTruncated,
      // On the page: not withdrawn (again).
      withdrawnAt: null,
    };
    const row = await prisma.agendaItem.upsert({
      where: { meetingId_sourceKey: { meetingId: meeting.id, sourceKey } },
      create: { meetingId: meeting.id, sourceKey, ...itemData },
      update: itemData,
    });
    for (const doc of item.documents) await upsertDocumentLink(prisma, target, meeting.id, row.id, doc, sourceKey);
    await linkItemIssue(prisma, target.councilId, row.id, item);
  }
  await markWithdrawn(prisma, meeting.id, page, now);
  // Papers that appeared after the meeting's page was first read (an addendum, a supplement): "added" changes.
  if (prior && prior.fetchStatus === "fetched" && prior.documents.length > 0) {
    const known = new Set(prior.documents.map((d) => d.sourceKey));
    const added = await prisma.document.findMany({
      where: { meetingId: meeting.id, NOT: { sourceKey: { startsWith: "pack:" } } },
      select: { id: true, sourceKey: true, title: true },
    });
    const fresh = added.filter((d) => !known.has(d.sourceKey));
    if (fresh.length)
      await prisma.documentChange.createMany({
        data: fresh.map((d) => ({
          meetingId: meeting.id,
          documentId: d.id,
          kind: "added" as const,
          at: now,
          detectedAt: now,
          title: d.title,
        })),
      });
  }
  return meeting.id;
}

async function upsertDocumentLink(
  prisma: PrismaClient,
  target: MeetingTarget,
  meetingId: number,
  agendaItemId: number | null,
  doc: MeetingDocument,
  itemKey: string | null,
): Promise<void> {
  const { councilId } = target;
  const sourceKey = documentSourceKey(doc, itemKey);
  const isExternal = doc.url !== null && !isCouncilUrl(doc.url, target.councilHosts);
  const data = {
    agendaItemId,
    url: doc.url,
    title: doc.title,
    kind: toDocumentKind(doc.kind),
    isRestricted: doc.restricted,
    isExternal,
    // Back on the page: no longer withdrawn.
    withdrawnAt: null,
  };
  await prisma.document.upsert({
    where: { meetingId_sourceKey: { meetingId, sourceKey } },
    create: {
      councilId,
      meetingId,
      sourceKey,
      ...data,
      sizeBytes: doc.sizeBytes,
      fetchStatus: doc.restricted || !doc.url || isExternal ? "skipped" : "pending",
    },
    update: data,
  });
}

/**
 * Items and documents that are no longer on the meeting's page: withdrawn at `now` (kept, never deleted, shown as
 * "withdrawn on …", left out of summaries, search and the digest, never requested again). Items and documents on
 * the page were un-withdrawn by their upserts. PDFs found through a pack chooser follow their chooser.
 */
async function markWithdrawn(prisma: PrismaClient, meetingId: number, page: MeetingPage, now: Date): Promise<void> {
  const itemKeys = page.items.filter((i) => !i.isHeading).map(itemSourceKey);
  const docKeys = [
    ...page.documents.map((d) => documentSourceKey(d, null)),
    ...page.items
      .filter((i) => !i.isHeading)
      .flatMap((i) => i.documents.map((d) => documentSourceKey(d, itemSourceKey(i)))),
  ];
  await prisma.agendaItem.updateMany({
    where: { meetingId, withdrawnAt: null, sourceKey: { notIn: itemKeys } },
    data: { withdrawnAt: now },
  });
  const leaving = await prisma.document.findMany({
    where: { meetingId, withdrawnAt: null, sourceKey: { notIn: docKeys }, NOT: { sourceKey: { startsWith: "pack:" } } },
    select: { id: true, title: true },
  });
  if (leaving.length)
    await prisma.documentChange.createMany({
      data: leaving.map((d) => ({
        meetingId,
        documentId: d.id,
        kind: "withdrawn" as const,
        at: now,
        detectedAt: now,
        title: d.title,
      })),
    });
  await prisma.document.updateMany({
    where: { meetingId, withdrawnAt: null, sourceKey: { notIn: docKeys }, NOT: { sourceKey: { startsWith: "pack:" } } },
    data: { withdrawnAt: now },
  });
  const choosers = await prisma.document.findMany({
    where: { meetingId, url: { contains: "mgChooseDocPack.aspx", mode: "insensitive" } },
    select: { id: true, withdrawnAt: true },
  });
  for (const chooser of choosers) {
    await prisma.document.updateMany({
      where: {
        meetingId,
        sourceKey: { startsWith: `pack:${chooser.id}:` },
        withdrawnAt: chooser.withdrawnAt ? null : { not: null },
      },
      data: { withdrawnAt: chooser.withdrawnAt ? now : null },
    });
  }
}
