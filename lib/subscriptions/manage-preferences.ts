// The preferences page's read and write, both gated by a signed link of the current version (no account).
import type { PrismaClient } from "@/lib/db";
import { toJson } from "@/lib/db/json";
import { findCouncil } from "@/lib/councils";
import { findIssueLinks } from "@/lib/data/issues";
import { maskEmail } from "./email-address";
import { issueRefKey } from "./follow";
import { readStoredPreferences, type CommitteeRef, type Preferences } from "./preferences";
import { parsePreferencesForm, type FormFields, type PreferencesErrorCode } from "./preferences-form";
import { signSubscriberLink, verifySubscriberLink } from "./tokens";

export interface PreferenceOptions {
  /** the councils this site covers, in configuration order, each with its active committees */
  councils: { slug: string; name: string; committees: { council: string; cid: number; name: string }[] }[];
  topics: { slug: string; name: string; description: string }[];
}

/** What a subscriber can pick: every council the site covers, their active committees, and the topic taxonomy. */
export async function listPreferenceOptions(
  prisma: PrismaClient,
  councils: readonly { slug: string; name: string }[],
): Promise<PreferenceOptions> {
  const slugs = councils.map((c) => c.slug);
  const [committees, topics] = await Promise.all([
    prisma.committee.findMany({
      where: { council: { slug: { in: slugs } }, isActive: true },
      orderBy: { name: "asc" },
      select: { externalId: true, name: true, council: { select: { slug: true } } },
    }),
    prisma.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, description: true } }),
  ]);
  return {
    councils: councils.map(({ slug, name }) => ({
      slug,
      name,
      committees: committees
        .filter((c) => c.council.slug === slug)
        .map((c) => ({ council: slug, cid: c.externalId, name: c.name })),
    })),
    topics,
  };
}

export interface SubscriberPreferencesView {
  maskedEmail: string;
  status: string;
  preferences: Preferences;
  /** for the page's "unsubscribe" link */
  unsubscribeToken: string;
}

async function findByLink(prisma: PrismaClient, secret: string, token: unknown) {
  const link = verifySubscriberLink(secret, "preferences", token);
  if (!link) return null;
  const row = await prisma.subscriber.findUnique({
    where: { id: link.subscriberId },
    select: { id: true, email: true, status: true, preferences: true, linkVersion: true },
  });
  return row && row.linkVersion === link.version ? row : null;
}

export async function loadSubscriberPreferences(
  prisma: PrismaClient,
  secret: string,
  token: unknown,
): Promise<SubscriberPreferencesView | null> {
  const row = await findByLink(prisma, secret, token);
  if (!row) return null;
  return {
    maskedEmail: maskEmail(row.email),
    status: row.status,
    preferences: readStoredPreferences(row.preferences),
    unsubscribeToken: signSubscriberLink(secret, "unsubscribe", row.id, row.linkVersion),
  };
}

export type SavePreferencesResult =
  { ok: true; preferences: Preferences } | { ok: false; errors: PreferencesErrorCode[] };

export async function savePreferences(
  prisma: PrismaClient,
  secret: string,
  token: unknown,
  form: FormFields,
): Promise<SavePreferencesResult> {
  const row = await findByLink(prisma, secret, token);
  if (!row) return { ok: false, errors: ["invalid-link"] };
  if (row.status !== "confirmed") return { ok: false, errors: ["not-subscribed"] };
  const parsed = parsePreferencesForm(form, readStoredPreferences(row.preferences));
  if (!parsed.ok) return parsed;
  const unknown = await findUnknownChoices(prisma, parsed.preferences, readStoredPreferences(row.preferences));
  if (unknown.length > 0) return { ok: false, errors: unknown };
  const updated = await prisma.subscriber.updateMany({
    where: { id: row.id, linkVersion: row.linkVersion, status: "confirmed" },
    data: { preferences: toJson(parsed.preferences) },
  });
  if (updated.count === 0) return { ok: false, errors: ["invalid-link"] };
  return { ok: true, preferences: parsed.preferences };
}

/** Committees, topics and newly followed items the form named that the database does not have. */
async function findUnknownChoices(
  prisma: PrismaClient,
  prefs: Preferences,
  current: Preferences,
): Promise<PreferencesErrorCode[]> {
  const errors: PreferencesErrorCode[] = [];
  // A newly followed item must be one we know (one followed before stays, even if it is no longer listed).
  const had = new Set(current.issues.map(issueRefKey));
  const added = prefs.issues.filter((i) => !had.has(issueRefKey(i)));
  if (added.length > 0) {
    const known = await findIssueLinks(prisma, added);
    if (added.some((i) => !known.has(issueRefKey(i)))) errors.push("issue");
  }
  if (prefs.councils.some((slug) => !findCouncil(slug))) errors.push("council");
  if (prefs.committees.length > 0) {
    const known = await prisma.committee.findMany({
      where: { OR: prefs.committees.map((c: CommitteeRef) => ({ externalId: c.cid, council: { slug: c.council } })) },
      select: { externalId: true, council: { select: { slug: true } } },
    });
    const keys = new Set(known.map((k) => `${k.council.slug}:${k.externalId}`));
    const missing = prefs.committees.filter((c) => !keys.has(`${c.council}:${c.cid}`));
    if (missing.length > 0) errors.push("committee");
  }
  if (prefs.topics.length > 0) {
    const known = new Set(
      (await prisma.topic.findMany({ where: { slug: { in: prefs.topics } }, select: { slug: true } })).map(
        (t) => t.slug,
      ),
    );
    const missing = prefs.topics.filter((t) => !known.has(t));
    if (missing.length > 0) errors.push("topic");
  }
  return errors;
}

/**
 * "Sign me out of all links": bumps the subscriber's linkVersion, so every preferences link sent so far (a
 * forwarded digest, a leaked link) stops working: nobody holding one can see or change the subscriber's choices.
 * Unsubscribe links stay lenient about the version on purpose (lib/subscriptions/unsubscribe-subscriber.ts: an old
 * email's unsubscribe must keep working). Allowed through a current preferences link, whatever the subscriber's
 * status. Returns the subscriber as it now is, to email them their new links; null when the link is not (or no
 * longer) valid.
 */
export async function revokeSubscriberLinks(
  prisma: PrismaClient,
  secret: string,
  token: unknown,
): Promise<{ id: number; email: string; linkVersion: number } | null> {
  const row = await findByLink(prisma, secret, token);
  if (!row) return null;
  const rows = await prisma.subscriber.updateManyAndReturn({
    where: { id: row.id, linkVersion: row.linkVersion },
    data: { linkVersion: { increment: 1 } },
    select: { id: true, email: true, linkVersion: true },
  });
  return rows[0] ?? null;
}
