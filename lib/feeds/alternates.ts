// <link rel="alternate"> tags for a page's feeds, in the shape Next.js metadata takes, so a page can write
//   export async function generateMetadata() { return { title, alternates: feedAlternates({ councilSlug, committee }) }; }
// (or spread it next to a canonical: alternates: { canonical: path, ...feedAlternates(...) }).
import type { Metadata } from "next";
import { findCouncil } from "@/lib/councils";
import {
  absoluteUrl,
  committeeCalendarPath,
  committeeFeedPath,
  siteCalendarPath,
  siteFeedPath,
  topicFeedPath,
} from "./feed-paths";

type Alternates = NonNullable<Metadata["alternates"]>;

export interface FeedAlternatesInput {
  councilSlug: string;
  /** On a committee's page: its summaries feed and meetings calendar. */
  committee?: { externalId: number; name: string };
  /** On a topic's page: its summaries feed. */
  topic?: { slug: string; name: string };
}

export function feedAlternates(input: FeedAlternatesInput): Pick<Alternates, "types"> {
  const councilName = findCouncil(input.councilSlug)?.name ?? input.councilSlug;
  if (input.committee) {
    const ref = { councilSlug: input.councilSlug, ...input.committee };
    return {
      types: {
        "application/rss+xml": [
          { url: absoluteUrl(committeeFeedPath(ref)), title: `${input.committee.name}: new summaries` },
        ],
        "text/calendar": [
          { url: absoluteUrl(committeeCalendarPath(ref)), title: `${input.committee.name}: meetings calendar` },
        ],
      },
    };
  }
  if (input.topic) {
    return {
      types: {
        "application/rss+xml": [
          {
            url: absoluteUrl(topicFeedPath({ councilSlug: input.councilSlug, slug: input.topic.slug })),
            title: `${input.topic.name}: new summaries`,
          },
        ],
      },
    };
  }
  return {
    types: {
      "application/rss+xml": [
        { url: absoluteUrl(siteFeedPath(input.councilSlug)), title: `${councilName}: new meeting summaries` },
      ],
      "text/calendar": [
        { url: absoluteUrl(siteCalendarPath(input.councilSlug)), title: `${councilName}: meetings calendar` },
      ],
    },
  };
}
