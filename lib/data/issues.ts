// The read models behind the issue pages (/{council}/issues/{IId}-{slug}), the "Also discussed at" line of a
// meeting page's items, the forward plan (/{council}/forward-plan) and the issue entries of the JSON API.
// An issue's history is built from our own records of the meetings (decision, summary bullets, papers), in date
// order; meetings the council's issue page lists but we never scraped are shown with the council's link only.
import type { PrismaClient } from "@/lib/db";
import { committeePath, followIssuePath, issuePath, meetingPath } from "@/lib/urls";
import { toDocumentView, type DocumentView } from "./document-groups";
import { MEETING_DOCUMENTS_QUERY } from "./meeting-select";
import type { MeetingStatusName } from "./meetings";
import { safeExternalUrl } from "./safe-url";
import { meetingHeading } from "./meeting-heading";
import { extractResolution } from "./text-helpers";
import { meetingSummarySchema } from "@/lib/summarize/types";
import { bulletText } from "@/lib/summarize/bullets";
import { londonDate } from "@/lib/london-time";
import { shiftWeek, weekRange, type IsoWeek } from "@/lib/iso-week";
import type { DigestKeyDecision } from "./digest-content";

export interface IssueLink {
  /** ModernGov's IId */
  id: number;
  title: string;
  path: string;
}

export interface IssueStepView {
  meeting: {
    path: string;
    title: string;
    startsAt: string;
    status: MeetingStatusName;
    committee: { name: string; path: string };
  };
  item: { anchor: string; number: string | null; title: string; withdrawnAt: string | null; isRestricted: boolean };
  /** the decision text, or the RESOLVED part of the minutes */
  decision: string | null;
  /** the meeting summary's bullets for this item */
  bullets: string[];
  documents: DocumentView[];
}

/** A meeting the council's issue page lists that we hold no record of (outside the scraped window). */
export interface IssueOtherMeetingView {
  date: string | null;
  committeeName: string | null;
  itemNumber: string | null;
  officialUrl: string | null;
}

export interface IssuePageData {
  council: { slug: string; name: string };
  path: string;
  id: number;
  title: string;
  purpose: string | null;
  decisionType: string | null;
  isKey: boolean;
  /** the council's "Decision status" */
  status: string | null;
  decisionMaker: string | null;
  decisionDueText: string | null;
  decisionDue: string | null;
  leadMember: string | null;
  wards: string | null;
  officialUrl: string | null;
  /** meetings in date order, earliest first */
  steps: IssueStepView[];
  otherMeetings: IssueOtherMeetingView[];
  /** whether the latest step lies in the future (so the matter is still to be decided there) */
  nextStep: IssueStepView | null;
}

const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

type StoredMeetingRef = {
  meetingId: number;
  date: string | null;
  committeeName: string | null;
  itemNumber: string | null;
  url: string;
};

function readMeetingRefs(json: unknown): StoredMeetingRef[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (m): m is StoredMeetingRef =>
      typeof m === "object" && m !== null && typeof (m as StoredMeetingRef).meetingId === "number",
  );
}

/** The bullets a meeting summary gives for one item (matched by number, else by title). */
function bulletsFor(summaryContent: unknown, item: { number: string | null; title: string }): string[] {
  const parsed = meetingSummarySchema.safeParse(summaryContent);
  if (!parsed.success) return [];
  const norm = (n: string | null) => (n ?? "").replace(/\.$/, "").trim();
  const section =
    parsed.data.sections.find((s) => item.number && norm(s.itemNumber) === norm(item.number)) ??
    parsed.data.sections.find((s) => s.heading.trim().toLowerCase() === item.title.trim().toLowerCase());
  return section ? section.bullets.map(bulletText) : [];
}

export async function getIssuePage(
  prisma: PrismaClient,
  councilSlug: string,
  externalId: number,
  now: Date,
): Promise<IssuePageData | null> {
  const issue = await prisma.issue.findFirst({
    where: { council: { slug: councilSlug }, externalId },
    select: {
      externalId: true,
      title: true,
      purpose: true,
      decisionType: true,
      isKey: true,
      status: true,
      decisionMaker: true,
      decisionDueText: true,
      decisionDue: true,
      leadMember: true,
      wards: true,
      officialUrl: true,
      meetings: true,
      council: { select: { slug: true, name: true } },
      agendaItems: {
        select: {
          id: true,
          number: true,
          position: true,
          title: true,
          decisionText: true,
          minutesText: true,
          withdrawnAt: true,
          isRestricted: true,
          documents: MEETING_DOCUMENTS_QUERY,
          meeting: {
            select: {
              externalId: true,
              title: true,
              startsAt: true,
              status: true,
              committee: { select: { externalId: true, name: true } },
              summary: { select: { content: true } },
            },
          },
        },
      },
    },
  });
  if (!issue) return null;
  const slug = issue.council.slug;
  const steps: IssueStepView[] = issue.agendaItems
    .map((item) => ({
      meeting: {
        path: meetingPath({
          councilSlug: slug,
          externalId: item.meeting.externalId,
          committeeName: item.meeting.committee.name,
          startsAt: item.meeting.startsAt,
        }),
        title: meetingHeading(item.meeting.title),
        startsAt: item.meeting.startsAt.toISOString(),
        status: item.meeting.status,
        committee: {
          name: item.meeting.committee.name,
          path: committeePath({
            councilSlug: slug,
            externalId: item.meeting.committee.externalId,
            name: item.meeting.committee.name,
          }),
        },
      },
      item: {
        anchor: `item-${item.position}`,
        number: item.number,
        title: item.title,
        withdrawnAt: item.withdrawnAt?.toISOString() ?? null,
        isRestricted: item.isRestricted,
      },
      decision: item.decisionText ?? extractResolution(item.minutesText),
      bullets: bulletsFor(item.meeting.summary?.content, item),
      documents: item.documents.filter((d) => !d.withdrawnAt).map(toDocumentView),
    }))
    .sort(
      (a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt) || a.meeting.path.localeCompare(b.meeting.path),
    );
  const held = new Set(issue.agendaItems.map((i) => i.meeting.externalId));
  const otherMeetings = readMeetingRefs(issue.meetings)
    .filter((m) => !held.has(m.meetingId))
    .map((m) => ({
      date: m.date,
      committeeName: m.committeeName,
      itemNumber: m.itemNumber,
      officialUrl: safeExternalUrl(m.url),
    }))
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const nextStep =
    steps.find((s) => new Date(s.meeting.startsAt).getTime() > now.getTime() && s.meeting.status !== "cancelled") ??
    null;
  return {
    council: issue.council,
    path: issuePath({ councilSlug: slug, externalId: issue.externalId, title: issue.title }),
    id: issue.externalId,
    title: issue.title,
    purpose: issue.purpose,
    decisionType: issue.decisionType,
    isKey: issue.isKey,
    status: issue.status,
    decisionMaker: issue.decisionMaker,
    decisionDueText: issue.decisionDueText,
    decisionDue: isoDay(issue.decisionDue),
    leadMember: issue.leadMember,
    wards: issue.wards,
    officialUrl: safeExternalUrl(issue.officialUrl),
    steps,
    otherMeetings,
    nextStep,
  };
}

export interface ItemIssueView extends IssueLink {
  /** "Follow this item": the sign-up page with the issue preselected */
  followPath: string;
  /** the issue's other meetings, in date order: "Also discussed at" */
  elsewhere: { path: string; anchor: string; committeeName: string; startsAt: string }[];
}

/** For a meeting's items: their issue and the other meetings where it came up, keyed by agenda item id. */
export async function getItemIssues(
  prisma: PrismaClient,
  councilSlug: string,
  itemIds: number[],
): Promise<Map<number, ItemIssueView>> {
  const out = new Map<number, ItemIssueView>();
  if (itemIds.length === 0) return out;
  const rows = await prisma.agendaItem.findMany({
    where: { id: { in: itemIds }, issueId: { not: null } },
    select: {
      id: true,
      issue: {
        select: {
          externalId: true,
          title: true,
          agendaItems: {
            where: { withdrawnAt: null },
            select: {
              id: true,
              position: true,
              meeting: { select: { externalId: true, startsAt: true, committee: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  for (const row of rows) {
    if (!row.issue) continue;
    const elsewhere = row.issue.agendaItems
      .filter((i) => i.id !== row.id)
      .map((i) => ({
        path: meetingPath({
          councilSlug,
          externalId: i.meeting.externalId,
          committeeName: i.meeting.committee.name,
          startsAt: i.meeting.startsAt,
        }),
        anchor: `item-${i.position}`,
        committeeName: i.meeting.committee.name,
        startsAt: i.meeting.startsAt.toISOString(),
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    out.set(row.id, {
      id: row.issue.externalId,
      title: row.issue.title,
      path: issuePath({ councilSlug, externalId: row.issue.externalId, title: row.issue.title }),
      followPath: followIssuePath(councilSlug, row.issue.externalId),
      elsewhere,
    });
  }
  return out;
}

export interface ForwardPlanEntry extends IssueLink {
  purpose: string | null;
  decisionMaker: string | null;
  decisionDueText: string | null;
  decisionDue: string | null;
  leadMember: string | null;
  wards: string | null;
  status: string | null;
  /** the issue has papers on a meeting's agenda: its page is worth a link */
  hasPapers: boolean;
  officialUrl: string | null;
}

/**
 * Key decisions announced and not yet past: on a forward plan, or flagged key with a due date, due on or after
 * `from` (a London calendar date) and, when given, before `until`. Earliest first.
 */
export async function listKeyDecisions(
  prisma: PrismaClient,
  councilSlug: string,
  range: { from: string; until?: string },
): Promise<ForwardPlanEntry[]> {
  const rows = await prisma.issue.findMany({
    where: {
      council: { slug: councilSlug },
      isKey: true,
      decisionDue: {
        gte: new Date(`${range.from}T00:00:00Z`),
        ...(range.until ? { lt: new Date(`${range.until}T00:00:00Z`) } : {}),
      },
    },
    orderBy: [{ decisionDue: "asc" }, { externalId: "asc" }],
    select: {
      externalId: true,
      title: true,
      purpose: true,
      decisionMaker: true,
      decisionDueText: true,
      decisionDue: true,
      leadMember: true,
      wards: true,
      status: true,
      officialUrl: true,
      _count: { select: { agendaItems: true } },
    },
  });
  return rows.map((r) => ({
    id: r.externalId,
    title: r.title,
    path: issuePath({ councilSlug, externalId: r.externalId, title: r.title }),
    purpose: r.purpose,
    decisionMaker: r.decisionMaker,
    decisionDueText: r.decisionDueText,
    decisionDue: isoDay(r.decisionDue),
    leadMember: r.leadMember,
    wards: r.wards,
    status: r.status,
    hasPapers: r._count.agendaItems > 0,
    officialUrl: safeExternalUrl(r.officialUrl),
  }));
}

/**
 * The 28 days a weekly issue looks ahead over for key decisions: from the start (London) of the week after the one
 * reviewed, the moment the issue looks ahead from. Worked out from the ISO week alone, never the wall clock, so
 * the email, a re-composed issue and the site's weekly page agree.
 */
export function keyDecisionWindow(week: IsoWeek): { from: string; until: string } {
  const start = weekRange(shiftWeek(week, 1)).start;
  return { from: londonDate(start), until: londonDate(new Date(start.getTime() + 28 * 86_400_000 + 12 * 3_600_000)) };
}

/** The key decisions a weekly issue lists (the email's "Key decisions due in the next four weeks"), earliest first. */
export async function listKeyDecisionsForWeek(
  prisma: PrismaClient,
  councilSlug: string,
  week: IsoWeek,
): Promise<DigestKeyDecision[]> {
  const decisions = await listKeyDecisions(prisma, councilSlug, keyDecisionWindow(week));
  return decisions.map((d) => ({
    title: d.title,
    dueText: d.decisionDueText ?? d.decisionDue!,
    due: d.decisionDue!,
    decisionMaker: d.decisionMaker,
    path: d.hasPapers ? d.path : null,
  }));
}

/** Every issue of a council, for the sitemap and the issue feeds' discovery. */
export async function listIssueLinks(
  prisma: PrismaClient,
  councilSlug: string,
): Promise<(IssueLink & { updatedAt: Date })[]> {
  const rows = await prisma.issue.findMany({
    where: { council: { slug: councilSlug }, agendaItems: { some: {} } },
    orderBy: { externalId: "asc" },
    select: { externalId: true, title: true, updatedAt: true },
  });
  return rows.map((r) => ({
    id: r.externalId,
    title: r.title,
    path: issuePath({ councilSlug, externalId: r.externalId, title: r.title }),
    updatedAt: r.updatedAt,
  }));
}

/** Issues named by council and IId (a subscriber's followed items), keyed "council:IId"; unknown ones are left out. */
export async function findIssueLinks(
  prisma: PrismaClient,
  refs: readonly { council: string; iid: number }[],
): Promise<Map<string, IssueLink & { council: string }>> {
  const out = new Map<string, IssueLink & { council: string }>();
  if (refs.length === 0) return out;
  const rows = await prisma.issue.findMany({
    where: { OR: refs.map((r) => ({ externalId: r.iid, council: { slug: r.council } })) },
    select: { externalId: true, title: true, council: { select: { slug: true } } },
  });
  for (const r of rows) {
    const councilSlug = r.council.slug;
    out.set(`${councilSlug}:${r.externalId}`, {
      council: councilSlug,
      id: r.externalId,
      title: r.title,
      path: issuePath({ councilSlug, externalId: r.externalId, title: r.title }),
    });
  }
  return out;
}
