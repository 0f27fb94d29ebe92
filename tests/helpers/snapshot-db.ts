// The snapshot database states, made once per run as template databases, whichever test file asks first (the others
// wait on the same lock), then copied for each file that asks (tests/helpers/db.ts):
//   snapshot-scraped     the migrated template + the bundled Harrow snapshot scraped from its replay server
//   snapshot-summarised  snapshot-scraped + every meeting summarised as of SNAPSHOT_NOW
import pg from "pg";
import { SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { MIGRATED_TEMPLATE } from "../setup/run-databases";
import { adminQuery, runDatabaseName, runDatabaseUrl, withRunLock, type DatabaseState } from "./run-db";
import { scrapeReplay, startHarrowReplay } from "./replay";

type SnapshotState = Exclude<DatabaseState, typeof MIGRATED_TEMPLATE>;

const STATES: Record<SnapshotState, { from: DatabaseState; fill: (prisma: PrismaClient) => Promise<void> }> = {
  "snapshot-scraped": {
    from: MIGRATED_TEMPLATE,
    fill: async (prisma) => {
      const replay = await startHarrowReplay();
      try {
        const result = await scrapeReplay(prisma, replay);
        // "partial" is the snapshot's own verdict (some optional pages are missing from it: tests/integration/scrape.test.ts).
        if (result.status === "failed") throw new Error(`the snapshot scrape failed: ${result.failureReason}`);
      } finally {
        await replay.close();
      }
    },
  },
  "snapshot-summarised": {
    from: "snapshot-scraped",
    fill: async (prisma) => {
      const tally = await summarizeMeetings(prisma, { now: SNAPSHOT_NOW });
      if (tally.failed > 0) throw new Error(`summarising the snapshot: ${tally.failed} failed`);
    },
  },
};

/** The name of the template database holding that state, made now if no file of the run has made it yet. */
export async function snapshotTemplate(state: SnapshotState): Promise<string> {
  const name = runDatabaseName(state);
  if (await exists(name)) return name;
  const { from, fill } = STATES[state];
  const source = from === MIGRATED_TEMPLATE ? runDatabaseName(from) : await snapshotTemplate(from);
  await withRunLock(state, async () => {
    if (await exists(name)) return;
    // Made under another name and renamed when complete, so a half-made state is never copied.
    const building = `${name}_building`;
    await adminQuery(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`);
    await adminQuery(`create database ${pg.escapeIdentifier(building)} template ${pg.escapeIdentifier(source)}`);
    const prisma = createPrismaClient(runDatabaseUrl(building), { max: 5 });
    try {
      await fill(prisma);
    } finally {
      await prisma.$disconnect();
    }
    // A template must have no sessions: cut off any the clients left behind.
    await adminQuery(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [building],
    );
    await adminQuery(`alter database ${pg.escapeIdentifier(building)} rename to ${pg.escapeIdentifier(name)}`);
  });
  return name;
}

async function exists(name: string): Promise<boolean> {
  return (await adminQuery("select 1 from pg_database where datname = $1", [name])).length > 0;
}
