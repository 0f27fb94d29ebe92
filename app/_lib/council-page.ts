// The preamble every council page shares: no params at build time, the council looked up before any database work
// (an unknown council is a 404), one load per request shared by generateMetadata and the page, and the metadata
// built from what was loaded. `export const revalidate = 30` stays a literal in each page file: Next reads route
// segment config by static analysis of that very file, so it cannot come from here.
//
// Caching, for every council page: pages are rendered on first request and cached (ISR). The cache handler
// (lib/web/isr-cache-handler.mjs) listens for PostgreSQL's notifications of content changes and re-renders a page
// in the background once its data has changed (and at least every 10 minutes, for what depends on the clock);
// readers are always served stored HTML. `revalidate = 30` is the fallback whenever the notifications are not
// flowing, and the s-maxage shared caches see. generateStaticParams returns no params, so `next build` never needs
// the database.
import type { Metadata } from "next";
import { cache } from "react";
import { findCouncil, type CouncilConfig } from "@/lib/councils";
import { NOT_FOUND_METADATA } from "./council";
import { pageMetadata, type PageMetadataInput } from "./page-metadata";

/** The props of a page under /{council}, with its own dynamic segments named by K. */
export type CouncilPageProps<K extends string = never> = {
  params: Promise<{ council: string } & { [P in K]: string }>;
};

/** generateStaticParams for every council page: none at build time (see above). */
export function noStaticParams<P>(): P[] {
  return [];
}

/** generateMetadata for a page about a council as a whole (its committees, topics, weekly updates). */
export function councilMetadata(describe: (council: CouncilConfig) => PageMetadataInput) {
  return async ({ params }: CouncilPageProps): Promise<Metadata> => {
    const council = findCouncil((await params).council);
    return council ? pageMetadata(describe(council)) : NOT_FOUND_METADATA;
  };
}

/**
 * A page about one thing of a council, named by the path segment K (/harrow/meetings/{meeting}): its loader, run
 * once per request whether metadata or the page asks first (null for an unknown council or whatever `load` cannot
 * find), and its generateMetadata.
 */
export function councilItemPage<K extends string, D>(
  segment: K,
  load: (council: CouncilConfig, segment: string) => Promise<D | null>,
  describe: (data: D, council: CouncilConfig) => PageMetadataInput,
) {
  const loadOnce = cache(async (councilSlug: string, value: string): Promise<D | null> => {
    const council = findCouncil(councilSlug);
    return council ? load(council, value) : null;
  });
  return {
    load: loadOnce,
    async generateMetadata({ params }: CouncilPageProps<K>): Promise<Metadata> {
      const p = await params;
      const council = findCouncil(p.council);
      const data = council ? await loadOnce(p.council, p[segment]) : null;
      return council && data ? pageMetadata(describe(data, council)) : NOT_FOUND_METADATA;
    },
  };
}
