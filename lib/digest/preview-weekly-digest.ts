// --dry-run: everything a real run would do up to the SMTP handshake, writing nothing. It composes (or reads) the
// issue, streams confirmed subscribers in batches and renders each message, then reports the counts and a sample.
import type { PrismaClient } from "@/lib/db";
import type { OutgoingEmail } from "@/lib/email/types";
import { buildDigestMessage } from "./build-digest-message";
import type { DigestContent } from "../data/digest-content";
import { composeIssueFromDatabase, findCouncil, readIssueContent } from "./ensure-digest-issue";
import { formatIsoWeek, type IsoWeek } from "../iso-week";
import type { MailSettings } from "../subscriptions/mail-settings";
import { confirmedSubscriberBatches } from "./confirmed-subscribers";

export interface DigestPreview {
  week: string;
  content: DigestContent | null;
  /** true when the issue already exists (its stored content is what would be sent) */
  published: boolean;
  subscribers: number;
  wouldSend: number;
  wouldSkip: number;
  bytes: number;
  sample: OutgoingEmail | null;
}

export async function previewWeeklyDigest(
  prisma: PrismaClient,
  settings: MailSettings,
  councilSlug: string,
  week: IsoWeek,
  batchSize = 1000,
): Promise<DigestPreview> {
  const council = await findCouncil(prisma, councilSlug);
  const weekId = formatIsoWeek(week);
  const stored = await prisma.digestIssue.findUnique({
    where: { councilId_week: { councilId: council.id, week: weekId } },
  });
  const content = stored ? readIssueContent(stored) : await composeIssueFromDatabase(prisma, councilSlug, week);
  const preview: DigestPreview = {
    week: weekId,
    content,
    published: !!stored,
    subscribers: 0,
    wouldSend: 0,
    wouldSkip: 0,
    bytes: 0,
    sample: null,
  };
  if (!content) return preview;
  for await (const batch of confirmedSubscriberBatches(prisma, batchSize)) {
    for (const s of batch) {
      preview.subscribers++;
      const message = buildDigestMessage(content, s, settings);
      if (!message) {
        preview.wouldSkip++;
        continue;
      }
      preview.wouldSend++;
      preview.bytes += message.html.length + message.text.length;
      preview.sample ??= message;
    }
  }
  return preview;
}
