// The council's voting record (mgListRecordedVotes.aspx) read by a full scrape of a council configured as
// publishing one: each vote stored under its meeting's item, voters tied by UID, else by name among the
// attendees, else kept as printed; a vote whose meeting we hold no record of is left out; councils not so
// configured never request the page. And the named majority the snapshot's Planning Committee minutes record,
// stored by the same scrape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordedVoteListUrl } from "@/lib/ingest/scrape-issues";
import type { ReplayServer } from "@/lib/replay/server";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { HARROW, scrapeReplay, startHarrowReplay } from "../helpers/replay";
import { SNAPSHOT_WINDOW } from "@/lib/ingest/scrape-snapshot";

const prisma = createTestPrisma();
let replay: ReplayServer;
const CABINET_MID = 66392;

beforeAll(async () => {
  await resetDatabase(prisma);
  replay = await startHarrowReplay();
});

afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

/** A voting record page in ModernGov's layout (tests/fixtures/moderngov/issue-html/devon-recorded-votes-uid176.html). */
function votingRecord(
  meetings: {
    heading: string;
    mid: number | null;
    item: string;
    votes: { title: string; status: string; rows: [string, number | null, string][] }[];
  }[],
): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = meetings
    .map((m) => {
      const heading = m.mid
        ? `<a href="ieListDocuments.aspx?CId=249&amp;MId=${m.mid}">${esc(m.heading)}</a>`
        : esc(m.heading);
      const votes = m.votes
        .map(
          (v) =>
            `<h4>${esc(v.title)}:</h4><p><span class="mgLabel">Motion status:</span>${esc(v.status)}</p><table class="mgStatsTable"><tr><th>Councillor</th><th>Vote</th></tr>${v.rows
              .map(
                ([name, uid, vote]) =>
                  `<tr><td>${uid ? `<a href="mgUserInfo.aspx?UID=${uid}">${esc(name)}</a>` : esc(name)}</td><td>${vote}</td></tr>`,
              )
              .join("")}</table>`,
        )
        .join("\n");
      return `<h2 class="mgSubTitleTxt">${heading}</h2>\n<h3 class="mgSubItemTitleTxt">Item: ${esc(m.item)}</h3>\n${votes}`;
    })
    .join("\n");
  return `<!DOCTYPE html><html lang="en"><head><title>Voting record</title></head><body><div id="modgov"><h1 class="mgMainTitleTxt">Voting record</h1><div class="mgContent">${body}</div></div></body></html>`;
}

describe("the council's voting record in a scrape", () => {
  it("is not requested for a council not configured as publishing one", async () => {
    const start = replay.requests.length;
    await scrapeReplay(prisma, replay, {}, { committeeIds: [249] });
    expect(replay.requests.slice(start).filter((r) => r.url.includes("mgListRecordedVotes.aspx"))).toEqual([]);
    expect(await prisma.recordedVote.count({ where: { source: "list" } })).toBe(0);
  });

  it("stores each vote under its item, voters tied by UID or by name among the attendees", async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { externalId: CABINET_MID },
      select: {
        id: true,
        agendaItems: { orderBy: { position: "desc" }, select: { id: true, title: true } },
        attendances: {
          where: { status: "present" },
          select: { person: { select: { id: true, name: true, externalId: true } } },
        },
      },
    });
    const item = meeting.agendaItems.find((i) => i.title.length > 20)!;
    const [byUid, byName] = meeting.attendances.map((a) => a.person);
    expect(byUid?.externalId).toBeTruthy();
    const page = votingRecord([
      {
        heading: "Cabinet, Thursday, 19th November, 2026 6.30 pm",
        mid: CABINET_MID,
        item: item.title,
        votes: [
          {
            title: "Recommendation as amended",
            status: "Carried",
            rows: [
              [byUid!.name, byUid!.externalId, "For"],
              [byName!.name.replace(/^Councillor\s+/, ""), null, "Against"],
              ["Councillor Nobody Known", null, "Abstain"],
            ],
          },
        ],
      },
      // A meeting outside our records: counted, not stored.
      {
        heading: "Council, Thursday, 20th February, 2025 7.30 pm",
        mid: null,
        item: "Revenue Budget",
        votes: [{ title: "Budget", status: "Carried", rows: [["Someone", null, "For"]] }],
      },
    ]);
    replay.override(recordedVoteListUrl(HARROW.baseUrl.replace(/\/*$/, "/"), SNAPSHOT_WINDOW), {
      body: page,
      contentType: "text/html; charset=utf-8",
    });
    const start = replay.requests.length;
    const result = await scrapeReplay(
      prisma,
      replay,
      {},
      { committeeIds: [249], council: { ...HARROW, recordedVoteList: true } },
    );
    expect(result.status).toBe("succeeded");
    expect(
      replay.requests
        .slice(start)
        .filter((r) => r.url.includes("mgListRecordedVotes.aspx"))
        .map((r) => r.url),
    ).toEqual(["/mgListRecordedVotes.aspx?UID=0&DR=01%2F01%2F2025-31%2F12%2F2027"]);
    const votes = await prisma.recordedVote.findMany({
      where: { source: "list" },
      select: {
        agendaItemId: true,
        title: true,
        result: true,
        casts: { orderBy: { id: "asc" }, select: { name: true, choice: true, personId: true } },
      },
    });
    expect(votes).toEqual([
      {
        agendaItemId: item.id,
        title: "Recommendation as amended",
        result: "Carried",
        casts: [
          { name: byUid!.name.replace(/^Councillor\s+/, ""), choice: "for", personId: byUid!.id },
          { name: byName!.name.replace(/^Councillor\s+/, ""), choice: "against", personId: byName!.id },
          { name: "Nobody Known", choice: "abstain", personId: null },
        ],
      },
    ]);
  });

  it("stores the named majority a planning committee's minutes record, tied to that meeting's attendees", async () => {
    await scrapeReplay(prisma, replay, {}, { committeeIds: [1001] });
    const votes = await prisma.recordedVote.findMany({
      where: { source: "minutes", agendaItem: { meeting: { externalId: 66395 } } },
      select: {
        title: true,
        casts: { orderBy: { id: "asc" }, select: { name: true, choice: true, person: { select: { name: true } } } },
      },
    });
    expect(votes).toHaveLength(1);
    expect(votes[0]!.title).toBe("Decision to grant the application");
    expect(votes[0]!.casts.map((c) => [c.name, c.choice])).toEqual([
      ["Okonkwo", "for"],
      ["Thakrar", "for"],
      ["Ainsley", "for"],
      ["Cartwright", "for"],
      ["Raval", "for"],
      ["Kulkarni", "against"],
      ["Gallagher", "against"],
    ]);
    // Each surname is that of one councillor at the meeting.
    for (const cast of votes[0]!.casts) expect(cast.person?.name.split(" ").at(-1), cast.name).toBe(cast.name);
  });
});
