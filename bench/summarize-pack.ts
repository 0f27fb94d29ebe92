// Benchmark (not a test): summarising a 600-page reports pack with the extractive engine. The pack is the five
// long corpus reports (tests/fixtures/real-harrow/reports) repeated, with their page breaks, until it has 600 pages,
// as one document attached to one agenda item, the way a Cabinet pack arrives. Measured in this process against a
// baseline that only reads the same text once (splitting every paragraph into sentences, which the engine must do
// anyway), so the figure is a ratio that means the same on any machine, plus the absolute time and memory.
// Target (issue 11): under 5 s here. Prints; asserts nothing.
//   npm run bench:summarize [-- --pages 600 --rounds 3]
import { loadCorpus } from "../scripts/eval/corpus/load-corpus";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { splitSentences } from "@/lib/summarize/text/sentences";
import type { SummaryInput } from "@/lib/summarize/types";

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const PAGES = argument("pages", 600);
const ROUNDS = argument("rounds", 3);

function pageText(blocks: ReturnType<typeof loadCorpus>["reports"][number]["pages"][number]): string {
  return blocks
    .map((b) =>
      b.type === "table"
        ? [b.header.join("  "), ...b.rows.map((r) => r.join("  "))].join("\n")
        : b.type === "list"
          ? [b.lead ?? "", ...b.items.map((i) => `• ${i}`)].join("\n")
          : b.text,
    )
    .join("\n\n");
}

const reportPages = loadCorpus().reports.flatMap((r) => r.pages.map(pageText));
const pages = Array.from(
  { length: PAGES },
  (_, i) =>
    `${i === 0 ? `Agenda Item 5\nPages 1 - ${PAGES}\n\n` : ""}${reportPages[i % reportPages.length]}\n\nPage ${i + 1}`,
);
const text = pages.join("\f");
const input: SummaryInput = {
  meeting: {
    title: "Cabinet - Thursday 10 December 2026 6.30 pm",
    committeeName: "Cabinet",
    startsAt: "2026-12-10T18:30:00Z",
    status: "held",
    isSpecial: false,
    officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=249&MId=1",
    webcastUrl: null,
  },
  items: [
    {
      position: 1,
      number: "5",
      title: "Budget and performance reports",
      description: null,
      minutesText: "RESOLVED: That the reports be noted.",
      decisionText: null,
      documentIds: [1],
    },
  ],
  documents: [
    {
      id: 1,
      title: "Agenda reports pack",
      kind: "public_reports_pack",
      url: "https://moderngov.harrow.gov.uk/documents/g1/pack.pdf",
      text,
      pageCount: PAGES,
      fetchError: null,
      isRestricted: false,
    },
  ],
  now: "2026-12-11T00:00:00Z",
};

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const baseline: number[] = [];
const engine: number[] = [];
let peakRss = process.memoryUsage().rss;
let words = 0;
for (let round = 0; round < ROUNDS; round++) {
  baseline.push(time(() => text.split(/\n\s*\n|\f/).reduce((n, p) => n + splitSentences(p).length, 0)).ms);
  const run = time(() => summarizeExtractive(input));
  engine.push(run.ms);
  words = run.result.sections.reduce((n, s) => n + s.bullets.reduce((m, b) => m + b.text.split(/\s+/).length, 0), 0);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const sourceWords = text.split(/\s+/).length;
console.log(
  `pack: ${PAGES} pages, ${sourceWords.toLocaleString("en-GB")} words, ${(text.length / 1e6).toFixed(1)} MB of text`,
);
console.log(`baseline (sentence split of the whole text): median ${median(baseline).toFixed(0)} ms`);
console.log(
  `extractive engine: median ${median(engine).toFixed(0)} ms over ${ROUNDS} rounds = ${(median(engine) / median(baseline)).toFixed(1)}× the baseline; target < 5,000 ms`,
);
console.log(`summary: ${words} words of bullets; peak RSS ${(peakRss / 1e6).toFixed(0)} MB`);
