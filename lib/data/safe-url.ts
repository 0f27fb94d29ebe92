// Links taken from scraped pages are untrusted: only absolute http(s) URLs may become an href. Anything else
// (javascript:, data:, relative paths, garbage) is dropped here, once, so that no page can render it.

/** The URL, normalised, when it is absolute http or https; otherwise null. */
export function safeExternalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  return url.toString();
}

/** A PDF link that opens at a page: browsers' PDF viewers honour #page=N. */
export function withPageFragment(url: string, page: number | null): string {
  if (page === null) return url;
  const base = url.replace(/#.*$/, "");
  return `${base}#page=${page}`;
}

/**
 * A photo we can show: only one served by this site (a path such as /photos/42.jpg). The Content-Security-Policy
 * allows no other origin, and hot-linking the council's copy would also tell it who reads which page.
 */
export function localImagePath(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return /^\/(?!\/)[A-Za-z0-9/_.-]+$/.test(raw) && !raw.includes("..") ? raw : null;
}
