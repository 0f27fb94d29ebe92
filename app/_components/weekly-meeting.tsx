import Link from "next/link";
import type { DigestMeeting } from "@/lib/data/digest-content";
import { safeExternalUrl } from "@/lib/data/safe-url";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { MeetingBadges } from "./meeting-badges";

// One meeting of a published weekly issue, drawn like its section in the email bulletin
// (lib/digest/templates/weekly-digest-html.ts). Issues are stored JSON, so links are checked again here rather
// than trusted: meeting paths must stay on this site, everything else must be plain http(s).

function sitePath(path: string): string | null {
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** "Corporate Parenting Panel, Thursday 23 October, 6.00 pm [Cancelled]": one line of the week's list. */
export function WeeklyMeetingLine({ meeting }: { meeting: DigestMeeting }) {
  // An issue is a record of its week, read long after it: never badged "Upcoming".
  return (
    <li>
      {`${meeting.committee.name}, ${meeting.whenLabel} `}
      <MeetingBadges status={meeting.status} isUpcoming={false} />
    </li>
  );
}

function Body({ meeting }: { meeting: DigestMeeting }) {
  if (meeting.status === "cancelled") return <p>This meeting did not take place.</p>;
  if (meeting.overview) return <p>{meeting.overview}</p>;
  if (meeting.period === "next") return null;
  return <p className={mutedClass}>No summary yet: the council has not published the papers we summarise.</p>;
}

function Links({ meeting }: { meeting: DigestMeeting }) {
  const page = sitePath(meeting.path);
  const official = safeExternalUrl(meeting.officialUrl);
  const papers = meeting.documents.flatMap((d) => {
    const url = safeExternalUrl(d.url);
    return url ? [{ title: d.title, url }] : [];
  });
  // Every meeting of the week has these links: each is named with its meeting as well as its words, so that a
  // screen reader's list of links tells them apart ("Read the full summary: Cabinet, Thursday 14 November, 6.30 pm").
  const of = (words: string) => `${words}: ${meeting.committee.name}, ${meeting.whenLabel}`;
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap gap-x-4">
        {page && (
          <Link href={page} className={linkClass} aria-label={of("Read the full summary")}>
            Read the full summary
          </Link>
        )}
        {official && (
          <a href={official} className={linkClass} aria-label={of("Official meeting page")}>
            Official meeting page
          </a>
        )}
      </p>
      {papers.length > 0 && (
        <>
          <p className={mutedClass}>Official papers:</p>
          <ul className="list-disc space-y-1 pl-5">
            {papers.map((d, i) => (
              <li key={i} className="break-words">
                <a href={d.url} className={linkClass} aria-label={of(d.title)}>
                  {d.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A meeting's section: heading linking to its page, when, what happened, the summary's bullets, the papers. */
export function WeeklyMeetingSection({ meeting }: { meeting: DigestMeeting }) {
  const page = sitePath(meeting.path);
  return (
    <section aria-labelledby={`meeting-${meeting.id}`} className="space-y-2 border-t border-slate-200 pt-4">
      <h3 id={`meeting-${meeting.id}`} className="text-lg font-semibold text-slate-900">
        {page ? (
          <Link href={page} className={linkClass}>
            {meeting.committee.name}
          </Link>
        ) : (
          meeting.committee.name
        )}
      </h3>
      <p className={`${mutedClass} flex flex-wrap items-center gap-x-2`}>
        <time dateTime={meeting.startsAt}>{meeting.whenLabel}</time>
        <MeetingBadges status={meeting.status} isUpcoming={false} />
        {meeting.statusNote && <span>{meeting.statusNote}</span>}
      </p>
      {meeting.updates.map((u, i) => (
        <p key={i} className="font-medium text-sky-950">
          {u}
        </p>
      ))}
      <Body meeting={meeting} />
      {meeting.sections.map((section, i) => (
        <div key={i}>
          <h4 className="font-semibold text-slate-900">{section.heading}</h4>
          {section.decision && (
            <p>
              <span className="font-semibold">Decision:</span> {section.decision}
            </p>
          )}
          {section.bullets.length > 0 && (
            <ul className="list-disc space-y-1 pl-5">
              {section.bullets.map((bullet, j) => (
                <li key={j}>{bullet}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <Links meeting={meeting} />
    </section>
  );
}
