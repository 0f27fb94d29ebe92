import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { getWeeklyUpdate, type WeeklyUpdate } from "@/lib/data/weekly-updates";
import { firstSentence } from "@/lib/data/meetings";
import { weeklyPath } from "@/lib/urls";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatDay } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { SubscribeBox } from "@/app/_components/subscribe-box";
import { WeeklyMeetingLine, WeeklyMeetingSection } from "@/app/_components/weekly-meeting";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { subscribe } from "@/app/(site)/subscribe/actions";
import { PageSection } from "@/app/_components/page-section";

// One published weekly update (/harrow/weekly/2025-W43), drawn like the email bulletin without anything personal:
// what every subscriber was sent, before their own choices filtered it. Cached and refreshed as described in
// app/_lib/council-page.ts; an issue never changes once published, so the cache only ever saves work.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; week: string }>;

/** Unknown councils, malformed weeks ("2025-W54", "latest") and weeks never published are 404s. */
const page = councilItemPage(
  "week",
  (council, week): Promise<WeeklyUpdate | null> => getWeeklyUpdate(getPrisma(), council.slug, week),
  (update) => ({
    title: `Weekly update: ${update.weekLabel}`,
    description: firstSentence(update.intro) ?? update.headline,
    path: update.path,
    type: "article",
  }),
);
export const generateMetadata = page.generateMetadata;

export default async function WeeklyUpdatePage({ params }: CouncilPageProps<"week">) {
  const { council, week } = await params;
  const update = await page.load(council, week);
  if (!update) return <NotFoundResponse />;
  const past = update.pastMeetings;
  const next = update.nextMeetings;
  return (
    <div className="space-y-10">
      <article className="space-y-8">
        <header className="space-y-2">
          <p className={`${mutedClass} uppercase tracking-wide`}>
            {update.councilName} weekly · {update.weekLabel}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{update.headline}</h1>
          <p className={mutedClass}>
            Published <time dateTime={update.publishedAt}>{formatDay(update.publishedAt)}</time>
          </p>
        </header>

        <section aria-label="The week at a glance" className="space-y-2">
          {past.length > 0 ? (
            <>
              <p>{`${update.councilName} had ${past.length} committee meeting${past.length === 1 ? "" : "s"} in the week of ${update.weekLabel}:`}</p>
              <ul className="list-disc pl-5">
                {past.map((m) => (
                  <WeeklyMeetingLine key={m.id} meeting={m} />
                ))}
              </ul>
            </>
          ) : (
            <p>{`${update.councilName} held no committee meetings in the week of ${update.weekLabel}.`}</p>
          )}
          {next.length > 0 && (
            <>
              <p>{`Coming up in the week of ${update.nextWeekLabel}:`}</p>
              <ul className="list-disc pl-5">
                {next.map((m) => (
                  <WeeklyMeetingLine key={m.id} meeting={m} />
                ))}
              </ul>
            </>
          )}
        </section>

        {past.length > 0 && (
          <PageSection id="past" title="This week" className="space-y-4">
            {past.map((m) => (
              <WeeklyMeetingSection key={m.id} meeting={m} />
            ))}
          </PageSection>
        )}

        {next.length > 0 && (
          <PageSection id="next" title="Coming up" className="space-y-4">
            {next.map((m) => (
              <WeeklyMeetingSection key={m.id} meeting={m} />
            ))}
          </PageSection>
        )}

        {update.keyDecisions.length > 0 && (
          <PageSection id="key-decisions" title="Key decisions due in the next four weeks" className="space-y-2">
            <p className={mutedClass}>
              {`Announced by the council for ${formatDay(`${update.keyDecisionsFrom}T12:00:00Z`)} to ${formatDay(`${update.keyDecisionsTo}T12:00:00Z`)}.`}
            </p>
            <ul className="list-disc space-y-1 pl-5">
              {update.keyDecisions.map((d) => (
                <li key={`${d.due}:${d.title}`}>
                  {d.path ? (
                    <Link className={linkClass} href={d.path}>
                      {d.title}
                    </Link>
                  ) : (
                    d.title
                  )}
                  {`: ${d.dueText}`}
                </li>
              ))}
            </ul>
          </PageSection>
        )}

        <p>
          <Link className={linkClass} href={weeklyPath(council)}>
            All weekly updates
          </Link>
        </p>
      </article>
      <SubscribeBox councilName={update.councilName} councilSlug={council} action={subscribe} />
    </div>
  );
}
