import type { MetadataRoute } from "next";
import { getPrisma } from "@/lib/db";
import { absoluteUrl } from "@/lib/feeds/feed-paths";
import { listSitemapEntries } from "@/lib/feeds/sitemap-entries";

// Built per request from the database (never at `next build`, which has no database), with absolute URLs on
// PUBLIC_BASE_URL as the protocol requires.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await listSitemapEntries(getPrisma());
  return entries.map((e) => ({
    url: absoluteUrl(e.path),
    lastModified: e.lastModified,
    changeFrequency: e.changeFrequency,
  }));
}
