import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { stamp } from "./format";
import { committees, council, councillors, generatedFor, meetings } from "./harrow";
import { renderAttendancePage } from "./html/attendance-page";
import { renderCommitteeDetails, renderCommitteeList, renderCommitteeStructure } from "./html/committee-pages";
import { pagingFor, renderMeetingList } from "./html/meeting-list";
import { renderMeetingPage } from "./html/meeting-page";
import {
  renderIssuePage,
  renderPlanItems,
  renderPlansHome,
  renderRecordedVotes,
  type IssueAppearance,
} from "./html/issue-pages";
import { forwardPlan, issues } from "./issues";
import { renderMemberIndex, renderMemberIndexByWard, renderUserInfo } from "./html/member-pages";
import { isRestricted, itemDocs } from "./meeting-rules";
import { buildMeetingPdfs, minutesPages } from "./pdf/meeting-docs";
import { getMeasure } from "./pdf/render";
import { renderReadme } from "./readme";
import { robotsTxt } from "./robots";
import type { Manifest, ManifestEntry, SnapshotBuild } from "./manifest";
import type { Meeting } from "./types";
import { hrefs, manifestUrl, packHref } from "./urls";
import { getAllMeetingsByDate, getCommittees, getCouncillorsByWard, getMeeting, getMeetings } from "./ws/operations";
import { wsUrls } from "./ws/urls";

// Builds the whole snapshot in memory (file path -> bytes, plus the manifest), so tests can compare a fresh
// build with the committed output without touching the disk, and the CLI can write it out.

export type { Manifest, ManifestEntry, SnapshotBuild };

const TYPES = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  xml: "text/xml; charset=utf-8",
  text: "text/plain",
} as const;
/** Committee and councillor pages were last changed at the annual meeting after the (fictional) May 2026 election. */
const SITE_UPDATED = stamp("2026-05-21");

export function meetingModified(m: Meeting): string {
  const dates = [m.agendaPublished, m.decisionsPublished, m.minutesPublished, m.updated]
    .filter((d): d is string => Boolean(d))
    .sort();
  return stamp(dates[dates.length - 1] ?? "2026-05-21");
}

const latest = (stamps: string[]): string => [...stamps].sort()[stamps.length - 1] ?? SITE_UPDATED;

/** Hrefs of exempt papers: present in pages, deliberately absent from the manifest. */
export function restrictedHrefs(): string[] {
  return meetings.flatMap((m) =>
    m.items.flatMap((item) =>
      itemDocs(item)
        .filter((d) => isRestricted(item, d))
        .map((d) => hrefs.doc(d)),
    ),
  );
}

class Collector {
  readonly files = new Map<string, Uint8Array>();
  readonly entries = new Map<string, ManifestEntry>();

  add(file: string, body: string | Uint8Array, contentType: string, lastModified: string, hrefList: string[]): void {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    const existing = this.files.get(file);
    if (existing && Buffer.compare(Buffer.from(existing), Buffer.from(bytes)) !== 0)
      throw new Error(`two different bodies for ${file}`);
    this.files.set(file, bytes);
    for (const href of hrefList) {
      const url = manifestUrl(href);
      const prior = this.entries.get(url);
      if (prior && prior.file !== file) throw new Error(`${url} maps to both ${prior.file} and ${file}`);
      this.entries.set(url, { url, file, contentType, lastModified });
    }
  }
}

function fileForDocHref(href: string): string {
  const s = /^documents\/s(\d+)\//.exec(href);
  if (s) return `documents/s${s[1]}.pdf`;
  const g = /^documents\/g(\d+)\/.*\?T=(\d+)$/.exec(href);
  if (g) return `documents/g${g[1]}-T${g[2]}.pdf`;
  const b = /^documents\/b(\d+)\/.*\?T=(\d+)$/.exec(href);
  if (b) return `documents/b${b[1]}-T${b[2]}.pdf`;
  throw new Error(`unexpected document href ${href}`);
}

export async function buildSnapshot(): Promise<SnapshotBuild> {
  const site = new Collector();
  const measure = await getMeasure();
  const byMid = new Map(meetings.map((m) => [m.mid, m]));
  const sizes = new Map<string, number>();

  // PDFs first: the pages print their sizes. Meetings go in date order so an agenda can re-attach the printed
  // minutes of an earlier meeting byte for byte.
  for (const m of meetings) {
    const built = await buildMeetingPdfs(m, {
      measure,
      minutesPagesOf: (mid) => minutesPages(byMid.get(mid)!, measure),
      minutesBytesOf: (mid) => {
        const file = site.files.get(fileForDocHref(packHref(byMid.get(mid)!, 1)));
        if (!file) throw new Error(`minutes of ${mid} must be built before MId ${m.mid} re-attaches them`);
        return file;
      },
    });
    for (const f of built) {
      sizes.set(f.href, f.bytes.length);
      const aliases = f.attachmentId !== undefined ? [hrefs.convert(f.attachmentId)] : [];
      site.add(fileForDocHref(f.href), f.bytes, TYPES.pdf, f.published, [f.href, ...aliases]);
    }
  }
  const size = (href: string): number | undefined => sizes.get(href);

  for (const m of meetings) {
    const modified = meetingModified(m);
    site.add(`pages/ieListDocuments-CId${m.cid}-MId${m.mid}.html`, renderMeetingPage(m, size), TYPES.html, modified, [
      hrefs.meeting(m),
      `ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}`,
      `ieListDocuments.aspx?MId=${m.mid}`,
    ]);
    site.add(`pages/mgMeetingAttendance-ID${m.mid}.html`, renderAttendancePage(m), TYPES.html, modified, [
      hrefs.attendance(m.mid),
    ]);
    site.add(`ws/GetMeeting-MId${m.mid}.xml`, getMeeting(m), TYPES.xml, modified, [wsUrls.getMeeting(m.mid)]);
  }

  for (const c of committees) {
    const own = meetings.filter((m) => m.cid === c.cid).reverse();
    const listModified = latest(own.map(meetingModified));
    const paging = pagingFor(own);
    site.add(`pages/mgCommitteeDetails-ID${c.cid}.html`, renderCommitteeDetails(c.cid), TYPES.html, SITE_UPDATED, [
      hrefs.committeeDetails(c.cid),
    ]);
    site.add(
      `pages/ieListMeetings-CId${c.cid}.html`,
      renderMeetingList(c.cid, { meetings: own, paging }),
      TYPES.html,
      listModified,
      [hrefs.meetings(c.cid), hrefs.meetingsYear0(c.cid), `ieListMeetings.aspx?CId=${c.cid}`],
    );
    if (paging) {
      // Nothing lies beyond the snapshot's range: the paging pages exist but list no meetings.
      site.add(
        `pages/ieListMeetings-CId${c.cid}-earlier.html`,
        renderMeetingList(c.cid, { meetings: [] }),
        TYPES.html,
        listModified,
        [hrefs.meetingsPaging(c.cid, "earlier", paging.earlier)],
      );
      site.add(
        `pages/ieListMeetings-CId${c.cid}-later.html`,
        renderMeetingList(c.cid, { meetings: [] }),
        TYPES.html,
        listModified,
        [hrefs.meetingsPaging(c.cid, "later", paging.later)],
      );
    }
    site.add(`ws/GetMeetings-CId${c.cid}.xml`, getMeetings(c.cid, meetings), TYPES.xml, listModified, [
      wsUrls.getMeetings(c.cid),
    ]);
  }

  // Issues: each issue's page lists the meetings whose published agenda carries one of its items.
  for (const issue of issues) {
    const appearances: IssueAppearance[] = meetings.flatMap((m) =>
      m.agendaPublished && m.status !== "Cancelled"
        ? m.items.filter((i) => i.issue === issue.iid).map((item) => ({ meeting: m, item }))
        : [],
    );
    const modified = latest([stamp(forwardPlan.lastUpdated), ...appearances.map((a) => meetingModified(a.meeting))]);
    site.add(
      `pages/mgIssueHistoryHome-IId${issue.iid}.html`,
      renderIssuePage(issue, appearances),
      TYPES.html,
      modified,
      [hrefs.issue(issue.iid), ...(issue.onPlan ? [hrefs.planIssue(issue.iid, forwardPlan.planId)] : [])],
    );
  }
  for (const m of meetings) {
    for (const item of m.items) {
      if (item.issue !== undefined && !issues.some((i) => i.iid === item.issue))
        throw new Error(`item ${item.aiId} links issue ${item.issue}, which has no page`);
    }
  }
  // Recorded votes: each item's voting record page, once its decisions or minutes are out.
  for (const m of meetings) {
    if (!m.decisionsPublished && !m.minutesPublished) continue;
    for (const item of m.items.filter((i) => i.recordedVote)) {
      const nameOf = (uid: number) => `Councillor ${councillors.find((c) => c.uid === uid)!.name}`;
      site.add(
        `pages/mgListRecordedVotesShort-AIID${item.aiId}.html`,
        renderRecordedVotes(m, item, nameOf),
        TYPES.html,
        meetingModified(m),
        [hrefs.recordedVotes(item.aiId, m.mid)],
      );
    }
  }
  site.add("pages/mgPlansHome.html", renderPlansHome(), TYPES.html, stamp(forwardPlan.lastUpdated), [
    hrefs.plansHome,
    "mgPlansHome.aspx",
  ]);
  site.add(
    `pages/mgListPlanItems-PlanId${forwardPlan.planId}.html`,
    renderPlanItems(issues.filter((i) => i.onPlan)),
    TYPES.html,
    stamp(forwardPlan.lastUpdated),
    [hrefs.planItems(forwardPlan.planId, forwardPlan.rp)],
  );

  const allModified = latest(meetings.map(meetingModified));
  site.add("pages/mgListCommittees.html", renderCommitteeList(), TYPES.html, SITE_UPDATED, [
    hrefs.committeeList,
    "mgListCommittees.aspx",
  ]);
  site.add("pages/mgCommitteeStructure.html", renderCommitteeStructure(), TYPES.html, SITE_UPDATED, [
    hrefs.committeeStructure,
  ]);
  site.add("pages/mgMemberIndex.html", renderMemberIndex(), TYPES.html, SITE_UPDATED, [
    hrefs.memberIndex,
    "mgMemberIndex.aspx",
  ]);
  site.add("pages/mgMemberIndex-FN-WARD.html", renderMemberIndexByWard(), TYPES.html, SITE_UPDATED, [
    hrefs.memberIndexByWard,
  ]);
  for (const c of councillors)
    site.add(`pages/mgUserInfo-UID${c.uid}.html`, renderUserInfo(c), TYPES.html, SITE_UPDATED, [hrefs.user(c.uid)]);
  site.add("ws/GetCommittees.xml", getCommittees(), TYPES.xml, SITE_UPDATED, wsUrls.getCommittees);
  site.add(
    "ws/GetAllMeetingsByDate.xml",
    getAllMeetingsByDate(meetings),
    TYPES.xml,
    allModified,
    wsUrls.getAllMeetingsByDate,
  );
  site.add("ws/GetCouncillorsByWard.xml", getCouncillorsByWard(), TYPES.xml, SITE_UPDATED, [
    wsUrls.getCouncillorsByWard,
  ]);
  site.add("robots.txt", robotsTxt, TYPES.text, stamp("2024-03-01"), ["/robots.txt"]);

  const second = await buildSecondScrape(site, measure, byMid, size);
  const byUrl = (a: ManifestEntry, b: ManifestEntry) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  const manifest: Manifest = {
    council: { ...council },
    generatedFor,
    entries: [...site.entries.values()].sort(byUrl),
    ...(second
      ? { secondScrape: { asOf: second.asOf, entries: [...second.collector.entries.values()].sort(byUrl) } }
      : {}),
  };
  const files = new Map([...site.files, ...(second?.collector.files ?? [])]);
  files.set("manifest.json", new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  files.set("README.md", new TextEncoder().encode(renderReadme(manifest)));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), manifest };
}

/** The meeting as its `later` state describes it: supplements added, re-issued papers from their new sources. */
export function laterMeeting(m: Meeting): Meeting {
  const later = m.later!;
  const revise = <T extends { id: number; source: unknown; published: string }>(doc: T): T => {
    const file = later.revisedReports?.[doc.id];
    return file ? { ...doc, source: { kind: "markdown", file }, published: later.published } : doc;
  };
  return {
    ...m,
    updated: later.published,
    supplements: [...(m.supplements ?? []), ...(later.supplements ?? [])],
    items: m.items.map((item) => ({
      ...item,
      report: item.report ? revise(item.report) : undefined,
      additional: item.additional?.map(revise),
    })),
    later: undefined,
  };
}

/**
 * The second scrape (issue 15, part 4): each meeting with a `later` state is built again; every file whose bytes
 * differ from the first state's (the meeting page, its new and re-issued PDFs, the pack that holds them) is written
 * under second-scrape/ and listed in manifest.secondScrape, dated the day it changed.
 */
async function buildSecondScrape(
  site: Collector,
  measure: Awaited<ReturnType<typeof getMeasure>>,
  byMid: Map<number, Meeting>,
  size: (href: string) => number | undefined,
): Promise<{ asOf: string; collector: Collector } | null> {
  const changing = meetings.filter((m) => m.later);
  if (changing.length === 0) return null;
  const collector = new Collector();
  const asOf = [...changing.map((m) => m.later!.published)].sort().at(-1)!;
  for (const original of changing) {
    const m = laterMeeting(original);
    const changed = stamp(original.later!.published);
    const built = await buildMeetingPdfs(m, {
      measure,
      minutesPagesOf: (mid) => minutesPages(byMid.get(mid)!, measure),
      minutesBytesOf: (mid) => site.files.get(fileForDocHref(packHref(byMid.get(mid)!, 1)))!,
    });
    const sizes = new Map<string, number>();
    for (const f of built) {
      sizes.set(f.href, f.bytes.length);
      const file = fileForDocHref(f.href);
      const before = site.files.get(file);
      if (before && Buffer.compare(Buffer.from(before), Buffer.from(f.bytes)) === 0) continue;
      const aliases = f.attachmentId !== undefined ? [hrefs.convert(f.attachmentId)] : [];
      collector.add(`second-scrape/${file}`, f.bytes, TYPES.pdf, changed, [f.href, ...aliases]);
    }
    const sizeLater = (href: string) => sizes.get(href) ?? size(href);
    collector.add(
      `second-scrape/pages/ieListDocuments-CId${m.cid}-MId${m.mid}.html`,
      renderMeetingPage(m, sizeLater),
      TYPES.html,
      changed,
      [hrefs.meeting(m), `ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}`, `ieListDocuments.aspx?MId=${m.mid}`],
    );
    collector.add(`second-scrape/ws/GetMeeting-MId${m.mid}.xml`, getMeeting(m), TYPES.xml, changed, [
      wsUrls.getMeeting(m.mid),
    ]);
  }
  return { asOf, collector };
}

/** Replaces outDir's contents with a fresh build (Harrow's, or another council's builder). */
export async function writeSnapshot(
  outDir: string,
  builder: () => Promise<SnapshotBuild> = buildSnapshot,
): Promise<SnapshotBuild> {
  const build = await builder();
  await rm(outDir, { recursive: true, force: true });
  for (const [file, bytes] of build.files) {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return build;
}

/** Every file path under dir, relative and with forward slashes (for comparing with a build). */
export async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}
