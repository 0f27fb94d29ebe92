import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { getCommitteePage, type CommitteePageData } from "@/lib/data/committees";
import { lastSegment, parseIdSegment } from "@/lib/urls";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { MeetingList } from "@/app/_components/meeting-list";
import { NotFoundResponse, PermanentRedirectResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";
import { FeedLinks } from "@/app/_components/feed-links";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; committee: string }>;

const page = councilItemPage(
  "committee",
  async (council, segment): Promise<CommitteePageData | null> => {
    const parsed = parseIdSegment(segment);
    return parsed ? getCommitteePage(getPrisma(), council.slug, parsed.id, clockNow()) : null;
  },
  (data) => ({
    title: data.name,
    description: `Meetings, members and decisions of ${data.council.name}'s ${data.name}.`,
    path: data.path,
    feeds: { councilSlug: data.council.slug, committee: data },
  }),
);
export const generateMetadata = page.generateMetadata;

export default async function CommitteePage({ params }: CouncilPageProps<"committee">) {
  const { council, committee } = await params;
  const data = await page.load(council, committee);
  if (!data) return <NotFoundResponse />;
  if (lastSegment(data.path) !== committee) return <PermanentRedirectResponse to={data.path} />;
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{data.name}</h1>
        {!data.isActive && (
          <p className="font-medium text-amber-900">This committee no longer appears in the council&apos;s list.</p>
        )}
        {data.purpose ? (
          <p className="max-w-prose whitespace-pre-line text-slate-800">{data.purpose}</p>
        ) : (
          <p className={mutedClass}>The council has not published a description of this committee.</p>
        )}
        {data.officialUrl && (
          <p>
            <a href={data.officialUrl} className={linkClass}>
              View on council website
            </a>
          </p>
        )}
      </header>

      <PageSection id="members" title="Members">
        {data.members.length === 0 ? (
          <p className={mutedClass}>The council has not published this committee&apos;s membership.</p>
        ) : (
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            {data.members.map((m) => (
              <li key={m.path}>
                <Link href={m.path} className={`${linkClass} font-medium`}>
                  {m.name}
                </Link>
                <span className={`block ${mutedClass}`}>{[m.role, m.party].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="meetings" title="Meetings" className="space-y-4">
        {data.meetingsByYear.length === 0 && (
          <p className={mutedClass}>No meetings have been imported for this committee yet.</p>
        )}
        {data.meetingsByYear.map((group) => (
          <section key={group.year} aria-labelledby={`year-${group.year}`} className="space-y-2">
            <h3 id={`year-${group.year}`} className="text-lg font-semibold">
              {group.year}
            </h3>
            <MeetingList meetings={group.meetings} withSummary emptyText="" />
          </section>
        ))}
      </PageSection>

      <FeedLinks councilSlug={data.council.slug} committee={data} />
    </div>
  );
}
