// npm run eval:summaries: the summaries' quality on both corpora, side by side.
//   1. the real-text corpus (tests/fixtures/real-harrow: real Harrow meetings rewritten from the council's public
//      pages, and long invented reports), served as a ModernGov site, scraped by the real scraper into a scratch
//      database, summarised and scored: fact recall (all and business), invented names/numbers/dates, summary words
//      against source words, overview length, procedural share;
//   2. the bundled snapshot's two seed meetings (whose reports were written from the published summaries, so their
//      recall flatters the engine).
// Usage: npm run eval:summaries -- [--engine extractive|llm] [--verbose] [--show MId]
//   --engine llm  uses LLM_BASE_URL (an OpenAI-compatible endpoint) and prints its table beside the extractive one.
import { runWithDatabase, CommandError } from "@/lib/cli/run-command";
import { evaluateSnapshot } from "@/lib/summarize/eval/evaluate-snapshot";
import { DEFAULT_SNAPSHOT_DIR, hasSnapshot } from "@/lib/summarize/eval/load-snapshot";
import { formatEvaluationTable } from "@/lib/summarize/eval/run-evaluation";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import { llmConfigFromEnv } from "@/lib/summarize/store/llm-from-env";
import { evaluateCorpus, formatCorpusTable, type CorpusEvaluation } from "./eval/corpus/evaluate-corpus";
import { withScratchDatabase } from "./eval/scratch-database";

const args = process.argv.slice(2);
const engine = args.includes("--engine") ? args[args.indexOf("--engine") + 1] : "extractive";
if (engine !== "extractive" && engine !== "llm") throw new CommandError(`--engine takes "extractive" or "llm", not ${engine}`);

const shown = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;

function printDetails(evaluation: CorpusEvaluation): void {
  for (const m of evaluation.meetings) {
    if (shown && String(m.mid) === shown) console.log(`\n===== ${m.mid} minutes as scraped\n${m.minutes}\n\n===== summary\n${renderSummaryMarkdown(m.summary)}`);
    if (args.includes("--verbose")) for (const x of m.missed) console.log(`  missed   [${m.mid}] ${x}`);
    for (const x of m.invented) console.log(`  INVENTED [${m.mid}] ${x}`);
  }
}

await runWithDatabase("eval:summaries", async ({ db, env }) => {
  const llm = engine === "llm" ? llmConfigFromEnv(env) : null;
  if (engine === "llm" && !llm) throw new CommandError("--engine llm needs LLM_BASE_URL (and LLM_MODEL, LLM_API_KEY if the endpoint wants them)");
  const extractive = await withScratchDatabase(db.url, (prisma) => evaluateCorpus(prisma));
  console.log(formatCorpusTable(extractive, "Real-text corpus, extractive engine"));
  printDetails(extractive);
  if (llm) {
    const viaLlm = await withScratchDatabase(db.url, (prisma) => evaluateCorpus(prisma, { llm }));
    console.log(`\n${formatCorpusTable(viaLlm, `Real-text corpus, LLM engine (${llm.model})`)}`);
    printDetails(viaLlm);
  }
  if (hasSnapshot(DEFAULT_SNAPSHOT_DIR)) {
    const { report } = await evaluateSnapshot(DEFAULT_SNAPSHOT_DIR);
    console.log(`\nSnapshot seed meetings (reports written from the published summaries), extractive engine\n${formatEvaluationTable(report)}`);
    for (const c of report.cases) {
      if (args.includes("--verbose")) for (const f of c.missedFacts) console.log(`  missed   [${c.name}] ${f}`);
      for (const n of c.inventedNumbers) console.log(`  INVENTED [${c.name}] ${n}`);
    }
  }
  return extractive.overall.invented > 0 ? 1 : 0;
});
