// The confirmation link: looked up by the SHA-256 of its token, used once (the hash is cleared in the same
// statement that confirms), refused after its expiry.
import type { PrismaClient } from "@/lib/db";
import { hashToken, isConfirmationTokenShape } from "./tokens";

export type ConfirmationCheck = "valid" | "invalid" | "expired";

export type ConfirmResult =
  { status: "confirmed"; subscriber: { id: number; linkVersion: number } } | { status: "invalid" | "expired" };

/** Read-only, for the page a GET shows: mail scanners that follow links must not consume the token. */
export async function checkConfirmationToken(
  prisma: PrismaClient,
  token: unknown,
  now = new Date(),
): Promise<ConfirmationCheck> {
  if (!isConfirmationTokenShape(token)) return "invalid";
  const row = await prisma.subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { confirmTokenExpiresAt: true },
  });
  if (!row) return "invalid";
  return row.confirmTokenExpiresAt && row.confirmTokenExpiresAt > now ? "valid" : "expired";
}

export async function confirmSubscription(
  prisma: PrismaClient,
  token: unknown,
  now = new Date(),
): Promise<ConfirmResult> {
  if (!isConfirmationTokenShape(token)) return { status: "invalid" };
  const hash = hashToken(token);
  const row = await prisma.subscriber.findUnique({
    where: { confirmTokenHash: hash },
    select: { id: true, linkVersion: true, confirmTokenExpiresAt: true },
  });
  if (!row) return { status: "invalid" };
  if (!row.confirmTokenExpiresAt || row.confirmTokenExpiresAt <= now) return { status: "expired" };
  // Conditional on the hash: of two simultaneous clicks, one confirms and the other finds the token gone.
  const updated = await prisma.subscriber.updateMany({
    where: { id: row.id, confirmTokenHash: hash },
    data: {
      status: "confirmed",
      confirmedAt: now,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
      unsubscribedAt: null,
      suspendedAt: null,
      hardBounceCount: 0,
    },
  });
  if (updated.count === 0) return { status: "invalid" };
  return { status: "confirmed", subscriber: { id: row.id, linkVersion: row.linkVersion } };
}
