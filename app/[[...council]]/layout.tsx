import type { Metadata } from "next";
import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { councilSiteName } from "@/lib/site";
import { SiteFrame } from "@/app/_components/site-header";

// "/" and "/{council}" (see page.tsx): the home page of the lead council or of the one named.
type Props = { children: React.ReactNode; params: Promise<{ council?: string[] }> };

function councilOf(segments: string[] | undefined) {
  const named = segments?.length === 1 ? findCouncil(segments[0]!) : undefined;
  return named ?? findCouncil(DEFAULT_COUNCIL_SLUG) ?? { slug: DEFAULT_COUNCIL_SLUG, name: "Harrow Council" };
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const council = councilOf((await params).council);
  return {
    title: { default: `${council.name} meetings, summarised`, template: `%s · ${councilSiteName(council.name)}` },
  };
}

export default async function HomeLayout({ children, params }: Props) {
  return <SiteFrame council={councilOf((await params).council)}>{children}</SiteFrame>;
}
