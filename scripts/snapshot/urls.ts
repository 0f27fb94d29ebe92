import { committee } from "./committees";
import { packDate, time24 } from "./format";
import type { AttachedDoc, Meeting, Supplement } from "./types";

// Every in-site link is built here, in the exact form ModernGov writes it in a page: relative, unencoded, with
// raw spaces in document names. manifestUrl() turns such an href into the key the replay server looks up.

export const BASE_URL = "https://moderngov.harrow.gov.uk";

export const hrefs = {
  committeeList: "mgListCommittees.aspx?bcr=1",
  committeeStructure: "mgCommitteeStructure.aspx",
  memberIndex: "mgMemberIndex.aspx?bcr=1",
  memberIndexByWard: "mgMemberIndex.aspx?FN=WARD&VW=LIST&PIC=0",
  committeeDetails: (cid: number) => `mgCommitteeDetails.aspx?ID=${cid}`,
  meetings: (cid: number) => `ieListMeetings.aspx?CommitteeId=${cid}`,
  meetingsYear0: (cid: number) => `ieListMeetings.aspx?CId=${cid}&Year=0`,
  meetingsPaging: (cid: number, act: "earlier" | "later", d: string) =>
    `ieListMeetings.aspx?Act=${act}&CId=${cid}&D=${d}&MD=ielistmeetings`,
  meeting: (m: Pick<Meeting, "cid" | "mid">) => `ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}&Ver=4`,
  attendance: (mid: number) => `mgMeetingAttendance.aspx?ID=${mid}`,
  user: (uid: number) => `mgUserInfo.aspx?UID=${uid}`,
  location: (rid: number) => `mgLocationDetails.aspx?RID=${rid}`,
  doc: (d: Pick<AttachedDoc, "id" | "fileName">) => `documents/s${d.id}/${d.fileName}.pdf`,
  convert: (id: number) => `mgConvert2PDF.aspx?ID=${id}`,
  issue: (iid: number) => `mgIssueHistoryHome.aspx?IId=${iid}`,
  issueMeetings: (iid: number) => `ieIssueDetails.aspx?IId=${iid}&Opt=3`,
  planIssue: (iid: number, planId: number) => `ieIssueDetails.aspx?IId=${iid}&PlanId=${planId}`,
  plansHome: "mgPlansHome.aspx?bcr=1",
  recordedVotes: (aiId: number, mid: number) => `mgListRecordedVotesShort.aspx?AIID=${aiId}&MID=${mid}`,
  planItems: (planId: number, rp: number) => `mgListPlanItems.aspx?PlanId=${planId}&RP=${rp}`,
  webcast: (id: number) => `https://harrow.public-i.tv/core/portal/webcast_interactive/${id}`,
};

/** Whole-meeting packs: T=0 frontsheet, T=10 public reports pack, T=1 printed minutes, T=2 printed decisions. */
export type PackKind = 0 | 1 | 2 | 10;
const packLabel: Record<PackKind, string> = {
  0: "Agenda frontsheet",
  10: "Public reports pack",
  1: "Printed minutes",
  2: "Decisions",
};

export function packFileName(m: Meeting, label: string): string {
  return `${label} ${packDate(m.date)} ${time24(m.time)} ${committee(m.cid).title}`;
}

export function packHref(m: Meeting, kind: PackKind): string {
  return `documents/g${m.agendaId}/${packFileName(m, packLabel[kind])}.pdf?T=${kind}`;
}

/** Supplements live under their own bundle id: documents/b{id}/{Title} {date} {time} {Committee}.pdf?T=9. */
export function supplementHref(m: Meeting, s: Supplement): string {
  return `documents/b${s.bundleId}/${packFileName(m, s.title)}.pdf?T=9`;
}

/** The manifest key for an href: path and query as new URL(href, base) yields them (spaces become %20). */
export function manifestUrl(href: string): string {
  const url = new URL(href, `${BASE_URL}/`);
  if (url.origin !== BASE_URL) throw new Error(`not an in-site href: ${href}`);
  return url.pathname + url.search;
}

/** True for hrefs that leave the ModernGov host (mailto:, the main council site, the webcast portal). */
export function isExternal(href: string): boolean {
  if (/^(mailto|tel|javascript):/i.test(href) || href.startsWith("#")) return true;
  return new URL(href, `${BASE_URL}/`).origin !== BASE_URL;
}
