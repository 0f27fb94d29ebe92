import type { Metadata } from "next";
import { getPrisma } from "@/lib/db";
import { listWeeklyUpdates } from "@/lib/data/weekly-updates";
import { weeklyPath } from "@/lib/urls";
import { NOT_FOUND_METADATA, findCouncil } from "@/app/_lib/council";
import { pageMetadata } from "@/app/_lib/page-metadata";
import { WeeklyList } from "@/app/_components/weekly-list";
import { SubscribeBox } from "@/app/_components/subscribe-box";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { subscribe } from "@/app/(site)/subscribe/actions";

// Cached and refreshed as described in app/[[...council]]/page.tsx.
export const revalidate = 30;
export function generateStaticParams(): { council: string }[] {
  return [];
}

type Params = { params: Promise<{ council: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const council = findCouncil((await params).council);
  if (!council) return NOT_FOUND_METADATA;
  return pageMetadata({
    title: "Weekly updates",
    description: `Every weekly email about ${council.name}, to read online.`,
    path: weeklyPath(council.slug),
  });
}

export default async function WeeklyPage({ params }: Params) {
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
