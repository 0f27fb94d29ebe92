// npm start: the main job, offline by default. Opens the database (embedded unless DATABASE_URL is set), applies
// migrations, scrapes the bundled snapshots (Harrow, then Brent) through a local replay server, summarises what changed,
// writes the demo weekly digest to the local outbox, builds the site and serves it
// on http://localhost:$PORT (loopback only unless HOST says otherwise) until Ctrl-C, then stops everything it started.
//   --no-scrape   skip the snapshot import     --no-build   reuse the last `next build` (without it, the build is
//   skipped anyway when nothing it reads has changed)
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";
import { runWithDatabase } from "@/lib/cli/run-command";
import { productionEnv, runNext, startSite } from "@/lib/cli/next-process";
import { assertWebPortFree } from "@/lib/cli/port-check";
import { buildFingerprint, isBuildCurrent, recordBuild } from "@/lib/cli/build-fingerprint";
import { listSnapshotCouncils, scrapeBundledSnapshot, SNAPSHOT_NOW } from "@/lib/ingest/scrape-snapshot";
import { createProgressReporter, formatSummary } from "@/lib/cli/scrape-progress";
import { describePlantedFaults } from "@/lib/ingest/snapshot-faults";
import { summarizeAfterScrape } from "@/lib/summarize/store/summarize-after-scrape";
import { llmConfigFromEnv } from "@/lib/summarize/store/llm-from-env";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { transportConfigFromEnv } from "@/lib/email/transport";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { mailSettingsFromEnv } from "@/lib/subscriptions/mail-settings";
import { writeDemoDigest } from "@/lib/digest/write-demo-digest";

const skipBuild = process.argv.includes("--no-build");
const skipScrape = process.argv.includes("--no-scrape");

// The demo shows the offline snapshot as of the day it was taken, so its upcoming meetings stay upcoming.
process.env.CLOCK_NOW ||= SNAPSHOT_NOW.toISOString();

await runWithDatabase(
  "start",
  async ({ env, db, log, onShutdown }) => {
    const applied = await migrate(db.url);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
    if (!skipScrape) {
      const prisma = createPrismaClient(db.url);
      try {
        for (const council of listSnapshotCouncils()) {
          log(`Importing the bundled offline ${council.name} snapshot…`);
          const progress = createProgressReporter();
          const started = performance.now();
          try {
            const result = await scrapeBundledSnapshot(prisma, { council: council.slug, onEvent: progress.onEvent });
            progress.stop();
            process.stderr.write(formatSummary(result, (performance.now() - started) / 1000) + "\n");
            const planted = describePlantedFaults(council.slug, result.errors);
            if (planted) log(planted);
            const councilRow = await prisma.council.findUnique({ where: { slug: council.slug }, select: { id: true } });
            const tally = await summarizeAfterScrape(prisma, result.changedMeetingIds, llmConfigFromEnv(env), {
              councilId: councilRow?.id,
              now: new Date(env.CLOCK_NOW ?? SNAPSHOT_NOW),
            });
            log(`Summaries: ${tally.generated} generated, ${tally.unchanged} unchanged, ${tally.failed} failed.`);
          } finally {
            progress.stop();
          }
        }
        // The weekly email a subscriber would get, written to the local outbox (never sent), to look at in the browser.
        const config = transportConfigFromEnv(env);
        const outbox = createOutboxTransport({ dir: config.outboxDir, from: config.from, dkim: config.dkim });
        const demo = await writeDemoDigest(prisma, outbox, mailSettingsFromEnv(env), DEFAULT_COUNCIL_SLUG, {
          onceIn: config.outboxDir,
        });
        if (demo) {
          const what = demo.written ? `written to ${demo.file}` : "already in the outbox";
          log(`Demo weekly digest for ${demo.week} ${what}: see ${env.PUBLIC_BASE_URL}/dev/outbox`);
        }
      } finally {
        await prisma.$disconnect();
      }
    }
    const childEnv = productionEnv(db.url, env);
    if (!skipBuild) {
      // What next.config.ts bakes into the build besides the sources: the CSP's https upgrade and the output folder.
      const fingerprint = buildFingerprint(".", {
        https: String(env.PUBLIC_BASE_URL.startsWith("https:")),
        distDir: env.NEXT_DIST_DIR,
      });
      if (isBuildCurrent(env.NEXT_DIST_DIR, fingerprint)) {
        log(`The site is already built from these sources (${env.NEXT_DIST_DIR}); skipping next build.`);
      } else {
        log("Building the site (next build)…");
        fs.rmSync(path.join(env.NEXT_DIST_DIR, ".build-fingerprint"), { force: true });
        await runNext(["build"], childEnv);
        recordBuild(env.NEXT_DIST_DIR, fingerprint);
      }
    }
    log(`Serving on ${env.PUBLIC_BASE_URL} (listening on ${env.HOST}:${env.PORT}) — press Ctrl-C to stop.`);
    return startSite(childEnv, env, onShutdown);
  },
  { preflight: assertWebPortFree },
);
