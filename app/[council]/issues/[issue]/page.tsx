import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { getIssuePage, type IssuePageData } from "@/lib/data/issues";
import { followIssuePath, lastSegment, parseIdSegment } from "@/lib/urls";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatDay } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { DocumentEntry } from "@/app/_components/document-list";
import { MeetingBadges } from "@/app/_components/meeting-badges";
import { NotFoundResponse, PermanentRedirectResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";
import { FeedLinks } from "@/app/_components/feed-links";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; issue: string }>;

/** /{council}/issues/{IId}-{slug}: one matter across the meetings where it came up. */
const page = councilItemPage(
  "issue",
  async (council, segment): Promise<IssuePageData | null> => {
    const parsed = parseIdSegment(segment);
    return parsed ? getIssuePage(getPrisma(), council.slug, parsed.id, clockNow()) : null;
  },
  (data) => {
    const where = [...new Set(data.steps.map((s) => s.meeting.committee.name))].join(", ");
    return {
      title: data.title,
      description: `How ${data.council.name} dealt with “${data.title}”${where ? `: ${where}` : ""}, with each meeting's decision and papers.`,
      path: data.path,
    };
  },
);
export const generateMetadata = page.generateMetadata;

export default async function IssuePage({ params }: CouncilPageProps<"issue">) {
  const { council, issue } = await params;
  const data = await page.load(council, issue);
  if (!data) return <NotFoundResponse />;
  if (lastSegment(data.path) !== issue) return <PermanentRedirectResponse to={data.path} />;
  const facts: [string, string | null][] = [
    ["Status", data.status],
    ["Decision", data.decisionType ? `${data.decisionType}${data.isKey ? " decision" : ""}` : null],
    ["Decided by", data.decisionMaker],
    ["Decision due", data.decisionDueText],
    ["Lead", data.leadMember],
    ["Wards affected", data.wards],
  ];
  return (
    <div className="space-y-10">
      <article className="space-y-10">
        <header className="space-y-3">
          <p className="text-sm font-medium text-slate-600">History of an item</p>
          <h1 className="text-3xl font-bold tracking-tight">{data.title}</h1>
          {data.purpose && <p className="max-w-prose text-slate-700">{data.purpose}</p>}
          <dl className="grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {facts
              .filter((f): f is [string, string] => Boolean(f[1]))
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-semibold text-slate-700">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {data.nextStep && (
            <p className="rounded border-l-4 border-blue-700 bg-blue-50 px-4 py-2">
              Next: {data.nextStep.meeting.committee.name} on {formatDay(data.nextStep.meeting.startsAt)}.
            </p>
          )}
          <p>
            <Link
              href={followIssuePath(data.council.slug, data.id)}
              className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
            >
              Follow this item
            </Link>
            <span className={`ml-2 text-sm ${mutedClass}`}>An email in the weeks when a meeting takes it.</span>
          </p>
          {data.officialUrl && (
            <p className="text-sm">
              <a href={data.officialUrl} className={linkClass}>
                This issue on the council&rsquo;s website
              </a>
            </p>
          )}
        </header>

        <PageSection id="history" title="Where it came up">
          {data.steps.length === 0 ? (
            <p className={mutedClass}>
              No meeting has taken this item yet: it is on the forward plan, and its papers will appear here once a
              meeting&rsquo;s agenda carries it.
            </p>
          ) : (
            <ol className="space-y-8">
              {data.steps.map((step, i) => (
                <li
                  key={`${step.meeting.path}#${step.item.anchor}`}
                  className="space-y-2 border-l-2 border-slate-200 pl-4"
                >
                  <h3 className="text-lg font-semibold text-slate-900">
                    <span className="text-slate-500">{`${i + 1}. `}</span>
                    <Link href={`${step.meeting.path}#${step.item.anchor}`} className={linkClass}>
                      {step.meeting.committee.name}, {formatDay(step.meeting.startsAt)}
                    </Link>
                  </h3>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="text-slate-700">
                      {step.item.number ? `Item ${step.item.number}: ` : ""}
                      {step.item.title}
                    </span>
                    <MeetingBadges
                      status={step.meeting.status}
                      isUpcoming={new Date(step.meeting.startsAt).getTime() > clockNow().getTime()}
                    />
                  </p>
                  {step.item.withdrawnAt && (
                    <p className="text-sm font-medium text-amber-900">
                      Withdrawn on {formatDay(step.item.withdrawnAt)}.
                    </p>
                  )}
                  {step.decision ? (
                    <div className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3">
                      <p className="text-sm font-semibold uppercase tracking-wide text-emerald-900">Decision</p>
                      <p className="mt-1 whitespace-pre-line">{step.decision}</p>
                    </div>
                  ) : (
                    <p className={`${mutedClass} text-sm`}>No decision has been published for this meeting yet.</p>
                  )}
                  {step.bullets.length > 0 && (
                    <ul className="list-disc space-y-1 pl-5">
                      {step.bullets.map((b, j) => (
                        <li key={j}>{b}</li>
                      ))}
                    </ul>
                  )}
                  {step.documents.length > 0 && (
                    <ul className="space-y-1 text-sm">
                      {step.documents.map((doc, j) => (
                        <DocumentEntry key={j} doc={doc} />
                      ))}
                    </ul>
                  )}
                  {step.item.isRestricted && (
                    <p className="text-sm font-medium text-amber-900">
                      Includes restricted (exempt) papers that are not published.
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          {data.otherMeetings.length > 0 && (
            <div className="space-y-2">
              <p className="text-sm font-semibold text-slate-700">
                The council also lists it at meetings outside our records:
              </p>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {data.otherMeetings.map((m, i) => (
                  <li key={i}>
                    {m.officialUrl ? (
                      <a href={m.officialUrl} className={linkClass}>
                        {m.committeeName ?? "Meeting"}
                        {m.date ? `, ${formatDay(`${m.date}T12:00:00Z`)}` : ""}
                      </a>
                    ) : (
                      <>{m.committeeName ?? "Meeting"}</>
                    )}
                    {m.itemNumber ? ` (item ${m.itemNumber})` : ""}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </PageSection>
      </article>
      <FeedLinks councilSlug={data.council.slug} issue={{ path: data.path }} />
    </div>
  );
}
