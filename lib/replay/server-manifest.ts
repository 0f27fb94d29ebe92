import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// The snapshot contract (lib/replay/snapshot/<council>/manifest.json) and URL matching. ModernGov (IIS/ASP.NET)
// treats paths and query keys case-insensitively and ignores parameter order, and scrapers variously encode
// spaces in document paths as "+" or "%20", so a lookup falls back from the exact URL to a normalised key.

export const manifestEntrySchema = z.object({
  /** Path + query, spaces as %20, e.g. "/ieListDocuments.aspx?CId=788&MId=66101&Ver=4". */
  url: z.string().startsWith("/"),
  /** Relative to the snapshot directory. */
  file: z.string().min(1),
  contentType: z.string().min(1),
  lastModified: z.string().optional(),
});

export const manifestSchema = z.object({
  council: z.object({ slug: z.string(), name: z.string(), baseUrl: z.string() }),
  generatedFor: z.string().optional(),
  entries: z.array(manifestEntrySchema),
  /** What a later scrape finds changed (issue 15, part 4): served only after the server's secondScrape(). */
  secondScrape: z.object({ asOf: z.string(), entries: z.array(manifestEntrySchema) }).optional(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export type SnapshotIndex = {
  manifest: Manifest;
  dir: string;
  findEntry(requestTarget: string): ManifestEntry | undefined;
};

export async function loadSnapshotIndex(dir: string): Promise<SnapshotIndex> {
  const manifestPath = path.join(dir, "manifest.json");
  let raw: string;
  try {
    raw = await readFile(manifestPath, "utf8");
  } catch (error) {
    throw new Error(`Cannot read replay snapshot manifest ${manifestPath}`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new Error(`Invalid replay snapshot manifest ${manifestPath}: ${z.prettifyError(parsed.error)}`);
  }
  const manifest = parsed.data;
  const exact = new Map<string, ManifestEntry>();
  const loose = new Map<string, ManifestEntry>();
  for (const entry of manifest.entries) {
    // First entry wins on duplicates, in both maps, so lookups are predictable.
    if (!exact.has(entry.url)) exact.set(entry.url, entry);
    const key = normaliseRequestTarget(entry.url);
    if (!loose.has(key)) loose.set(key, entry);
  }
  return {
    manifest,
    dir,
    findEntry: (target) => exact.get(target) ?? loose.get(normaliseRequestTarget(target)),
  };
}

/**
 * A matching key for a request target (path + query, or an absolute URL): lower-cased decoded path with
 * "+" read as a space and any cookieless-session "/(S(...))" prefix dropped, plus the query as a sorted set
 * with lower-cased keys and values (ModernGov flags such as Act=earlier are case-insensitive too).
 */
export function normaliseRequestTarget(target: string): string {
  const url = new URL(target, "http://replay.invalid");
  const rawPath = url.pathname.replace(/^\/\(S\([^)]*\)\)(?=\/)/i, "").replace(/\+/g, "%20");
  const decodedPath = safeDecode(rawPath).toLowerCase();
  // The web service's meeting lists hold the whole history whatever the dates asked (like Lambeth's install):
  // match them on the committee alone, so a client may ask for any window (docs/moderngov.md#web-service).
  const anyWindow = /\/mgwebservice\.asmx\/(getmeetings|getallmeetingsbydate)$/.test(decodedPath);
  const params = [...url.searchParams]
    .filter(([key]) => !(anyWindow && /^s(from|to)date$/i.test(key)))
    .map(([key, value]) => `${encodeURIComponent(key.toLowerCase())}=${encodeURIComponent(value.toLowerCase())}`)
    .sort();
  return params.length > 0 ? `${decodedPath}?${params.join("&")}` : decodedPath;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Where an entry's bytes live, refusing paths that escape the snapshot directory. */
export function resolveEntryFile(dir: string, entry: ManifestEntry): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, entry.file);
  if (file !== root && !file.startsWith(root + path.sep)) {
    throw new Error(`Manifest entry ${entry.url} points outside the snapshot: ${entry.file}`);
  }
  return file;
}
