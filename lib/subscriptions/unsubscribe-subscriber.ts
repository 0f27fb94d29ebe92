// Unsubscribing by signed link: idempotent (a repeat changes nothing and answers the same), and lenient about the
// link's version, since an old email's unsubscribe link must keep working.
import type { PrismaClient } from "@/lib/db";
import { maskEmail } from "./email-address";
import { verifySubscriberLink } from "./tokens";

export type UnsubscribeResult = "unsubscribed" | "invalid";

export async function unsubscribeWithToken(
  prisma: PrismaClient,
  secret: string,
  token: unknown,
  now = new Date(),
): Promise<UnsubscribeResult> {
  const link = verifySubscriberLink(secret, "unsubscribe", token);
  if (!link) return "invalid";
  await prisma.subscriber.updateMany({
    where: { id: link.subscriberId, status: { not: "unsubscribed" } },
    data: { status: "unsubscribed", unsubscribedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  return "unsubscribed";
}

export interface UnsubscribeLinkInfo {
  maskedEmail: string | null;
  alreadyUnsubscribed: boolean;
}

/** What the confirmation page shows before the button is pressed; null for a forged or malformed link. */
export async function describeUnsubscribeLink(
  prisma: PrismaClient,
  secret: string,
  token: unknown,
): Promise<UnsubscribeLinkInfo | null> {
  const link = verifySubscriberLink(secret, "unsubscribe", token);
  if (!link) return null;
  const row = await prisma.subscriber.findUnique({
    where: { id: link.subscriberId },
    select: { email: true, status: true },
  });
  return { maskedEmail: row ? maskEmail(row.email) : null, alreadyUnsubscribed: !row || row.status === "unsubscribed" };
}
