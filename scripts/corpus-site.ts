// npm run corpus:site -- [--load] [--build] [--serve]: the site on the real-text corpus (tests/fixtures/real-harrow:
// 43 real Harrow meetings, rewritten, and 5 long invented reports), to read it as a resident or council watcher would.
//   --load   serve the corpus as a ModernGov site on loopback, scrape it with the real scraper and summarise it (as
//            `npm run eval:summaries` does, but into a database that stays);
//   --build  next build (into .next-corpus, so `npm start`'s build is left alone);
//   --serve  next start on it until Ctrl-C.
// Its own embedded PostgreSQL data (.data/corpus-postgres) unless EMBEDDED_PG_DIR or DATABASE_URL say otherwise, so
// the snapshot `npm start` imports is never mixed with it. "Now" is fixed after the corpus's last real meeting
// (CLOCK_NOW=2024-12-20T12:00:00Z unless set); its weekly digests: `npm run digest -- --week 2024-W46 --demo` with
// the same variables. See docs/site.md#the-site-on-real-harrow-text.
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/database";
import { runWithDatabase } from "@/lib/cli/run-command";
import { productionEnv, runNext, startSite } from "@/lib/cli/next-process";
import { assertWebPortFree } from "@/lib/cli/port-check";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { CORPUS_NOW, scrapeCorpus } from "./eval/corpus/evaluate-corpus";

process.env.EMBEDDED_PG_DIR ||= ".data/corpus-postgres";
process.env.NEXT_DIST_DIR ||= ".next-corpus";
process.env.CLOCK_NOW ||= "2024-12-20T12:00:00Z";

const args = process.argv.slice(2).filter((a) => a !== "--verbose");
const load = args.includes("--load");
const build = args.includes("--build");
const serve = args.includes("--serve");
if (args.length === 0 || args.some((a) => !["--load", "--build", "--serve"].includes(a))) {
  process.stderr.write("Usage: npm run corpus:site -- [--load] [--build] [--serve]\n");
  process.exit(2);
}

await runWithDatabase(
  "corpus:site",
  async ({ env, db, log, onShutdown }) => {
    await migrate(db.url);
    if (load) {
      const prisma = createPrismaClient(db.url);
      try {
        log("Scraping the real-text corpus through the real scraper…");
        const { scrape } = await scrapeCorpus(prisma);
        log(`Scraped: ${scrape.changedMeetingIds.length} meetings changed, ${scrape.errors.length} errors.`);
        const tally = await summarizeMeetings(prisma, { now: CORPUS_NOW });
        log(`Summaries: ${tally.generated} generated, ${tally.unchanged} unchanged, ${tally.failed} failed.`);
      } finally {
        await prisma.$disconnect();
      }
    }
    const childEnv = productionEnv(db.url, env);
    if (build) await runNext(["build"], childEnv);
    if (!serve) return 0;
    log(`Serving the corpus on ${env.PUBLIC_BASE_URL} (now: ${env.CLOCK_NOW}) — press Ctrl-C to stop.`);
    return startSite(childEnv, env, onShutdown);
  },
  { preflight: serve ? assertWebPortFree : undefined },
);
