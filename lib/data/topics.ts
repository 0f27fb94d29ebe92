// Read models for topics (the taxonomy lib/summarize tags meetings and agenda items with): the index with
// counts (topics with meetings only), and one topic's page listing what was tagged, each with the quotes that justify the tag.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { sourceRefSchema } from "@/lib/summarize/types";
import { topicPath } from "@/lib/urls";
import { meetingListSelect, toMeetingListItem, type MeetingListItem } from "./meetings";
import { safeExternalUrl } from "./safe-url";
import { toSourceLink, type SourceLink } from "./summary-view";

export interface TopicListItem {
  name: string;
  description: string;
  path: string;
  meetingCount: number;
}

export async function listTopics(prisma: PrismaClient, councilSlug: string): Promise<TopicListItem[]> {
  const rows = await prisma.topic.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { meetings: { where: { meeting: { council: { slug: councilSlug } } } } } },
    },
  });
  // A topic no meeting of this council has been tagged with is not listed: an index of empty pages helps nobody.
  return rows
    .filter((t) => t._count.meetings > 0)
    .map((t) => ({
      name: t.name,
      description: t.description,
      path: topicPath({ councilSlug, slug: t.slug }),
      meetingCount: t._count.meetings,
    }));
}

export interface EvidenceQuote {
  text: string;
  source: SourceLink | null;
}

export interface TopicPageData {
  slug: string;
  name: string;
  description: string;
  path: string;
  meetings: { meeting: MeetingListItem; evidence: EvidenceQuote[] }[];
  items: {
    meeting: MeetingListItem;
    itemNumber: string | null;
    itemTitle: string;
    itemPath: string;
    evidence: EvidenceQuote[];
  }[];
}

const evidenceSchema = z.array(z.object({ text: z.string().min(1), source: sourceRefSchema }));
const LIMIT = 100;
const QUOTES_PER_ENTRY = 3;

export async function getTopicPage(
  prisma: PrismaClient,
  councilSlug: string,
  slug: string,
  now: Date,
): Promise<TopicPageData | null> {
  const topic = await prisma.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!topic) return null;
  const [meetingTags, itemTags] = await Promise.all([
    prisma.meetingTopic.findMany({
      where: { topicId: topic.id, meeting: { council: { slug: councilSlug } } },
      orderBy: { meeting: { startsAt: "desc" } },
      take: LIMIT,
      select: { evidence: true, meeting: { select: { ...meetingListSelect, officialUrl: true } } },
    }),
    prisma.agendaItemTopic.findMany({
      where: { topicId: topic.id, agendaItem: { meeting: { council: { slug: councilSlug } } } },
      orderBy: [{ agendaItem: { meeting: { startsAt: "desc" } } }, { agendaItem: { position: "asc" } }],
      take: LIMIT,
      select: {
        evidence: true,
        agendaItem: {
          select: {
            number: true,
            title: true,
            position: true,
            meeting: { select: { ...meetingListSelect, officialUrl: true } },
          },
        },
      },
    }),
  ]);
  const parsed = [...meetingTags, ...itemTags].map((tag) => parseEvidence(tag.evidence));
  const documentIds = [
    ...new Set(parsed.flat().flatMap((e) => (e.source.documentId === null ? [] : [e.source.documentId]))),
  ];
  const documents = documentIds.length
    ? await prisma.document.findMany({
        where: { id: { in: documentIds } },
        select: { id: true, title: true, url: true },
      })
    : [];
  const byId = new Map(documents.map((d) => [d.id, d]));
  const quotes = (index: number, meetingUrl: string) =>
    (parsed[index] ?? []).map((e) => ({
      text: e.text,
      source: toSourceLink(e.source, byId, safeExternalUrl(meetingUrl)),
    }));

  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    path: topicPath({ councilSlug, slug: topic.slug }),
    meetings: meetingTags.map((tag, i) => ({
      meeting: toMeetingListItem(tag.meeting, now),
      evidence: quotes(i, tag.meeting.officialUrl),
    })),
    items: itemTags.map((tag, i) => {
      const meeting = toMeetingListItem(tag.agendaItem.meeting, now);
      return {
        meeting,
        itemNumber: tag.agendaItem.number,
        itemTitle: tag.agendaItem.title,
        itemPath: `${meeting.path}#item-${tag.agendaItem.position}`,
        evidence: quotes(meetingTags.length + i, tag.agendaItem.meeting.officialUrl),
      };
    }),
  };
}

/** Evidence is JSON written by the tagger; anything that does not match its schema shows no quotes. */
function parseEvidence(json: unknown) {
  const result = evidenceSchema.safeParse(json);
  return result.success ? result.data.slice(0, QUOTES_PER_ENTRY) : [];
}
