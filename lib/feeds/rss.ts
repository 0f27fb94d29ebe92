// RSS 2.0 (the format every feed reader accepts), with the atom:link rel="self" that validators ask for. Pure: the
// route handler passes absolute URLs and plain text in, and gets the document out.
import { escapeHtml } from "@/lib/escape-html";
import { escapeHtmlTitle } from "./html-text";
import { el, renderXmlDocument } from "./xml-writer";

export interface RssItem {
  /** Plain text (a scraped meeting title may hold anything); written HTML-escaped, then XML-escaped. */
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
 * Readers render <description> as HTML, so plain text goes in HTML-escaped (then XML-escaped by the writer): a
 * scraped "<script>" shows as text in the reader instead of being interpreted.
 */
export function descriptionHtml(paragraphs: string[], link: string, linkText: string): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return `${body}<p><a href="${escapeHtml(link)}">${escapeHtml(linkText)}</a></p>`;
}

export function buildRssFeed(channel: RssChannel): string {
  const newest = channel.items.reduce<Date | null>((max, i) => (max && max > i.published ? max : i.published), null);
  return renderXmlDocument(
    el(
      "rss",
      { version: "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom" },
      el(
        "channel",
        {},
        el("title", {}, escapeHtmlTitle(channel.title)),
        el("link", {}, channel.link),
        el("description", {}, escapeHtmlTitle(channel.description)),
        el("language", {}, "en-gb"),
        el("lastBuildDate", {}, rfc822(newest ?? channel.fallbackDate)),
        el("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
        ...channel.items.map((item) =>
          el(
            "item",
            {},
            // Titles are read as HTML by many readers and parsers: escaped as HTML, then as XML by the writer.
            el("title", {}, escapeHtmlTitle(item.title)),
            el("link", {}, item.link),
            el("guid", { isPermaLink: "false" }, item.guid),
            el("pubDate", {}, rfc822(item.published)),
            el("description", {}, descriptionHtml(item.paragraphs, item.link, "Read the full summary")),
            ...item.categories.map((c) => el("category", {}, c)),
          ),
        ),
      ),
    ),
  );
}
