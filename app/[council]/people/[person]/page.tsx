import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { getPersonPage, type PersonPageData } from "@/lib/data/people";
import { lastSegment, parsePersonSegment } from "@/lib/urls";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatShortDate } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { AttendanceRecord } from "@/app/_components/attendance-record";
import { Avatar } from "@/app/_components/avatar";
import { NotFoundResponse, PermanentRedirectResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; person: string }>;

const VOTE_LABEL: Record<string, string> = {
  for: "Voted for",
  against: "Voted against",
  abstain: "Abstained",
  other: "Recorded as",
};

const STATUS_LABEL = { present: "Present", apologies: "Apologies", absent: "Absent", expected: "Expected" } as const;

const page = councilItemPage(
  "person",
  async (council, segment): Promise<PersonPageData | null> => {
    const key = parsePersonSegment(segment);
    return key ? getPersonPage(getPrisma(), council.slug, key, clockNow()) : null;
  },
  (data) => ({
    title: data.name,
    description: `${data.name}: committees, attendance and decisions at ${data.council.name}.`,
    path: data.path,
  }),
);
export const generateMetadata = page.generateMetadata;

export default async function PersonPage({ params }: CouncilPageProps<"person">) {
  const { council, person } = await params;
  const data = await page.load(council, person);
  if (!data) return <NotFoundResponse />;
  if (lastSegment(data.path) !== person) return <PermanentRedirectResponse to={data.path} />;
  return (
    <div className="space-y-10">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <Avatar photoPath={data.photoPath} initials={data.initials} size="lg" />
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">{data.name}</h1>
          {(data.jobTitle || data.posts.length > 0) && (
            <p className="text-lg text-slate-800">{[data.jobTitle, ...data.posts].filter(Boolean).join(" · ")}</p>
          )}
          <dl className="flex flex-wrap gap-x-6 text-slate-700">
            <div className="flex gap-1">
              <dt className="font-medium">Party:</dt>
              <dd>{data.party ?? "not recorded"}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="font-medium">Ward:</dt>
              <dd>{data.ward ?? "not recorded"}</dd>
            </div>
          </dl>
          {data.profileUrl && (
            <p>
              <a href={data.profileUrl} className={linkClass}>
                Profile on council website
              </a>
            </p>
          )}
        </div>
      </header>

      <PageSection id="committees" title="Committees and roles">
        {data.committees.length === 0 ? (
          <p className={mutedClass}>No committee memberships are recorded.</p>
        ) : (
          <ul className="space-y-1">
            {data.committees.map((c) => (
              <li key={c.path}>
                <Link href={c.path} className={linkClass}>
                  {c.name}
                </Link>
                <span className={`${mutedClass} ml-2`}>{c.role}</span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="attendance" title="Attendance record">
        <AttendanceRecord record={data.record} />
      </PageSection>

      <PageSection id="meetings" title="Meetings">
        {data.meetings.length === 0 ? (
          <p className={mutedClass}>No meetings are recorded for {data.name}.</p>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {data.meetings.map(({ meeting, role, status }) => (
              <li key={meeting.path} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <span>
                  <Link href={meeting.path} className={linkClass}>
                    {meeting.title}
                  </Link>
                  {role && <span className={`${mutedClass} ml-2`}>{role}</span>}
                </span>
                <span className={mutedClass}>{STATUS_LABEL[status]}</span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="votes" title="Recorded votes">
        {data.votes.length === 0 ? (
          <p className={mutedClass}>
            The council has published no recorded vote naming {data.name}. Most decisions are taken without a named
            vote, so this says nothing about how they voted.
          </p>
        ) : (
          <ul className="space-y-3">
            {data.votes.map((v, i) => (
              <li key={i} className="space-y-1">
                <p>
                  <span className="font-semibold">{VOTE_LABEL[v.choice] ?? v.choice}</span>
                  {" · "}
                  <Link href={v.itemPath} className={linkClass}>
                    {v.voteTitle}
                  </Link>
                  {v.result && ` (${v.result})`}
                </p>
                <p className={mutedClass}>
                  {v.meeting.committeeName},{" "}
                  <time dateTime={v.meeting.startsAt}>{formatShortDate(v.meeting.startsAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="decisions" title="Decisions they took part in">
        <p className={mutedClass}>
          Decisions taken at meetings {data.name} attended. Being present does not mean they voted for a decision.
        </p>
        {data.decisions.length === 0 ? (
          <p className={mutedClass}>No decisions are recorded yet.</p>
        ) : (
          <ul className="space-y-4">
            {data.decisions.map((d) => (
              <li key={d.itemPath} className="space-y-1">
                <p className="font-medium">
                  <Link href={d.itemPath} className={linkClass}>
                    {d.itemNumber && `${d.itemNumber} `}
                    {d.itemTitle}
                  </Link>
                </p>
                <p className={mutedClass}>
                  {d.meeting.committeeName},{" "}
                  <time dateTime={d.meeting.startsAt}>{formatShortDate(d.meeting.startsAt)}</time>
                </p>
                <p className="line-clamp-4 whitespace-pre-line">{d.decision}</p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>
    </div>
  );
}
