// Read model for a person's page: who they are, their committees and roles, their attendance record and the
// decisions taken at meetings they were present at.
import type { PrismaClient } from "@/lib/db";
import { committeePath, personPath, type PersonKey } from "@/lib/urls";
import { meetingListSelect, toMeetingListItem, type MeetingListItem } from "./meetings";
import type { AttendanceStatusName } from "./meeting-page";
import { localImagePath, safeExternalUrl } from "./safe-url";
import { extractResolution, initialsOf, isGenericVoteTitle, roleRank, splitNameAndJob } from "./text-helpers";

export interface AttendanceRecord {
  present: number;
  apologies: number;
  absent: number;
  /** present ÷ (present + apologies + absent), rounded; null before any meeting has been recorded. */
  percentPresent: number | null;
}

export interface PersonDecision {
  meeting: MeetingListItem;
  itemNumber: string | null;
  itemTitle: string;
  /** link to the item on the meeting page */
  itemPath: string;
  decision: string;
}

export interface PersonPageData {
  council: { slug: string; name: string };
  path: string;
  /** the name alone; an officer's job title (written after a comma by the council) is in jobTitle */
  name: string;
  jobTitle: string | null;
  /** offices from the member's profile: "Leader of the Council and Portfolio Holder for Strategy" */
  posts: string[];
  party: string | null;
  ward: string | null;
  photoPath: string | null;
  initials: string;
  profileUrl: string | null;
  committees: { name: string; path: string; role: string; isActive: boolean }[];
  record: AttendanceRecord;
  meetings: { meeting: MeetingListItem; role: string | null; status: AttendanceStatusName }[];
  decisions: PersonDecision[];
  /** recorded (named) votes this person cast, newest first; empty when the council published none naming them */
  votes: {
    meeting: MeetingListItem;
    itemTitle: string;
    itemPath: string;
    voteTitle: string;
    result: string | null;
    choice: string;
  }[];
}

const MEETING_LIMIT = 200;
const DECISION_LIMIT = 50;

// Standing items whose RESOLVED line is housekeeping ("the minutes be taken as read and signed", "to note the
// declarations"), not a decision a reader would look for on a councillor's page.
const PROCEDURAL_ITEM =
  /^(minutes|declarations? of interests?|attendance by reserve members|apologies for absence|appointment of (vice-)?chair|public questions|petitions|deputations|any other urgent business)\b/i;

export async function getPersonPage(
  prisma: PrismaClient,
  councilSlug: string,
  key: PersonKey,
  now: Date,
): Promise<PersonPageData | null> {
  const person = await prisma.person.findFirst({
    // A UID names a councillor; a row id names only someone the council lists without one.
    where:
      "uid" in key
        ? { externalId: key.uid, council: { slug: councilSlug } }
        : { id: key.id, externalId: null, council: { slug: councilSlug } },
    select: {
      id: true,
      externalId: true,
      name: true,
      posts: true,
      party: true,
      ward: true,
      photoUrl: true,
      profileUrl: true,
      council: { select: { slug: true, name: true } },
      memberships: { select: { role: true, committee: { select: { externalId: true, name: true, isActive: true } } } },
    },
  });
  if (!person) return null;
  const id = person.id;
  const [counts, attendances, items, casts] = await Promise.all([
    prisma.attendance.groupBy({ by: ["status"], where: { personId: id }, _count: { _all: true } }),
    prisma.attendance.findMany({
      where: { personId: id },
      orderBy: { meeting: { startsAt: "desc" } },
      take: MEETING_LIMIT,
      select: { role: true, status: true, meeting: { select: meetingListSelect } },
    }),
    prisma.agendaItem.findMany({
      where: {
        meeting: { attendances: { some: { personId: id, status: "present" } } },
        OR: [{ decisionText: { not: null } }, { minutesText: { contains: "RESOLVED" } }],
      },
      orderBy: [{ meeting: { startsAt: "desc" } }, { position: "asc" }],
      take: DECISION_LIMIT * 3,
      select: {
        number: true,
        title: true,
        position: true,
        decisionText: true,
        minutesText: true,
        meeting: { select: meetingListSelect },
      },
    }),
    prisma.recordedVoteCast.findMany({
      where: { personId: id },
      orderBy: [{ vote: { agendaItem: { meeting: { startsAt: "desc" } } } }, { id: "asc" }],
      take: DECISION_LIMIT,
      select: {
        choice: true,
        vote: {
          select: {
            title: true,
            result: true,
            agendaItem: { select: { title: true, position: true, meeting: { select: meetingListSelect } } },
          },
        },
      },
    }),
  ]);
  const count = (status: AttendanceStatusName) => counts.find((c) => c.status === status)?._count._all ?? 0;
  const record = { present: count("present"), apologies: count("apologies"), absent: count("absent") };
  const recorded = record.present + record.apologies + record.absent;

  const decisions: PersonDecision[] = [];
  for (const item of items) {
    if (decisions.length >= DECISION_LIMIT) break;
    if (PROCEDURAL_ITEM.test(item.title)) continue;
    const decision = item.decisionText ?? extractResolution(item.minutesText);
    if (!decision) continue;
    const meeting = toMeetingListItem(item.meeting, now);
    decisions.push({
      meeting,
      itemNumber: item.number,
      itemTitle: item.title,
      itemPath: `${meeting.path}#item-${item.position}`,
      decision,
    });
  }

  return {
    council: person.council,
    path: personPath({ councilSlug, id: person.id, externalId: person.externalId, name: person.name }),
    ...splitNameAndJob(person.name),
    posts: person.posts,
    party: person.party,
    ward: person.ward,
    photoPath: localImagePath(person.photoUrl),
    initials: initialsOf(person.name),
    profileUrl: safeExternalUrl(person.profileUrl),
    committees: person.memberships
      .map((m) => ({
        name: m.committee.name,
        path: committeePath({ councilSlug, externalId: m.committee.externalId, name: m.committee.name }),
        role: m.role,
        isActive: m.committee.isActive,
      }))
      .sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name, "en-GB")),
    record: { ...record, percentPresent: recorded ? Math.round((record.present / recorded) * 100) : null },
    meetings: attendances.map((a) => ({ meeting: toMeetingListItem(a.meeting, now), role: a.role, status: a.status })),
    decisions,
    votes: casts.map((c) => {
      const meeting = toMeetingListItem(c.vote.agendaItem.meeting, now);
      return {
        meeting,
        itemTitle: c.vote.agendaItem.title,
        itemPath: `${meeting.path}#item-${c.vote.agendaItem.position}`,
        // "Recorded vote" names nothing: the item it was on does
        voteTitle: isGenericVoteTitle(c.vote.title) ? c.vote.agendaItem.title : c.vote.title,
        result: c.vote.result,
        choice: c.choice,
      };
    }),
  };
}
