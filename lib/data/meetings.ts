// Meeting listings (home, committee and people pages): one small DTO per meeting, with the canonical path and a
// one-line summary, so that every list links and reads the same way.
import { leadingLine, overviewOutcome } from "@/lib/summarize/overview-outcome";
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingPath } from "@/lib/urls";
import { meetingHeading } from "./meeting-heading";

export type MeetingStatusName = "scheduled" | "held" | "cancelled" | "postponed";

export interface MeetingListItem {
  path: string;
  title: string;
  committeeName: string;
  /** ISO instant */
  startsAt: string;
  status: MeetingStatusName;
  /** starts after the moment the page was rendered */
  isUpcoming: boolean;
  /** The first sentence of the summary's overview; null when there is no summary yet. */
  oneLine: string | null;
}

export const meetingListSelect = {
  externalId: true,
  title: true,
  startsAt: true,
  status: true,
  council: { select: { slug: true } },
  committee: { select: { name: true } },
  summary: { select: { overview: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingListRow = Prisma.MeetingGetPayload<{ select: typeof meetingListSelect }>;

export function toMeetingListItem(row: MeetingListRow, now: Date): MeetingListItem {
  return {
    path: meetingPath({
      councilSlug: row.council.slug,
      externalId: row.externalId,
      committeeName: row.committee.name,
      startsAt: row.startsAt,
    }),
    title: meetingHeading(row.title),
    committeeName: row.committee.name,
    startsAt: row.startsAt.toISOString(),
    status: row.status,
    isUpcoming: row.startsAt.getTime() > now.getTime(),
    oneLine: row.summary ? oneLineOf(row.summary.overview) : null,
  };
}

const MAX_ONE_LINE = 280;

/** A listing's line for a meeting: the outcome its overview leads with ("Granted 2 applications…"), or its key point when it only noted papers, else its first sentence. */
export function oneLineOf(overview: string): string | null {
  const found = overviewOutcome(overview);
  if (found) {
    const { text } = leadingLine(found);
    // An outcome that ends on a shortened title ("approved Homes for Harrow… and Treasury Management…") takes no full stop after it.
    const body = text.slice(1).replace(/\.$/, "");
    return firstSentence(`${text.charAt(0).toUpperCase()}${body}${/[…!?]$/.test(body) ? "" : "."}`);
  }
  return firstSentence(overview);
}

/**
 * The first sentence of an overview, for listings. Splits at a full stop followed by a capital, skipping the
 * abbreviations minutes use ("Cllr.", "No.", "e.g."), and cuts over-long sentences at a word boundary.
 */
export function firstSentence(text: string): string | null {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  const boundary = /(?<!\b(?:Cllr|Mr|Mrs|Ms|Dr|No|St|e\.g|i\.e|approx|Nos))[.!?](?=\s+["'“‘(]?[A-Z0-9])/g;
  const match = boundary.exec(clean);
  const sentence = match ? clean.slice(0, match.index + 1) : clean;
  if (sentence.length <= MAX_ONE_LINE) return sentence;
  const cut = sentence.slice(0, MAX_ONE_LINE);
  return cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : MAX_ONE_LINE).replace(/[,;:]$/, "") + "…";
}

/** Meetings from now until `days` ahead, soonest first (cancelled ones included, shown as such). */
export async function listUpcomingMeetings(
  prisma: PrismaClient,
  councilSlug: string,
  now: Date,
  days: number,
): Promise<MeetingListItem[]> {
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  const rows = await prisma.meeting.findMany({
    where: { council: { slug: councilSlug }, startsAt: { gte: now, lte: until } },
    orderBy: [{ startsAt: "asc" }, { externalId: "asc" }],
    select: meetingListSelect,
    take: 50,
  });
  return rows.map((row) => toMeetingListItem(row, now));
}

/** The latest meetings that have started, newest first. */
export async function listRecentMeetings(
  prisma: PrismaClient,
  councilSlug: string,
  now: Date,
  limit: number,
): Promise<MeetingListItem[]> {
  const rows = await prisma.meeting.findMany({
    where: { council: { slug: councilSlug }, startsAt: { lt: now } },
    orderBy: [{ startsAt: "desc" }, { externalId: "desc" }],
    select: meetingListSelect,
    take: limit,
  });
  return rows.map((row) => toMeetingListItem(row, now));
}
