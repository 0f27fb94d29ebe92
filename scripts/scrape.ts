// npm run scrape -- [--council SLUG] [--base-url URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--committee ID] [--meeting ID]
import { createPrismaClient } from "@/lib/db";
import { CommandError, cliArgs, runWithDatabase } from "@/lib/cli/run-command";
import { migrateApart } from "@/lib/cli/migrate-apart";
import { COUNCILS, findCouncil } from "@/lib/councils";
import { createCouncilHttpClient } from "@/lib/ingest/council-http-client";
import { parseScrapeArgs } from "@/lib/cli/scrape-args";
import { scrapeCouncil } from "@/lib/ingest/scrape-council";
import { createProgressReporter, formatSummary } from "@/lib/cli/scrape-progress";
import { summarizeAfterScrape } from "@/lib/summarize/store/summarize-after-scrape";
import { llmConfigFromEnv } from "@/lib/summarize/store/llm-from-env";
import { keepWasmOnBaselineCompiler } from "@/lib/cli/wasm-baseline";

keepWasmOnBaselineCompiler();

let args;
try {
  args = parseScrapeArgs(cliArgs());
} catch (error) {
  process.stderr.write(`scrape: ${(error as Error).message}\n`);
  process.exit(2);
}

await runWithDatabase("scrape", async ({ env, db }) => {
  const council = findCouncil(args.council);
  if (!council)
    throw new CommandError(`Unknown council "${args.council}"; known: ${COUNCILS.map((c) => c.slug).join(", ")}.`);
  await migrateApart(db.url);
  const prisma = createPrismaClient(db.url);
  const http = createCouncilHttpClient(
    council,
    env,
    args.minIntervalMs === undefined ? {} : { minIntervalMs: args.minIntervalMs },
  );
  const progress = createProgressReporter();
  const started = performance.now();
  try {
    const result = await scrapeCouncil(prisma, http, {
      council,
      fetchBaseUrl: args.baseUrl ?? council.mirrorUrl,
      window: args.window,
      committeeIds: args.committee,
      meetingIds: args.meeting,
      onEvent: progress.onEvent,
    });
    progress.stop();
    process.stdout.write(formatSummary(result, (performance.now() - started) / 1000) + "\n");
    if (args.summarize && result.status !== "failed") {
      const tally = await summarizeAfterScrape(prisma, result.changedMeetingIds, llmConfigFromEnv(env));
      process.stdout.write(
        `summaries: ${tally.generated} generated, ${tally.unchanged} unchanged, ${tally.failed} failed\n`,
      );
    }
    return result.status === "failed" ? 1 : 0;
  } finally {
    progress.stop();
    await prisma.$disconnect();
  }
});
