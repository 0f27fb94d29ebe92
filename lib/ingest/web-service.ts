// The second way in (issue 12, part 9): when the council's HTML committee list or meetings lists are blocked or
// fail, committees and meetings are discovered through ModernGov's web service (mgWebService.asmx: GetCommittees,
// GetMeetings, GetMeeting), which some firewalls let through while refusing the pages. Each meeting is then read
// from GetMeeting, turned into the shape the HTML parser gives, and stored and downloaded the same way, with the
// document URLs the service gives (mgConvert2PDF.aspx?ID=…).
import type { PrismaClient } from "@/lib/db";
import { parseGetCommittees, parseGetMeeting, parseGetMeetings } from "@/lib/moderngov/parse/parse-web-service";
import type { AgendaItem, CommitteeSummary, MeetingDocument, MeetingPage } from "@/lib/moderngov/parse/types";
import type { AttendanceRecord } from "@/lib/moderngov/parse/types-people";
import type { WsMeeting } from "@/lib/moderngov/parse/types-web-service";
import type { Window } from "./list-meetings";
import type { PageFetch, PageParse, PageRole } from "./page-cache";
import type { RunRecorder } from "./run-record";
import type { MeetingTarget } from "./scrape-committee";
import { listingTitle } from "./listing-title";

export type XmlPage = (url: string, role: PageRole) => Promise<PageFetch>;

export interface WebServiceContext {
  councilId: number;
  /** the council's canonical ModernGov root, ending in "/" */
  root: string;
  window: Window;
  xml: XmlPage;
  parse: PageParse;
}

export function webServiceUrl(root: string, op: string, params: Record<string, string | number> = {}): string {
  const url = new URL(`mgWebService.asmx/${op}`, root);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.toString();
}

/** The council's current committees from GetCommittees (deleted and expired ones left out). */
export async function listCommitteesViaWebService(ctx: WebServiceContext): Promise<CommitteeSummary[]> {
  const committees = await ctx.parse(
    await ctx.xml(webServiceUrl(ctx.root, "GetCommittees"), "required"),
    "ws-committees",
    parseGetCommittees,
  );
  return committees
    .filter((c) => !c.deleted && !c.expired)
    .map((c) => ({
      committeeId: c.committeeId,
      name: c.title,
      url: new URL(`mgCommitteeDetails.aspx?ID=${c.committeeId}`, ctx.root).toString(),
      category: c.category,
    }));
}

const dmy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;

/** One committee's meetings in the window from GetMeetings, as targets that are read through GetMeeting. */
export async function listMeetingsViaWebService(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: WebServiceContext,
  summary: CommitteeSummary,
): Promise<{ targets: MeetingTarget[]; listingRead: boolean }> {
  const committee = await prisma.committee.upsert({
    where: { councilId_externalId: { councilId: ctx.councilId, externalId: summary.committeeId } },
    create: { councilId: ctx.councilId, externalId: summary.committeeId, name: summary.name, officialUrl: summary.url },
    update: { name: summary.name, isActive: true },
  });
  const url = webServiceUrl(ctx.root, "GetMeetings", {
    lCommitteeId: summary.committeeId,
    sFromDate: dmy(ctx.window.from),
    sToDate: dmy(ctx.window.to),
  });
  let meetings;
  try {
    meetings = await ctx.parse(await ctx.xml(url, "required"), "ws-meetings", parseGetMeetings);
  } catch (error) {
    await run.pageFailed(url, error, "required");
    return { targets: [], listingRead: false };
  }
  const targets = meetings
    .filter((m) => {
      const at = new Date(m.startsAt ?? `${m.date}T12:00:00Z`).getTime();
      return !Number.isNaN(at) && at >= ctx.window.from.getTime() && at <= ctx.window.to.getTime();
    })
    .map((m): MeetingTarget => ({
      entry: {
        meetingId: m.meetingId,
        committeeId: summary.committeeId,
        url: new URL(`ieListDocuments.aspx?CId=${summary.committeeId}&MId=${m.meetingId}&Ver=4`, ctx.root).toString(),
        title: "",
        date: m.date,
        startsAt: m.startsAt,
        published: [],
        cancelled: m.cancelled,
        postponed: false,
        special: false,
        isNew: false,
        provisional: false,
        virtual: false,
        movedFrom: null,
        markers: [],
      },
      committeeId: committee.id,
      committeeName: committee.name,
      viaWebService: true,
    }));
  return { targets, listingRead: true };
}

/** GetMeeting for one meeting, in the meeting page's shape (what upsertMeetingPage stores). */
export async function readMeetingViaWebService(
  ctx: Pick<WebServiceContext, "root" | "xml" | "parse">,
  target: MeetingTarget,
): Promise<{ fetched: PageFetch; page: MeetingPage }> {
  const url = webServiceUrl(ctx.root, "GetMeeting", { lMeetingId: target.entry.meetingId });
  const fetched = await ctx.xml(url, "required");
  const ws = await ctx.parse(fetched, "ws-meeting", parseGetMeeting);
  return { fetched, page: toMeetingPage(ws, target) };
}

function toMeetingPage(ws: WsMeeting, target: MeetingTarget): MeetingPage {
  const startsIso = ws.startsAt ?? target.entry.startsAt ?? (ws.date ? `${ws.date}T00:00:00Z` : null);
  const title = startsIso
    ? listingTitle(
        target.committeeName,
        { ...target.entry, startsAt: ws.startsAt ?? target.entry.startsAt },
        new Date(startsIso),
      )
    : target.committeeName;
  const items: AgendaItem[] = [...ws.items]
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((item, i) => ({
      order: i + 1,
      agendaItemId: item.agendaItemId || null,
      number: item.number,
      isHeading: false,
      section: null,
      note: null,
      title: item.title,
      description: item.agendaText,
      minutes: item.minutesText,
      minutesTruncated: false,
      fullTextUrl: null,
      decision: null,
      decisionUrl: null,
      issueHistoryUrl: null,
      recordedVotesUrl: null,
      documents: item.documents.map((d, j): MeetingDocument => ({
        kind: j === 0 ? "item-report" : "additional-document",
        title: d.title,
        url: d.restricted ? null : d.url,
        restricted: d.restricted,
        sizeText: null,
        sizeBytes: null,
        format: null,
        attachmentId: d.attachmentId,
        agendaId: null,
        bundleId: null,
        packType: null,
        supplementId: null,
      })),
      restricted: item.restricted || item.documents.some((d) => d.restricted),
      applicationRefs: [],
      recordedVotes: [],
    }));
  const attendance: AttendanceRecord[] = ws.attendees.map((a) => ({
    name: a.name,
    personId: a.personId,
    profileUrl: a.profileUrl,
    role: a.role,
    attendance: a.attendance ?? "",
    status: a.status,
    asSubstitute: false,
    virtual: false,
    note: null,
    group: null,
  }));
  return {
    ...target.entry,
    url: target.entry.url,
    meetingId: ws.meetingId,
    committeeId: target.entry.committeeId,
    committeeName: target.committeeName,
    heading: null,
    title,
    date: ws.date,
    startsAt: ws.startsAt,
    cancelled: ws.cancelled,
    status: ws.cancelled ? "cancelled" : ws.minutesPublished || ws.decisionsPublished ? "held" : "scheduled",
    venue: ws.location ? { text: ws.location, locationUrl: null, roomId: null } : null,
    contact: null,
    webcastUrl: null,
    attendanceUrl: null,
    documents: [],
    items,
    attendance,
    notices: [],
    modifiedDate: null,
  };
}
