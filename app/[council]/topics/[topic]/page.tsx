import { clockNow } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { getTopicPage, type TopicPageData } from "@/lib/data/topics";
import { NOT_FOUND_METADATA, findCouncil } from "@/app/_lib/council";
import { pageMetadata } from "@/app/_lib/page-metadata";
import { formatShortDate } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { EvidenceQuotes } from "@/app/_components/evidence-quotes";
import { MeetingBadges } from "@/app/_components/meeting-badges";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";
import { FeedLinks } from "@/app/_components/feed-links";

// Cached and refreshed as described in app/[[...council]]/page.tsx.
export const revalidate = 30;
export function generateStaticParams(): { council: string; topic: string }[] {
  return [];
}

type Params = { params: Promise<{ council: string; topic: string }> };

// Taxonomy slugs are short kebab-case words; anything else is a 404 without a query.
const TOPIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const loadTopic = cache(async (councilSlug: string, slug: string): Promise<TopicPageData | null> => {
  const council = findCouncil(councilSlug);
  if (!council || slug.length > 100 || !TOPIC_SLUG.test(slug)) return null;
  return getTopicPage(getPrisma(), council.slug, slug, clockNow());
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { council, topic } = await params;
  const data = await loadTopic(council, topic);
  if (!data) return NOT_FOUND_METADATA;
  return pageMetadata({
    title: data.name,
    description: data.description,
    path: data.path,
    feeds: { councilSlug: council, topic: data },
  });
}

export default async function TopicPage({ params }: Params) {
  const { council, topic } = await params;
  const data = await loadTopic(council, topic);
  if (!data) return <NotFoundResponse />;
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-medium text-slate-600">Topic</p>
        <h1 className="text-3xl font-bold tracking-tight">{data.name}</h1>
        <p className="max-w-prose text-slate-700">{data.description}</p>
      </header>

      <PageSection id="meetings" title="Meetings">
        {data.meetings.length === 0 ? (
          <p className={mutedClass}>No meetings have been tagged with this topic yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {data.meetings.map(({ meeting, evidence }) => (
              <li key={meeting.path} className="space-y-1 py-3">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={meeting.path} className={`${linkClass} font-medium`}>
                    {meeting.title}
                  </Link>
                  <MeetingBadges status={meeting.status} isUpcoming={meeting.isUpcoming} />
                </p>
                {meeting.oneLine && <p>{meeting.oneLine}</p>}
                <EvidenceQuotes quotes={evidence} />
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="items" title="Agenda items">
        {data.items.length === 0 ? (
          <p className={mutedClass}>No agenda items have been tagged with this topic yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {data.items.map((item) => (
              <li key={item.itemPath} className="space-y-1 py-3">
                <Link href={item.itemPath} className={`${linkClass} font-medium`}>
                  {item.itemNumber && `${item.itemNumber} `}
                  {item.itemTitle}
                </Link>
                <p className={mutedClass}>
                  {item.meeting.committeeName}, <time dateTime={item.meeting.startsAt}>{formatShortDate(item.meeting.startsAt)}</time>
                </p>
                <EvidenceQuotes quotes={item.evidence} />
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <FeedLinks councilSlug={council} topic={data} />
    </div>
  );
}
