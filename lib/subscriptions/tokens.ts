// Two kinds of link token, neither stored in the clear:
// - confirmation tokens: 256 random bits, single-use and expiring; the database keeps only their SHA-256;
// - subscriber links (preferences, unsubscribe): "<id>.<version>.<HMAC>" signed with APP_SECRET, so they need no
//   storage at all; bumping Subscriber.linkVersion revokes the ones already sent.
import crypto from "node:crypto";

export type LinkPurpose = "preferences" | "unsubscribe";

export interface ConfirmationToken {
  token: string;
  hash: string;
}

const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const SUBSCRIBER_LINK = /^(\d{1,10})\.(\d{1,6})\.([A-Za-z0-9_-]{43})$/;

export function createConfirmationToken(): ConfirmationToken {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** True when the text could be a confirmation token (checked before any database work). */
export function isConfirmationTokenShape(token: unknown): token is string {
  return typeof token === "string" && CONFIRMATION_TOKEN.test(token);
}

function signature(secret: string, purpose: LinkPurpose, subscriberId: number, version: number): Buffer {
  return crypto.createHmac("sha256", secret).update(`subscriber-link:${purpose}:${subscriberId}:${version}`).digest();
}

export function signSubscriberLink(
  secret: string,
  purpose: LinkPurpose,
  subscriberId: number,
  version: number,
): string {
  return `${subscriberId}.${version}.${signature(secret, purpose, subscriberId, version).toString("base64url")}`;
}

export interface SubscriberLink {
  subscriberId: number;
  version: number;
}

/** The subscriber a link was signed for, or null when it is malformed, forged or meant for another purpose. */
export function verifySubscriberLink(secret: string, purpose: LinkPurpose, token: unknown): SubscriberLink | null {
  if (typeof token !== "string" || token.length > 80) return null;
  const match = SUBSCRIBER_LINK.exec(token);
  if (!match) return null;
  const subscriberId = Number(match[1]);
  const version = Number(match[2]);
  if (!Number.isSafeInteger(subscriberId) || subscriberId < 1 || subscriberId > 2_147_483_647) return null;
  const given = Buffer.from(match[3] ?? "", "base64url");
  const expected = signature(secret, purpose, subscriberId, version);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return { subscriberId, version };
}

/** A keyed hash of an identity (IP address, email) for rate-limit keys: counts without keeping the value. */
export function hashIdentity(secret: string, kind: string, value: string): string {
  return crypto.createHmac("sha256", secret).update(`${kind}:${value}`).digest("base64url").slice(0, 32);
}
