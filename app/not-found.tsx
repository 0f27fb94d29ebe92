import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { NotFoundBody } from "./_components/not-found-body";
import { SiteFrame } from "./_components/site-header";

// Served with status 404 for addresses that match no route. Pages that find nothing use NotFoundResponse
// (app/_components/http-fallbacks.tsx), which shows the same body inside their own council's frame.
export default function NotFound() {
  const council = findCouncil(DEFAULT_COUNCIL_SLUG) ?? { slug: DEFAULT_COUNCIL_SLUG, name: "Harrow Council" };
  return (
    <SiteFrame council={council}>
      <NotFoundBody />
    </SiteFrame>
  );
}
