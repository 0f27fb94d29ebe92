// Read models for committees: the index of a council's committees and one committee's page (purpose, members
// with their roles, meetings grouped by year).
import type { PrismaClient } from "@/lib/db";
import { londonDate } from "@/lib/london-time";
import { committeePath, personPath } from "@/lib/urls";
import { meetingListSelect, toMeetingListItem, type MeetingListItem } from "./meetings";
import { safeExternalUrl } from "./safe-url";
import { roleRank } from "./text-helpers";

export interface CommitteeListItem {
  name: string;
  path: string;
  isActive: boolean;
  meetingCount: number;
}

export async function listCommittees(prisma: PrismaClient, councilSlug: string): Promise<CommitteeListItem[]> {
  const rows = await prisma.committee.findMany({
    where: { council: { slug: councilSlug } },
    orderBy: { name: "asc" },
    select: { externalId: true, name: true, isActive: true, _count: { select: { meetings: true } } },
  });
  return rows.map((c) => ({
    name: c.name,
    path: committeePath({ councilSlug, externalId: c.externalId, name: c.name }),
    isActive: c.isActive,
    meetingCount: c._count.meetings,
  }));
}

export interface CommitteeMemberView {
  name: string;
  path: string;
  role: string;
  party: string | null;
}

export interface CommitteePageData {
  council: { slug: string; name: string };
  /** ModernGov's CId */
  externalId: number;
  path: string;
  name: string;
  purpose: string | null;
  officialUrl: string | null;
  isActive: boolean;
  members: CommitteeMemberView[];
  /** Newest year first; within a year, newest meeting first. */
  meetingsByYear: { year: string; meetings: MeetingListItem[] }[];
}

export async function getCommitteePage(
  prisma: PrismaClient,
  councilSlug: string,
  externalId: number,
  now: Date,
): Promise<CommitteePageData | null> {
  const c = await prisma.committee.findFirst({
    where: { council: { slug: councilSlug }, externalId },
    select: {
      externalId: true,
      name: true,
      purpose: true,
      officialUrl: true,
      isActive: true,
      council: { select: { slug: true, name: true } },
      memberships: {
        select: { role: true, person: { select: { id: true, externalId: true, name: true, party: true } } },
      },
      meetings: { orderBy: [{ startsAt: "desc" }, { externalId: "desc" }], select: meetingListSelect },
    },
  });
  if (!c) return null;
  const members = c.memberships
    .map((m) => ({
      name: m.person.name,
      path: personPath({ councilSlug, ...m.person }),
      role: m.role,
      party: m.person.party,
    }))
    .sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name, "en-GB"));
  const meetingsByYear: CommitteePageData["meetingsByYear"] = [];
  for (const row of c.meetings) {
    const year = londonDate(row.startsAt).slice(0, 4);
    let group = meetingsByYear.at(-1);
    if (group?.year !== year) {
      group = { year, meetings: [] };
      meetingsByYear.push(group);
    }
    group.meetings.push(toMeetingListItem(row, now));
  }
  return {
    council: c.council,
    externalId: c.externalId,
    path: committeePath({ councilSlug, externalId: c.externalId, name: c.name }),
    name: c.name,
    purpose: c.purpose,
    officialUrl: safeExternalUrl(c.officialUrl),
    isActive: c.isActive,
    members,
    meetingsByYear,
  };
}
