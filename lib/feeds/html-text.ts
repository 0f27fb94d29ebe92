// Plain text for the HTML-ish title fields of a feed (lib/escape-html.ts escapes everything else).

/**
 * Plain text for an RSS <title> (or the channel's description), which many readers render as HTML and feed parsers
 * decode as HTML: "<" and ">" always escaped, and "&" wherever HTML would read a character reference after it
 * ("&lt;", "&copy", "&#60"), so the text reads the same both ways. A lone "&" ("Children & Families") stays as it
 * is, so the readers that show titles as plain text show it plainly too.
 */
export function escapeHtmlTitle(text: string): string {
  return text.replace(/&(?=[#A-Za-z0-9])/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
