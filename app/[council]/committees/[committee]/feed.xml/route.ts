// RSS of one committee's newest meeting summaries.
import { serveSummaryFeed } from "@/lib/feeds/serve-feeds";

// Read per request (cheap, and cached by readers and proxies for five minutes): never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string; committee: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { council, committee } = await params;
  return serveSummaryFeed(request, council, { committeeSegment: committee });
}
