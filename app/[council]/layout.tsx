import type { Metadata } from "next";
import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { councilSiteName } from "@/lib/site";
import { SiteFrame } from "@/app/_components/site-header";

// Every /{council}/… page carries that council's name and navigation. An unknown council's pages answer 404
// themselves; their frame falls back to the lead council's.
type Props = { children: React.ReactNode; params: Promise<{ council: string }> };

function councilOf(slug: string) {
  return (
    findCouncil(slug) ?? findCouncil(DEFAULT_COUNCIL_SLUG) ?? { slug: DEFAULT_COUNCIL_SLUG, name: "Harrow Council" }
  );
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const council = councilOf((await params).council);
  return {
    title: { default: `${council.name} meetings, summarised`, template: `%s · ${councilSiteName(council.name)}` },
  };
}

export default async function CouncilLayout({ children, params }: Props) {
  return <SiteFrame council={councilOf((await params).council)}>{children}</SiteFrame>;
}
