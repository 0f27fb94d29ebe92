// The database tells the website's page cache when content changes (prisma/migrations/*_content_change_notifications,
// lib/web/isr-cache-handler.mjs): real triggers, a real LISTEN connection, on the test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import {
  ContentFreshness,
  HEARTBEAT_CHANNEL,
  LISTENER_APPLICATION_NAME,
  listenForContentChanges,
} from "@/lib/web/isr-cache-handler.mjs";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, type HarrowSample } from "../../kit/factories";
import { waitUntil } from "../../kit/wait";

const prisma = createTestPrisma();
/** Remembers which tables' changes arrived, apart from version bumps a reconnection may add. */
class RecordingFreshness extends ContentFreshness {
  changes: string[] = [];
  override changed(table?: string): void {
    this.changes.push(table ?? "");
    super.changed(table);
  }
}
const state = new RecordingFreshness();
let listener: ReturnType<typeof listenForContentChanges>;
let sample: HarrowSample;

/** Waits for what the listener will see, with no count of tries (kit/wait.ts): the test's stop ends a hang. */
const until = (condition: () => boolean, what: string): Promise<void> =>
  waitUntil(condition, () => `${what} (listening: ${state.listening}, changes: ${state.changes.join(", ")})`, 50);

beforeAll(async () => {
  await resetDatabase(prisma);
  sample = await seedHarrowSample(prisma);
  listener = listenForContentChanges(testDatabaseUrl(), state, { heartbeatMs: 500 });
  await until(() => state.listening, "the listener to connect");
});

afterAll(async () => {
  await listener?.stop();
  await prisma.$disconnect();
});

describe("content change notifications", () => {
  it("arrive for a committed change to what the site shows", async () => {
    state.changes = [];
    await prisma.meeting.update({
      where: { id: sample.meetings.cancelled.meeting.id },
      data: { title: "Cabinet - amended title" },
    });
    await until(() => state.changes.length > 0, "a notification");
    expect(state.changes).toEqual(["Meeting"]);
  });

  it("do not arrive for updates that change nothing, or for subscribers; a transaction's rows arrive once per table", async () => {
    state.changes = [];
    const meeting = sample.meetings.cancelled.meeting;
    // Written as SQL: Prisma would also move updatedAt, which is a change.
    await prisma.$executeRaw`update "Meeting" set "title" = "title", "status" = "status" where "id" = ${meeting.id}`;
    await prisma.subscriber.create({ data: { email: "resident@example.org" } });
    // Then a real change, in one transaction over many rows of two tables. Notifications come in commit order on
    // one connection, so once this one is seen, any the earlier statements had sent would have been seen too.
    await prisma.$transaction([
      prisma.agendaItem.updateMany({
        where: { meetingId: sample.meetings.ilacs.meeting.id },
        data: { title: "Amended" },
      }),
      prisma.meeting.update({ where: { id: meeting.id }, data: { title: "Cabinet - amended again" } }),
    ]);
    await until(() => state.changes.length >= 2, "two notifications");
    await new Promise((r) => setTimeout(r, 300));
    // PostgreSQL delivers each distinct (channel, payload) once per transaction.
    expect([...state.changes].sort()).toEqual(["AgendaItem", "Meeting"]);
  });

  it("do not arrive for a change rolled back", async () => {
    state.changes = [];
    await prisma
      .$transaction(async (tx) => {
        await tx.meeting.update({
          where: { id: sample.meetings.cancelled.meeting.id },
          data: { title: "Never committed" },
        });
        throw new Error("roll back");
      })
      .catch(() => {});
    await prisma.summary.updateMany({
      where: { meetingId: sample.meetings.ilacs.meeting.id },
      data: { engineVersion: "changed" },
    });
    await until(() => state.changes.length > 0, "a notification");
    await new Promise((r) => setTimeout(r, 300));
    expect(state.changes).toEqual(["Summary"]);
  });

  it("resume after the connection is lost, counting the gap as a change", async () => {
    const before = state.version;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()`,
        [LISTENER_APPLICATION_NAME],
      );
    } finally {
      await admin.end();
    }
    await until(() => !state.listening, "the listener to notice");
    await until(() => state.listening, "the listener to reconnect");
    expect(state.version).toBeGreaterThan(before);
    const reconnected = state.version;
    await prisma.meeting.update({
      where: { id: sample.meetings.cancelled.meeting.id },
      data: { title: "Cabinet - after reconnecting" },
    });
    await until(() => state.version > reconnected, "a notification after reconnecting");
  });

  it("stop counting as listening when the connection is up but delivers nothing, and recover", async () => {
    // What a pooler in transaction mode does: LISTEN is accepted, notifications never come. Simulated by dropping
    // the heartbeat subscription on the live connection.
    const before = state.version;
    await listener.connection()!.query(`UNLISTEN ${HEARTBEAT_CHANNEL}`);
    await until(() => !state.listening, "the listener to notice its heartbeats stopped");
    await until(() => state.listening, "a new connection whose heartbeats come back");
    expect(state.version).toBeGreaterThan(before);
  });

  it("cover every table except the ones that are not content: a new table must choose", async () => {
    // Not shown on the site, or only through tables that are: no page needs refreshing when these change.
    const notContent = [
      "Delivery",
      "FetchedPage",
      "JobRun",
      "ProblemReport",
      "RateLimit",
      "ScrapeError",
      "ScrapeRun",
      // Derived from summaries (whose own changes notify) and read only by search, which no cache holds.
      "SearchWord",
      "Subscriber",
      "_prisma_migrations",
    ];
    const tables = await prisma.$queryRaw<{ table: string; triggers: number }[]>`
      select c.relname as "table", count(t.tgname)::int as "triggers"
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_trigger t on t.tgrelid = c.oid and not t.tgisinternal and t.tgname like '%\_content\_%'
      where c.relkind = 'r'
      group by c.relname
      order by c.relname`;
    const content = tables.filter((t) => !notContent.includes(t.table));
    expect(content.length).toBeGreaterThan(10);
    for (const { table, triggers } of content)
      expect(triggers, `${table}: add it to the content_change_notifications loop, or to notContent here`).toBe(3);
    for (const { table, triggers } of tables.filter((t) => notContent.includes(t.table)))
      expect(triggers, table).toBe(0);
  });
});
