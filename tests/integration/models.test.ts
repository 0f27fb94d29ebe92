// Every model written and read through the Prisma client, and the council-id unique keys that make
// re-imports update in place rather than duplicate.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestPrisma, resetDatabase } from "../helpers/db";

const prisma = createTestPrisma();

beforeEach(() => resetDatabase(prisma));
afterAll(() => prisma.$disconnect());

async function seedMeeting() {
  const council = await prisma.council.create({
    data: { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
  });
  const committee = await prisma.committee.create({
    data: { councilId: council.id, externalId: 788, name: "Corporate Parenting Panel" },
  });
  const meeting = await prisma.meeting.create({
    data: {
      councilId: council.id,
      committeeId: committee.id,
      externalId: 66101,
      title: "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
      startsAt: new Date("2025-10-23T17:00:00Z"),
      status: "held",
      venue: "The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU",
      officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=788&MId=66101&Ver=4",
      webcastUrl: "https://harrow.public-i.tv/core/portal/webcast_interactive/900001",
    },
  });
  return { council, committee, meeting };
}

describe("core data model", () => {
  it("stores a meeting with its items, documents, people, attendance and runs, and reads them back", async () => {
    const { council, committee, meeting } = await seedMeeting();
    const item = await prisma.agendaItem.create({
      data: {
        meetingId: meeting.id,
        sourceKey: "AI:12345",
        number: "7.",
        position: 7,
        title: "Children Missing from Care",
        minutesText: "RESOLVED: That the report be noted.",
        applicationRefs: [],
      },
    });
    await prisma.document.create({
      data: {
        councilId: council.id,
        meetingId: meeting.id,
        agendaItemId: item.id,
        sourceKey: "https://moderngov.harrow.gov.uk/documents/s200001/Children%20Missing%20from%20Care.pdf",
        url: "https://moderngov.harrow.gov.uk/documents/s200001/Children%20Missing%20from%20Care.pdf",
        title: "Children Missing from Care",
        kind: "item_report",
        sizeBytes: 245_000,
        pageCount: 6,
        contentHash: "ab".repeat(32),
        text: "Page one\fPage two",
        etag: '"abc"',
        lastModified: "Fri, 24 Oct 2025 09:00:00 GMT",
        fetchStatus: "fetched",
      },
    });
    const person = await prisma.person.create({
      data: {
        councilId: council.id,
        sourceKey: "uid:301",
        externalId: 301,
        name: "Councillor Jane Example",
        party: "Labour",
        ward: "Wealdstone North",
      },
    });
    await prisma.committeeMembership.create({
      data: { committeeId: committee.id, personId: person.id, role: "Chair" },
    });
    await prisma.attendance.create({
      data: { meetingId: meeting.id, personId: person.id, role: "Chair", status: "present" },
    });
    const run = await prisma.scrapeRun.create({
      data: {
        councilId: council.id,
        windowFrom: new Date("2025-10-01"),
        windowTo: new Date("2025-11-30"),
        counters: { pagesFetched: 3 },
      },
    });
    await prisma.scrapeError.create({
      data: { runId: run.id, meetingId: meeting.id, url: meeting.officialUrl, kind: "http", message: "HTTP 500" },
    });

    const loaded = await prisma.meeting.findUniqueOrThrow({
      where: { councilId_externalId: { councilId: council.id, externalId: 66101 } },
      include: {
        committee: { include: { memberships: { include: { person: true } } } },
        agendaItems: { include: { documents: true } },
        attendances: { include: { person: true } },
        scrapeErrors: { include: { run: true } },
      },
    });
    expect(loaded.committee.name).toBe("Corporate Parenting Panel");
    expect(loaded.committee.memberships[0]?.person.party).toBe("Labour");
    expect(loaded.agendaItems[0]?.documents[0]?.text?.split("\f")).toEqual(["Page one", "Page two"]);
    expect(loaded.attendances[0]).toMatchObject({
      status: "present",
      role: "Chair",
      person: { name: "Councillor Jane Example" },
    });
    expect(loaded.scrapeErrors[0]?.run.counters).toEqual({ pagesFetched: 3 });
    expect(loaded.startsAt.toISOString()).toBe("2025-10-23T17:00:00.000Z");
  });

  it("updates in place on re-import through the council's own ids", async () => {
    const { council, committee } = await seedMeeting();
    const key = { councilId_externalId: { councilId: council.id, externalId: 66101 } };
    const base = {
      councilId: council.id,
      committeeId: committee.id,
      externalId: 66101,
      startsAt: new Date("2025-10-23T17:00:00Z"),
      officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=788&MId=66101&Ver=4",
    };
    await prisma.meeting.upsert({ where: key, create: { ...base, title: "first" }, update: { title: "first" } });
    await prisma.meeting.upsert({
      where: key,
      create: { ...base, title: "second" },
      update: { title: "second", status: "cancelled" },
    });
    const meetings = await prisma.meeting.findMany();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ title: "second", status: "cancelled" });
  });

  it("refuses duplicates of every council-id key", async () => {
    const { council, committee, meeting } = await seedMeeting();
    await expect(prisma.council.create({ data: { slug: "harrow", name: "x", baseUrl: "x" } })).rejects.toThrow(
      /Unique constraint/,
    );
    await expect(
      prisma.committee.create({ data: { councilId: council.id, externalId: 788, name: "dup" } }),
    ).rejects.toThrow(/Unique constraint/);
    await expect(
      prisma.meeting.create({
        data: {
          councilId: council.id,
          committeeId: committee.id,
          externalId: 66101,
          title: "dup",
          startsAt: new Date(),
          officialUrl: "x",
        },
      }),
    ).rejects.toThrow(/Unique constraint/);
    const itemData = { meetingId: meeting.id, sourceKey: "pos:1", position: 1, title: "Apologies" };
    await prisma.agendaItem.create({ data: itemData });
    await expect(prisma.agendaItem.create({ data: itemData })).rejects.toThrow(/Unique constraint/);
    const docData = {
      councilId: council.id,
      meetingId: meeting.id,
      sourceKey: "https://example.test/a.pdf",
      url: "https://example.test/a.pdf",
      title: "A",
    };
    await prisma.document.create({ data: docData });
    await expect(prisma.document.create({ data: docData })).rejects.toThrow(/Unique constraint/);
    const personData = { councilId: council.id, sourceKey: "uid:1", name: "A" };
    const person = await prisma.person.create({ data: personData });
    await expect(prisma.person.create({ data: personData })).rejects.toThrow(/Unique constraint/);
    await prisma.attendance.create({ data: { meetingId: meeting.id, personId: person.id, status: "apologies" } });
    await expect(
      prisma.attendance.create({ data: { meetingId: meeting.id, personId: person.id, status: "present" } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});
