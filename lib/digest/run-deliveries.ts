// Drains an issue's pending deliveries with a few concurrent lanes (one per SMTP connection). Each lane claims
// one row, sends it, records it, and repeats; rows put back for retry become due after their backoff. The run
// stops early, leaving rows pending for the next run, when the server keeps failing to connect, when it refuses
// our configuration, or when asked to (Ctrl-C): in-flight messages finish and are recorded first.
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "@/lib/db";
import type { MailTransport } from "@/lib/email/types";
import type { DigestContent } from "../data/digest-content";
import { deliverOne, type DeliveryPolicy } from "./deliver-one";
import { claimNextDelivery, markSent, nextPendingAt, type SentDelivery } from "./delivery-rows";
import type { MailSettings } from "../subscriptions/mail-settings";

export interface RunDeliveriesOptions extends Partial<DeliveryPolicy> {
  prisma: PrismaClient;
  transport: MailTransport;
  settings: MailSettings;
  issue: { id: number; content: DigestContent };
  /** lanes; default: the transport's pool size */
  concurrency?: number;
  /** consecutive connection failures that mean the server is down */
  deadServerThreshold?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface RunStats {
  sent: number;
  failed: number;
  retried: number;
  skipped: number;
  suspended: number;
  /** why the run stopped before every row was settled */
  aborted?: string;
}

export const DEFAULT_POLICY: DeliveryPolicy = {
  maxAttempts: 5,
  retryBaseMs: 15_000,
  retryMaxMs: 30 * 60_000,
  hardBounceLimit: 3,
};

export async function runDeliveries(options: RunDeliveriesOptions): Promise<RunStats> {
  const { prisma, transport, settings, issue, signal, log = () => {} } = options;
  const policy: DeliveryPolicy = {
    maxAttempts: options.maxAttempts ?? DEFAULT_POLICY.maxAttempts,
    retryBaseMs: options.retryBaseMs ?? DEFAULT_POLICY.retryBaseMs,
    retryMaxMs: options.retryMaxMs ?? DEFAULT_POLICY.retryMaxMs,
    hardBounceLimit: options.hardBounceLimit ?? DEFAULT_POLICY.hardBounceLimit,
  };
  const threshold = options.deadServerThreshold ?? 5;
  const stats: RunStats = { sent: 0, failed: 0, retried: 0, skipped: 0, suspended: 0 };
  let cursor = 0;
  let connectionFailures = 0;
  const stop = (reason: string) => {
    stats.aborted ??= reason;
  };
  const stopped = () => stats.aborted !== undefined || signal?.aborted === true;

  async function lane(): Promise<void> {
    let sent: SentDelivery | null = null;
    while (!stopped()) {
      let row = await claimNextDelivery(prisma, issue.id, cursor, sent);
      sent = null;
      if (!row && cursor > 0) {
        cursor = 0; // a new pass picks up rows whose retry has come due
        row = await claimNextDelivery(prisma, issue.id, 0);
      }
      if (!row) {
        const due = await nextPendingAt(prisma, issue.id);
        if (!due) return;
        // An abort ends the wait early; the loop then stops on signal.aborted.
        await sleep(Math.min(Math.max(due.getTime() - Date.now(), 20), 1000), undefined, { signal }).catch(() => {});
        continue;
      }
      cursor = Math.max(cursor, row.id);
      const outcome = await deliverOne(prisma, transport, settings, issue.content, row, policy);
      switch (outcome.kind) {
        case "sent":
          sent = { id: row.id, messageId: outcome.messageId };
          stats.sent++;
          connectionFailures = 0;
          break;
        case "skipped":
          stats.skipped++;
          break;
        case "retry":
          stats.retried++;
          log(`Delivery ${row.id} will be retried: ${outcome.failure.message}`);
          if (outcome.failure.connection && ++connectionFailures >= threshold) {
            stop(`the SMTP server (${transport.description}) keeps failing: ${outcome.failure.message}`);
          }
          break;
        case "failed":
          stats.failed++;
          if (outcome.suspended) stats.suspended++;
          log(
            `Delivery ${row.id} failed: ${outcome.failure.message}${outcome.suspended ? " (subscriber suspended after repeated hard bounces)" : ""}`,
          );
          break;
        case "fatal":
          stop(`the SMTP server (${transport.description}) refused our configuration: ${outcome.failure.message}`);
          break;
      }
    }
    if (sent) await markSent(prisma, sent);
    if (signal?.aborted) stop("stopped on request");
  }

  const lanes = Math.max(1, options.concurrency ?? transport.concurrency);
  await Promise.all(Array.from({ length: lanes }, lane));
  return stats;
}
