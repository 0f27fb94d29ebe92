// Seeds a benchmark database with 10,000 realistic meetings: the Harrow snapshot scraped and summarised, then
// each of its meetings cloned (items, documents without their text, attendance, summary, topics) under new ids.
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { createHttpClient } from "@/lib/moderngov/http/http-client";
import { startReplayServer } from "@/lib/replay/server";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import { SNAPSHOT_DIR, SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { findCouncil } from "@/lib/councils";

const CLONE_OFFSET = 1_000_000; // clone g of MId m gets MId m + g * CLONE_OFFSET

export async function seedTenThousandMeetings(databaseUrl: string, target = 10_000): Promise<number> {
  const prisma = createPrismaClient(databaseUrl);
  const replay = await startReplayServer({ dir: SNAPSHOT_DIR });
  try {
    const council = findCouncil("harrow")!;
    await scrapeCouncil(prisma, createHttpClient({ minIntervalMs: 0 }), {
      council,
      fetchBaseUrl: replay.baseUrl,
      window: SNAPSHOT_WINDOW,
    });
    await summarizeMeetings(prisma);
  } finally {
    await replay.close();
    await prisma.$disconnect();
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const originals = Number((await client.query(`select count(*) from "Meeting"`)).rows[0].count);
    const copies = Math.ceil((target - originals) / originals);
    const clone = `join "Meeting" om on om.id = x."meetingId" join "Meeting" nm on nm."externalId" % ${CLONE_OFFSET} = om."externalId" and nm."externalId" >= ${CLONE_OFFSET}`;
    await client.query(`
      insert into "Meeting" ("councilId","committeeId","externalId",title,"startsAt",status,"isSpecial","statusNote",venue,"officialUrl","webcastUrl","agendaId","fetchStatus","updatedAt")
      select m."councilId", m."committeeId", m."externalId" + g * ${CLONE_OFFSET}, m.title, m."startsAt" - make_interval(days => g * 7), m.status,
             m."isSpecial", m."statusNote", m.venue, m."officialUrl", m."webcastUrl", m."agendaId", m."fetchStatus", now()
      from "Meeting" m cross join generate_series(1, ${copies}) g where m."externalId" < ${CLONE_OFFSET}`);
    await client.query(`
      insert into "AgendaItem" ("meetingId","sourceKey",number,position,title,description,"minutesText","decisionText","applicationRefs","isRestricted","updatedAt")
      select nm.id, x."sourceKey", x.number, x.position, x.title, x.description, x."minutesText", x."decisionText", x."applicationRefs", x."isRestricted", now()
      from "AgendaItem" x ${clone}`);
    await client.query(`
      insert into "Document" ("councilId","meetingId","sourceKey",url,title,kind,"isRestricted","sizeBytes","pageCount","contentHash","fetchStatus","updatedAt")
      select x."councilId", nm.id, x."sourceKey", x.url, x.title, x.kind, x."isRestricted", x."sizeBytes", x."pageCount", x."contentHash", x."fetchStatus", now()
      from "Document" x ${clone}`);
    await client.query(`
      insert into "Attendance" ("meetingId","personId",role,status,"updatedAt")
      select nm.id, x."personId", x.role, x.status, now() from "Attendance" x ${clone}`);
    await client.query(`
      insert into "Summary" ("meetingId",engine,"engineVersion","inputHash",kind,content,overview,"plainText","machineGenerated","updatedAt")
      select nm.id, x.engine, x."engineVersion", x."inputHash", x.kind, x.content, x.overview, x."plainText", true, now()
      from "Summary" x ${clone}`);
    await client.query(`
      insert into "MeetingTopic" ("meetingId","topicId",score,evidence)
      select nm.id, x."topicId", x.score, x.evidence from "MeetingTopic" x ${clone}`);
    await client.query("analyze");
    return Number((await client.query(`select count(*) from "Meeting"`)).rows[0].count);
  } finally {
    await client.end();
  }
}
