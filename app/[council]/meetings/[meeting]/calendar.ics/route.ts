// "Add to calendar": one meeting as an iCalendar file, the same event (and UID) as in the council's calendar.
import { serveMeetingEvent } from "@/lib/feeds/serve-feeds";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ council: string; meeting: string }> },
): Promise<Response> {
  const { council, meeting } = await params;
  return serveMeetingEvent(request, council, meeting);
}
