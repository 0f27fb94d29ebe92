// The read model behind a meeting page: the meeting as the council titled it, its summary, agenda items with
// their decisions, attendees, topics and documents. Every scraped URL is checked here (safe-url.ts) so that the
// page only ever receives http(s) links or null.
import type { PrismaClient } from "@/lib/db";
import { committeePath, meetingPath, personPath, planningPath, topicPath } from "@/lib/urls";
import { planningSlug } from "@/lib/urls";
import { groupChanges, type ChangeDayView } from "./meeting-changes";
import { groupDocuments, toDocumentView, type DocumentGroup, type DocumentView } from "./document-groups";
import type { MeetingStatusName } from "./meetings";
import { localImagePath, safeExternalUrl } from "./safe-url";
import { toSummaryView, type SummaryView } from "./summary-view";
import { meetingHeading } from "./meeting-heading";
import { MEETING_DETAIL_SELECT } from "./meeting-select";
import { extractResolution, initialsOf, minutesBesideDecision, roleRank, splitNameAndJob } from "./text-helpers";
import { getItemIssues, type ItemIssueView } from "./issues";

export type AttendanceStatusName = "present" | "apologies" | "absent" | "expected";

export interface TopicLink {
  name: string;
  path: string;
}

export interface AgendaItemView {
  /** id attribute for links to the item (#item-12) */
  anchor: string;
  number: string | null;
  title: string;
  description: string | null;
  decisionText: string | null;
  /** The RESOLVED part of the minute, when there is no separate decision text. */
  resolution: string | null;
  /** the minutes to show: whole, or only what comes before the decision they end with (null: the decision alone) */
  minutesText: string | null;
  /** minutesText is the part of the minutes before the decision: shown above it, not after */
  minutesBeforeDecision: boolean;
  /** what the minutes record after the decision (a hearing's arguments), shown below it; null when nothing */
  minutesAfterDecision: string | null;
  /** the council's page cut the minutes and their full text could not be read: minutesText is partial */
  minutesIncomplete: boolean;
  /** ISO instant the item left the council's page (withdrawn), or null */
  withdrawnAt: string | null;
  isRestricted: boolean;
  documents: DocumentView[];
  topics: TopicLink[];
  /** the planning applications the item decides, each linked to its page (issue 15) */
  applications: { reference: string; path: string }[];
  /** the council's issue this item belongs to, with the other meetings where it came up; null when none */
  issue: ItemIssueView | null;
  /** recorded (named) votes on the item: title, result and who voted which way (names as printed) */
  recordedVotes: RecordedVoteView[];
}

export interface RecordedVoteView {
  /** where it was read: the meeting page ("page"), the council's voting record ("list") or the minutes' text ("minutes") */
  source: string;
  title: string;
  result: string | null;
  for: string[];
  against: string[];
  abstain: string[];
  other: string[];
}

export function toRecordedVoteView(v: {
  source: string;
  title: string;
  result: string | null;
  casts: { name: string; choice: string }[];
}): RecordedVoteView {
  const by = (choice: string) => v.casts.filter((c) => c.choice === choice).map((c) => c.name);
  return {
    source: v.source,
    title: v.title,
    result: v.result,
    for: by("for"),
    against: by("against"),
    abstain: by("abstain"),
    other: by("other"),
  };
}

export interface AttendeeView {
  /** the name alone: an officer's job title, which councils write after a comma, is in jobTitle */
  name: string;
  path: string;
  /** the role at this meeting as the council writes it (Chair, Committee Member, Officer…) */
  role: string | null;
  jobTitle: string | null;
  /** offices from the member's profile: "Leader of the Council and Portfolio Holder for Strategy" */
  posts: string[];
  party: string | null;
  /** Only photos this site serves itself (see localImagePath). */
  photoPath: string | null;
  initials: string;
  status: AttendanceStatusName;
}

export interface MeetingPageData {
  council: { slug: string; name: string };
  /** The canonical path; the page redirects any other spelling of the URL here. */
  path: string;
  /** the heading: the council's title without the status markers the status line says in words */
  title: string;
  /** the title exactly as the council writes it */
  councilTitle: string;
  startsAt: string;
  status: MeetingStatusName;
  isUpcoming: boolean;
  isSpecial: boolean;
  statusNote: string | null;
  venue: string | null;
  officialUrl: string | null;
  webcastUrl: string | null;
  /** externalId is ModernGov's CId, which names the committee's feeds (lib/feeds/alternates.ts). */
  committee: { externalId: number; name: string; path: string };
  summary: SummaryView | null;
  items: AgendaItemView[];
  attendees: AttendeeView[];
  topics: TopicLink[];
  documentGroups: DocumentGroup[];
  /** papers added, revised or withdrawn after publication, newest day first (issue 15) */
  changes: ChangeDayView[];
}

const STATUS_ORDER: Record<AttendanceStatusName, number> = { present: 0, expected: 1, apologies: 2, absent: 3 };

export async function getMeetingPage(
  prisma: PrismaClient,
  councilSlug: string,
  externalId: number,
  now: Date,
): Promise<MeetingPageData | null> {
  const m = await prisma.meeting.findFirst({
    where: { council: { slug: councilSlug }, externalId },
    select: MEETING_DETAIL_SELECT,
  });
  if (!m) return null;
  const slug = m.council.slug;
  const officialUrl = safeExternalUrl(m.officialUrl);
  const topicLink = (t: { slug: string; name: string }): TopicLink => ({
    name: t.name,
    path: topicPath({ councilSlug: slug, slug: t.slug }),
  });

  const withIssue = m.agendaItems.filter((i) => i.issueId !== null).map((i) => i.id);
  const issues = withIssue.length ? await getItemIssues(prisma, slug, withIssue) : new Map<number, ItemIssueView>();
  const items: AgendaItemView[] = m.agendaItems.map((item) => ({
    anchor: `item-${item.position}`,
    number: item.number,
    title: item.title,
    description: item.description,
    decisionText: item.decisionText,
    resolution: item.decisionText ? null : extractResolution(item.minutesText),
    ...minutesView(item.minutesText, item.decisionText),
    minutesIncomplete: item.minutesIncomplete,
    withdrawnAt: item.withdrawnAt?.toISOString() ?? null,
    isRestricted: item.isRestricted,
    documents: m.documents.filter((d) => d.agendaItemId === item.id).map(toDocumentView),
    topics: item.topics.map((t) => topicLink(t.topic)),
    applications: item.applicationRefs.map((reference) => ({
      reference,
      path: planningPath({ councilSlug: slug, slug: planningSlug(reference) }),
    })),
    issue: issues.get(item.id) ?? null,
    recordedVotes: item.recordedVotes.map(toRecordedVoteView),
  }));

  // A cancelled meeting had no attendance: ModernGov still lists who was expected, which reads as if they came.
  const attendances = m.status === "cancelled" ? [] : m.attendances;
  const attendees: AttendeeView[] = attendances
    .map((a) => ({
      ...splitNameAndJob(a.person.name),
      path: personPath({ councilSlug: slug, ...a.person }),
      role: a.role,
      posts: a.person.posts,
      party: a.person.party,
      photoPath: localImagePath(a.person.photoUrl),
      initials: initialsOf(a.person.name),
      status: a.status,
    }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        roleRank(a.role) - roleRank(b.role) ||
        a.name.localeCompare(b.name, "en-GB"),
    );

  return {
    council: m.council,
    path: meetingPath({
      councilSlug: slug,
      externalId: m.externalId,
      committeeName: m.committee.name,
      startsAt: m.startsAt,
    }),
    title: meetingHeading(m.title),
    councilTitle: m.title,
    startsAt: m.startsAt.toISOString(),
    status: m.status,
    isUpcoming: m.startsAt.getTime() > now.getTime(),
    isSpecial: m.isSpecial,
    statusNote: m.statusNote,
    venue: m.venue,
    officialUrl,
    webcastUrl: safeExternalUrl(m.webcastUrl),
    committee: {
      externalId: m.committee.externalId,
      name: m.committee.name,
      path: committeePath({ councilSlug: slug, externalId: m.committee.externalId, name: m.committee.name }),
    },
    summary: m.summary ? toSummaryView(m.summary, m.documents, officialUrl) : null,
    items,
    attendees,
    topics: m.status === "cancelled" ? [] : m.topics.map((t) => topicLink(t.topic)),
    documentGroups: groupDocuments(m.documents),
    changes: groupChanges(m.documentChanges),
  };
}

function minutesView(minutes: string | null, decisionText: string | null) {
  const shown = minutesBesideDecision(minutes, decisionText);
  return {
    minutesText: shown.text,
    minutesBeforeDecision: shown.beforeDecision,
    minutesAfterDecision: shown.after ?? null,
  };
}
