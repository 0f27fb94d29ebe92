// The second council of the offline snapshot: a small, fictionalised Brent Council on ModernGov, to prove that a
// council is one configuration entry (lib/councils.ts). Two committees, four meetings, three report PDFs. The
// host and the page markup are ModernGov's; the committee ids, councillors, meetings and reports are invented.

export const brentCouncil = {
  slug: "brent",
  name: "Brent Council",
  baseUrl: "https://democracy.brent.gov.uk",
} as const;

/** The same "today" as the Harrow snapshot, so both councils' digests cover the same weeks. */
export const brentGeneratedFor = "2026-11-26";

export interface BrentCouncillor {
  uid: number;
  name: string;
  party: "Labour" | "Conservative" | "Liberal Democrat";
  ward: string;
}

export const brentCouncillors: BrentCouncillor[] = [
  { uid: 9101, name: "Amara Okafor", party: "Labour", ward: "Harlesden and Kensal Green" },
  { uid: 9102, name: "Daniel Reyes", party: "Labour", ward: "Wembley Central" },
  { uid: 9103, name: "Priya Shah", party: "Labour", ward: "Kilburn" },
  { uid: 9104, name: "Tom Whitfield", party: "Conservative", ward: "Kenton" },
  { uid: 9105, name: "Helen Mbeki", party: "Liberal Democrat", ward: "Sudbury" },
];

export interface BrentCommittee {
  cid: number;
  title: string;
  purpose: string;
  members: { uid: number; role: "Chair" | "Vice-Chair" | "Member" }[];
}

export const brentCommittees: BrentCommittee[] = [
  {
    cid: 130,
    title: "Cabinet",
    purpose:
      "The Cabinet takes most of the Council's key decisions. It is made up of the Leader of the Council and the Cabinet members appointed by the Leader, each responsible for a portfolio.",
    members: [
      { uid: 9101, role: "Chair" },
      { uid: 9102, role: "Vice-Chair" },
      { uid: 9103, role: "Member" },
    ],
  },
  {
    cid: 132,
    title: "Planning Committee",
    purpose:
      "The Planning Committee decides planning applications that are not delegated to officers, including major developments and applications that ward councillors have asked the Committee to consider.",
    members: [
      { uid: 9103, role: "Chair" },
      { uid: 9104, role: "Vice-Chair" },
      { uid: 9105, role: "Member" },
    ],
  },
];

export interface BrentReport {
  /** ModernGov's document id: documents/s{id}/{fileName}.pdf */
  id: number;
  title: string;
  fileName: string;
  /** markdown under brent/reports/ */
  file: string;
  published: string;
}

export interface BrentItem {
  aiId: number;
  number: string;
  title: string;
  report?: BrentReport;
  /** shown once the minutes are published */
  minutes?: string;
}

export interface BrentMeeting {
  mid: number;
  cid: number;
  date: string;
  time: string;
  agendaPublished?: string;
  minutesPublished?: string;
  items: BrentItem[];
  attendance: { uid: number; status: "Present" | "Apologies" | "Expected" }[];
}

const standardItems = (base: number, minutes: boolean): BrentItem[] => [
  {
    aiId: base + 1,
    number: "1",
    title: "Apologies for absence",
    minutes: minutes ? "There were no apologies for absence." : undefined,
  },
  {
    aiId: base + 2,
    number: "2",
    title: "Declarations of interests",
    minutes: minutes ? "There were no declarations of interests." : undefined,
  },
];

export const brentMeetings: BrentMeeting[] = [
  {
    mid: 8201,
    cid: 130,
    date: "2026-10-12",
    time: "10:00",
    agendaPublished: "2026-10-02",
    minutesPublished: "2026-10-20",
    items: [
      ...standardItems(52000, true),
      {
        aiId: 52003,
        number: "3",
        title: "Housing Repairs Improvement Plan",
        report: {
          id: 41001,
          title: "Housing Repairs Improvement Plan",
          fileName: "Housing Repairs Improvement Plan Cabinet Report",
          file: "cabinet-2026-10-repairs.md",
          published: "2026-10-02",
        },
        minutes:
          "Cabinet considered the Housing Repairs Improvement Plan.\n\nRESOLVED: to approve the Housing Repairs Improvement Plan, including the target of completing 90% of emergency repairs within 24 hours by March 2027, and to receive a progress report in six months.",
      },
    ],
    attendance: [
      { uid: 9101, status: "Present" },
      { uid: 9102, status: "Present" },
      { uid: 9103, status: "Apologies" },
    ],
  },
  {
    mid: 8202,
    cid: 132,
    date: "2026-11-18",
    time: "18:00",
    agendaPublished: "2026-11-09",
    minutesPublished: "2026-11-24",
    items: [
      ...standardItems(52100, true),
      {
        aiId: 52103,
        number: "3",
        title: "26/0412 - Former Brook Road Depot, Dollis Hill",
        report: {
          id: 41002,
          title: "26/0412 - Former Brook Road Depot, Dollis Hill",
          fileName: "26 0412 Former Brook Road Depot Committee Report",
          file: "planning-2026-11-depot.md",
          published: "2026-11-09",
        },
        minutes:
          "The Committee considered the application for 148 homes on the former Brook Road depot, of which 52 would be affordable.\n\nRESOLVED: to grant planning permission subject to the conditions in the report and a legal agreement securing the affordable homes.",
      },
    ],
    attendance: [
      { uid: 9103, status: "Present" },
      { uid: 9104, status: "Present" },
      { uid: 9105, status: "Present" },
    ],
  },
  {
    mid: 8203,
    cid: 130,
    date: "2026-12-07",
    time: "10:00",
    agendaPublished: "2026-11-25",
    items: [
      ...standardItems(52200, false),
      {
        aiId: 52203,
        number: "3",
        title: "Draft Budget 2027/28 for consultation",
        report: {
          id: 41003,
          title: "Draft Budget 2027/28 for consultation",
          fileName: "Draft Budget 2027 28 Cabinet Report",
          file: "cabinet-2026-12-budget.md",
          published: "2026-11-25",
        },
      },
    ],
    attendance: [
      { uid: 9101, status: "Expected" },
      { uid: 9102, status: "Expected" },
      { uid: 9103, status: "Expected" },
    ],
  },
  {
    mid: 8204,
    cid: 132,
    date: "2026-12-16",
    time: "18:00",
    items: [],
    attendance: [
      { uid: 9103, status: "Expected" },
      { uid: 9104, status: "Expected" },
      { uid: 9105, status: "Expected" },
    ],
  },
];

export function brentCommittee(cid: number): BrentCommittee {
  const found = brentCommittees.find((c) => c.cid === cid);
  if (!found) throw new Error(`unknown Brent committee CId ${cid}`);
  return found;
}

export function brentCouncillor(uid: number): BrentCouncillor {
  const found = brentCouncillors.find((c) => c.uid === uid);
  if (!found) throw new Error(`unknown Brent councillor UID ${uid}`);
  return found;
}

export const brentHrefs = {
  committeeList: "mgListCommittees.aspx?bcr=1",
  committeeDetails: (cid: number) => `mgCommitteeDetails.aspx?ID=${cid}`,
  meetings: (cid: number) => `ieListMeetings.aspx?CId=${cid}&Year=0`,
  meeting: (m: Pick<BrentMeeting, "cid" | "mid">) => `ieListDocuments.aspx?CId=${m.cid}&MId=${m.mid}&Ver=4`,
  attendance: (mid: number) => `mgMeetingAttendance.aspx?ID=${mid}`,
  user: (uid: number) => `mgUserInfo.aspx?UID=${uid}`,
  doc: (r: Pick<BrentReport, "id" | "fileName">) => `documents/s${r.id}/${r.fileName}.pdf`,
};

/** The manifest key for an href: path and query as new URL(href, base) yields them (spaces become %20). */
export function brentManifestUrl(href: string): string {
  const url = new URL(href, `${brentCouncil.baseUrl}/`);
  if (url.origin !== brentCouncil.baseUrl) throw new Error(`not an in-site href: ${href}`);
  return url.pathname + url.search;
}
