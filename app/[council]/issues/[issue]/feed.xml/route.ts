// RSS of one issue's history: each meeting where it came up, with the decision there.
import { serveIssueFeed } from "@/lib/feeds/serve-feeds";

// Read per request (cheap, and cached by readers and proxies for five minutes): never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string; issue: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { council, issue } = await params;
  return serveIssueFeed(request, council, issue);
}
