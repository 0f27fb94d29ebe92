import { getPrisma } from "@/lib/db";
import { councilMetadata, noStaticParams, type CouncilPageProps } from "@/app/_lib/council-page";
import { findCouncil } from "@/app/_lib/council";
import { listWeeklyUpdates } from "@/lib/data/weekly-updates";
import { weeklyPath } from "@/lib/urls";
import { WeeklyList } from "@/app/_components/weekly-list";
import { SubscribeBox } from "@/app/_components/subscribe-box";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { subscribe } from "@/app/(site)/subscribe/actions";

// Cached and refreshed as described in app/_lib/council-page.ts.
export const revalidate = 30;
export const generateStaticParams = noStaticParams<{ council: string }>;

export const generateMetadata = councilMetadata((council) => ({
  title: "Weekly updates",
  description: `Every weekly email about ${council.name}, to read online.`,
  path: weeklyPath(council.slug),
}));

export default async function WeeklyPage({ params }: CouncilPageProps) {
  const council = findCouncil((await params).council);
  if (!council) return <NotFoundResponse />;
  const updates = await listWeeklyUpdates(getPrisma(), council.slug, { limit: 200 });
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Weekly updates</h1>
      <WeeklyList updates={updates} />
      <SubscribeBox councilName={council.name} councilSlug={council.slug} action={subscribe} />
    </div>
  );
}
