import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/feeds/feed-paths";

// Per request rather than at build time, so that the sitemap address follows PUBLIC_BASE_URL as the server runs.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Search results are endless variations of pages crawlers reach anyway; the API mirrors the pages as JSON.
      disallow: ["/search", "/*/search", "/api/"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
