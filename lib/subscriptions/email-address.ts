// The one definition of an acceptable subscriber address, and its normal form (the unique key of Subscriber).
import { z } from "zod";

/** RFC 5321: 254 characters in all (a 256-octet path less its angle brackets), 64 before the "@". */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_LOCAL_PART_LENGTH = 64;

const INVALID = "Please enter a valid email address, like name@example.com.";

/**
 * Trimmed and lower-cased. Local parts are case-sensitive in theory only: every mailbox provider a resident uses
 * folds case, and two rows for Name@ and name@ would mean two digests.
 */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export const emailAddressSchema = z
  .string(INVALID)
  .trim()
  .min(1, "Please enter your email address.")
  .max(MAX_EMAIL_LENGTH, `That address is too long (at most ${MAX_EMAIL_LENGTH} characters).`)
  .pipe(z.email(INVALID))
  .refine((v) => v.indexOf("@") <= MAX_LOCAL_PART_LENGTH, INVALID)
  .transform(normaliseEmail);

/** The address part of "Name <addr@example.org>" or a bare address. */
export function addressOf(mailbox: string): string {
  const match = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailbox);
  return (match?.[1] ?? mailbox).trim();
}

/** "jane.doe@example.org" → "j•••@example.org", for pages that confirm whose subscription a link manages. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
