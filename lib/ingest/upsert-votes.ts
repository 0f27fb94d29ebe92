// Recorded (named) votes on an agenda item: the meeting page's "Recorded Vote" table gives each vote's title and
// result; its "View Recorded Vote for this item" page (mgListRecordedVotesShort.aspx) gives who voted which way.
// An item's votes are replaced as a whole whenever its meeting page changes; a voter is tied to the Person with
// that UID, or, without one, the only person of the council whose name ends with the printed surname.
import type { PrismaClient } from "@/lib/db";
import type { RecordedVotePage } from "@/lib/moderngov/parse/types";

export interface VoteToStore {
  title: string;
  result: string | null;
  casts: RecordedVotePage["votes"][number]["casts"];
}

export async function replaceItemVotes(prisma: PrismaClient, councilId: number, agendaItemId: number, votes: VoteToStore[]): Promise<void> {
  const people = votes.some((v) => v.casts.length)
    ? await prisma.person.findMany({ where: { councilId, externalId: { not: null } }, select: { id: true, externalId: true, name: true } })
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
  await prisma.$transaction(async (tx) => {
    await tx.recordedVote.deleteMany({ where: { agendaItemId } });
    for (const [position, vote] of votes.entries()) {
      const names = new Set<string>();
      await tx.recordedVote.create({
        data: {
          agendaItemId,
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
