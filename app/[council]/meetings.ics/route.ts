// iCalendar of the council's meetings (the past year and everything scheduled).
import { serveMeetingsCalendar } from "@/lib/feeds/serve-feeds";

// Read per request (cheap, and cached by calendar apps and proxies): never prerendered at build time.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ council: string }> }): Promise<Response> {
  return serveMeetingsCalendar(request, (await params).council);
}
