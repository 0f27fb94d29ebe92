// Named votes written in minutes text, stored per item and per councillor: names tied to the meeting's attendees
// (a councillor of the council who was not there is never guessed), the rest kept as printed; a meeting page's own
// recorded votes win over the minutes' copy of them; a re-read replaces, never duplicates.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchVoter, replaceItemVotes, replaceMinutesVotes, storeRecordedVoteList } from "@/lib/ingest/upsert-votes";
import { getPersonPage } from "@/lib/data/people";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { createCommittee, createCouncil, createMeeting, createPerson } from "../../kit/factories";

const prisma = createTestPrisma();
const minutes = fs.readFileSync(path.join("tests/fixtures/moderngov/minutes-votes/harrow-style-budget.txt"), "utf8");
let meetingId: number;
let budgetItemId: number;
const people: Record<string, { id: number }> = {};

beforeAll(async () => {
  await resetDatabase(prisma);
  const council = await createCouncil(prisma);
  const committee = await createCommittee(prisma, council, { externalId: 288, name: "Council" });
  const names = [
    "Paul Osborn",
    "Graham Henson",
    "June Baxter",
    "Matthew Goodwin-Freeman",
    "Sasi Suresh",
    "Krishna Suresh",
    "Hitesh Karia",
    "Peymana Assad",
  ];
  for (const [i, name] of names.entries())
    people[name] = await createPerson(prisma, council, { name: `Councillor ${name}`, uid: 2000 + i });
  const attended = [
    "Paul Osborn",
    "Graham Henson",
    "June Baxter",
    "Matthew Goodwin-Freeman",
    "Sasi Suresh",
    "Krishna Suresh",
  ];
  const meeting = await createMeeting(prisma, council, committee, {
    externalId: 70001,
    startsAt: new Date("2026-02-26T18:30:00Z"),
    items: [
      { title: "Declarations of Interest", minutesText: "RESOLVED: To note that no interests were declared." },
      { title: "Revenue Budget 2026/27", minutesText: minutes },
    ],
    attendance: [
      ...attended.map((name) => ({ person: people[name]!, status: "present" as const })),
      // Sent apologies: the minutes name Peymana Assad, but an absent member is not who they mean.
      { person: people["Peymana Assad"]!, status: "apologies" as const },
    ],
  });
  meetingId = meeting.meeting.id;
  budgetItemId = (await prisma.agendaItem.findFirstOrThrow({ where: { meetingId, title: "Revenue Budget 2026/27" } }))
    .id;
});

afterAll(() => prisma.$disconnect());

async function storedVotes() {
  return prisma.recordedVote.findMany({
    where: { agendaItemId: budgetItemId },
    orderBy: [{ source: "asc" }, { position: "asc" }],
    select: {
      source: true,
      title: true,
      result: true,
      casts: { orderBy: { id: "asc" }, select: { name: true, choice: true, personId: true } },
    },
  });
}

describe("named votes from minutes text", () => {
  it("stores each vote of the item, each name tied to the one attendee it fits or kept as printed", async () => {
    expect(await replaceMinutesVotes(prisma, meetingId)).toBe(2);
    const votes = await storedVotes();
    expect(votes.map((v) => [v.source, v.title, v.result])).toEqual([
      ["minutes", "Amendment", "Lost"],
      ["minutes", "Substantive motion", "Carried"],
    ]);
    const amendment = votes[0]!.casts;
    expect(amendment).toEqual([
      { name: "Graham Henson", choice: "for", personId: people["Graham Henson"]!.id },
      { name: "Sasi Suresh", choice: "for", personId: people["Sasi Suresh"]!.id }, // not Krishna Suresh, also there
      { name: "Peymana Assad", choice: "for", personId: null }, // listed with apologies: not guessed
      { name: "Paul Osborn", choice: "against", personId: people["Paul Osborn"]!.id },
      { name: "Hitesh Karia", choice: "against", personId: null }, // a councillor, but not an attendee
      { name: "June Baxter", choice: "against", personId: people["June Baxter"]!.id },
      { name: "Matthew Goodwin-Freeman", choice: "against", personId: people["Matthew Goodwin-Freeman"]!.id },
      { name: "Jean Lammiman", choice: "abstain", personId: null }, // no such person: kept as text
    ]);
    expect(await prisma.recordedVote.count({ where: { agendaItem: { title: "Declarations of Interest" } } })).toBe(0);
  });

  it("shows them on the councillor's page", async () => {
    const page = await getPersonPage(prisma, "harrow", { uid: 2001 }, new Date("2026-03-01T12:00:00Z"));
    expect(page?.votes.map((v) => [v.itemTitle, v.voteTitle, v.result, v.choice])).toEqual([
      ["Revenue Budget 2026/27", "Amendment", "Lost", "for"],
      ["Revenue Budget 2026/27", "Substantive motion", "Carried", "against"],
    ]);
  });

  it("replaces them when read again, and drops them when the minutes no longer name a vote", async () => {
    await replaceMinutesVotes(prisma, meetingId);
    expect((await storedVotes()).length).toBe(2);
    await prisma.agendaItem.update({
      where: { id: budgetItemId },
      data: { minutesText: "RESOLVED: That the revenue budget for 2026/27 be approved." },
    });
    expect(await replaceMinutesVotes(prisma, meetingId)).toBe(0);
    expect(await storedVotes()).toEqual([]);
    await prisma.agendaItem.update({ where: { id: budgetItemId }, data: { minutesText: minutes } });
  });

  it("gives way to the council's voting record, found by the meeting's date and committee", async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
    await replaceMinutesVotes(prisma, meetingId);
    const list = {
      votes: [
        {
          meeting: "Council, Thursday, 26th February, 2026 6.30 pm",
          date: "2026-02-26",
          meetingId: null,
          item: "Revenue Budget 2026/27",
          title: "Substantive motion",
          result: "Carried",
          casts: [
            { name: "Paul Osborn", uid: null, choice: "for" as const, label: "For" },
            { name: "Hitesh Karia", uid: 2006, choice: "for" as const, label: "For" }, // tied by UID, attendee or not
          ],
        },
        {
          meeting: "Council, Thursday, 26th February, 2026 6.30 pm",
          date: "2026-02-26",
          meetingId: null,
          item: "No such item",
          title: "Motion",
          result: null,
          casts: [],
        },
      ],
    };
    expect(await storeRecordedVoteList(prisma, council.id, list)).toEqual({ stored: 1, unplaced: 1 });
    expect((await storedVotes()).map((v) => [v.source, v.title, v.casts.map((c) => c.personId)])).toEqual([
      ["list", "Substantive motion", [people["Paul Osborn"]!.id, people["Hitesh Karia"]!.id]],
    ]);
    // Read again, the minutes do not add their copy of the same votes.
    await replaceMinutesVotes(prisma, meetingId);
    expect((await storedVotes()).map((v) => v.source)).toEqual(["list"]);
  });

  it("keeps only the meeting page's votes where the page gives them", async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
    await replaceMinutesVotes(prisma, meetingId);
    await replaceItemVotes(prisma, council.id, budgetItemId, [
      { title: "Budget", result: "Carried", casts: [{ name: "Paul Osborn", uid: 2000, choice: "for", label: "For" }] },
    ]);
    await replaceMinutesVotes(prisma, meetingId);
    expect((await storedVotes()).map((v) => [v.source, v.title])).toEqual([["page", "Budget"]]);
  });
});

describe("matching a printed name to an attendee", () => {
  const attendees = [
    { id: 1, name: "Councillor C. L. B. Hughes" },
    { id: 2, name: "Councillor Lucy Hughes" },
    { id: 3, name: "Councillor Mrs Doreen Culley" },
    { id: 4, name: "Councillor Matthew Goodwin-Freeman" },
  ];
  it("uses the surname, then first names or initials to tell two apart", () => {
    expect(matchVoter("Mrs. Culley", attendees)).toBe(3);
    expect(matchVoter("L. Hughes", attendees)).toBe(2);
    expect(matchVoter("C. L. B. Hughes", attendees)).toBe(1);
    expect(matchVoter("Hughes", attendees)).toBeNull(); // two fit
    expect(matchVoter("Goodwin Freeman", attendees)).toBe(4);
    expect(matchVoter("The Mayor", attendees)).toBeNull();
    expect(matchVoter("Smith", attendees)).toBeNull();
  });
});
