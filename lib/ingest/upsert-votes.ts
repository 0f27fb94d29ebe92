// Recorded (named) votes on an agenda item: the meeting page's "Recorded Vote" table gives each vote's title and
// result; its "View Recorded Vote for this item" page (mgListRecordedVotesShort.aspx) gives who voted which way.
// An item's votes are replaced as a whole whenever its meeting page changes; a voter is tied to the Person with
// that UID, or, without one, the only person of the council whose name ends with the printed surname.
// Named votes written in the minutes text are stored apart (source "minutes"), tied to the meeting's attendees.
import type { PrismaClient } from "@/lib/db";
import type { RecordedVotePage } from "@/lib/moderngov/parse/types";
import { parseMinutesVotes } from "@/lib/moderngov/parse/parse-minutes-votes";
import type { RecordedVoteList } from "@/lib/moderngov/parse/parse-recorded-vote-list";
import { londonDate } from "@/lib/london-time";

export interface VoteToStore {
  title: string;
  result: string | null;
  casts: RecordedVotePage["votes"][number]["casts"];
}

export async function replaceItemVotes(
  prisma: PrismaClient,
  councilId: number,
  agendaItemId: number,
  votes: VoteToStore[],
): Promise<void> {
  const people = votes.some((v) => v.casts.length)
    ? await prisma.person.findMany({
        where: { councilId, externalId: { not: null } },
        select: { id: true, externalId: true, name: true },
      })
    : [];
  const byUid = new Map(people.map((p) => [p.externalId, p.id]));
  const bySurname = new Map<string, number[]>();
  for (const p of people) {
    const surname = p.name.trim().split(/\s+/).pop()!.toLowerCase();
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p.id]);
  }
  const personOf = (cast: { name: string; uid: number | null }): number | null => {
    if (cast.uid !== null) return byUid.get(cast.uid) ?? null;
    const matches = bySurname.get(cast.name.trim().split(/\s+/).pop()!.toLowerCase()) ?? [];
    return matches.length === 1 ? matches[0]! : null;
  };
  // The page's own votes replace any copy read from the voting record or the minutes.
  await storeVotes(
    prisma,
    agendaItemId,
    "page",
    votes.length > 0 ? ["page", "list", "minutes"] : ["page"],
    votes,
    personOf,
  );
}

type VoteSource = "page" | "list" | "minutes";

/**
 * Replaces an item's votes of the sources in `replaces` with `votes` (stored as `source`), in one transaction; a name
 * printed twice in one vote is kept once.
 */
async function storeVotes<C extends { name: string; choice: VoteToStore["casts"][number]["choice"] }>(
  prisma: PrismaClient,
  agendaItemId: number,
  source: VoteSource,
  replaces: VoteSource[],
  votes: { title: string; result: string | null; casts: C[] }[],
  personOf: (cast: C) => number | null,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.recordedVote.deleteMany({ where: { agendaItemId, source: { in: replaces } } });
    for (const [position, vote] of votes.entries()) {
      const names = new Set<string>();
      await tx.recordedVote.create({
        data: {
          agendaItemId,
          source,
          position,
          title: vote.title,
          result: vote.result,
          casts: {
            create: vote.casts
              .filter((c) => !names.has(c.name) && names.add(c.name))
              .map((c) => ({ name: c.name, choice: c.choice, personId: personOf(c) })),
          },
        },
      });
    }
  });
}

const NAME_TITLES = new Set([
  "councillor",
  "councillors",
  "cllr",
  "cllrs",
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "sir",
  "dame",
  "the",
  "rev",
  "mbe",
  "obe",
  "cbe",
  "jp",
]);
/** Offices, not names: kept as printed, never tied to a person. */
const OFFICES = /^(?:the\s+)?(?:(?:deputy|lord)\s+)?(?:mayor|chair(?:man)?|vice[- ]chair|leader)$/i;

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`]/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim()
    .split(" ")
    .filter((t) => t && !NAME_TITLES.has(t));
}

/**
 * The attendee a printed name ("Harker", "C. L. B. Hughes", "Mrs. Culley", "Graham Henson") stands for: the one
 * whose name ends with the printed words, or whose first names, in order, fit the first names or initials printed
 * before the surname; null when none or several fit.
 */
export function matchVoter(printed: string, attendees: readonly { id: number; name: string }[]): number | null {
  if (OFFICES.test(printed.trim())) return null;
  const tokens = nameTokens(printed);
  const surname = tokens.at(-1);
  if (!surname) return null;
  const given = tokens.slice(0, -1);
  const fits = attendees.filter((a) => {
    const theirs = nameTokens(a.name);
    if (theirs.at(-1) !== surname) return false;
    // "Goodwin Freeman" for "Matthew Goodwin-Freeman": the printed words end their name.
    if (tokens.every((t, i) => theirs[theirs.length - tokens.length + i] === t)) return true;
    // "L. Hughes" for "Lucy Hughes" (not "C. L. B. Hughes"): first names or initials, in order, from the first.
    const theirGiven = theirs.slice(0, -1);
    return (
      given.length > 0 &&
      given.every(
        (g, i) => theirGiven[i] !== undefined && (g.length === 1 ? theirGiven[i]!.startsWith(g) : theirGiven[i] === g),
      )
    );
  });
  return fits.length === 1 ? fits[0]!.id : null;
}

/**
 * Named votes written in the minutes of a meeting's items (lib/moderngov/parse/parse-minutes-votes.ts), stored as
 * the item's "minutes" votes; each name tied to the one attendee of the meeting it fits (lib/ingest/upsert-votes
 * matchVoter), or kept as printed when none or several fit. An item whose meeting page or the council's voting
 * record gives its recorded votes keeps those only (the minutes would repeat them). Returns how many votes were stored.
 */
export async function replaceMinutesVotes(prisma: PrismaClient, meetingId: number): Promise<number> {
  const [items, attendance] = await Promise.all([
    prisma.agendaItem.findMany({
      where: { meetingId },
      select: {
        id: true,
        minutesText: true,
        recordedVotes: { where: { source: { in: ["page", "list"] } }, select: { id: true }, take: 1 },
      },
    }),
    prisma.attendance.findMany({
      where: { meetingId, status: { in: ["present", "expected"] } },
      select: { person: { select: { id: true, name: true } } },
    }),
  ]);
  const attendees = attendance.map((a) => a.person);
  let stored = 0;
  for (const item of items) {
    const votes = item.recordedVotes.length > 0 ? [] : parseMinutesVotes(item.minutesText);
    const existing = await prisma.recordedVote.count({ where: { agendaItemId: item.id, source: "minutes" } });
    if (votes.length === 0 && existing === 0) continue;
    await storeVotes(prisma, item.id, "minutes", ["minutes"], votes, (c) => matchVoter(c.name, attendees));
    stored += votes.length;
  }
  return stored;
}

const normTitle = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The council's voting record (mgListRecordedVotes.aspx, lib/moderngov/parse/parse-recorded-vote-list.ts), stored
 * per item as source "list": each vote's meeting found by its MId, else by its date and the committee named in the
 * heading; its item by title. A voter is tied by UID, else to the one attendee their name fits. An item whose
 * meeting page gives its votes keeps those; the list replaces votes read from the minutes (the council's own
 * record of the same votes). Votes whose meeting or item we hold no record of are counted, not stored.
 */
export async function storeRecordedVoteList(
  prisma: PrismaClient,
  councilId: number,
  list: RecordedVoteList,
): Promise<{ stored: number; unplaced: number }> {
  const groups = new Map<string, RecordedVoteList["votes"]>();
  for (const vote of list.votes) {
    const key = JSON.stringify([vote.meetingId, vote.date, vote.meeting, vote.item]);
    groups.set(key, [...(groups.get(key) ?? []), vote]);
  }
  const people = await prisma.person.findMany({
    where: { councilId, externalId: { not: null } },
    select: { id: true, externalId: true },
  });
  const byUid = new Map(people.map((p) => [p.externalId, p.id]));
  let stored = 0;
  let unplaced = 0;
  for (const votes of groups.values()) {
    const first = votes[0]!;
    const meeting = await findListedMeeting(prisma, councilId, first);
    const items = meeting
      ? await prisma.agendaItem.findMany({
          where: { meetingId: meeting.id },
          select: {
            id: true,
            title: true,
            recordedVotes: { where: { source: "page" }, select: { id: true }, take: 1 },
          },
        })
      : [];
    const wanted = first.item ? normTitle(first.item) : "";
    const exact = items.filter((i) => normTitle(i.title) === wanted);
    const loose = exact.length
      ? exact
      : items.filter((i) => wanted && (normTitle(i.title).includes(wanted) || wanted.includes(normTitle(i.title))));
    const item = loose.length === 1 ? loose[0]! : null;
    if (!meeting || !item) {
      unplaced += votes.length;
      continue;
    }
    if (item.recordedVotes.length > 0) continue;
    const attendees = (
      await prisma.attendance.findMany({
        where: { meetingId: meeting.id, status: { in: ["present", "expected"] } },
        select: { person: { select: { id: true, name: true } } },
      })
    ).map((a) => a.person);
    await storeVotes(
      prisma,
      item.id,
      "list",
      ["list", "minutes"],
      votes,
      (c) => (c.uid !== null ? byUid.get(c.uid) : undefined) ?? matchVoter(c.name, attendees),
    );
    stored += votes.length;
  }
  return { stored, unplaced };
}

async function findListedMeeting(
  prisma: PrismaClient,
  councilId: number,
  vote: RecordedVoteList["votes"][number],
): Promise<{ id: number } | null> {
  if (vote.meetingId) {
    const byId = await prisma.meeting.findUnique({
      where: { councilId_externalId: { councilId, externalId: vote.meetingId } },
      select: { id: true },
    });
    if (byId) return byId;
  }
  if (!vote.date) return null;
  // The day in London, as a UTC range wide enough for either offset.
  const day = new Date(`${vote.date}T00:00:00Z`);
  const candidates = await prisma.meeting.findMany({
    where: {
      councilId,
      startsAt: { gte: new Date(day.getTime() - 3_600_000), lt: new Date(day.getTime() + 24 * 3_600_000) },
    },
    select: { id: true, startsAt: true, committee: { select: { name: true } } },
  });
  const heading = vote.meeting.toLowerCase();
  const named = candidates.filter(
    (m) => londonDate(m.startsAt) === vote.date && heading.includes(m.committee.name.toLowerCase()),
  );
  // "Council" is in "Council (Budget), Council, …" and in "Cabinet … Council": the longest committee name that fits.
  named.sort((a, b) => b.committee.name.length - a.committee.name.length);
  if (named.length === 0) return null;
  if (named.length > 1 && named[0]!.committee.name.length === named[1]!.committee.name.length) return null;
  return named[0]!;
}
