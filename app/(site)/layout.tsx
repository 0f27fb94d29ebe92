import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { SiteFrame } from "@/app/_components/site-header";

// Pages that belong to no one council (sign-up, preferences, reports, the local outbox): the lead council's frame.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const council = findCouncil(DEFAULT_COUNCIL_SLUG) ?? { slug: DEFAULT_COUNCIL_SLUG, name: "Harrow Council" };
  return <SiteFrame council={council}>{children}</SiteFrame>;
}
