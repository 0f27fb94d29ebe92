import { clockNow } from "@/lib/clock";
import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { listKeyDecisions } from "@/lib/data/issues";
import { forwardPlanPath } from "@/lib/urls";
import { londonDate } from "@/lib/london-time";
import { findCouncil } from "@/app/_lib/council";
import { councilMetadata, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatDay } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string }>;

export const generateMetadata = councilMetadata((council) => ({
  title: "Forward plan: key decisions coming up",
  description: `The key decisions ${council.name}'s executive has announced: what will be decided, by whom and when.`,
  path: forwardPlanPath(council.slug),
}));

/** /{council}/forward-plan: the key decisions announced and not yet due, earliest first. */
export default async function ForwardPlanPage({ params }: CouncilPageProps) {
  const { council } = await params;
  const config = findCouncil(council);
  if (!config) return <NotFoundResponse />;
  const today = londonDate(clockNow());
  const decisions = await listKeyDecisions(getPrisma(), config.slug, { from: today });
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-medium text-slate-600">Forward plan</p>
        <h1 className="text-3xl font-bold tracking-tight">Key decisions coming up</h1>
        <p className="max-w-prose text-slate-700">
          Decisions with a large effect on money or on communities must be announced at least 28 days ahead. These are
          the ones {config.name} has announced, in the order they are due.
        </p>
      </header>
      <PageSection id="decisions" title={`Due from ${formatDay(`${today}T12:00:00Z`)}`}>
        {decisions.length === 0 ? (
          <p className={mutedClass}>No key decisions are announced as due from today.</p>
        ) : (
          <ol className="divide-y divide-slate-200 border-y border-slate-200">
            {decisions.map((d) => (
              <li key={d.id} className="space-y-1 py-4">
                <h3 className="text-lg font-semibold text-slate-900">
                  {d.hasPapers ? (
                    <Link href={d.path} className={linkClass}>
                      {d.title}
                    </Link>
                  ) : (
                    d.title
                  )}
                </h3>
                <p className="text-sm text-slate-700">
                  <span className="font-semibold">Due:</span>{" "}
                  {d.decisionDueText ?? (d.decisionDue ? formatDay(`${d.decisionDue}T12:00:00Z`) : "not given")}
                  {d.decisionMaker && !/\bby\b/i.test(d.decisionDueText ?? "") && (
                    <>
                      {" "}
                      · <span className="font-semibold">Decided by:</span> {d.decisionMaker}
                    </>
                  )}
                  {d.leadMember && (
                    <>
                      {" "}
                      · <span className="font-semibold">Lead:</span> {d.leadMember}
                    </>
                  )}
                </p>
                {d.purpose && <p>{d.purpose}</p>}
                {d.wards && <p className={`${mutedClass} text-sm`}>Wards affected: {d.wards}</p>}
                {!d.hasPapers && (
                  <p className={`${mutedClass} text-sm`}>
                    No papers yet: the item will link to its history once a meeting&rsquo;s agenda carries it.
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </PageSection>
    </div>
  );
}
