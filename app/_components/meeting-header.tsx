import Link from "next/link";
import type { MeetingPageData } from "@/lib/data/meeting-page";
import { meetingStatusLine } from "@/lib/data/meeting-heading";
import { formatDateTime, formatDay } from "@/app/_lib/format";
import { linkClass } from "@/app/_lib/styles";
import { MeetingBadges } from "./meeting-badges";

/** Title as the council writes it, when and where, its status, and the links to the official record. */
export function MeetingHeader({ meeting }: { meeting: MeetingPageData }) {
  return (
    <header className="space-y-3">
      <p className="text-sm font-medium">
        <Link href={meeting.committee.path} className={linkClass}>
          {meeting.committee.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{meeting.title}</h1>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
        <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time>
        <MeetingBadges status={meeting.status} isUpcoming={meeting.isUpcoming} />
      </p>
      {meeting.venue && <p className="text-slate-700">{meeting.venue}</p>}
      <StatusNotice meeting={meeting} />
      <ul className="flex flex-wrap gap-x-6 gap-y-2 font-medium">
        {meeting.officialUrl && (
          <li>
            <a href={meeting.officialUrl} className={linkClass}>
              View on council website
            </a>
          </li>
        )}
        {meeting.webcastUrl && (
          <li>
            <a href={meeting.webcastUrl} className={linkClass}>
              Watch video of meeting
            </a>
          </li>
        )}
        {meeting.status !== "cancelled" && (
          <li>
            <a href={`${meeting.path}/calendar.ics`} className={linkClass}>
              Add to calendar <span className="font-normal text-slate-600">(.ics)</span>
            </a>
          </li>
        )}
      </ul>
    </header>
  );
}

/** One sentence on the meeting's state; the council's markers ("CANCELLED", "NEW") are not repeated in it. */
function StatusNotice({ meeting }: { meeting: MeetingPageData }) {
  const text = meetingStatusLine({ ...meeting, day: formatDay(meeting.startsAt), heading: meeting.title });
  if (!text) return null;
  const tone =
    meeting.status === "cancelled"
      ? "border-red-300 bg-red-50 text-red-950"
      : "border-blue-200 bg-blue-50 text-blue-950";
  return <p className={`rounded border px-3 py-2 font-medium ${tone}`}>{text}</p>;
}
