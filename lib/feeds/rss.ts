// RSS 2.0 (the format every feed reader accepts), with the atom:link rel="self" that validators ask for, written by
// the `feed` package. Pure: the route handler passes absolute URLs and plain text in, and gets the document out.
//
// What is ours is what readers make of the text (its escaping is done once, here, and pinned by
// tests/unit/feeds/rss.test.ts): titles and descriptions are HTML to most readers, so they go in HTML-escaped;
// characters XML 1.0 forbids (form feeds from PDF text, NULs) are dropped; and two of the library's habits are
// allowed for: it writes item titles and descriptions as CDATA, which it does not split safely when the text holds
// "]]>" twice (HTML-escaped text never holds ">"), and before escaping channel text it turns every "&amp;" back
// into "&", so escapeHtmlTitle writes the ampersand as "&#38;".
import { Feed } from "feed";
import { escapeHtml } from "@/lib/escape-html";
import { escapeHtmlTitle, stripInvalidXmlChars } from "./html-text";

export interface RssItem {
  /** Plain text (a scraped meeting title may hold anything); written HTML-escaped. */
  title: string;
  link: string;
  /** Stable across rebuilds of the feed; readers use it to tell new items from seen ones. */
  guid: string;
  published: Date;
  /** Plain text paragraphs; written as escaped HTML, which is what readers expect in <description>. */
  paragraphs: string[];
  categories: string[];
}

export interface RssChannel {
  title: string;
  /** The site page the feed mirrors. */
  link: string;
  /** This feed's own URL. */
  selfUrl: string;
  description: string;
  items: RssItem[];
  /** Used when there are no items (otherwise the newest item's date, so an unchanged feed is byte-identical). */
  fallbackDate: Date;
}

/** RFC 822 date as RSS wants it: "Thu, 26 Nov 2026 12:00:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/**
 * Readers render <description> as HTML, so plain text goes in HTML-escaped: a scraped "<script>" shows as text in
 * the reader instead of being interpreted.
 */
export function descriptionHtml(paragraphs: string[], link: string, linkText: string): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return `${body}<p><a href="${escapeHtml(link)}">${escapeHtml(linkText)}</a></p>`;
}

/** Plain text that XML can carry, as a title readers render as HTML. */
const titleText = (text: string) => escapeHtmlTitle(stripInvalidXmlChars(text));

export function buildRssFeed(channel: RssChannel): string {
  const newest = channel.items.reduce<Date | null>((max, i) => (max && max > i.published ? max : i.published), null);
  const feed = new Feed({
    id: channel.link,
    title: titleText(channel.title),
    description: titleText(channel.description),
    link: channel.link,
    feedLinks: { rss: channel.selfUrl },
    language: "en-gb",
    updated: newest ?? channel.fallbackDate,
    generator: false,
  });
  for (const item of channel.items) {
    feed.addItem({
      title: titleText(item.title),
      link: item.link,
      guid: stripInvalidXmlChars(item.guid),
      date: item.published,
      description: stripInvalidXmlChars(descriptionHtml(item.paragraphs, item.link, "Read the full summary")),
      category: item.categories.map((name) => ({ name: stripInvalidXmlChars(name) })),
    });
  }
  return `${feed.rss2()}\n`;
}
