// The weekly run for one council: create the week's issue once, queue one delivery per confirmed subscriber,
// settle rows a dead run left in "sending", and send the rest exactly once. Safe to re-run at any point.
import type { PrismaClient } from "@/lib/db";
import type { MailTransport } from "@/lib/email/types";
import { countDeliveries, failStaleSending, type DeliveryCounts } from "./delivery-rows";
import { ensureDigestIssue } from "./ensure-digest-issue";
import { enqueueDeliveries, type EnqueueResult } from "./enqueue-deliveries";
import { formatIsoWeek, type IsoWeek } from "../iso-week";
import type { MailSettings } from "../subscriptions/mail-settings";
import { runDeliveries, type RunDeliveriesOptions, type RunStats } from "./run-deliveries";

/** How long a row may stay in "sending" before its run is presumed dead (far above one SMTP transaction). */
export const DEFAULT_LEASE_MS = 10 * 60_000;

export interface SendWeeklyDigestOptions extends Pick<
  RunDeliveriesOptions,
  "concurrency" | "maxAttempts" | "retryBaseMs" | "retryMaxMs" | "hardBounceLimit" | "deadServerThreshold" | "signal"
> {
  prisma: PrismaClient;
  transport: MailTransport;
  settings: MailSettings;
  councilSlug: string;
  week: IsoWeek;
  leaseMs?: number;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SendWeeklyDigestResult {
  week: string;
  /** null: no meetings in the week or the next, so no issue and no email */
  issueId: number | null;
  created: boolean;
  enqueued: EnqueueResult | null;
  /** rows a dead run left in "sending", now failed as uncertain (never re-sent) */
  uncertain: number;
  run: RunStats | null;
  counts: DeliveryCounts | null;
  /** set when the run stopped early; the remaining rows stay pending for the next run */
  aborted?: string;
}

export async function sendWeeklyDigest(options: SendWeeklyDigestOptions): Promise<SendWeeklyDigestResult> {
  const { prisma, transport, log = () => {} } = options;
  const week = formatIsoWeek(options.week);
  const issue = await ensureDigestIssue(prisma, options.councilSlug, options.week);
  if (!issue) {
    log(`No meetings in ${week} or the week after: nothing to publish or send.`);
    return { week, issueId: null, created: false, enqueued: null, uncertain: 0, run: null, counts: null };
  }
  log(
    `${issue.created ? "Published" : "Resuming"} issue ${week}: "${issue.content.headline}" (${issue.content.meetings.length} meetings).`,
  );
  const uncertain = await failStaleSending(prisma, issue.id, options.leaseMs ?? DEFAULT_LEASE_MS);
  if (uncertain > 0)
    log(`${uncertain} deliveries were interrupted mid-send by an earlier run; marked failed (uncertain), not re-sent.`);
  const enqueued = await enqueueDeliveries(prisma, issue, options.batchSize);
  const base = { week, issueId: issue.id, created: issue.created, enqueued, uncertain };

  try {
    await transport.verify();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const counts = await countDeliveries(prisma, issue.id);
    return {
      ...base,
      run: null,
      counts,
      aborted: `cannot reach the mail server (${transport.description}): ${reason}`,
    };
  }

  log(`Sending via ${transport.description}…`);
  const run = await runDeliveries({ ...options, issue, log });
  const counts = await countDeliveries(prisma, issue.id);
  return { ...base, run, counts, aborted: run.aborted };
}

/** A few lines for people: what was sent, what is left, what to do. */
export function describeResult(result: SendWeeklyDigestResult): string[] {
  if (result.issueId === null) return [`${result.week}: no meetings that week or the next; no issue, no email.`];
  const c = result.counts;
  const lines = [
    `${result.week}: issue ${result.issueId}${result.created ? " (new)" : ""}.`,
    c
      ? `Deliveries: ${c.sent} sent, ${c.failed} failed, ${c.uncertain} uncertain (a run died mid-send: maybe delivered, never re-sent), ${c.skipped} skipped, ${c.pending} pending, ${c.sending} in flight.`
      : "",
  ];
  if (result.run)
    lines.push(
      `This run: ${result.run.sent} sent, ${result.run.retried} retries, ${result.run.failed} failed, ${result.run.suspended} subscribers suspended.`,
    );
  if (c && c.sending > 0) {
    lines.push(
      `${c.sending} deliveries are still marked in flight (another worker, or a run that was killed); after the lease they are marked failed (uncertain) and never re-sent.`,
    );
  }
  if (result.aborted)
    lines.push(
      `Stopped early: ${result.aborted}. Nothing is lost: run again to send the ${c?.pending ?? 0} pending deliveries.`,
    );
  return lines.filter(Boolean);
}
