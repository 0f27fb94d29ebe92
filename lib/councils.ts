// The councils this site covers, as configuration: a built-in list (Harrow, the default, and Brent, the worked
// example of a second ModernGov council that the offline snapshot also carries), or the JSON list named by
// COUNCILS_FILE, which replaces it. Each entry is validated with zod; a bad file is reported naming the entry.
//
// Loading never throws at import (pages, feeds and scripts import this module at the top): a bad file leaves the
// list empty and the error stored, and every entry point calls assertCouncilsConfigured() at start-up (the worker
// and CLIs through runWithDatabase, `next start`/`next dev` in next.config.ts), so it fails there, clearly.
// Relative imports only: next.config.ts loads this file outside the bundler's "@/" paths.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { EnvError, readCouncilsFileSetting } from "./env";

/** First path segments the site itself uses: a council there would be hidden behind the route. */
const RESERVED_SLUGS = [
  "api",
  "confirm",
  "dev",
  "ops",
  "preferences",
  "search",
  "subscribe",
  "unsubscribe",
  "static",
  "_next",
];

/** (zod runs refinements even after the URL check failed, so a non-URL must pass here and fail there.) */
function isBareRoot(value: string): boolean {
  try {
    const url = new URL(value);
    return !url.search && !url.hash;
  } catch {
    return true;
  }
}

const httpUrl = z
  .url({ protocol: /^https?$/, error: "an http(s) URL such as https://moderngov.example.gov.uk" })
  .refine(isBareRoot, "the site's root, without ?query or #fragment")
  .transform((v) => v.replace(/\/+$/, ""));

export const councilSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and hyphens, e.g. harrow")
      .max(40)
      .refine((v) => !RESERVED_SLUGS.includes(v), `not one of the site's own paths (${RESERVED_SLUGS.join(", ")})`),
    name: z.string().trim().min(1).max(100),
    /** The council's ModernGov root: what pages link to and what the scraper fetches. */
    baseUrl: httpUrl,
    /** Fetch from this mirror instead (a replay server, a caching proxy), storing the canonical baseUrl URLs. */
    mirrorUrl: httpUrl.optional(),
    /**
     * Other host names the council's pages link to for its own papers (a separate documents host, say). The
     * scraper requests the council's host, these and the mirror only; every other link is stored as external.
     */
    extraHosts: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(
            /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
            "a host name such as documents.example.gov.uk (no scheme, port or path)",
          ),
      )
      .max(20)
      .optional(),
    /** Politeness for this host; unset: SCRAPER_MIN_INTERVAL_MS, SCRAPER_TIMEOUT_MS and SCRAPER_USER_AGENT. */
    minIntervalMs: z.number().int().min(0).max(60_000).optional(),
    timeoutMs: z.number().int().min(1000).max(300_000).optional(),
    userAgent: z.string().trim().min(10).max(300).optional(),
    /**
     * The council's planning portal page for one application, with "{reference}" where the reference goes
     * (URL-encoded), e.g. "https://planning.example.gov.uk/search?ref={reference}": planning pages link to it.
     */
    planningPortalUrl: z
      .url({ protocol: /^https?$/, error: "an http(s) URL with {reference} in it" })
      .refine((v) => v.includes("{reference}") || v.includes("%7Breference%7D"), "must contain {reference}")
      .optional(),
    /**
     * The council publishes its voting record (mgListRecordedVotes.aspx): a full scrape reads it over its window and
     * stores each named vote under its item. Off unless set (most councils' record is empty).
     */
    recordedVoteList: z.boolean().optional(),
  })
  .strict();

export type CouncilConfig = z.infer<typeof councilSchema>;

export const BUILT_IN_COUNCILS: readonly CouncilConfig[] = [
  { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
  { slug: "brent", name: "Brent Council", baseUrl: "https://democracy.brent.gov.uk" },
];

/** A council list that cannot be used; an EnvError, so the CLIs print it without a stack trace. */
export class CouncilsConfigError extends EnvError {}

/** Validates a parsed council list; the error names each bad entry by position and slug. */
export function parseCouncilList(json: unknown, source: string): CouncilConfig[] {
  const list = z.array(z.unknown()).min(1, "at least one council").safeParse(json);
  if (!list.success)
    throw new CouncilsConfigError(`${source}: expected a JSON array of councils with at least one entry.`);
  const problems: string[] = [];
  const councils: CouncilConfig[] = [];
  list.data.forEach((entry, i) => {
    const parsed = councilSchema.safeParse(entry);
    const label = describeEntry(entry, i);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`  ${label}: ${issue.path.join(".") || "entry"}: ${issue.message}`);
      return;
    }
    if (councils.some((c) => c.slug === parsed.data.slug))
      problems.push(`  ${label}: slug: "${parsed.data.slug}" is used twice`);
    councils.push(parsed.data);
  });
  if (problems.length)
    throw new CouncilsConfigError(`Invalid council list in ${source}; fix these entries:\n${problems.join("\n")}`);
  return councils;
}

function describeEntry(entry: unknown, index: number): string {
  const slug = typeof entry === "object" && entry !== null ? (entry as { slug?: unknown }).slug : undefined;
  return `entry ${index + 1}${typeof slug === "string" && slug ? ` ("${slug}")` : ""}`;
}

export function readCouncilsFile(file: string): CouncilConfig[] {
  const fullPath = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(fullPath, "utf8");
  } catch (error) {
    throw new CouncilsConfigError(
      `COUNCILS_FILE: cannot read ${fullPath} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CouncilsConfigError(`COUNCILS_FILE: ${fullPath} is not valid JSON (${(error as Error).message}).`);
  }
  return parseCouncilList(json, `COUNCILS_FILE (${fullPath})`);
}

function loadConfiguredCouncils(): { councils: readonly CouncilConfig[]; error: EnvError | null } {
  try {
    const file = readCouncilsFileSetting();
    return { councils: file ? readCouncilsFile(file) : BUILT_IN_COUNCILS, error: null };
  } catch (error) {
    if (error instanceof EnvError) return { councils: [], error };
    throw error;
  }
}

const loaded = loadConfiguredCouncils();

/** The councils of this process, in configuration order. */
export const COUNCILS: readonly CouncilConfig[] = loaded.councils;

/** The council the site leads with ("/", the sign-up page): the first in the list, Harrow by default. */
export const DEFAULT_COUNCIL_SLUG = COUNCILS[0]?.slug ?? "harrow";

/** The councils, or the configuration error: call once at start-up so a bad COUNCILS_FILE stops the process. */
export function assertCouncilsConfigured(): readonly CouncilConfig[] {
  if (loaded.error) throw loaded.error;
  return COUNCILS;
}

export function findCouncil(slug: string): CouncilConfig | undefined {
  return COUNCILS.find((c) => c.slug === slug);
}

/** The council's planning portal page for an application, when its configuration gives a template; else null. */
export function planningPortalUrl(council: Pick<CouncilConfig, "planningPortalUrl">, reference: string): string | null {
  if (!council.planningPortalUrl) return null;
  return council.planningPortalUrl.replace(/\{reference\}|%7Breference%7D/g, encodeURIComponent(reference));
}
