// People, committee memberships and meeting attendance. A councillor is keyed by ModernGov's UID; officers and
// guests without one by their normalised name, so the same person is one row across meetings.
import type { PrismaClient } from "@/lib/db";
import type { AttendanceStatus } from "@/lib/generated/prisma/client";
import type { AttendanceRecord, CommitteeMember, MemberPage } from "@/lib/moderngov/parse/types";

export function personSourceKey(person: { personId: number | null; name: string }): string {
  if (person.personId) return `uid:${person.personId}`;
  return `name:${person.name.toLowerCase().replace(/\s+/g, " ").trim()}`;
}

export interface PersonFacts {
  personId: number | null;
  name: string;
  profileUrl?: string | null;
  party?: string | null;
  ward?: string | null;
  photoUrl?: string | null;
  /** Offices from the member's profile page; only a profile sets them (a committee list or attendance never does). */
  posts?: string[];
}

/** Creates or updates a person; facts that are missing (null/undefined) never overwrite known ones. */
export async function upsertPerson(prisma: PrismaClient, councilId: number, facts: PersonFacts): Promise<number> {
  const sourceKey = personSourceKey(facts);
  const known = Object.fromEntries(
    Object.entries({
      profileUrl: facts.profileUrl,
      party: facts.party,
      ward: facts.ward,
      photoUrl: facts.photoUrl,
      posts: facts.posts,
    }).filter(([, v]) => v !== null && v !== undefined),
  );
  const upsert = () =>
    prisma.person.upsert({
      where: { councilId_sourceKey: { councilId, sourceKey } },
      create: { councilId, sourceKey, externalId: facts.personId, name: facts.name, ...known },
      update: { name: facts.name, ...known },
    });
  // Two meetings imported at once may create the same person; the loser of that race simply updates.
  const row = await upsert().catch((error: unknown) => (isUniqueViolation(error) ? upsert() : Promise.reject(error)));
  return row.id;
}

export async function upsertMemberPage(prisma: PrismaClient, councilId: number, member: MemberPage): Promise<number> {
  return upsertPerson(prisma, councilId, member);
}

/**
 * The member-page parser's name in the page cache. Named anew when the parser learns to read more (v2: "Posts"),
 * so a profile that has not changed since an older parser read it is read again once: an upgrade fills the new
 * facts on the next run instead of waiting for the council to edit the page.
 */
export const MEMBER_PAGE_PARSER = "member-page-v2";

/** True when this profile must be read into the database: it changed, or the current parser has not read it yet. */
export function memberPageNeedsUpsert(profile: {
  changed: boolean;
  stored: { parsedBy: string | null } | null;
}): boolean {
  return profile.changed || !profile.stored?.parsedBy?.startsWith(`${MEMBER_PAGE_PARSER}@`);
}

export async function upsertMemberships(
  prisma: PrismaClient,
  councilId: number,
  committeeId: number,
  members: CommitteeMember[],
): Promise<void> {
  for (const member of members) {
    const personId = await upsertPerson(prisma, councilId, member);
    await prisma.committeeMembership.upsert({
      where: { committeeId_personId: { committeeId, personId } },
      create: { committeeId, personId, role: member.role },
      update: { role: member.role },
    });
  }
}

const STATUS: Record<AttendanceRecord["status"], AttendanceStatus | null> = {
  present: "present",
  apologies: "apologies",
  absent: "absent",
  expected: "expected",
  unknown: null,
};

export async function upsertAttendance(
  prisma: PrismaClient,
  councilId: number,
  meetingId: number,
  records: AttendanceRecord[],
): Promise<number> {
  let stored = 0;
  for (const record of records) {
    const status = STATUS[record.status];
    if (!status) continue;
    const personId = await upsertPerson(prisma, councilId, record);
    const role = record.asSubstitute && record.role ? `${record.role} (substitute)` : record.role;
    await prisma.attendance.upsert({
      where: { meetingId_personId: { meetingId, personId } },
      create: { meetingId, personId, role, status },
      update: { role, status },
    });
    stored++;
  }
  return stored;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
