// The data model of the Harrow snapshot: everything the HTML, XML and PDF renderers need, and nothing about
// how they render it. Dates are ISO calendar dates ("2026-10-15"), times 24-hour ("18:30"), both Europe/London
// wall-clock, because that is how ModernGov stores and prints them.

export type Party = "Conservative" | "Labour" | "Independent" | "Liberal Democrat";

export interface Councillor {
  uid: number;
  /** Without the "Councillor" title, e.g. "Paul Osborn". */
  name: string;
  party: Party;
  ward: string;
  keyPosts?: string;
  email: string;
  /** First term start, dd/mm/yyyy as ModernGov prints terms of office. */
  termStart: string;
}

export interface Officer {
  key: string;
  name: string;
  jobTitle: string;
  tel?: string;
  email?: string;
}

export type MemberRole = "Chair" | "Vice-Chair" | "Member" | "Reserve";

export interface Committee {
  cid: number;
  title: string;
  category: string;
  /** Plain paragraphs shown under "Purpose of committee" and as the meetings-list blurb. */
  purpose: string[];
  members: { uid: number; role: MemberRole }[];
  supportOfficer: string; // Officer.key
  /** Non-councillor members (co-optees, NHS partners) listed by name on the details page. */
  otherMembers?: string[];
}

export type AttendanceRole =
  "Chair" | "Vice-Chair" | "Committee Member" | "Reserve" | "In attendance" | "Officer" | "Co-opted Member";

export type AttendanceStatus =
  "Present" | "Apologies" | "Absent" | "Expected" | "In attendance" | "Present as substitute";

export interface Attendance {
  /** A councillor's UID, or undefined for officers and co-optees (who have no user page here). */
  uid?: number;
  /** Officers and co-optees: "Name, Job title". */
  label?: string;
  role: AttendanceRole;
  status: AttendanceStatus;
  /** e.g. "Reserve for Councillor X". */
  note?: string;
}

/** A PDF attached to an item (documents/s{id}/...). */
export interface AttachedDoc {
  id: number;
  /** Link text on the page and <title> in GetMeeting. */
  title: string;
  /** File name as ModernGov writes it in the URL, without ".pdf"; raw spaces allowed, never ?#%&. */
  fileName: string;
  /** How the bytes are made: a markdown source under reports/, or a special fixture. */
  source:
    | { kind: "markdown"; file: string }
    | { kind: "scanned"; pages: number }
    | { kind: "restricted" }
    | { kind: "minutes-of"; mid: number };
  /** Truncate the standalone file to simulate a broken upload (the reports pack keeps the intact copy). */
  corrupt?: boolean;
  published: string; // ISO date
}

export interface Item {
  aiId: number;
  /** Agenda number ("1", "2/01") or undefined for heading rows and the Public Notice. */
  number?: string;
  /** Minute number once minutes are published (runs on through the council term). */
  minuteNumber?: number;
  /** Unnumbered section row such as "Agenda - Part I" or "Resolved Items". */
  heading?: boolean;
  title: string;
  /** Planning's leading "Note" column: "Enc." before the meeting, a decision word after. */
  note?: string;
  /** Standing agenda text, markdown-lite (paragraphs and "- " bullets). */
  description?: string;
  report?: AttachedDoc;
  additional?: AttachedDoc[];
  /** Exempt item under Schedule 12A: papers are listed but restricted. */
  restricted?: boolean;
  /** Markdown-lite minute text, shown once minutes are published. */
  minutes?: string;
  /** Cabinet decision text, shown once decisions are published. */
  decision?: string;
  /** Optional "Reason for Decision" etc. appended to the printed decisions. */
  decisionReason?: string;
  /** A recorded (named) vote: the row's "Recorded Vote" table and its voting record page (UIDs by choice). */
  recordedVote?: { title: string; type: string; result: string; for: number[]; against: number[]; abstain: number[] };
  /** The council's issue (IId) the item belongs to: the row links "View the background to item N." (issues.ts). */
  issue?: number;
}

export interface Supplement {
  bundleId: number;
  /** Link text and first words of the file name, e.g. "Addendum". */
  title: string;
  file: string; // markdown source under reports/
  published: string;
}

export interface Meeting {
  mid: number;
  cid: number;
  agendaId: number;
  date: string;
  time: string;
  /** Harrow title prefix without the trailing comma, e.g. "(Special - ILACS Report)". */
  prefix?: string;
  /** Title suffix without the leading comma, e.g. "CANCELLED", "NEW". */
  suffix?: string;
  status: "Confirmed" | "Cancelled";
  venue: "hub" | "hub-room4" | "civic";
  contact: string; // Officer.key
  webcastId?: number;
  /** Publication dates (ISO); absent means not published. */
  agendaPublished?: string;
  decisionsPublished?: string;
  minutesPublished?: string;
  /** Minutes PDF heading says "draft" until the next meeting approves them. */
  minutesDraft?: boolean;
  startedAt?: string; // "6.00 pm"
  closedAt?: string; // "8.05 pm"
  items: Item[];
  attendance: Attendance[];
  supplements?: Supplement[];
  /** Text shown in place of the item table, e.g. for a cancelled meeting. */
  notice?: string;
  /** When the meeting record last changed if nothing was published (scheduled, moved, cancelled). */
  updated?: string;
  /**
   * The meeting as a later scrape finds it (issue 15, part 4): published that day, with these supplements added
   * and these item papers (by attachment id) re-issued from another markdown source. Served by the replay server
   * only after `secondScrape()` (manifest.secondScrape).
   */
  later?: { published: string; supplements?: Supplement[]; revisedReports?: Record<number, string> };
}

export interface Venue {
  rid: number;
  name: string;
}
