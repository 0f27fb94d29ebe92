// The database tells the website's page cache when content changes (prisma/migrations/*_content_change_notifications,
// lib/web/isr-cache-handler.mjs): real triggers, a real LISTEN connection, on the test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { ContentFreshness, listenForContentChanges } from "@/lib/web/isr-cache-handler.mjs";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, type HarrowSample } from "../factories";

const prisma = createTestPrisma();
const state = new ContentFreshness();
let listener: { stop(): Promise<void> };
let sample: HarrowSample;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  await resetDatabase(prisma);
  sample = await seedHarrowSample(prisma);
  listener = listenForContentChanges(testDatabaseUrl(), state);
  await until(() => state.listening, "the listener to connect");
});

afterAll(async () => {
  await listener?.stop();
  await prisma.$disconnect();
});

describe("content change notifications", () => {
  it("arrive for a committed change to what the site shows", async () => {
    const before = state.version;
    await prisma.meeting.update({ where: { id: sample.meetings.cancelled.meeting.id }, data: { title: "Cabinet - amended title" } });
    await until(() => state.version > before, "a notification");
    expect(state.version).toBe(before + 1);
  });

  it("do not arrive for updates that change nothing, or for subscribers; a transaction's rows arrive once per table", async () => {
    const before = state.version;
    const meeting = sample.meetings.cancelled.meeting;
    // Written as SQL: Prisma would also move updatedAt, which is a change.
    await prisma.$executeRaw`update "Meeting" set "title" = "title", "status" = "status" where "id" = ${meeting.id}`;
    await prisma.subscriber.create({ data: { email: "resident@example.org" } });
    // Then a real change, in one transaction over many rows of two tables. Notifications come in commit order on
    // one connection, so once this one is seen, any the earlier statements had sent would have been seen too.
    await prisma.$transaction([
      prisma.agendaItem.updateMany({ where: { meetingId: sample.meetings.ilacs.meeting.id }, data: { title: "Amended" } }),
      prisma.meeting.update({ where: { id: meeting.id }, data: { title: "Cabinet - amended again" } }),
    ]);
    await until(() => state.version > before, "a notification");
    await new Promise((r) => setTimeout(r, 300));
    // One transaction, two tables: PostgreSQL delivers each distinct (channel, payload) once per transaction.
    expect(state.version).toBe(before + 2);
  });

  it("do not arrive for a change rolled back", async () => {
    const before = state.version;
    await prisma
      .$transaction(async (tx) => {
        await tx.meeting.update({ where: { id: sample.meetings.cancelled.meeting.id }, data: { title: "Never committed" } });
        throw new Error("roll back");
      })
      .catch(() => {});
    await prisma.summary.updateMany({ where: { meetingId: sample.meetings.ilacs.meeting.id }, data: { engineVersion: "changed" } });
    await until(() => state.version > before, "a notification");
    await new Promise((r) => setTimeout(r, 300));
    expect(state.version).toBe(before + 1);
  });

  it("resume after the connection is lost, counting the gap as a change", async () => {
    const before = state.version;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'harrow-site-page-cache' and datname = current_database()`);
    } finally {
      await admin.end();
    }
    await until(() => !state.listening, "the listener to notice");
    await until(() => state.listening, "the listener to reconnect");
    expect(state.version).toBeGreaterThan(before);
    const reconnected = state.version;
    await prisma.meeting.update({ where: { id: sample.meetings.cancelled.meeting.id }, data: { title: "Cabinet - after reconnecting" } });
    await until(() => state.version > reconnected, "a notification after reconnecting");
  });
});
