// One meeting has many addresses (docs/harrow.md#addresses): MId/MeetingId/MID, a cookieless session segment, three
// hosts. Every URL a parser returns goes through resolveUrl so stored links and dedup keys are canonical.

const HARROW_HOST = "moderngov.harrow.gov.uk";

// ASP.NET cookieless sessions put "(S(id))" (and on some installs "(X(1))" / "(A(...))") in the path.
const SESSION_SEGMENT = /\/\([A-Z]\([^)/]*\)\)/gi;

/** Removes cookieless-session path segments, keeping the rest of the URL untouched. */
export function stripSessionSegment(url: string): string {
  return url.replace(SESSION_SEGMENT, "");
}

/**
 * Absolute, canonical form of a link found on `pageUrl`: raw spaces encoded, session segment and fragment
 * dropped, Harrow's legacy hosts (www2.harrow.gov.uk, www.harrow.gov.uk/www2/) moved to the current one.
 * Returns null for links that are not fetchable pages (mailto:, javascript:, empty, unparseable).
 */
export function resolveUrl(href: string | null | undefined, pageUrl: string): string | null {
  const raw = (href ?? "").trim();
  if (!raw || raw.startsWith("#") || /^(mailto|javascript|tel|data):/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(stripSessionSegment(raw), stripSessionSegment(pageUrl));
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.pathname = stripSessionSegment(url.pathname);
  normaliseHarrowHost(url);
  return url.toString();
}

function normaliseHarrowHost(url: URL): void {
  const host = url.hostname.toLowerCase();
  const isLegacyWww2 = host === "www2.harrow.gov.uk";
  const isLegacyPath = (host === "www.harrow.gov.uk" || host === "harrow.gov.uk") && /^\/www2\//i.test(url.pathname);
  if (isLegacyPath) url.pathname = url.pathname.replace(/^\/www2\//i, "/");
  if (isLegacyWww2 || isLegacyPath || host === HARROW_HOST) {
    url.hostname = HARROW_HOST;
    url.protocol = "https:";
    url.port = "";
  }
}

/** Canonical key for a URL (see resolveUrl); throws nothing, returns the input when it is not a URL. */
export function canonicaliseUrl(url: string): string {
  return resolveUrl(url, url) ?? url;
}

/** A query parameter by any of its names, case-insensitively (ModernGov mixes MId, MID and MeetingId). */
export function readQueryParam(url: string | null | undefined, names: readonly string[]): string | null {
  if (!url) return null;
  let params: URLSearchParams;
  try {
    params = new URL(url, "https://placeholder.invalid/").searchParams;
  } catch {
    return null;
  }
  const wanted = names.map((n) => n.toLowerCase());
  for (const name of wanted) {
    for (const [key, value] of params) if (key.toLowerCase() === name && value.trim()) return value.trim();
  }
  return null;
}

/** A positive integer query parameter by any of its names, or null. */
export function readQueryInt(url: string | null | undefined, names: readonly string[]): number | null {
  const value = readQueryParam(url, names);
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

export const MEETING_ID_PARAMS = ["MId", "MeetingId", "MID", "meeting_id"] as const;
export const COMMITTEE_ID_PARAMS = ["CId", "CommitteeId", "CID"] as const;

/** Whether a URL's path ends with the given ModernGov page name (case-insensitive), e.g. "mgUserInfo.aspx". */
export function isModernGovPage(url: string | null | undefined, page: string): boolean {
  if (!url) return false;
  const path = url.split(/[?#]/)[0] ?? "";
  return path.toLowerCase().endsWith(`/${page.toLowerCase()}`) || path.toLowerCase() === page.toLowerCase();
}
