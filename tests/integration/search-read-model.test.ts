// Full-text search against a real PostgreSQL: the bundled Harrow snapshot scraped and summarised, plus a few
// meetings written for the purpose (a made-up word, "quokka", so that only they match), to check what a reader
// notices: ranking by where the words were found, filters, phrases, exclusions, OR, pages, and that no input,
// however hostile, breaks the search or the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchCouncil, type SearchHit, type SearchOutcome } from "@/lib/data/search";
import { PAGE_SIZE, parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { searchSql } from "@/lib/search/search-sql";
import { addSummary, createCommittee, createMeeting, sampleSummary, tagItem, tagMeeting } from "../../kit/factories";
import { createTestPrisma, startFromSnapshot } from "../helpers/db";

// The snapshot scraped and summarised as of its own day, `now` (tests/helpers/snapshot-db.ts).
startFromSnapshot("summarised");
const prisma = createTestPrisma();
const now = new Date("2026-11-26T12:00:00Z");

async function search(raw: RawSearchParams): Promise<SearchOutcome> {
  return searchCouncil(prisma, "harrow", parseSearchParams(raw).params, now);
}

async function hits(raw: RawSearchParams): Promise<SearchHit[]> {
  const outcome = await search(raw);
  if (outcome.status !== "ok") throw new Error(`search ${JSON.stringify(raw)} gave ${outcome.status}`);
  return outcome.hits;
}

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join("");
const titles = (list: SearchHit[]) => list.map((h) => text(h.title));

beforeAll(async () => {
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
  const panel = await createCommittee(prisma, council, { externalId: 9901, name: "Wildlife Panel" });
  const other = await createCommittee(prisma, council, { externalId: 9902, name: "Parks Board" });
  const housing = await prisma.topic.findUniqueOrThrow({ where: { slug: "housing" } });
  const environment = await prisma.topic.findUniqueOrThrow({ where: { slug: "environment" } });

  // Oldest first: a title hit must outrank newer summary, agenda and document hits.
  await createMeeting(prisma, council, panel, {
    externalId: 99001,
    startsAt: new Date("2025-01-14T18:30:00Z"),
    title: "Quokka Welfare Panel - Tuesday 14 January 2025 6.30 pm",
  });
  const withPapers = await createMeeting(prisma, council, panel, {
    externalId: 99002,
    startsAt: new Date("2026-01-13T18:30:00Z"),
    documents: [
      { title: "Budget report.pdf", kind: "item_report" },
      { title: "Housing update.pdf", kind: "item_report" },
      { title: "Appendix.pdf", kind: "additional_document" },
    ],
  });
  const [budget, update, appendix] = withPapers.documents;
  await prisma.document.update({
    where: { id: budget!.id },
    data: { text: "The temporary accommodation budget for quokka families rose.\fPage two mentions wombat care." },
  });
  await prisma.document.update({
    where: { id: update!.id },
    data: { text: "Accommodation that is temporary was found for quokka colonies." },
  });
  await prisma.document.update({
    where: { id: appendix!.id },
    data: { text: `Quokka appendix <img src=x onerror=alert(1)> \uE000fake\uE001 marker & "quotes"; platypus.` },
  });
  await tagMeeting(prisma, withPapers.meeting, housing, []);
  const withItem = await createMeeting(prisma, council, other, {
    externalId: 99003,
    startsAt: new Date("2026-03-10T18:30:00Z"),
    items: [{ title: "Any other business", minutesText: "Members asked about the quokka enclosure. RESOLVED: noted." }],
  });
  await tagItem(prisma, withItem.items[0]!, environment, []);
  const withSummary = await createMeeting(prisma, council, other, {
    externalId: 99004,
    startsAt: new Date("2026-06-09T18:30:00Z"),
  });
  await addSummary(
    prisma,
    withSummary.meeting,
    sampleSummary({ overview: "The board heard that the quokka population had doubled." }),
  );
});

afterAll(() => prisma.$disconnect());

describe("search ranking", () => {
  it("puts a title hit above a summary hit, above agenda text, above document text, whatever their dates", async () => {
    const list = await hits({ q: "quokka" });
    expect(list.map((h) => [h.kind, h.matchedIn, h.meeting.path.split("/").pop()])).toEqual([
      ["meeting", "title", "99001-wildlife-panel-2025-01-14"],
      ["meeting", "summary", "99004-parks-board-2026-06-09"],
      ["item", "agenda item text", "99003-parks-board-2026-03-10"],
      ["document", "document text", "99002-wildlife-panel-2026-01-13"],
      ["document", "document text", "99002-wildlife-panel-2026-01-13"],
      ["document", "document text", "99002-wildlife-panel-2026-01-13"],
    ]);
    expect(list[0]!.href).toBe("/harrow/meetings/99001-wildlife-panel-2025-01-14");
    expect(list[2]!.href).toBe("/harrow/meetings/99003-parks-board-2026-03-10#item-1");
    expect(list[3]!.href).toMatch(/^https:\/\/moderngov\.harrow\.gov\.uk\/documents\/g99002\//);
  });

  it("finds the snapshot's papers by their words, with highlighted snippets", async () => {
    const outcome = await search({ q: "care leavers" });
    expect(outcome.status).toBe("ok");
    if (outcome.status !== "ok") return;
    expect(outcome.total).toBeGreaterThan(5);
    expect(outcome.totalIsExact).toBe(true);
    expect(outcome.hits[0]!.matchedIn).toBe("title");
    expect(outcome.hits.some((h) => h.kind === "document")).toBe(true);
    const highlighted = outcome.hits.flatMap((h) => [...h.title, ...h.snippet]).filter((s) => s.highlighted);
    expect(highlighted.length).toBeGreaterThan(0);
    for (const s of highlighted) expect(s.text).toMatch(/^(care|leavers?)$/i);
  });

  it("matches stemmed forms (the English dictionary), as a reader would expect", async () => {
    expect(titles(await hits({ q: "quokkas welfare" }))).toEqual([
      "Quokka Welfare Panel - Tuesday 14 January 2025 6.30 pm",
    ]);
  });
});

describe("search syntax", () => {
  const paperIds = async (q: string) =>
    (await hits({ q }))
      .filter((h) => h.kind === "document")
      .map((h) => text(h.title))
      .sort();

  it('finds an exact "phrase" only where the words are next to each other', async () => {
    expect(await paperIds(`"temporary accommodation" quokka`)).toEqual(["Budget report.pdf"]);
    expect(await paperIds(`temporary accommodation quokka`)).toEqual(["Budget report.pdf", "Housing update.pdf"]);
    const outcome = await search({ q: `"temporary accommodation" quokka` });
    expect(outcome.status === "ok" && outcome.totalIsExact).toBe(false);
  });

  it('leaves out -excluded words and -"excluded phrases"', async () => {
    expect(await paperIds("quokka -budget")).toEqual(["Appendix.pdf", "Housing update.pdf"]);
    expect(await paperIds(`quokka -"temporary accommodation"`)).toEqual(["Appendix.pdf", "Housing update.pdf"]);
    expect(titles(await hits({ q: "quokka -welfare" }))).not.toContain(
      "Quokka Welfare Panel - Tuesday 14 January 2025 6.30 pm",
    );
  });

  it("finds either word with OR", async () => {
    expect(await paperIds("wombat or platypus")).toEqual(["Appendix.pdf", "Budget report.pdf"]);
    expect(await paperIds("wombat platypus")).toEqual([]);
  });

  it("when nothing has every word, offers the looser match and how many it finds", async () => {
    const outcome = await search({ q: "wombat platypus" });
    expect(outcome.status === "ok" && outcome.total).toBe(0);
    expect(outcome.status === "ok" && outcome.looser).toEqual({
      q: "wombat OR platypus",
      terms: ["wombat", "platypus"],
      total: ((await search({ q: "wombat OR platypus" })) as { total: number }).total,
    });
    expect(outcome.status === "ok" && outcome.looser!.total).toBeGreaterThanOrEqual(2);
    // Nothing to loosen: one word, or a search that already says OR.
    const single = await search({ q: "zzyzxqq" });
    expect(single.status === "ok" && single.looser).toBeNull();
  });

  it("indexes and quotes summaries without their internal markers (page citations, footnote numbers, bullets)", async () => {
    const list = await hits({ q: "children" });
    const summarySnippets = list.filter((h) => h.matchedIn === "summary").map((h) => text(h.snippet));
    expect(summarySnippets.length).toBeGreaterThan(0);
    for (const snippet of summarySnippets) expect(snippet).not.toMatch(/\(p\. \d+\)|\w\[\d+\]|(^|\s)\* /);
    // "P/" (the start of a planning reference) no longer matches every cited bullet's "(p. 3)".
    expect((await hits({ q: "P/" })).filter((h) => h.matchedIn === "summary")).toEqual([]);
  });

  it("explains searches it cannot run instead of failing", async () => {
    expect((await search({})).status).toBe("empty");
    expect((await search({ q: "the and of" })).status).toBe("no-terms");
    expect((await search({ q: "-quokka" })).status).toBe("only-exclusions");
    expect((await search({ q: "quokka or -budget" })).status).toBe("only-exclusions");
  });
});

describe("planning references", () => {
  beforeAll(async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
    const planning = await createCommittee(prisma, council, { externalId: 9903, name: "Reference Panel" });
    // As Harrow's minutes name an application: the reference as one path-like token, "P/0941/23".
    await createMeeting(prisma, council, planning, {
      externalId: 99005,
      startsAt: new Date("2026-05-12T18:30:00Z"),
      items: [
        {
          title: "Declarations of Interest",
          minutesText: "Agenda Item 2/02 35 Manor Way, Harrow, HA2 6BZ, P/0941/23: a councillor knew an objector.",
        },
      ],
    });
  });

  it("finds the council's 'P/0941/23' however the reference is typed", async () => {
    for (const q of ["P/0941/23", "0941/23", "P0941/23", "p-0941-23"]) {
      const outcome = await search({ q });
      expect(outcome.status, q).toBe("ok");
      if (outcome.status !== "ok") continue;
      expect(titles(outcome.hits), q).toContain("Declarations of Interest");
      expect(outcome.hits.flatMap((h) => h.snippet.filter((s) => s.highlighted).map((s) => s.text))).toContain(
        "P/0941/23",
      );
    }
    expect(await search({ q: "0941/24" })).toMatchObject({ status: "ok", total: 0 });
  });

  it("finds the papers' 'HA2 6BZ' when the postcode is typed without its space", async () => {
    for (const q of ["HA2 6BZ", "HA26BZ", "ha26bz"])
      expect(titles(await hits({ q })), q).toContain("Declarations of Interest");
  });
});

describe("search filters", () => {
  it("by committee", async () => {
    const list = await hits({ q: "quokka", committee: "9902-parks-board" });
    expect(list.length).toBe(2);
    expect(new Set(list.map((h) => h.meeting.committeeName))).toEqual(new Set(["Parks Board"]));
    expect(await hits({ q: "quokka", committee: "424242" })).toEqual([]);
  });

  it("by topic, on the meeting or on an agenda item", async () => {
    expect((await hits({ q: "quokka", topic: "housing" })).map((h) => h.kind)).toEqual([
      "document",
      "document",
      "document",
    ]);
    expect((await hits({ q: "quokka", topic: "environment" })).map((h) => h.kind)).toEqual(["item"]);
    expect(await hits({ q: "quokka", topic: "no-such-topic" })).toEqual([]);
  });

  it("by London dates, both ends included", async () => {
    const january = await hits({ q: "quokka", from: "2026-01-13", to: "2026-01-13" });
    expect(new Set(january.map((h) => h.meeting.startsAt))).toEqual(new Set(["2026-01-13T18:30:00.000Z"]));
    expect(await hits({ q: "quokka", from: "2026-01-14", to: "2026-03-09" })).toEqual([]);
    const since = await hits({ q: "quokka", from: "2026-03-10" });
    expect(since.map((h) => h.meeting.startsAt).sort()).toEqual([
      "2026-03-10T18:30:00.000Z",
      "2026-06-09T18:30:00.000Z",
    ]);
  });
});

describe("search pages", () => {
  it("pages through results without repeating any", async () => {
    const first = await search({ q: "council" });
    const second = await search({ q: "council", page: "2" });
    if (first.status !== "ok" || second.status !== "ok") throw new Error("search failed");
    expect(first.total).toBeGreaterThan(PAGE_SIZE);
    expect(first.hits).toHaveLength(PAGE_SIZE);
    expect(second.page).toBe(2);
    const keys = new Set(first.hits.map((h) => h.key));
    expect(second.hits.some((h) => keys.has(h.key))).toBe(false);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
  });

  it("shows the last page for a page past the end, and page 1 for nonsense", async () => {
    const past = await search({ q: "council", page: "999999999999" });
    if (past.status !== "ok") throw new Error("search failed");
    expect(past.requestedPage).not.toBeNull();
    expect(past.page).toBe(past.pageCount);
    expect(past.hits.length).toBeGreaterThan(0);
    const nonsense = await search({ q: "council", page: "-3; drop table" });
    expect(nonsense.status === "ok" && nonsense.page).toBe(1);
    const none = await search({ q: "zzyzxqqq", page: "7" });
    expect(none).toMatchObject({ status: "ok", total: 0, page: 1, hits: [] });
  });
});

describe("untrusted text", () => {
  it("keeps markup in snippets as text and never lets stored text fake a highlight", async () => {
    const appendix = (await hits({ q: "platypus" })).find((h) => text(h.title) === "Appendix.pdf")!;
    expect(text(appendix.snippet)).toContain("<img src=x onerror=alert(1)>");
    expect(text(appendix.snippet)).not.toMatch(/[\uE000\uE001]/);
    expect(appendix.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(["platypus"]);
  });

  it("answers hostile and odd input with a sensible outcome and leaves the database intact", async () => {
    const meetingsBefore = await prisma.meeting.count();
    const inputs = [
      `'`,
      `"`,
      `\\`,
      `''''`,
      `"""`,
      `\\'; drop table "Meeting"; --`,
      `care'); delete from "Document"; --`,
      `<script>alert(1)</script>`,
      `"><img src=x onerror=alert(1)>`,
      `care:* & leavers | !budget`,
      `a <-> b <2> c`,
      `(((care`,
      `-`,
      `--`,
      `or`,
      `or or or`,
      `- "`,
      `"" care`,
      `care\u0000leavers`,
      `\uE000care\uE001`,
      `😀 care`,
      `ｃａｒｅ`,
      `${"care ".repeat(300)}`,
      `${"x".repeat(5000)}`,
      `$1 $2 ?::text`,
      `%' OR 1=1 --`,
      `\\x00`,
      `\u202Ecare`,
    ];
    for (const q of inputs) {
      const outcome = await search({ q, page: "2", committee: q, topic: q, from: q, to: q });
      expect(["ok", "empty", "no-terms", "only-exclusions"], `${JSON.stringify(q)} gave ${outcome.status}`).toContain(
        outcome.status,
      );
    }
    expect(await prisma.meeting.count()).toBe(meetingsBefore);
  });
});

describe("search indexes", () => {
  it("can answer every part of the query from the GIN expression indexes of the migration", async () => {
    // Tiny tables may be cheaper to scan; with scans switched off, a query whose expression differed from the
    // index's (by a single character) could not use it and would show a sequential scan instead.
    const sql = searchSql(
      "care leavers",
      { councilSlug: "harrow", committeeExternalId: null, topicSlug: null, from: null, to: null },
      10,
      0,
    );
    const [, plan] = await prisma.$transaction([
      prisma.$queryRaw`select set_config('enable_seqscan', 'off', true)`,
      prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`explain ${sql.text}`, ...sql.values),
    ]);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    for (const index of [
      "Meeting_title_search_idx",
      "Summary_search_idx",
      "AgendaItem_title_search_idx",
      "AgendaItem_search_idx",
      "Document_title_search_idx",
      "Document_search_idx",
    ]) {
      expect(text, index).toContain(`Bitmap Index Scan on "${index}"`);
    }
  });
});
