// The subscribe form's logic. Whatever the address's state, the answer is the same and exactly one email goes
// out (a confirmation, or "manage your subscription" for an address already confirmed), so neither the reply nor
// its timing tells anyone whether an address is subscribed.
import type { PrismaClient } from "@/lib/db";
import { renderConfirmSubscriptionEmail } from "@/lib/email/templates/confirm-subscription";
import { renderManageSubscriptionEmail } from "@/lib/email/templates/manage-subscription";
import type { MailTransport } from "@/lib/email/types";
import { emailAddressSchema } from "./email-address";
import type { MailSettings } from "./mail-settings";
import { hitRateLimit, type RateLimitRule } from "./rate-limit";
import { withFollow, type FollowableIssue } from "./follow";
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
  /** "Follow this item": the issue (already checked to exist) that the emailed link opens ticked */
  follow?: FollowableIssue | null;
}

export async function requestSubscription(deps: SubscribeDeps, input: SubscribeInput): Promise<SubscribeResult> {
  const { prisma, settings } = deps;
  const now = deps.now ?? new Date();
  const limits = deps.limits ?? SUBSCRIBE_LIMITS;
  const ok: SubscribeResult = { status: "ok", message: SUBSCRIBE_MESSAGES.ok };
  if (typeof input.honeypot === "string" && input.honeypot.trim() !== "") return ok;

  const ipKey = `subscribe:ip:${hashIdentity(settings.secret, "ip", input.ip ?? "unknown")}`;
  if (!(await hitRateLimit(prisma, ipKey, limits.perIp, now)).allowed)
    return { status: "rate-limited", message: SUBSCRIBE_MESSAGES.rateLimited };

  const parsed = emailAddressSchema.safeParse(input.email);
  if (!parsed.success)
    return { status: "invalid", message: parsed.error.issues[0]?.message ?? "Please enter a valid email address." };
  const email = parsed.data;

  // Over the per-address limit we answer as usual and send nothing: the limit protects the mailbox's owner.
  const addressKey = `subscribe:email:${hashIdentity(settings.secret, "email", email)}`;
  if (!(await hitRateLimit(prisma, addressKey, limits.perAddress, now)).allowed) return ok;

  // The same work whatever the address's state, so that neither the answer nor its timing tells a new address from
  // a known one: one token made, one upsert (a new pending row, a fresh token on a pending, unsubscribed or suspended
  // one, an unchanged confirmed one), one email rendered and sent.
  const { token, hash } = createConfirmationToken();
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_HOURS * 3600_000);
  const row = await upsertSignup(prisma, email, hash, expiresAt, deps.councilSlug);
  const siteUrl = settings.siteUrl;
  const message =
    row.status === "confirmed"
      ? (() => {
          const links = buildSubscriberLinks(settings, row);
          return renderManageSubscriptionEmail({
            councilName: deps.councilName,
            preferencesUrl: withFollow(links.preferencesUrl, input.follow),
            unsubscribeUrl: links.unsubscribeUrl,
            siteUrl,
            followTitle: input.follow?.title,
          });
        })()
      : renderConfirmSubscriptionEmail({
          councilName: deps.councilName,
          confirmUrl: withFollow(confirmUrl(settings, token), input.follow),
          expiresInHours: CONFIRMATION_TTL_HOURS,
          siteUrl,
          followTitle: input.follow?.title,
        });
  try {
    await deps.transport.send({ ...message, to: email });
  } catch {
    return { status: "unavailable", message: SUBSCRIBE_MESSAGES.unavailable };
  }
  return ok;
}

/**
 * One statement for every state of the address: a new pending row (following the council signed up for), or a fresh
 * token on a pending, unsubscribed or suspended one (the old link stops working; their preferences stay as they
 * were); a confirmed row is left as it was. Returns the row as it now is.
 */
async function upsertSignup(prisma: PrismaClient, email: string, hash: string, expiresAt: Date, councilSlug?: string) {
  const preferences = JSON.stringify(councilSlug ? { councils: [councilSlug] } : {});
  const rows = await prisma.$queryRaw<{ id: number; status: string; linkVersion: number }[]>`
    INSERT INTO "Subscriber" ("email", "status", "preferences", "confirmTokenHash", "confirmTokenExpiresAt", "createdAt", "updatedAt")
    VALUES (${email}, 'pending', ${preferences}::jsonb, ${hash}, ${expiresAt}, now(), now())
    ON CONFLICT ("email") DO UPDATE SET
      "confirmTokenHash" = CASE WHEN "Subscriber"."status" = 'confirmed' THEN "Subscriber"."confirmTokenHash" ELSE EXCLUDED."confirmTokenHash" END,
      "confirmTokenExpiresAt" = CASE WHEN "Subscriber"."status" = 'confirmed' THEN "Subscriber"."confirmTokenExpiresAt" ELSE EXCLUDED."confirmTokenExpiresAt" END,
      "updatedAt" = CASE WHEN "Subscriber"."status" = 'confirmed' THEN "Subscriber"."updatedAt" ELSE now() END
    RETURNING "id", "status"::text AS "status", "linkVersion"`;
  const row = rows[0];
  if (!row) throw new Error("the sign-up upsert returned no row");
  return row;
}
