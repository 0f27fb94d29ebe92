// "Did you mean …?" against a real PostgreSQL with pg_trgm: the bundled Harrow snapshot scraped and summarised
// (which builds Harrow's word list), a misspelt word offered the word the papers use with the corrected search's
// count, nothing offered for a correctly spelt search or one the correction would not help, the list following
// summaries as they are stored, and a suggestion that cannot be worked out leaving the search itself alone.
import { afterAll, describe, expect, it } from "vitest";
import { searchCouncil, type SearchOutcome } from "@/lib/data/search";
import { parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { createCommittee, createMeeting } from "../../kit/factories";
import { createTestPrisma, startFromSnapshot } from "../helpers/db";

startFromSnapshot("summarised");
const prisma = createTestPrisma();
const now = new Date("2026-11-26T12:00:00Z");

afterAll(async () => {
  await prisma.$disconnect();
});

async function search(raw: RawSearchParams): Promise<Extract<SearchOutcome, { status: "ok" }>> {
  const outcome = await searchCouncil(prisma, "harrow", parseSearchParams(raw).params, now);
  if (outcome.status !== "ok") throw new Error(`search ${JSON.stringify(raw)} gave ${outcome.status}`);
  return outcome;
}

async function listed(word: string): Promise<number | null> {
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
  const row = await prisma.searchWord.findUnique({ where: { councilId_word: { councilId: council.id, word } } });
  return row?.meetings ?? null;
}

describe("spelling suggestions", () => {
  it("keeps Harrow's words from the snapshot: lower case, letters only, 4+ characters, with meeting counts", async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
    const words = await prisma.searchWord.findMany({ where: { councilId: council.id } });
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) expect(w.word).toMatch(/^[a-z]{4,40}$/);
    expect(await listed("budget")).toBeGreaterThan(0);
    expect(await listed("the")).toBeNull();
  });

  it("offers the word the papers use for a misspelt one, with the corrected search's count", async () => {
    const correct = await search({ q: "budget" });
    expect(correct.total).toBeGreaterThan(0);
    const outcome = await search({ q: "budgett" });
    expect(outcome.total).toBe(0);
    expect(outcome.suggestion).toEqual({
      q: "budget",
      segments: [{ text: "budget", corrected: true }],
      total: correct.total,
    });
    const library = await search({ q: "Libary" });
    expect(library.suggestion?.q).toBe("library");
    expect(library.suggestion?.total).toBe((await search({ q: "library" })).total);
  });

  it("corrects only the plain words, keeping the rest of the search as typed", async () => {
    const outcome = await search({ q: "housing budgett -parking" });
    expect(outcome.total).toBe(0);
    expect(outcome.suggestion?.q).toBe("housing budget -parking");
    expect(outcome.suggestion?.segments).toEqual([
      { text: "housing ", corrected: false },
      { text: "budget", corrected: true },
      { text: " -parking", corrected: false },
    ]);
    expect(outcome.suggestion?.total).toBe((await search({ q: "housing budget -parking" })).total);
    // Phrases, exclusions and OR searches are left as they are.
    expect((await search({ q: '"budgett report"' })).suggestion).toBeNull();
    expect((await search({ q: "budgett OR xqzvw" })).suggestion).toBeNull();
  });

  it("offers nothing for a correctly spelt search that finds nothing, or when the correction finds nothing", async () => {
    const outOfRange = await search({ q: "budget", from: "1990-01-01", to: "1990-12-31" });
    expect(outOfRange.total).toBe(0);
    expect(outOfRange.suggestion).toBeNull();
    const misspeltOutOfRange = await search({ q: "budgett", from: "1990-01-01", to: "1990-12-31" });
    expect(misspeltOutOfRange.total).toBe(0);
    expect(misspeltOutOfRange.suggestion).toBeNull();
    // Nothing in the list is like it.
    expect((await search({ q: "xqzvwjk" })).suggestion).toBeNull();
    // A search that finds something gets no suggestion.
    expect((await search({ q: "budget" })).suggestion).toBeNull();
  });

  it("follows the summaries: a new meeting's words are listed once it is summarised", async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" } });
    const panel = await createCommittee(prisma, council, { externalId: 9931, name: "Wombat Panel" });
    const { meeting } = await createMeeting(prisma, council, panel, {
      externalId: 99301,
      startsAt: new Date("2026-03-10T18:30:00Z"),
      title: "Wombat Panel - Tuesday, 10th March, 2026 6.30 pm",
    });
    expect(await listed("wombat")).toBeNull();
    expect((await search({ q: "wombatt" })).suggestion).toBeNull();
    const tally = await summarizeMeetings(prisma, { meetingIds: [meeting.id], now });
    expect(tally.generated).toBe(1);
    expect(await listed("wombat")).toBe(1);
    const outcome = await search({ q: "wombatt" });
    expect(outcome.suggestion?.q).toBe("wombat");
    expect(outcome.suggestion?.total).toBe((await search({ q: "wombat" })).total);
  });

  it("leaves the suggestion out, not the search, when the word list cannot be read", async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await prisma.$executeRaw`alter table "SearchWord" rename to "SearchWordAway"`;
      const outcome = await search({ q: "budgett" });
      expect(outcome.status).toBe("ok");
      expect(outcome.total).toBe(0);
      expect(outcome.suggestion).toBeNull();
      expect(errors.length).toBe(1);
    } finally {
      await prisma.$executeRaw`alter table "SearchWordAway" rename to "SearchWord"`;
      console.error = original;
    }
  });
});
