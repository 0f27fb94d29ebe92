// Fills a migrated database with a borough's worth of papers for the search benchmark: multi-row inserts over
// plain pg (Prisma's one-row-per-statement creates would make seeding 20,000 papers the slow part of the run).
import pg from "pg";
import { TOPICS } from "@/lib/summarize";
import { COMMITTEES, createRandom, writeItemTitle, writeOverview, writeReportText } from "./search-corpus";

export interface SeedOptions {
  documents: number;
  documentsPerMeeting: number;
  itemsPerMeeting: number;
  /** Text length range of each paper, in bytes. */
  minBytes: number;
  maxBytes: number;
  seed: number;
}

export interface SeedFigures {
  meetings: number;
  items: number;
  documents: number;
  textMegabytes: number;
}

const DAY = 24 * 60 * 60 * 1000;

async function insertRows(
  client: pg.Client,
  table: string,
  columns: string[],
  rows: unknown[][],
  returning = "returning id",
): Promise<number[]> {
  if (rows.length === 0) return [];
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(", ")})`);
  const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) values ${tuples.join(", ")} ${returning}`;
  const result = await client.query<{ id: number }>(sql, params);
  return result.rows.map((r) => r.id);
}

export async function seedSearchCorpus(url: string, options: SeedOptions): Promise<SeedFigures> {
  const random = createRandom(options.seed);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [councilId] = await insertRows(
      client,
      "Council",
      ["slug", "name", "baseUrl", "updatedAt"],
      [["harrow", "Harrow Council", "https://moderngov.harrow.gov.uk", new Date()]],
    );
    const committeeIds = await insertRows(
      client,
      "Committee",
      ["councilId", "externalId", "name", "updatedAt"],
      COMMITTEES.map((name, i) => [councilId, 200 + i, name, new Date()]),
    );
    const topicIds = await insertRows(
      client,
      "Topic",
      ["slug", "name", "description"],
      TOPICS.map((t) => [t.slug, t.name, t.description]),
    );
    const meetingCount = Math.ceil(options.documents / options.documentsPerMeeting);
    const start = Date.parse("2012-01-01T18:30:00Z");
    let items = 0;
    let documents = 0;
    let textBytes = 0;
    for (let m = 0; m < meetingCount; m++) {
      const committeeIndex = Math.floor(random() * COMMITTEES.length);
      const committee = COMMITTEES[committeeIndex]!;
      const startsAt = new Date(start + Math.floor((m / meetingCount) * 15 * 365) * DAY);
      const title = `${committee} - ${startsAt.toUTCString().slice(0, 16)} 6.30 pm`;
      const externalId = 10_000 + m;
      const [meetingId] = await insertRows(
        client,
        "Meeting",
        [
          "councilId",
          "committeeId",
          "externalId",
          "title",
          "startsAt",
          "status",
          "officialUrl",
          "fetchStatus",
          "updatedAt",
        ],
        [
          [
            councilId,
            committeeIds[committeeIndex],
            externalId,
            title,
            startsAt,
            random() < 0.03 ? "cancelled" : "held",
            `https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=${externalId}`,
            "fetched",
            new Date(),
          ],
        ],
      );
      const itemRows = Array.from({ length: options.itemsPerMeeting }, (_, i) => [
        meetingId,
        `pos:${i + 1}`,
        `${i + 1}.`,
        i + 1,
        writeItemTitle(random),
        writeReportText(random, 300),
        new Date(),
      ]);
      const itemIds = await insertRows(
        client,
        "AgendaItem",
        ["meetingId", "sourceKey", "number", "position", "title", "minutesText", "updatedAt"],
        itemRows,
      );
      items += itemIds.length;
      const docRows = Array.from(
        { length: Math.min(options.documentsPerMeeting, options.documents - documents) },
        (_, d) => {
          const bytes = options.minBytes + Math.floor(random() * (options.maxBytes - options.minBytes));
          const text = writeReportText(random, bytes);
          textBytes += text.length;
          const docUrl = `https://moderngov.harrow.gov.uk/documents/s${externalId}${d}/report.pdf`;
          const itemId = itemIds[d % itemIds.length];
          return [
            councilId,
            meetingId,
            itemId,
            docUrl,
            docUrl,
            `${itemRows[d % itemRows.length]![4]} - report ${d + 1}.pdf`,
            "item_report",
            text,
            "fetched",
            new Date(),
          ];
        },
      );
      documents += docRows.length;
      await insertRows(
        client,
        "Document",
        [
          "councilId",
          "meetingId",
          "agendaItemId",
          "sourceKey",
          "url",
          "title",
          "kind",
          "text",
          "fetchStatus",
          "updatedAt",
        ],
        docRows,
      );
      const overview = writeOverview(random, committee);
      await insertRows(
        client,
        "Summary",
        ["meetingId", "engine", "engineVersion", "inputHash", "kind", "content", "overview", "plainText", "updatedAt"],
        [
          [
            meetingId,
            "extractive",
            "bench",
            `bench-${m}`,
            "outcome",
            JSON.stringify({ kind: "outcome", overview }),
            overview,
            `${overview}\n\n${writeReportText(random, 1500)}`,
            new Date(),
          ],
        ],
      );
      const topicId = topicIds[Math.floor(random() * topicIds.length)];
      await insertRows(
        client,
        "MeetingTopic",
        ["meetingId", "topicId", "score", "evidence"],
        [[meetingId, topicId, 0.8, "[]"]],
        "",
      );
    }
    await client.query("analyze");
    return { meetings: meetingCount, items, documents, textMegabytes: textBytes / 1e6 };
  } finally {
    await client.end();
  }
}
