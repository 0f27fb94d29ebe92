import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseAttendancePage,
  parseCommitteeDetails,
  parseCommitteeList,
  parseGetCommittees,
  parseGetMeeting,
  parseGetMeetings,
  parseMeetingList,
  parseMeetingPage,
  parseMemberIndex,
  parseMemberPage,
} from "@/lib/moderngov/parse/parsers";

// Every page of the Harrow offline snapshot (lib/replay/snapshot/harrow, built by scripts/build-snapshot.ts)
// must parse with the parser for its URL. Skipped until the snapshot has been generated.

import { parseIssuePage } from "@/lib/moderngov/parse/parse-issue-page";
import { parseForwardPlan, parsePlansHome } from "@/lib/moderngov/parse/parse-forward-plan";

const DIR = path.resolve(import.meta.dirname, "../../../lib/replay/snapshot/harrow");
const MANIFEST = path.join(DIR, "manifest.json");
const hasSnapshot = existsSync(MANIFEST);

type Entry = { url: string; file: string; contentType: string };
type Parser = (body: string, url: string) => unknown;

const PARSERS: Array<[RegExp, string, Parser]> = [
  [/^\/ieListDocuments\.aspx$/i, "meeting", parseMeetingPage],
  [/^\/ieListMeetings\.aspx$/i, "meeting-list", parseMeetingList],
  [/^\/mgCommitteeDetails\.aspx$/i, "committee-details", parseCommitteeDetails],
  [/^\/mg(CommitteeStructure|ListCommittees)\.aspx$/i, "committee-list", parseCommitteeList],
  [/^\/mgMeetingAttendance\.aspx$/i, "attendance", parseAttendancePage],
  [/^\/mgUserInfo\.aspx$/i, "member", parseMemberPage],
  [/^\/mgMemberIndex\.aspx$/i, "member-index", parseMemberIndex],
  [/^\/mgWebService\.asmx\/GetCommittees$/i, "ws-committees", parseGetCommittees],
  [/^\/mgWebService\.asmx\/(GetMeetings|GetAllMeetingsByDate)$/i, "ws-meetings", parseGetMeetings],
  [/^\/mgWebService\.asmx\/GetMeeting$/i, "ws-meeting", parseGetMeeting],
  [/^\/(mgIssueHistoryHome|ieIssueDetails)\.aspx$/i, "issue", parseIssuePage],
  [/^\/mgListPlanItems\.aspx$/i, "plan", parseForwardPlan],
  [/^\/mgPlansHome\.aspx$/i, "plans-home", parsePlansHome],
];

function loadSnapshot() {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { council: { baseUrl: string }; entries: Entry[] };
  const base = manifest.council.baseUrl.replace(/\/$/, "");
  const pages = manifest.entries.flatMap((entry) => {
    const pathname = new URL(entry.url, base).pathname;
    const match = PARSERS.find(([re]) => re.test(pathname));
    return match ? [{ ...entry, absolute: `${base}${entry.url}`, kind: match[1], parse: match[2] }] : [];
  });
  const read = (file: string) => readFileSync(path.join(DIR, file), "utf8");
  return { base, pages, read };
}

describe.skipIf(!hasSnapshot)("Harrow snapshot: every page parses", () => {
  const { base, pages, read } = hasSnapshot ? loadSnapshot() : { base: "", pages: [], read: () => "" };

  it("covers every page kind", () => {
    expect(new Set(pages.map((p) => p.kind))).toEqual(
      new Set([
        "meeting",
        "meeting-list",
        "committee-details",
        "committee-list",
        "attendance",
        "member",
        "member-index",
        "ws-committees",
        "ws-meetings",
        "ws-meeting",
        "issue",
        "plan",
        "plans-home",
      ]),
    );
  });

  it("parses each page without error", () => {
    const failures: string[] = [];
    for (const page of pages) {
      try {
        page.parse(read(page.file), page.absolute);
      } catch (error) {
        failures.push(`${page.url}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    // Every page of the snapshot is parsed: ~7 s on a loaded 2-core machine, beyond the default 5 s.
  });

  it("reads the Corporate Parenting Panel of 23 October 2025 with items and attendance", () => {
    const meetings = pages
      .filter((p) => p.kind === "meeting")
      .map((p) => parseMeetingPage(read(p.file), p.absolute))
      .filter((m) => m.committeeId === 788 && m.date === "2025-10-23");
    // The same meeting is reachable under several URL aliases (MId=, CId=&MId=, &Ver=4): one meeting id.
    expect(new Set(meetings.map((m) => m.meetingId)).size).toBe(1);
    const cpp = meetings[0]!;
    expect(cpp.committeeName).toBe("Corporate Parenting Panel");
    expect(cpp.startsAt).toBe("2025-10-23T18:00:00+01:00");
    expect(cpp.items.filter((i) => !i.isHeading).length).toBeGreaterThan(3);
    expect(cpp.items.some((i) => i.isHeading && i.title === "Resolved Items")).toBe(true);
    expect(cpp.documents.some((d) => d.kind === "printed-minutes")).toBe(true);
    expect(cpp.attendanceUrl).toBe(`${base}/mgMeetingAttendance.aspx?ID=${cpp.meetingId}`);

    const attendancePage = pages.find((p) => p.kind === "attendance" && p.absolute === cpp.attendanceUrl);
    expect(attendancePage).toBeDefined();
    const attendance = parseAttendancePage(read(attendancePage!.file), attendancePage!.absolute);
    expect(attendance.meetingId).toBe(cpp.meetingId);
    expect(attendance.attendees.length).toBeGreaterThan(3);
    expect(attendance.attendees.some((a) => a.status === "present" && a.personId !== null)).toBe(true);
  });

  it("agrees with the web service on the agenda id and the attendees", () => {
    const wsPage = pages.find((p) => p.kind === "ws-meeting" && /lMeetingId=66101/.test(p.url));
    const htmlPage = pages.find((p) => p.kind === "meeting" && /MId=66101/.test(p.url));
    const attendancePage = pages.find((p) => p.kind === "attendance" && /ID=66101/.test(p.url));
    if (!wsPage || !htmlPage || !attendancePage) return expect.fail("meeting 66101 missing from the snapshot");
    const ws = parseGetMeeting(read(wsPage.file), wsPage.absolute);
    const html = parseMeetingPage(read(htmlPage.file), htmlPage.absolute);
    const attendance = parseAttendancePage(read(attendancePage.file), attendancePage.absolute);
    // g{agendaId} in pack links is not the meeting id; both sources must name the same one.
    expect(html.documents.find((d) => d.kind === "agenda-frontsheet")?.agendaId).toBe(ws.agendaId);
    expect(ws.agendaId).not.toBe(ws.meetingId);
    expect(html.items.filter((i) => !i.isHeading).map((i) => i.number)).toEqual(
      ws.items.filter((i) => i.number !== null).map((i) => i.number),
    );
    const byId = (list: Array<{ personId: number | null; status: string }>) =>
      list
        .filter((a) => a.personId !== null)
        .map((a) => `${a.personId}:${a.status}`)
        .sort();
    expect(byId(attendance.attendees)).toEqual(byId(ws.attendees));
  });

  const meetingById = (mid: number) => {
    const page = pages.find((p) => p.kind === "meeting" && new RegExp(`MId=${mid}(&|$)`).test(p.url));
    return page ? parseMeetingPage(read(page.file), page.absolute) : undefined;
  };

  it("reads Planning's Note column, 1/01 numbering and application references", () => {
    const planning = pages
      .filter((p) => p.kind === "meeting" && /CId=1001&/.test(p.url))
      .map((p) => parseMeetingPage(read(p.file), p.absolute))
      .find((m) => m.items.some((i) => i.applicationRefs.length > 0));
    if (!planning) return expect.fail("no Planning Committee meeting with applications in the snapshot");
    const applications = planning.items.filter((i) => i.applicationRefs.length > 0);
    for (const item of applications) {
      expect(item.number).toMatch(/^\d+\/\d{2}$/);
      expect(item.section).toBe("Planning Applications Received");
      expect(item.applicationRefs[0]).toMatch(/^PL?\/\d{4}\/\d{2}$/);
    }
    expect(planning.items[0]?.note).toBe("Enc.");
    expect(planning.items.some((i) => i.isHeading && i.title === "Planning Applications Received")).toBe(true);
  });

  it("never returns a URL for a restricted enclosure, and those papers are not in the snapshot", () => {
    const restricted = pages
      .filter((p) => p.kind === "meeting")
      .flatMap((p) => parseMeetingPage(read(p.file), p.absolute).items.flatMap((i) => i.documents))
      .filter((d) => d.restricted);
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.every((d) => d.url === null && d.attachmentId !== null)).toBe(true);
    const manifestUrls = new Set(pages.map((p) => p.url));
    expect(restricted.some((d) => [...manifestUrls].some((u) => u.includes(`/s${d.attachmentId}/`)))).toBe(false);
  });

  it("reads cancelled and moved meetings from their titles", () => {
    const statuses = pages.filter((p) => p.kind === "meeting").map((p) => parseMeetingPage(read(p.file), p.absolute));
    const cancelled = statuses.filter((m) => m.status === "cancelled");
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((m) => m.items.length === 0 && m.markers.includes("CANCELLED"))).toBe(true);
    const moved = statuses.filter((m) => m.movedFrom !== null);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((m) => m.movedFrom !== m.date && m.markers.some((x) => x.startsWith("Moved from")))).toBe(true);
    expect(meetingById(66101)?.status).toBe("held");
  });
});
