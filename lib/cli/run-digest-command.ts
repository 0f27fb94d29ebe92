// What `npm run digest` does once its arguments are parsed: a dry run, a demo into the outbox, or the real run.
// Returns the exit code: 0 done (even if some addresses failed: they are recorded), 1 stopped early.
import { createPrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { createMailTransport, transportConfigFromEnv } from "@/lib/email/transport";
import type { IsoWeek } from "../iso-week";
import { mailSettingsFromEnv } from "../subscriptions/mail-settings";
import { previewWeeklyDigest } from "../digest/preview-weekly-digest";
import { purgeExpiredSignups } from "../subscriptions/purge-expired";
import { describeResult, sendWeeklyDigest } from "../digest/send-weekly-digest";
import { writeDemoDigest } from "../digest/write-demo-digest";

export interface DigestCommandOptions {
  councilSlug: string;
  week: IsoWeek;
  /** true when --week was given (the demo otherwise picks the latest week with summaries) */
  weekGiven: boolean;
  dryRun: boolean;
  demo: boolean;
}

export interface DigestCommandContext {
  env: Env;
  databaseUrl: string;
  log: (line: string) => void;
  /** where reports for people go (stdout) */
  print: (line: string) => void;
  signal?: AbortSignal;
}

export async function runDigestCommand(options: DigestCommandOptions, ctx: DigestCommandContext): Promise<number> {
  const { env, log, print } = ctx;
  const prisma = createPrismaClient(ctx.databaseUrl, { max: 8 });
  const settings = mailSettingsFromEnv(env);
  const config = transportConfigFromEnv(env);
  try {
    if (options.demo) {
      const outbox = createOutboxTransport({ dir: config.outboxDir, from: config.from, dkim: config.dkim });
      const demo = await writeDemoDigest(prisma, outbox, settings, options.councilSlug, {
        week: options.weekGiven ? options.week : undefined,
      });
      if (!demo) {
        print("No summarised meetings to make a demo digest from. Import the snapshot first (npm start).");
        return 1;
      }
      print(`Demo digest for ${demo.week}: "${demo.subject}"`);
      print(`Written to ${demo.file}; with \`npm run dev\`, open ${env.PUBLIC_BASE_URL}/dev/outbox`);
      return 0;
    }
    if (options.dryRun) {
      const preview = await previewWeeklyDigest(prisma, settings, options.councilSlug, options.week);
      if (!preview.content) {
        print(`${preview.week}: no meetings that week or the next; nothing would be published or sent.`);
        return 0;
      }
      print(`${preview.week} (dry run, nothing written or sent): "${preview.content.headline}"`);
      print(
        `${preview.content.meetings.length} meeting${preview.content.meetings.length === 1 ? "" : "s"}; ${preview.subscribers} confirmed subscribers: ${preview.wouldSend} would get it, ${preview.wouldSkip} would not (nothing matches).`,
      );
      if (preview.published)
        print("This week's issue is already published: a real run sends only to those not sent yet.");
      if (preview.sample) print(`\n--- sample: ${preview.sample.subject} ---\n${preview.sample.text}`);
      return 0;
    }
    const purged = await purgeExpiredSignups(prisma);
    if (purged.deletedSignups > 0) log(`Deleted ${purged.deletedSignups} unconfirmed sign-ups whose link had expired.`);
    const transport = createMailTransport(config);
    try {
      const result = await sendWeeklyDigest({
        prisma,
        transport,
        settings,
        councilSlug: options.councilSlug,
        week: options.week,
        log,
        signal: ctx.signal,
      });
      for (const line of describeResult(result)) print(line);
      return result.aborted ? 1 : 0;
    } finally {
      await transport.close();
    }
  } finally {
    await prisma.$disconnect();
  }
}
