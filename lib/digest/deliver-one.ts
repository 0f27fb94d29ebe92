// Sends one claimed delivery and records the outcome on its row. Returns what happened, for the run's counters
// and its dead-server circuit breaker.
import type { PrismaClient } from "@/lib/db";
import { classifySendError, type SendFailure } from "@/lib/email/smtp-errors";
import type { MailTransport } from "@/lib/email/types";
import { buildDigestMessage } from "./build-digest-message";
import type { DigestContent } from "../data/digest-content";
import { markFailed, markForRetry, markSkipped, type ClaimedDelivery } from "./delivery-rows";
import { NOTHING_MATCHED } from "./enqueue-deliveries";
import type { MailSettings } from "../subscriptions/mail-settings";
import { readStoredPreferences } from "../subscriptions/preferences";
import { clearHardBounces, recordHardBounce } from "./record-bounce";

export interface DeliveryPolicy {
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  hardBounceLimit: number;
}

export type DeliveryOutcome =
  /** accepted by the server; the caller records it (with its next claim, see delivery-rows.ts) */
  | { kind: "sent"; messageId: string }
  | { kind: "skipped" }
  | { kind: "retry"; failure: SendFailure }
  | { kind: "failed"; failure: SendFailure; suspended: boolean }
  | { kind: "fatal"; failure: SendFailure };

export function retryDelayMs(
  attempts: number,
  policy: Pick<DeliveryPolicy, "retryBaseMs" | "retryMaxMs">,
  random = Math.random,
): number {
  const exponential = policy.retryBaseMs * 2 ** Math.max(0, attempts - 1);
  return Math.min(policy.retryMaxMs, Math.round(exponential * (0.8 + 0.4 * random())));
}

export async function deliverOne(
  prisma: PrismaClient,
  transport: MailTransport,
  settings: MailSettings,
  content: DigestContent,
  row: ClaimedDelivery,
  policy: DeliveryPolicy,
): Promise<DeliveryOutcome> {
  if (row.subscriberStatus !== "confirmed") {
    await markSkipped(prisma, row.id, `the subscriber is ${row.subscriberStatus}`);
    return { kind: "skipped" };
  }
  const message = buildDigestMessage(
    content,
    {
      id: row.subscriberId,
      email: row.email,
      linkVersion: row.linkVersion,
      preferences: readStoredPreferences(row.preferences),
    },
    settings,
  );
  if (!message) {
    await markSkipped(prisma, row.id, NOTHING_MATCHED);
    return { kind: "skipped" };
  }
  try {
    await transport.send(message);
  } catch (error) {
    const failure = classifySendError(error);
    if (failure.kind === "fatal") {
      // Not this message's fault: put it back untouched for the next run.
      await markForRetry(prisma, row.id, new Date(), failure.message, false);
      return { kind: "fatal", failure };
    }
    if (failure.kind === "transient" && row.attempts < policy.maxAttempts) {
      await markForRetry(prisma, row.id, new Date(Date.now() + retryDelayMs(row.attempts, policy)), failure.message);
      return { kind: "retry", failure };
    }
    const reason =
      failure.kind === "transient" ? `gave up after ${row.attempts} attempts: ${failure.message}` : failure.message;
    await markFailed(prisma, row.id, reason);
    const suspended = failure.hardBounce
      ? await recordHardBounce(prisma, row.subscriberId, failure.message, policy.hardBounceLimit)
      : false;
    return { kind: "failed", failure, suspended };
  }
  if (row.hardBounceCount > 0) await clearHardBounces(prisma, row.subscriberId);
  return { kind: "sent", messageId: message.messageId ?? "" };
}
