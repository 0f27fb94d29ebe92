// The <head> of every public page in one shape: title, description, canonical address, feed links and the Open
// Graph and Twitter cards that link previews read. Paths stay relative here; the root layout's metadataBase
// (PUBLIC_BASE_URL, read per request) makes the canonical and og:url absolute, and feedAlternates writes absolute
// feed URLs itself.
import type { Metadata } from "next";
import { feedAlternates, type FeedAlternatesInput } from "@/lib/feeds/alternates";
import { findCouncil } from "@/lib/councils";
import { SITE_NAME, councilSiteName } from "@/lib/site";

export interface PageMetadataInput {
  /** Shown as "{title} · Harrow Council digest" (that council's digest) in the tab; `{ absolute }` for a title that names the site itself. */
  title: string | { absolute: string };
  description: string;
  /** The page's canonical path, e.g. "/harrow/committees/788-corporate-parenting-panel". */
  path: string;
  /** The feeds to advertise with <link rel="alternate">: the council's, a committee's or a topic's. */
  feeds?: FeedAlternatesInput;
  /** "article" for a page about one dated thing (a meeting, a weekly issue); "website" otherwise. */
  type?: "website" | "article";
}

export function pageMetadata({ title, description, path, feeds, type = "website" }: PageMetadataInput): Metadata {
  // Link previews show the site name separately (og:site_name), so the card's title goes without the suffix.
  const cardTitle = typeof title === "string" ? title : title.absolute;
  // A council's pages name that council's digest ("Brent Council digest"); the first path segment says which.
  const council = findCouncil(path.split("/")[1] ?? "");
  const siteName = council ? councilSiteName(council.name) : SITE_NAME;
  return {
    title,
    description,
    alternates: { canonical: path, ...(feeds ? feedAlternates(feeds) : {}) },
    openGraph: { title: cardTitle, description, url: path, siteName, type, locale: "en_GB" },
    twitter: { card: "summary", title: cardTitle, description },
  };
}
