// iCalendar of one committee's meetings.
import { serveMeetingsCalendar } from "@/lib/feeds/serve-feeds";

// Read per request (cheap, and cached by calendar apps and proxies): never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ council: string; committee: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { council, committee } = await params;
  return serveMeetingsCalendar(request, council, { committeeSegment: committee });
}
