import Link from "next/link";
import { getPrisma } from "@/lib/db";
import { decisionLabel, getPlanningApplication, type PlanningPageData } from "@/lib/data/planning";
import { planningIndexPath } from "@/lib/urls";
import { councilItemPage, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { formatDateTime } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { NotFoundResponse, PermanentRedirectResponse } from "@/app/_components/http-fallbacks";
import { PageSection } from "@/app/_components/page-section";
import { DocumentEntry } from "@/app/_components/document-list";
import { PlanningOutcome } from "@/app/_components/planning-list";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string; application: string }>;

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const page = councilItemPage(
  "application",
  async (council, segment): Promise<PlanningPageData | null> => {
    let slug: string;
    try {
      slug = decodeURIComponent(segment).toLowerCase();
    } catch {
      return null; // a malformed escape is a 404, never a 500
    }
    if (!SEGMENT.test(slug) || slug.length > 40) return null;
    return getPlanningApplication(getPrisma(), council.slug, slug);
  },
  (data) => ({
    title: `${data.reference}: ${data.address}`,
    description: `${decisionLabel(data.decision)}: ${data.proposal ?? data.address} (${data.reference}), ${data.committeeName}.`,
    path: data.path,
  }),
);
export const generateMetadata = page.generateMetadata;

export default async function PlanningApplicationPage({ params }: CouncilPageProps<"application">) {
  const { council, application } = await params;
  const data = await page.load(council, application);
  if (!data) return <NotFoundResponse />;
  if (data.path.slice(data.path.lastIndexOf("/") + 1) !== application)
    return <PermanentRedirectResponse to={data.path} />;
  const decided = data.decision !== null;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className={mutedClass}>
          <Link href={planningIndexPath(data.council.slug)} className={linkClass}>
            Planning applications
          </Link>{" "}
          · {data.reference}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{data.address}</h1>
        {data.proposal && <p className="max-w-prose text-lg text-slate-800">{data.proposal}</p>}
      </header>

      <dl className="grid max-w-prose grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Reference</dt>
        <dd>{data.reference}</dd>
        <dt className="font-semibold">Ward</dt>
        <dd>{data.ward ?? <span className={mutedClass}>Not stated in the papers</span>}</dd>
        <dt className="font-semibold">Officers recommended</dt>
        <dd>
          {data.officers ? (
            data.officers === "grant" ? (
              "Grant"
            ) : (
              "Refuse"
            )
          ) : (
            <span className={mutedClass}>Not stated in the papers</span>
          )}
        </dd>
        <dt className="font-semibold">{decided ? "Committee decision" : "Status"}</dt>
        <dd>
          <PlanningOutcome app={data} />
          {data.detail && <span className="block text-slate-800">{data.detail}</span>}
        </dd>
        <dt className="font-semibold">{decided ? "Decided" : "To be decided"}</dt>
        <dd>
          <Link href={data.meeting.path} className={linkClass}>
            {data.committeeName}, {formatDateTime(data.meeting.startsAt)}
          </Link>
          {data.itemNumber && <span className={mutedClass}> (item {data.itemNumber})</span>}
        </dd>
      </dl>
      {data.againstOfficers && (
        <p className="max-w-prose rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          The committee decided against the advice of the council&rsquo;s planning officers
          {data.officers
            ? `, who recommended that permission be ${data.officers === "grant" ? "granted" : "refused"}`
            : ""}
          . The minutes record the committee&rsquo;s reasons.
        </p>
      )}

      <PageSection id="papers" title="Papers">
        {data.documents.length === 0 ? (
          <p className={mutedClass}>The council has not published papers for this application yet.</p>
        ) : (
          <ul className="space-y-1">
            {data.documents.map((doc, i) => (
              <DocumentEntry key={i} doc={doc} />
            ))}
          </ul>
        )}
      </PageSection>

      <p className="flex flex-wrap gap-x-6 gap-y-2">
        {data.portalUrl && (
          <a href={data.portalUrl} className={linkClass}>
            {data.reference} on the council&rsquo;s planning portal
          </a>
        )}
        {data.meeting.officialUrl && (
          <a href={data.meeting.officialUrl} className={linkClass}>
            The meeting on the council&rsquo;s website
          </a>
        )}
      </p>
    </div>
  );
}
