// RSS of the council's newest meeting summaries.
import { serveSummaryFeed } from "@/lib/feeds/serve-feeds";

// Read per request (cheap, and cached by readers and proxies for five minutes): never prerendered at build time.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ council: string }> }): Promise<Response> {
  return serveSummaryFeed(request, (await params).council);
}
