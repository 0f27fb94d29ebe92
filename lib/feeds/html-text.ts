// Plain text for the title fields of a feed (lib/escape-html.ts escapes everything else), and the characters XML
// cannot carry at all.

/**
 * Plain text for an RSS <title> (or the channel's description), which many readers render as HTML and feed parsers
 * decode as HTML: "<" and ">" always escaped, and "&" wherever HTML would read a character reference after it
 * ("&lt;", "&copy", "&#60"), so the text reads the same both ways. A lone "&" ("Children & Families") stays as it
 * is, so the readers that show titles as plain text show it plainly too. The escaped ampersand is written "&#38;",
 * not "&amp;", which the feed writer would unescape (see rss.ts).
 */
export function escapeHtmlTitle(text: string): string {
  return text
    .replace(/&(?=[#A-Za-z0-9])/g, "&#38;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

// Everything outside XML 1.0's Char production: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML 1.0 forbids (form feeds from PDF text, NULs, lone surrogates) rather than emit invalid XML. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}
