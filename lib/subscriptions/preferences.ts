// What a subscriber wants in their digest, as stored in Subscriber.preferences (JSON) and validated here.
import { z } from "zod";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";

const slug = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A committee is named by its council and ModernGov's CId, so the choice survives renames and re-imports. */
export const committeeRefSchema = z.object({
  council: slug,
  cid: z.number().int().positive().max(2_147_483_647),
});
export type CommitteeRef = z.infer<typeof committeeRefSchema>;

export const MAX_KEYWORDS = 20;
export const MIN_KEYWORD_LENGTH = 2;
export const MAX_KEYWORD_LENGTH = 50;

export const preferencesSchema = z.object({
  /** "all": everything in the councils below; "selected": meetings matching a committee, topic or keyword. */
  scope: z.enum(["all", "selected"]).default("all"),
  /**
   * With "all": the councils whose every meeting the subscriber gets (default: the site's lead council, which
   * every sign-up so far was for). Committees, topics and keywords ("selected") match in every council's digest,
   * so a subscriber can follow a topic across councils.
   */
  councils: z.array(slug).min(1).max(50).default([DEFAULT_COUNCIL_SLUG]),
  committees: z.array(committeeRefSchema).max(200).default([]),
  /** Topic slugs from the taxonomy (Topic.slug). */
  topics: z.array(slug).max(100).default([]),
  keywords: z.array(z.string().trim().min(MIN_KEYWORD_LENGTH).max(MAX_KEYWORD_LENGTH)).max(MAX_KEYWORDS).default([]),
  /** Issues followed (the council's IId, /{council}/issues/{IId}-…): a meeting matches when one of its items belongs to one. */
  issues: z
    .array(z.object({ council: slug, iid: z.number().int().positive().max(2_147_483_647) }))
    .max(100)
    .default([]),
  /** With "selected": no email at all in a week where nothing matches (otherwise a short note and the week's list). */
  onlyWhenMatches: z.boolean().default(true),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  scope: "all",
  councils: [DEFAULT_COUNCIL_SLUG],
  committees: [],
  topics: [],
  keywords: [],
  issues: [],
  onlyWhenMatches: true,
}) as Preferences;

/** Stored JSON → preferences; a row that somehow fails validation gets the defaults rather than no digest. */
export function readStoredPreferences(json: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_PREFERENCES };
}

export function committeeKey(ref: CommitteeRef): string {
  return `${ref.council}:${ref.cid}`;
}

/** True when "selected" names nothing, i.e. could never match. */
export function hasNoCriteria(p: Preferences): boolean {
  return p.committees.length === 0 && p.topics.length === 0 && p.keywords.length === 0 && p.issues.length === 0;
}
