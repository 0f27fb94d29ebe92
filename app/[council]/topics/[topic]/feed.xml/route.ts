// RSS of the newest summaries of meetings tagged with one topic.
import { serveSummaryFeed } from "@/lib/feeds/serve-feeds";

// Read per request (cheap, and cached by readers and proxies for five minutes): never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string; topic: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { council, topic } = await params;
  return serveSummaryFeed(request, council, { topicSlug: topic });
}
