import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { getTopicPage, type TopicPageData } from "@/lib/data/topics";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatShortDate } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { EvidenceQuotes } from "@/app/_components/evidence-quotes";
import { MeetingBadges } from "@/app/_components/meeting-badges";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";
import { FeedLinks } from "@/app/_components/feed-links";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; topic: string }>;

// Taxonomy slugs are short kebab-case words; anything else is a 404 without a query.
const TOPIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const page = councilItemPage(
  "topic",
  async (council, slug): Promise<TopicPageData | null> =>
    slug.length > 100 || !TOPIC_SLUG.test(slug) ? null : getTopicPage(getPrisma(), council.slug, slug, clockNow()),
  (data, council) => ({
    title: data.name,
    description: data.description,
    path: data.path,
    feeds: { councilSlug: council.slug, topic: data },
  }),
);
export const generateMetadata = page.generateMetadata;

export default async function TopicPage({ params }: CouncilPageProps<"topic">) {
  const { council, topic } = await params;
  const data = await page.load(council, topic);
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
                  {item.meeting.committeeName},{" "}
                  <time dateTime={item.meeting.startsAt}>{formatShortDate(item.meeting.startsAt)}</time>
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
