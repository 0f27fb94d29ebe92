import path from "node:path";
import { evaluateSnapshot } from "../lib/summarize/eval/evaluate-snapshot";
import { DEFAULT_SNAPSHOT_DIR, hasSnapshot } from "../lib/summarize/eval/load-snapshot";
import { formatEvaluationTable } from "../lib/summarize/eval/run-evaluation";
import { renderSummaryMarkdown } from "../lib/summarize/render/render-markdown";

// Evaluates the extractive engine on the seed meetings of the offline snapshot, without a database.
// Usage: npx tsx scripts/eval-summaries.ts [snapshotDir] [--verbose] [--show]
const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? DEFAULT_SNAPSHOT_DIR);

if (!hasSnapshot(dir)) {
  console.error(`No snapshot at ${dir}: build it with \`npx tsx scripts/build-snapshot.ts\` first.`);
  process.exitCode = 1;
} else {
  try {
    const { report, summaries } = await evaluateSnapshot(dir);
    console.log(formatEvaluationTable(report));
    for (const c of report.cases) {
      if (args.includes("--verbose")) {
        for (const f of c.missedFacts) console.log(`  missed  [${c.name}] ${f}`);
        for (const h of c.uncoveredHeadings) console.log(`  heading [${c.name}] ${h}`);
      }
      for (const n of c.inventedNumbers) console.log(`  INVENTED [${c.name}] ${n}`);
    }
    if (args.includes("--show")) for (const [id, s] of summaries) console.log(`\n===== ${id}\n${renderSummaryMarkdown(s)}`);
    if (report.overall.recall < 0.8 || report.overall.inventedNumbers > 0) process.exitCode = 1;
  } catch (error) {
    console.error(`evaluation failed: ${args.includes("--verbose") ? ((error as Error).stack ?? String(error)) : `${(error as Error).message} (--verbose for the stack trace)`}`);
    process.exitCode = 1;
  }
}
