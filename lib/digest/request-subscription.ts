// The subscribe form's logic. Whatever the address's state, the answer is the same and exactly one email goes
// out (a confirmation, or "manage your subscription" for an address already confirmed), so neither the reply nor
// its timing tells anyone whether an address is subscribed.
import type { PrismaClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderConfirmSubscriptionEmail } from "@/lib/email/templates/confirm-subscription";
import { renderManageSubscriptionEmail } from "@/lib/email/templates/manage-subscription";
import type { MailTransport } from "@/lib/email/types";
import { emailAddressSchema } from "./email-address";
import type { MailSettings } from "./mail-settings";
import { hitRateLimit, type RateLimitRule } from "./rate-limit";
import { buildSubscriberLinks, confirmUrl } from "./subscriber-links";
import { createConfirmationToken, hashIdentity } from "./tokens";

export const CONFIRMATION_TTL_HOURS = 48;
export const SUBSCRIBE_LIMITS = {
  perIp: { limit: 10, windowSeconds: 3600 },
  perAddress: { limit: 3, windowSeconds: 24 * 3600 },
} satisfies Record<string, RateLimitRule>;

export type SubscribeStatus = "ok" | "invalid" | "rate-limited" | "unavailable";
export interface SubscribeResult {
  status: SubscribeStatus;
  message: string;
}

export const SUBSCRIBE_MESSAGES = {
  ok: "Thanks! We've sent an email to that address. Open it and follow the link to confirm (if you're already subscribed, it explains how to change or stop your subscription).",
  rateLimited: "Too many sign-ups from your connection just now. Please try again in an hour.",
  unavailable: "Sorry, we couldn't send the email just now. Please try again in a few minutes.",
} as const;

export interface SubscribeDeps {
  prisma: PrismaClient;
  transport: MailTransport;
  settings: MailSettings;
  councilName: string;
  /** the council the sign-up is for: a new subscriber's "everything" (default: the lead council) */
  councilSlug?: string;
  now?: Date;
  limits?: typeof SUBSCRIBE_LIMITS;
}

export interface SubscribeInput {
  email: unknown;
  /** the client's address, for the per-IP limit; null when unknown */
  ip: string | null;
  /** a field humans never see; bots fill it in */
  honeypot: unknown;
}

export async function requestSubscription(deps: SubscribeDeps, input: SubscribeInput): Promise<SubscribeResult> {
  const { prisma, settings } = deps;
  const now = deps.now ?? new Date();
  const limits = deps.limits ?? SUBSCRIBE_LIMITS;
  const ok: SubscribeResult = { status: "ok", message: SUBSCRIBE_MESSAGES.ok };
  if (typeof input.honeypot === "string" && input.honeypot.trim() !== "") return ok;

  const ipKey = `subscribe:ip:${hashIdentity(settings.secret, "ip", input.ip ?? "unknown")}`;
  if (!(await hitRateLimit(prisma, ipKey, limits.perIp, now)).allowed) return { status: "rate-limited", message: SUBSCRIBE_MESSAGES.rateLimited };

  const parsed = emailAddressSchema.safeParse(input.email);
  if (!parsed.success) return { status: "invalid", message: parsed.error.issues[0]?.message ?? "Please enter a valid email address." };
  const email = parsed.data;

  // Over the per-address limit we answer as usual and send nothing: the limit protects the mailbox's owner.
  const addressKey = `subscribe:email:${hashIdentity(settings.secret, "email", email)}`;
  if (!(await hitRateLimit(prisma, addressKey, limits.perAddress, now)).allowed) return ok;

  const existing = await prisma.subscriber.findUnique({ where: { email }, select: { id: true, status: true, linkVersion: true } });
  const siteUrl = settings.siteUrl;
  let message;
  if (existing?.status === "confirmed") {
    const links = buildSubscriberLinks(settings, existing);
    message = renderManageSubscriptionEmail({ councilName: deps.councilName, preferencesUrl: links.preferencesUrl, unsubscribeUrl: links.unsubscribeUrl, siteUrl });
  } else {
    const { token, hash } = createConfirmationToken();
    const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_HOURS * 3600_000);
    await storeConfirmationToken(prisma, email, existing?.id, hash, expiresAt, deps.councilSlug);
    message = renderConfirmSubscriptionEmail({ councilName: deps.councilName, confirmUrl: confirmUrl(settings, token), expiresInHours: CONFIRMATION_TTL_HOURS, siteUrl });
  }
  try {
    await deps.transport.send({ ...message, to: email });
  } catch {
    return { status: "unavailable", message: SUBSCRIBE_MESSAGES.unavailable };
  }
  return ok;
}

/**
 * A new pending row (following the council signed up for), or a fresh token on a pending, unsubscribed or suspended
 * one (the old link stops working; their preferences stay as they were).
 */
async function storeConfirmationToken(prisma: PrismaClient, email: string, id: number | undefined, hash: string, expiresAt: Date, councilSlug?: string) {
  const data = { confirmTokenHash: hash, confirmTokenExpiresAt: expiresAt };
  if (id !== undefined) {
    await prisma.subscriber.updateMany({ where: { id, status: { not: "confirmed" } }, data });
    return;
  }
  try {
    await prisma.subscriber.create({ data: { email, status: "pending", ...data, ...(councilSlug ? { preferences: { councils: [councilSlug] } } : {}) } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await prisma.subscriber.updateMany({ where: { email, status: { not: "confirmed" } }, data });
  }
}
