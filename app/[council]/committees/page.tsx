import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { councilMetadata, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { findCouncil } from "@/app/_lib/council";
import { listCommittees, type CommitteeListItem } from "@/lib/data/committees";
import { committeesPath } from "@/lib/urls";
import { plural } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string }>;

export const generateMetadata = councilMetadata((council) => ({
  title: "Committees",
  description: `Every committee of ${council.name}, with its meetings and members.`,
  path: committeesPath(council.slug),
}));

export default async function CommitteesPage({ params }: CouncilPageProps) {
  const council = findCouncil((await params).council);
  if (!council) return <NotFoundResponse />;
  const committees = await listCommittees(getPrisma(), council.slug);
  const active = committees.filter((c) => c.isActive);
  const former = committees.filter((c) => !c.isActive);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{council.name} committees</h1>
      {committees.length === 0 ? (
        <p className={mutedClass}>No committees have been imported yet.</p>
      ) : (
        <CommitteeTable committees={active} />
      )}
      {former.length > 0 && (
        <PageSection id="former" title="No longer active">
          <CommitteeTable committees={former} />
        </PageSection>
      )}
    </div>
  );
}

function CommitteeTable({ committees }: { committees: CommitteeListItem[] }) {
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {committees.map((c) => (
        <li key={c.path} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
          <Link href={c.path} className={`${linkClass} font-medium`}>
            {c.name}
          </Link>
          <span className={mutedClass}>{plural(c.meetingCount, "meeting")}</span>
        </li>
      ))}
    </ul>
  );
}
