// Composes one council-week issue from plain meeting records: PURE (no clock, no database, no environment), so
// the same input always gives the same bulletin. The loader (load-digest-meetings.ts) supplies the records.
import { meetingPath } from "@/lib/urls";
import type { DigestContent, DigestKeyDecision, DigestMeeting } from "../data/digest-content";
import { buildHeadline, buildIntro } from "./headline";
import { formatIsoWeek, formatWeekLabel, shiftWeek, weekRange, type IsoWeek } from "../iso-week";
import { clip, digestSections, formatMeetingWhen, httpUrl, keyDocuments } from "./meeting-text";

export type MeetingStatusName = "scheduled" | "held" | "cancelled" | "postponed";

/** A meeting as the database holds it, reduced to what a digest reads. */
export interface DigestMeetingSource {
  id: number;
  externalId: number;
  title: string;
  committee: { name: string; externalId: number };
  startsAt: Date;
  status: MeetingStatusName;
  statusNote: string | null;
  officialUrl: string | null;
  summary: { kind: string; overview: string; content: unknown } | null;
  topics: string[];
  itemTitles: string[];
  /** the IIds of its items' issues */
  issues?: number[];
  documents: { title: string; url: string | null; kind: string }[];
  /** papers added, revised or withdrawn after publication, one line per day (lib/data/meeting-changes.ts) */
  changes?: { at: Date; summary: string }[];
}

export interface ComposeDigestInput {
  council: { slug: string; name: string };
  /** the week reviewed; the issue also lists the week after */
  week: IsoWeek;
  meetings: DigestMeetingSource[];
  /** key decisions due in the 28 days from the start of the week after `week` (the digest's fixed "now") */
  keyDecisions?: DigestKeyDecision[];
}

const UPDATED_ON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
});

function toDigestMeeting(
  source: DigestMeetingSource,
  period: "past" | "next",
  councilSlug: string,
  reviewed: { start: Date; end: Date },
): DigestMeeting {
  const overview = source.summary?.overview ? clip(source.summary.overview, 900) : null;
  return {
    id: source.id,
    externalId: source.externalId,
    period,
    title: source.title,
    committee: source.committee,
    startsAt: source.startsAt.toISOString(),
    whenLabel: formatMeetingWhen(source.startsAt),
    status: source.status,
    statusNote: source.statusNote,
    path: meetingPath({
      councilSlug,
      externalId: source.externalId,
      committeeName: source.committee.name,
      startsAt: source.startsAt,
    }),
    officialUrl: httpUrl(source.officialUrl),
    summaryKind: source.summary?.kind ?? null,
    overview,
    sections: source.status === "cancelled" ? [] : digestSections(source.summary?.content),
    documents: keyDocuments(source.documents),
    topics: [...new Set(source.topics)].sort(),
    itemTitles: source.itemTitles.map((t) => clip(t, 200)).filter(Boolean),
    // Papers that changed in the week reviewed: a subscriber who gets this meeting sees that it was updated.
    updates: (source.changes ?? [])
      .filter((c) => c.at >= reviewed.start && c.at < reviewed.end)
      .map((c) => `Updated on ${UPDATED_ON.format(c.at)}: ${clip(c.summary, 400)}.`),
    issues: [...new Set(source.issues ?? [])].sort((a, b) => a - b),
  };
}

/** The issue for a week, or null when neither that week nor the next has a meeting (nothing to publish). */
export function composeDigest(input: ComposeDigestInput): DigestContent | null {
  const past = weekRange(input.week);
  const nextWeek = shiftWeek(input.week, 1);
  const next = weekRange(nextWeek);
  const meetings = [...input.meetings]
    .filter((m) => m.startsAt >= past.start && m.startsAt < next.end)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.externalId - b.externalId)
    .map((m) => toDigestMeeting(m, m.startsAt < past.end ? "past" : "next", input.council.slug, past));
  if (meetings.length === 0) return null;
  const weekLabel = formatWeekLabel(input.week);
  return {
    version: 1,
    council: input.council,
    week: formatIsoWeek(input.week),
    weekLabel,
    nextWeek: formatIsoWeek(nextWeek),
    nextWeekLabel: formatWeekLabel(nextWeek),
    headline: buildHeadline(meetings, input.council.name),
    intro: buildIntro(meetings, input.council.name, weekLabel),
    meetings,
    keyDecisions: input.keyDecisions ?? [],
  };
}
