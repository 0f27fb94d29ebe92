// Benchmark (not a test): the search read model over 20,000 council-report-like papers (2-20 KB of text each) in
// a throwaway embedded PostgreSQL. Runs a mix of queries (common and rare words, phrases, exclusions, OR,
// filters, deep pages, nonsense) and prints p50/p95/p99 of searchCouncil, per kind of query and overall, against
// two baselines measured in the same run: a trivial indexed lookup (a meeting by its id, as a page does) and the
// naive alternative, an ILIKE scan of the papers' text. Target: p95 under 100 ms. Then "Did you mean …?": the time
// to rebuild the word list, and misspelt searches (nothing found, the closest words looked up, the corrected search
// counted) against the same words spelt right, interleaved in the same run. Prints; asserts nothing.
//   npm run bench:search [-- --documents 20000 --rounds 15 --words 30000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { searchCouncil } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/search-params";
import { closestWords, refreshSearchWords } from "@/lib/search/search-words";
import { freePort } from "@/lib/port-free";
import { createRandom } from "./search-corpus";
import { seedSearchCorpus } from "./search-seed";

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const DOCUMENTS = argument("documents", 20_000);
const ROUNDS = argument("rounds", 15);
/** the size the word list is grown to for "Did you mean …?" (see below) */
const WORDS = argument("words", 30_000);

/** [kind, query string]: what readers type, in the proportions the mix repeats them. */
const MIX: [string, string][] = [
  ["common word", "q=council"],
  ["common word", "q=budget"],
  ["common word", "q=report"],
  ["two words", "q=Wealdstone parking"],
  ["two words", "q=children's services"],
  ["two words", "q=homelessness prevention Pinner"],
  ["rare term", "q=P/0123/21"],
  ["rare term", "q=Byron Quarter fostering"],
  ["phrase", 'q="adult social care"'],
  ["phrase", 'q="temporary accommodation"'],
  ["phrase", 'q="air quality" Stanmore'],
  ["exclusion", "q=housing -Pinner"],
  ["exclusion", 'q=care -"social care"'],
  ["or", "q=Stanmore or Edgware"],
  ["filtered", "q=council&committee=202"],
  ["filtered", "q=budget&topic=housing"],
  ["filtered", "q=parking&from=2020-01-01&to=2020-12-31"],
  ["deep page", "q=council&page=5"],
  ["deep page", "q=budget&page=40"],
  ["deep page", 'q="adult social care"&page=5'],
  ["nonsense", "q=the and of"],
  ["nonsense", `q='; drop table "Meeting"; --`],
  ["no match", "q=zyzzyva"],
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1)!,
  };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
fs.chmodSync(tmp, 0o755); // the server runs as the "postgres" user when started as root
const server = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), ephemeral: true });
try {
  await server.createDatabase("bench");
  const url = server.databaseUrl("bench");
  await migrate(url);
  let started = performance.now();
  const seeded = await seedSearchCorpus(url, {
    documents: DOCUMENTS,
    documentsPerMeeting: 10,
    itemsPerMeeting: 8,
    minBytes: 2_000,
    maxBytes: 20_000,
    seed: 7,
  });
  console.log(
    `seeded ${seeded.documents} papers (${seeded.textMegabytes.toFixed(0)} MB of text), ${seeded.items} agenda items, ` +
      `${seeded.meetings} meetings with summaries in ${((performance.now() - started) / 1000).toFixed(0)} s (indexes built as rows arrive)`,
  );
  const prisma = createPrismaClient(url, { max: 4 });
  started = performance.now();
  await refreshSearchWords(prisma);
  const refreshMs = performance.now() - started;
  // The corpus uses a few hundred distinct words; a council's papers use tens of thousands. The list is grown to
  // that size with forms of its own words (prefixes and endings), which share their trigrams as real words do, so
  // the trigram index works as hard as on a real list; they count one meeting each, so real words win ties.
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "harrow" }, select: { id: true } });
  const base = (await prisma.searchWord.findMany({ select: { word: true } })).map((w) => w.word);
  const prefixes = ["", "re", "un", "pre", "sub", "inter", "over", "non", "co", "mis", "out", "under"];
  const endings = ["", "s", "ed", "ing", "ment", "al", "ity", "ness", "er", "ly", "ise", "ation"];
  const grown = new Set(base);
  for (const word of base)
    for (const prefix of prefixes)
      for (const ending of endings) if (grown.size < WORDS) grown.add(`${prefix}${word}${ending}`);
  await prisma.searchWord.createMany({
    data: [...grown].filter((w) => !base.includes(w)).map((word) => ({ councilId: council.id, word, meetings: 1 })),
    skipDuplicates: true,
  });
  await prisma.$executeRaw`analyze "SearchWord"`;
  const wordCount = await prisma.searchWord.count();
  const now = new Date("2027-01-01T12:00:00Z");
  const run = (query: string) =>
    searchCouncil(prisma, "harrow", parseSearchParams(Object.fromEntries(new URLSearchParams(query))).params, now);

  for (const [, query] of MIX) {
    const outcome = await run(query); // warm-up, and a check that the mix exercises what it claims
    if (outcome.status === "failed") throw new Error(`search failed for ${query}`);
  }
  const random = createRandom(11);
  const order = Array.from({ length: ROUNDS }, () => MIX)
    .flat()
    .sort(() => random() - 0.5);
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  started = performance.now();
  for (const [kind, query] of order) {
    const ms = await time(() => run(query));
    all.push(ms);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  }
  const searchSeconds = (performance.now() - started) / 1000;

  // Baseline 1: the cheapest query a page makes, a meeting by its council id through a unique index.
  const lookups: number[] = [];
  for (let i = 0; i < 300; i++) {
    const externalId = 10_000 + Math.floor(random() * seeded.meetings);
    lookups.push(
      await time(() =>
        prisma.meeting.findFirst({
          where: { council: { slug: "harrow" }, externalId },
          select: { id: true, title: true },
        }),
      ),
    );
  }
  // Baseline 2: what search would cost without full-text indexes (case-insensitive substring scan of every paper).
  const scans: number[] = [];
  for (const term of ["%wealdstone%", "%temporary accommodation%", "%p/0123/21%"]) {
    scans.push(await time(() => prisma.$queryRaw`select count(*) from "Document" where text ilike ${term}`));
  }

  // "Did you mean …?": each misspelling and its right spelling one after the other, so load affects both alike.
  const misspelt: [string, string][] = [
    ["budgett", "budget"],
    ["acommodation", "accommodation"],
    ["Wealdstoen", "Wealdstone"],
    ["homelesness prevention", "homelessness prevention"],
  ];
  for (const [wrong, right] of misspelt) {
    const outcome = await run(`q=${encodeURIComponent(wrong)}`);
    if (outcome.status !== "ok" || outcome.suggestion?.q !== right.toLowerCase())
      throw new Error(`no suggestion of ${right} for ${wrong}`);
  }
  const wrongTimes: number[] = [];
  const rightTimes: number[] = [];
  const lookupTimes: number[] = [];
  for (let round = 0; round < ROUNDS * 2; round++) {
    for (const [wrong, right] of misspelt) {
      wrongTimes.push(await time(() => run(`q=${encodeURIComponent(wrong)}`)));
      rightTimes.push(await time(() => run(`q=${encodeURIComponent(right)}`)));
      lookupTimes.push(await time(() => closestWords(prisma, "harrow", wrong.toLowerCase().split(" "))));
    }
  }

  const rows: string[][] = [["query kind", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"]];
  for (const [kind, samples] of byKind) {
    const s = stats(samples);
    rows.push([kind, String(s.n), s.p50.toFixed(1), s.p95.toFixed(1), s.p99.toFixed(1), s.max.toFixed(1)]);
  }
  const total = stats(all);
  rows.push([
    "ALL",
    String(total.n),
    total.p50.toFixed(1),
    total.p95.toFixed(1),
    total.p99.toFixed(1),
    total.max.toFixed(1),
  ]);
  console.log(
    rows
      .map(
        (r) =>
          r[0]!.padEnd(14) +
          r
            .slice(1)
            .map((c) => c.padStart(9))
            .join(""),
      )
      .join("\n"),
  );
  const lookup = stats(lookups);
  const scan = stats(scans);
  console.log(`\nsearch: ${(all.length / searchSeconds).toFixed(1)} queries/s, one at a time`);
  console.log(
    `baseline, meeting by id (unique index): p50 ${lookup.p50.toFixed(2)} ms, p95 ${lookup.p95.toFixed(2)} ms`,
  );
  console.log(`baseline, ILIKE scan of all papers' text: p50 ${scan.p50.toFixed(0)} ms`);
  console.log(
    `ratio search p50 / lookup p50: ${(total.p50 / lookup.p50).toFixed(1)}x; search p95 / lookup p95: ${(total.p95 / lookup.p95).toFixed(1)}x`,
  );
  console.log(`ratio ILIKE scan p50 / search p50: ${(scan.p50 / total.p50).toFixed(1)}x (full-text indexes vs none)`);
  const wrongStats = stats(wrongTimes);
  const rightStats = stats(rightTimes);
  const lookupStats = stats(lookupTimes);
  console.log(
    `\nword list: ${base.length.toLocaleString("en-GB")} words rebuilt in ${refreshMs.toFixed(0)} ms (titles, item titles, summaries), ` +
      `grown to ${wordCount.toLocaleString("en-GB")} for the lookups`,
  );
  console.log(
    `misspelt search with suggestion: p50 ${wrongStats.p50.toFixed(1)} ms, p95 ${wrongStats.p95.toFixed(1)} ms; ` +
      `same words spelt right: p50 ${rightStats.p50.toFixed(1)} ms, p95 ${rightStats.p95.toFixed(1)} ms (n ${wrongStats.n} each)`,
  );
  console.log(
    `ratio misspelt / spelt right: p50 ${(wrongStats.p50 / rightStats.p50).toFixed(2)}x, p95 ${(wrongStats.p95 / rightStats.p95).toFixed(2)}x; ` +
      `the word lookup alone: p50 ${lookupStats.p50.toFixed(2)} ms (${(lookupStats.p50 / rightStats.p50).toFixed(2)}x a search)`,
  );
  console.log(
    `target p95 < 100 ms: ${total.p95 < 100 ? "met" : "NOT met"} (p95 ${total.p95.toFixed(1)} ms on ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  await prisma.$disconnect();
} finally {
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
