// The feed and calendar route handlers' shared body: resolve the scope from the URL (404 when it names nothing),
// read, render, respond. Route files stay a few lines each.
import { clockNow } from "@/lib/clock";
import { getPrisma } from "@/lib/db";
import { absoluteUrl, committeeFeedPath, siteFeedPath, siteHost, topicFeedPath } from "./feed-paths";
import { parseIdSegment } from "@/lib/urls";
import {
  FEED_LENGTH,
  findCalendarMeeting,
  listCalendarMeetings,
  listChangeFeedEntries,
  listSummaryFeedEntries,
  resolveFeedScope,
  type FeedScope,
} from "./feed-data";

const SHORT_DAY = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
});
const formatShortDay = (d: Date) => SHORT_DAY.format(d);
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { feedNotFound, feedResponse, feedUnavailable } from "./feed-response";
import { buildMeetingsCalendar } from "./meetings-calendar";
import { buildRssFeed } from "./rss";
import { findCouncil } from "@/lib/councils";
import { getIssuePage } from "@/lib/data/issues";

export type ScopeParams = { committeeSegment?: string; topicSlug?: string };

const KIND_LABEL: Record<string, string> = { preview: "Preview", outcome: "Summary", cancelled: "Cancelled" };

function feedTitle(scope: FeedScope): string {
  if (scope.committee) return `${scope.councilName}: ${scope.committee.name} – new meeting summaries`;
  if (scope.topic) return `${scope.councilName}: ${scope.topic.name} – new meeting summaries`;
  return `${scope.councilName} – new meeting summaries`;
}

/** The canonical address of the scope's feed (the requested one may carry a stale committee slug). */
function feedPathOf(scope: FeedScope): string {
  if (scope.committee) return committeeFeedPath({ councilSlug: scope.councilSlug, ...scope.committee });
  if (scope.topic) return topicFeedPath({ councilSlug: scope.councilSlug, slug: scope.topic.slug });
  return siteFeedPath(scope.councilSlug);
}

/** A feed's failures: 503 with Retry-After when the database is out of reach (a reader keeps its copy), else thrown. */
async function unlessUnavailable(serve: () => Promise<Response>): Promise<Response> {
  try {
    return await serve();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("[feeds] database unavailable");
    return feedUnavailable();
  }
}

export function serveSummaryFeed(request: Request, councilParam: string, by: ScopeParams = {}): Promise<Response> {
  return unlessUnavailable(() => summaryFeed(request, councilParam, by));
}

export function serveMeetingsCalendar(request: Request, councilParam: string, by: ScopeParams = {}): Promise<Response> {
  return unlessUnavailable(() => meetingsCalendar(request, councilParam, by));
}

async function summaryFeed(request: Request, councilParam: string, by: ScopeParams): Promise<Response> {
  const prisma = getPrisma();
  const scope = await resolveFeedScope(prisma, councilParam, by);
  if (!scope) return feedNotFound("no such council, committee or topic");
  const [entries, changes] = await Promise.all([
    listSummaryFeedEntries(prisma, scope),
    listChangeFeedEntries(prisma, scope),
  ]);
  const channel = {
    title: feedTitle(scope),
    link: absoluteUrl(scope.pagePath),
    selfUrl: absoluteUrl(feedPathOf(scope)),
    description: `Machine-generated summaries of ${scope.label === scope.councilName ? `${scope.councilName}'s` : `${scope.councilName}'s ${scope.label}`} meetings, newest first, each linking to the official papers.`,
    fallbackDate: new Date(),
  };
  const summaries = entries.map((e) => {
    const link = absoluteUrl(e.meetingPath);
    return {
      title: `${KIND_LABEL[e.kind] ?? "Summary"}: ${e.meetingTitle}`,
      link,
      // One item per kind of summary: the preview, then the outcome after the meeting, are news; a regenerated
      // wording of the same outcome is not.
      guid: `${link}#summary-${e.kind}`,
      published: e.generatedAt,
      paragraphs: [e.overview],
      categories: [e.committeeName, ...e.topics],
    };
  });
  // Papers changed after publication (issue 15): an item of their own per meeting and day, so readers see them.
  const updates = changes.map((c) => {
    const link = absoluteUrl(c.meetingPath);
    return {
      title: `Papers updated: ${c.meetingTitle}`,
      link: `${link}#changes`,
      guid: `${link}#updated-${c.day}`,
      published: c.at,
      paragraphs: [`Updated on ${formatShortDay(c.at)}: ${c.summary}.`],
      categories: [c.committeeName],
    };
  });
  const body = buildRssFeed({
    ...channel,
    items: [...summaries, ...updates]
      .sort((a, b) => b.published.getTime() - a.published.getTime())
      .slice(0, FEED_LENGTH),
  });
  return feedResponse(request, body, "application/rss+xml; charset=utf-8");
}

async function meetingsCalendar(request: Request, councilParam: string, by: ScopeParams): Promise<Response> {
  const prisma = getPrisma();
  const scope = await resolveFeedScope(prisma, councilParam, by);
  if (!scope) return feedNotFound("no such council or committee");
  const meetings = await listCalendarMeetings(prisma, scope, clockNow(), absoluteUrl);
  const body = buildMeetingsCalendar({
    name: scope.committee ? `${scope.councilName}: ${scope.committee.name}` : `${scope.councilName} meetings`,
    description: `Meetings of ${scope.committee ? scope.committee.name : scope.councilName}, with links to summaries and official papers.`,
    uidHost: siteHost(),
    meetings,
  });
  return feedResponse(request, body, "text/calendar; charset=utf-8");
}

/** One meeting as a calendar file ("add to calendar"): the same event, UID included, as in the council's calendar. */
export async function serveMeetingEvent(
  request: Request,
  councilParam: string,
  meetingSegment: string,
): Promise<Response> {
  const prisma = getPrisma();
  const parsed = parseIdSegment(meetingSegment);
  const scope = parsed ? await resolveFeedScope(prisma, councilParam) : null;
  const meeting = scope && parsed ? await findCalendarMeeting(prisma, scope, parsed.id, absoluteUrl) : null;
  if (!scope || !meeting) return feedNotFound("no such council or meeting");
  const body = buildMeetingsCalendar({
    name: `${scope.councilName}: ${meeting.committeeName}`,
    description: `A meeting of ${meeting.committeeName}, with a link to its summary and official papers.`,
    uidHost: siteHost(),
    meetings: [meeting],
  });
  const response = feedResponse(request, body, "text/calendar; charset=utf-8");
  // Opened from a link, the file goes to the calendar app rather than being shown as text.
  if (response.status === 200)
    response.headers.set("Content-Disposition", `attachment; filename="meeting-${meeting.externalId}.ics"`);
  return response;
}

/** RSS of one issue: an entry each time the matter comes up at a meeting, with that meeting's decision. */
export function serveIssueFeed(request: Request, councilParam: string, issueSegment: string): Promise<Response> {
  return unlessUnavailable(async () => {
    const council = findCouncil(councilParam);
    const parsed = parseIdSegment(issueSegment);
    const issue = council && parsed ? await getIssuePage(getPrisma(), council.slug, parsed.id, clockNow()) : null;
    if (!issue) return feedNotFound("no such council or issue");
    const body = buildRssFeed({
      title: `${council!.name}: ${issue.title} – history`,
      link: absoluteUrl(issue.path),
      selfUrl: absoluteUrl(`${issue.path}/feed.xml`),
      description: `Every meeting of ${council!.name} where “${issue.title}” came up, newest first, with its decision.`,
      fallbackDate: new Date(0),
      items: [...issue.steps].reverse().map((s) => {
        const link = absoluteUrl(`${s.meeting.path}#${s.item.anchor}`);
        return {
          title: `${s.meeting.committee.name}, ${new Date(s.meeting.startsAt).toLocaleDateString("en-GB", { timeZone: "Europe/London", day: "numeric", month: "short", year: "numeric" })}: ${s.item.title}`,
          link,
          guid: link,
          published: new Date(s.meeting.startsAt),
          paragraphs: [s.decision ?? "No decision has been published for this item yet.", ...s.bullets],
          categories: [s.meeting.committee.name],
        };
      }),
    });
    return feedResponse(request, body, "application/rss+xml; charset=utf-8");
  });
}
