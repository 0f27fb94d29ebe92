// npm run digest -- [--week YYYY-Www] [--dry-run] [--demo] [--council harrow]
// Publishes the week's issue (default: last week, London time) and sends it to every confirmed subscriber,
// exactly once however often it is run. --dry-run renders everything and writes nothing; --demo writes a sample
// message to the outbox folder only.
import { parseArgs } from "node:util";
import { cliArgs, runWithDatabase } from "@/lib/cli/run-command";
import { migrate } from "@/lib/db/database";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { parseIsoWeek, previousIsoWeek } from "@/lib/iso-week";
import { runDigestCommand } from "@/lib/cli/run-digest-command";
import { clockNow } from "@/lib/clock";

const USAGE = "Usage: npm run digest -- [--week 2025-W43] [--dry-run] [--demo] [--council harrow] [--verbose]";

function parseCommandLine() {
  try {
    const { values } = parseArgs({
      args: cliArgs(),
      options: {
        week: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        demo: { type: "boolean", default: false },
        council: { type: "string", default: DEFAULT_COUNCIL_SLUG },
        help: { type: "boolean", default: false },
      },
      strict: true,
    });
    return values;
  } catch (error) {
    process.stderr.write(`[digest] ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}

const args = parseCommandLine();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
// Without --week: last week as of "now", which CLOCK_NOW fixes (the demo's snapshot day), read once the
// environment has been checked (lib/clock.ts).
const given = args.week === undefined ? undefined : parseIsoWeek(args.week);
if (given === null) {
  process.stderr.write(`[digest] --week "${args.week}" is not an ISO week such as 2025-W43.\n${USAGE}\n`);
  process.exit(2);
}

await runWithDatabase("digest", async ({ env, db, log, onShutdown }) => {
  await migrate(db.url);
  const week = given ?? previousIsoWeek(clockNow());
  const controller = new AbortController();
  const run = runDigestCommand(
    { councilSlug: args.council, week, weekGiven: args.week !== undefined, dryRun: args["dry-run"], demo: args.demo },
    { env, databaseUrl: db.url, log, print: (line) => process.stdout.write(`${line}\n`), signal: controller.signal },
  );
  // Ctrl-C: stop taking new deliveries, let the ones in flight finish and be recorded, then exit.
  onShutdown(async () => {
    controller.abort();
    await Promise.race([run.catch(() => {}), new Promise((r) => setTimeout(r, 20_000))]);
  });
  return run;
});
