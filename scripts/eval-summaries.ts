// npm run eval:summaries: the summaries' quality on both corpora, side by side.
//   1. the real-text corpus (tests/fixtures/real-harrow: real Harrow meetings rewritten from the council's public
//      pages, and long invented reports), served as a ModernGov site, scraped by the real scraper into a scratch
//      database, summarised and scored: fact recall (all and business), invented names/numbers/dates, summary words
//      against source words, overview length, procedural share; the overall line covers the real meetings and the
//      long reports, and the long invented printed minutes of whole meetings are scored in a block of their own;
//   2. the bundled snapshot's two seed meetings (whose reports were written from the published summaries, so their
//      recall flatters the engine).
// Usage: npm run eval:summaries -- [--engine extractive|llm] [--recorded [--model NAME] | --record] [--recordings DIR] [--verbose] [--show MId|all]
//   --engine llm             the same corpus through the LLM engine, its table and a comparison beside the
//                            extractive one, with each engine's cost. The requests go through a local server
//                            (scripts/eval/llm/recording-server.ts) that counts what is sent and received:
//     with LLM_BASE_URL      forwarded to that OpenAI-compatible endpoint (LLM_MODEL, LLM_API_KEY);
//     --record               forwarded, and each answer saved in tests/fixtures/real-harrow/llm-recordings/;
//     --recorded             answered from those recordings, no endpoint needed (--model picks whose recordings;
//                            default the synthetic ones, see tests/fixtures/real-harrow/ORIGIN.md);
//     --recordings DIR       another folder of recordings to replay or record into.
import path from "node:path";
import { runWithDatabase, CommandError } from "@/lib/cli/run-command";
import { evaluateSnapshot } from "@/scripts/eval/evaluate-snapshot";
import { DEFAULT_SNAPSHOT_DIR, hasSnapshot } from "@/scripts/eval/load-snapshot";
import { formatEvaluationTable } from "@/scripts/eval/run-evaluation";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import { llmConfigFromEnv } from "@/lib/summarize/store/llm-from-env";
import { evaluateCorpus, formatCorpusTable, type CorpusEvaluation } from "./eval/corpus/evaluate-corpus";
import { costOf, formatEngineComparison } from "./eval/llm/compare-engines";
import { RECORDINGS_DIR, SYNTHETIC_MODEL, startRecordingServer } from "./eval/llm/recording-server";
import { withScratchDatabase } from "./eval/scratch-database";

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const engine = valueOf("--engine") ?? "extractive";
if (engine !== "extractive" && engine !== "llm")
  throw new CommandError(`--engine takes "extractive" or "llm", not ${engine}`);
const recorded = args.includes("--recorded");
const record = args.includes("--record");
if ((recorded || record) && engine !== "llm") throw new CommandError("--recorded and --record go with --engine llm");
if (recorded && record) throw new CommandError("--recorded replays recordings and --record makes them: choose one");
const recordingsDir = valueOf("--recordings") ? path.resolve(valueOf("--recordings")!) : RECORDINGS_DIR;

const shown = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;

function printDetails(evaluation: CorpusEvaluation): void {
  for (const m of evaluation.meetings) {
    if (shown && (shown === "all" || String(m.mid) === shown))
      console.log(
        `\n===== ${m.mid} minutes as scraped\n${m.minutes}\n\n===== summary\n${renderSummaryMarkdown(m.summary)}`,
      );
    if (args.includes("--verbose")) for (const x of m.missed) console.log(`  missed   [${m.mid}] ${x}`);
    for (const x of m.invented) console.log(`  INVENTED [${m.mid}] ${x}`);
  }
}

await runWithDatabase("eval:summaries", async ({ db, env, log }) => {
  const endpoint = llmConfigFromEnv(env);
  if (engine === "llm" && !recorded && !endpoint) {
    throw new CommandError(
      "--engine llm needs LLM_BASE_URL (and LLM_MODEL, LLM_API_KEY if the endpoint wants them), or --recorded to replay the recordings",
    );
  }
  const extractive = await withScratchDatabase(db.url, (prisma) => evaluateCorpus(prisma));
  console.log(formatCorpusTable(extractive, "Real-text corpus, extractive engine"));
  printDetails(extractive);
  let llmInvented = 0;
  if (engine === "llm") {
    const model = recorded ? (valueOf("--model") ?? SYNTHETIC_MODEL) : endpoint!.model;
    const server = await startRecordingServer(
      recorded
        ? { mode: "replay", dir: recordingsDir }
        : { mode: record ? "record" : "forward", upstream: endpoint!, dir: recordingsDir },
    );
    log(
      recorded
        ? `replaying the recordings of ${model} from ${recordingsDir}`
        : `${record ? "recording" : "forwarding"} to ${endpoint!.baseUrl} (model ${model})`,
    );
    let viaLlm: CorpusEvaluation;
    try {
      const llm = { baseUrl: server.baseUrl, apiKey: null, model, timeoutMs: endpoint?.timeoutMs ?? 60_000 };
      viaLlm = await withScratchDatabase(db.url, (prisma) => evaluateCorpus(prisma, { llm }));
    } finally {
      await server.close();
    }
    const label =
      recorded && model === SYNTHETIC_MODEL
        ? "synthetic recordings, not a model's answers"
        : recorded
          ? "recorded answers"
          : "live endpoint";
    console.log(`\n${formatCorpusTable(viaLlm, `Real-text corpus, LLM engine (${model}, ${label})`)}`);
    printDetails(viaLlm);
    console.log(`\n${formatEngineComparison(extractive, viaLlm, costOf(server.exchanges), model)}`);
    if (server.missing.length)
      log(
        `${server.missing.length} requests had no recording (keys ${server.missing.join(", ")}): those meetings fell back to extractive`,
      );
    if (record) log(`saved ${server.exchanges.filter((e) => e.status === 200).length} recordings in ${recordingsDir}`);
    llmInvented = viaLlm.overall.invented;
  }
  if (hasSnapshot(DEFAULT_SNAPSHOT_DIR)) {
    const { report } = await evaluateSnapshot(DEFAULT_SNAPSHOT_DIR);
    console.log(
      `\nSnapshot seed meetings (reports written from the published summaries), extractive engine\n${formatEvaluationTable(report)}`,
    );
    for (const c of report.cases) {
      if (args.includes("--verbose")) for (const f of c.missedFacts) console.log(`  missed   [${c.name}] ${f}`);
      for (const n of c.inventedNumbers) console.log(`  INVENTED [${c.name}] ${n}`);
    }
  }
  return extractive.overall.invented + llmInvented > 0 ? 1 : 0;
});
