// Where the feeds live, next to the pages they mirror: /harrow/feed.xml, /harrow/committees/788-…/feed.xml,
// /harrow/topics/housing/feed.xml, and the calendars /harrow/meetings.ics, /harrow/committees/788-…/meetings.ics.
import { getEnv } from "@/lib/env";
import { committeePath, councilPath, topicPath } from "@/lib/urls";

export type CommitteeRef = { councilSlug: string; externalId: number; name: string };
export type TopicRef = { councilSlug: string; slug: string };

export const siteFeedPath = (councilSlug: string) => `${councilPath(councilSlug)}/feed.xml`;
export const committeeFeedPath = (c: CommitteeRef) => `${committeePath(c)}/feed.xml`;
export const topicFeedPath = (t: TopicRef) => `${topicPath(t)}/feed.xml`;
export const siteCalendarPath = (councilSlug: string) => `${councilPath(councilSlug)}/meetings.ics`;
export const committeeCalendarPath = (c: CommitteeRef) => `${committeePath(c)}/meetings.ics`;

/** An absolute URL on this site (feeds, calendars and sitemaps must not use relative links). */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().PUBLIC_BASE_URL).toString();
}

/** The site's host name, for globally unique calendar UIDs. */
export function siteHost(): string {
  return new URL(getEnv().PUBLIC_BASE_URL).hostname;
}
