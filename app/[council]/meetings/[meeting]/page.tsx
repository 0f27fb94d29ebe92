import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { getMeetingPage, type MeetingPageData } from "@/lib/data/meeting-page";
import { firstSentence } from "@/lib/data/meetings";
import { lastSegment, parseIdSegment, planningIndexPath } from "@/lib/urls";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatDay } from "@/app/_lib/format";
import { reportProblemHref } from "@/app/_lib/report-link";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { AgendaItems } from "@/app/_components/agenda-items";
import { MeetingChanges } from "@/app/_components/meeting-changes";
import { AttendeeList } from "@/app/_components/attendee-list";
import { DocumentGroups } from "@/app/_components/document-list";
import { MeetingHeader } from "@/app/_components/meeting-header";
import { SummaryBlock } from "@/app/_components/summary-block";
import { SubscribeBox } from "@/app/_components/subscribe-box";
import { NotFoundResponse, PermanentRedirectResponse } from "@/app/_components/http-fallbacks";
import { subscribe } from "@/app/(site)/subscribe/actions";
import { PageSection } from "@/app/_components/page-section";
import { FeedLinks } from "@/app/_components/feed-links";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; meeting: string }>;

/** /{council}/meetings/{MId}-{committee}-{date}: unknown councils, malformed ids and unknown meetings are 404s. */
const page = councilItemPage(
  "meeting",
  async (council, segment): Promise<MeetingPageData | null> => {
    const parsed = parseIdSegment(segment);
    return parsed ? getMeetingPage(getPrisma(), council.slug, parsed.id, clockNow()) : null;
  },
  (data) => {
    const overview = data.summary?.overview.map((r) => r.text).join("");
    const description =
      (overview && firstSentence(overview)) ||
      `Agenda, papers and decisions of ${data.council.name}'s ${data.committee.name} meeting on ${formatDay(data.startsAt)}.`;
    return {
      title: data.title,
      description,
      path: data.path,
      feeds: { councilSlug: data.council.slug, committee: data.committee },
      type: "article",
    };
  },
);
export const generateMetadata = page.generateMetadata;

export default async function MeetingPage({ params }: CouncilPageProps<"meeting">) {
  const { council, meeting } = await params;
  const data = await page.load(council, meeting);
  if (!data) return <NotFoundResponse />;
  // The slug after the id is decoration: any other spelling moves permanently to the canonical address.
  if (lastSegment(data.path) !== meeting) return <PermanentRedirectResponse to={data.path} />;
  const cancelled = data.status === "cancelled";
  const reportHref = reportProblemHref(data.path);
  const applications = data.items.filter((i) => !i.withdrawnAt).flatMap((i) => i.applications);

  // The sign-up sits after the article, not in it: it is about the site, not this meeting.
  return (
    <div className="space-y-10">
      <article className="space-y-10">
        <MeetingHeader meeting={data} />
        <MeetingChanges days={data.changes} />

        <PageSection id="summary" title="Summary">
          {data.summary ? (
            <SummaryBlock summary={data.summary} reportHref={reportHref} />
          ) : (
            <NoSummary meeting={data} reportHref={reportHref} />
          )}
        </PageSection>

        {applications.length > 0 && (
          <PageSection id="planning" title="Planning applications">
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {applications.map((a) => (
                <li key={a.path}>
                  <Link href={a.path} className={linkClass}>
                    {a.reference}
                  </Link>
                </li>
              ))}
            </ul>
            <p>
              <Link href={planningIndexPath(data.council.slug)} className={linkClass}>
                All planning applications
              </Link>
            </p>
          </PageSection>
        )}

        <PageSection id="agenda" title="Agenda and decisions">
          {data.summary?.kind === "outcome" ? (
            // The summary already gives each decision; the agenda and minutes as published are one click away.
            <details>
              <summary className="cursor-pointer font-medium text-slate-800">
                The agenda and the minutes as the council published them ({data.items.length} items)
              </summary>
              <div className="mt-3">
                <AgendaItems items={data.items} />
              </div>
            </details>
          ) : (
            <AgendaItems
              items={data.items}
              emptyText={cancelled ? "The meeting was cancelled, so there is no agenda." : undefined}
            />
          )}
        </PageSection>

        <PageSection id="attendees" title="Attendees">
          <AttendeeList
            attendees={data.attendees}
            emptyText={cancelled ? "The meeting was cancelled, so nobody attended." : undefined}
          />
        </PageSection>

        {!cancelled && (
          <PageSection id="topics" title="Topics">
            {data.topics.length === 0 ? (
              <p className={mutedClass}>No topics have been identified for this meeting yet.</p>
            ) : (
              <ul className="flex flex-wrap gap-2">
                {data.topics.map((t) => (
                  <li key={t.path}>
                    <Link
                      href={t.path}
                      className="inline-block rounded-full border border-blue-200 bg-blue-50 px-3 py-1 text-sm text-blue-900 hover:underline"
                    >
                      {t.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </PageSection>
        )}

        <PageSection id="documents" title="Meeting Documents">
          <DocumentGroups
            groups={data.documentGroups}
            emptyText={cancelled ? "The meeting was cancelled; the council published no documents for it." : undefined}
          />
        </PageSection>
      </article>
      <FeedLinks councilSlug={data.council.slug} committee={data.committee} />
      <SubscribeBox councilName={data.council.name} councilSlug={data.council.slug} action={subscribe} />
    </div>
  );
}

function NoSummary({ meeting, reportHref }: { meeting: MeetingPageData; reportHref: string }) {
  let text: string;
  if (meeting.status === "cancelled") text = "This meeting was cancelled, so there is nothing to summarise.";
  else if (meeting.isUpcoming)
    text =
      "A preview will appear here once the council publishes the agenda papers, usually about a week before the meeting.";
  else
    text =
      "Summary not yet available. Summaries are written from the council's published minutes and papers; until then, the agenda, decisions and official documents below are the record.";
  return (
    <div className="space-y-2 rounded border border-slate-200 bg-slate-50 px-4 py-3">
      <p>{text}</p>
      <p className={mutedClass}>
        Something wrong or missing?{" "}
        <a href={reportHref} className={linkClass}>
          Report a problem
        </a>
      </p>
    </div>
  );
}
