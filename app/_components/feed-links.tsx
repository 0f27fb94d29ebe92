import {
  absoluteUrl,
  committeeCalendarPath,
  committeeFeedPath,
  siteCalendarPath,
  siteFeedPath,
  topicFeedPath,
} from "@/lib/feeds/feed-paths";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { PageSection } from "./page-section";

interface Props {
  councilSlug: string;
  /** a committee's page: its own feed, calendar and API query */
  committee?: { externalId: number; name: string };
  /** a topic's page: its feed (calendars and the API are by council and committee) */
  topic?: { slug: string; name: string };
  /** an issue's page: the feed of its history */
  issue?: { path: string };
}

interface Entry {
  id: string;
  label: string;
  help: string;
  url: string;
}

/**
 * The feeds, calendar and API of what a page shows, as visible links (browsers no longer show <link rel="alternate">)
 * each with its address in a read-only box, to select and copy into a feed reader or calendar app without JavaScript.
 */
export function FeedLinks({ councilSlug, committee, topic, issue }: Props) {
  const entries: Entry[] = [];
  if (issue) {
    entries.push({
      id: "rss",
      label: "RSS feed of this item's history",
      help: "for a feed reader: a new entry each time it comes up at a meeting",
      url: absoluteUrl(`${issue.path}/feed.xml`),
    });
  } else if (committee) {
    const ref = { councilSlug, ...committee };
    entries.push(
      {
        id: "rss",
        label: "RSS feed of new summaries",
        help: "for a feed reader",
        url: absoluteUrl(committeeFeedPath(ref)),
      },
      {
        id: "ics",
        label: "Calendar of meetings (iCalendar)",
        help: "subscribe in your calendar app",
        url: absoluteUrl(committeeCalendarPath(ref)),
      },
      {
        id: "api",
        label: "Meetings as JSON (API)",
        help: "for developers; see /api/v1",
        url: absoluteUrl(`/api/v1/meetings?council=${councilSlug}&committee=${committee.externalId}`),
      },
    );
  } else if (topic) {
    entries.push({
      id: "rss",
      label: "RSS feed of new summaries on this topic",
      help: "for a feed reader",
      url: absoluteUrl(topicFeedPath({ councilSlug, slug: topic.slug })),
    });
  } else {
    entries.push(
      {
        id: "rss",
        label: "RSS feed of new summaries",
        help: "for a feed reader",
        url: absoluteUrl(siteFeedPath(councilSlug)),
      },
      {
        id: "ics",
        label: "Calendar of meetings (iCalendar)",
        help: "subscribe in your calendar app",
        url: absoluteUrl(siteCalendarPath(councilSlug)),
      },
      {
        id: "api",
        label: "Meetings as JSON (API)",
        help: "for developers; see /api/v1",
        url: absoluteUrl(`/api/v1/meetings?council=${councilSlug}`),
      },
    );
  }
  return (
    <PageSection id="follow" title="Follow, subscribe or reuse">
      <ul className="space-y-3">
        {entries.map((e) => (
          <li key={e.id} className="space-y-1">
            <p>
              <a href={e.url} className={linkClass}>
                {e.label}
              </a>{" "}
              <span className={mutedClass}>({e.help})</span>
            </p>
            <label htmlFor={`follow-${e.id}`} className="sr-only">
              Address of the {e.label}, to copy
            </label>
            <input
              id={`follow-${e.id}`}
              type="text"
              readOnly
              value={e.url}
              className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm text-slate-800"
            />
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
