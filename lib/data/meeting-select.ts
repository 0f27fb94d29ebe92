// The one selection of a meeting's fields that the meeting page (meeting-page.ts) and the JSON API
// (lib/feeds/api/api-meetings.ts) read: a field added here reaches both, and neither can drift from the other.
import type { Prisma } from "@/lib/generated/prisma/client";
import { CHANGES_QUERY } from "./meeting-changes";

/** What every list and page shows of a meeting: the council's title, when, status, where, and its links. */
export const MEETING_FIELDS = {
  externalId: true,
  title: true,
  startsAt: true,
  status: true,
  isSpecial: true,
  statusNote: true,
  venue: true,
  officialUrl: true,
  webcastUrl: true,
  council: { select: { slug: true, name: true } },
  committee: { select: { externalId: true, name: true } },
} satisfies Prisma.MeetingSelect;

/** The stored summary's metadata; the detail selection adds its content. */
export const MEETING_SUMMARY_FIELDS = {
  kind: true,
  overview: true,
  engine: true,
  engineVersion: true,
  machineGenerated: true,
  generatedAt: true,
} satisfies Prisma.SummarySelect;

/** A meeting's agenda items with their topics, in order. */
export const MEETING_ITEMS_QUERY = {
  orderBy: { position: "asc" },
  select: {
    id: true,
    number: true,
    position: true,
    title: true,
    description: true,
    minutesText: true,
    minutesIncomplete: true,
    withdrawnAt: true,
    decisionText: true,
    isRestricted: true,
    applicationRefs: true,
    issueId: true,
    recordedVotes: {
      orderBy: [{ source: "desc" }, { position: "asc" }],
      select: {
        source: true,
        title: true,
        result: true,
        casts: { orderBy: { id: "asc" }, select: { name: true, choice: true } },
      },
    },
    topics: { orderBy: { score: "desc" }, select: { topic: { select: { slug: true, name: true } } } },
  },
} satisfies Prisma.Meeting$agendaItemsArgs;

/** A meeting's documents, in the order the council listed them. */
export const MEETING_DOCUMENTS_QUERY = {
  orderBy: { id: "asc" },
  select: {
    id: true,
    title: true,
    url: true,
    kind: true,
    isRestricted: true,
    isExternal: true,
    withdrawnAt: true,
    sizeBytes: true,
    pageCount: true,
    agendaItemId: true,
  },
} satisfies Prisma.Meeting$documentsArgs;

/** One meeting in full: the fields above, the summary with its content, items, documents, attendance and topics. */
export const MEETING_DETAIL_SELECT = {
  ...MEETING_FIELDS,
  summary: { select: { ...MEETING_SUMMARY_FIELDS, content: true } },
  agendaItems: MEETING_ITEMS_QUERY,
  documents: MEETING_DOCUMENTS_QUERY,
  attendances: {
    orderBy: { person: { name: "asc" } },
    select: {
      role: true,
      status: true,
      person: { select: { id: true, externalId: true, name: true, party: true, photoUrl: true, posts: true } },
    },
  },
  topics: { orderBy: { score: "desc" }, select: { topic: { select: { slug: true, name: true } } } },
  documentChanges: CHANGES_QUERY,
} satisfies Prisma.MeetingSelect;
