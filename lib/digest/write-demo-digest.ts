// A sample of what subscribers get, for a new installation: publishes the latest week that has summarised meetings
// (or the week asked for) and writes one "everything" message for a sample subscriber into the outbox folder.
// Never sent over SMTP, whatever the configuration.
import { clockNow } from "@/lib/clock";
import type { PrismaClient } from "@/lib/db";
import { listOutboxMessages } from "@/lib/email/outbox";
import type { MailTransport } from "@/lib/email/types";
import { buildDigestMessage } from "./build-digest-message";
import { ensureDigestIssue, findCouncil } from "./ensure-digest-issue";
import { isoWeekOfDate, londonCalendarDate, formatIsoWeek, type IsoWeek } from "../iso-week";
import type { MailSettings } from "../subscriptions/mail-settings";
import { DEFAULT_PREFERENCES } from "../subscriptions/preferences";

export const SAMPLE_RECIPIENT = "sample.subscriber@example.com";

export interface DemoDigest {
  week: string;
  subject: string;
  /** the .eml written, or (when `written` is false) the name of the one already in the outbox */
  file: string;
  /** false when this week's demo was already in the outbox (see `onceIn`) */
  written: boolean;
}

export interface DemoDigestOptions {
  week?: IsoWeek;
  /** The outbox folder: when it already holds this week's demo, nothing new is written (`npm start` runs often). */
  onceIn?: string;
}

/** The ISO week of the latest meeting that has a summary, not after `now`; null when there is none. */
export async function latestSummarisedWeek(
  prisma: PrismaClient,
  councilSlug: string,
  now = clockNow(),
): Promise<IsoWeek | null> {
  const council = await findCouncil(prisma, councilSlug);
  const latest = await prisma.meeting.findFirst({
    where: { councilId: council.id, startsAt: { lte: now }, summary: { isNot: null } },
    orderBy: { startsAt: "desc" },
    select: { startsAt: true },
  });
  return latest ? isoWeekOfDate(londonCalendarDate(latest.startsAt)) : null;
}

export async function writeDemoDigest(
  prisma: PrismaClient,
  outbox: MailTransport,
  settings: MailSettings,
  councilSlug: string,
  options: DemoDigestOptions = {},
): Promise<DemoDigest | null> {
  if (outbox.kind !== "outbox") throw new Error("The demo digest is only ever written to the outbox folder.");
  const chosen = options.week ?? (await latestSummarisedWeek(prisma, councilSlug));
  if (!chosen) return null;
  const issue = await ensureDigestIssue(prisma, councilSlug, chosen);
  if (!issue) return null;
  // Subscriber 0 does not exist: the sample's preference and unsubscribe links answer "link not valid".
  const message = buildDigestMessage(
    issue.content,
    { id: 0, email: SAMPLE_RECIPIENT, linkVersion: 1, preferences: DEFAULT_PREFERENCES },
    settings,
  );
  if (!message) return null;
  const week = formatIsoWeek(chosen);
  if (options.onceIn) {
    // An issue is never recomposed (ensureDigestIssue), so the same week always gives the same subject.
    const earlier = (await listOutboxMessages(options.onceIn)).find(
      (m) => m.to === SAMPLE_RECIPIENT && m.subject === message.subject,
    );
    if (earlier) return { week, subject: message.subject, file: earlier.name, written: false };
  }
  const sent = await outbox.send(message);
  return { week, subject: message.subject, file: sent.response, written: true };
}
