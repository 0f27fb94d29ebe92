import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { councilMetadata, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { findCouncil } from "@/app/_lib/council";
import { listTopics } from "@/lib/data/topics";
import { topicsPath } from "@/lib/urls";
import { plural } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string }>;

export const generateMetadata = councilMetadata((council) => ({
  title: "Topics",
  description: `${council.name}'s meetings by topic: children's services, housing, planning and more.`,
  path: topicsPath(council.slug),
}));

export default async function TopicsPage({ params }: CouncilPageProps) {
  const council = findCouncil((await params).council);
  if (!council) return <NotFoundResponse />;
  const topics = await listTopics(getPrisma(), council.slug);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
      <p className="max-w-prose text-slate-700">
        Meetings and agenda items are tagged with topics by machine, each tag backed by quotes from the papers.
      </p>
      {topics.length === 0 ? (
        <p className={mutedClass}>No topics have been identified yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {topics.map((t) => (
            <li key={t.path} className="space-y-1 py-3">
              <p className="flex flex-wrap items-baseline justify-between gap-x-4">
                <Link href={t.path} className={`${linkClass} font-medium`}>
                  {t.name}
                </Link>
                <span className={mutedClass}>{plural(t.meetingCount, "meeting")}</span>
              </p>
              <p className="text-slate-700">{t.description}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
