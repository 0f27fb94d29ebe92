import { committee, venues } from "../committees";
import { addDays, dayMonthYear, longDate, time12 } from "../format";
import { attendeeName } from "../html/attendance-page";
import { councillor, officer } from "../people";
import { parseBlocks } from "../text/markdown";
import type { Meeting } from "../types";
import type { LayoutBlock } from "./layout";

// Blocks for the whole-meeting documents: agenda frontsheet (T=0), printed minutes (T=1) and printed decisions
// (T=2), in the shape of Harrow's own: membership panel, "Useful Information", AGENDA - PART I with page
// references into the reports pack; minutes with the * / † attendance key, numbered minutes and the closing note.

/** Page ranges of each item's papers inside the reports pack, keyed by item aiId. */
export type PageRefs = Map<number, { from: number; to: number }>;

/** The annual meeting after the (fictional) May 2026 election, when the current memberships began. */
const MEMBERSHIP_FROM = "2026-05-21";

/**
 * Membership as it stood for this meeting. Current memberships apply from May 2026; for older meetings the
 * attendance record is the evidence of who sat on the committee (including members who sent apologies).
 */
function membersIn(m: Meeting, role: "Chair" | "Vice-Chair" | "Member" | "Reserve"): string[] {
  const name = (uid: number): string => `Councillor ${councillor(uid).name}`;
  if (m.date >= MEMBERSHIP_FROM)
    return committee(m.cid)
      .members.filter((x) => x.role === role)
      .map((x) => name(x.uid));
  const attendanceRole = { Chair: "Chair", "Vice-Chair": "Vice-Chair", Member: "Committee Member", Reserve: "Reserve" }[
    role
  ];
  return m.attendance.filter((a) => a.uid !== undefined && a.role === attendanceRole).map((a) => name(a.uid!));
}

export function frontsheetBlocks(m: Meeting, refs: PageRefs): LayoutBlock[] {
  const com = committee(m.cid);
  const contact = officer(m.contact);
  const membership: [string, string][] = [
    ["Chair:", membersIn(m, "Chair").join(", ")],
    ["Vice-Chair:", membersIn(m, "Vice-Chair").join(", ")],
    ["Councillors:", membersIn(m, "Member").join(", ")],
    ["Reserve Members:", membersIn(m, "Reserve").join(", ")],
    ["Other members:", (com.otherMembers ?? []).join("; ")],
  ];
  const blocks: LayoutBlock[] = [
    { kind: "para", text: "Harrow Council", bold: true },
    { kind: "title", text: `${m.prefix ? `${m.prefix} ` : ""}${com.title.toUpperCase()}`, size: 16 },
    {
      kind: "keyvalue",
      rows: [
        ["Date:", longDate(m.date)],
        ["Time:", time12(m.time)],
        ["Place:", venues[m.venue].name],
      ],
    },
    { kind: "heading", level: 2, text: `Membership (Quorum ${m.cid === 249 ? 3 : m.cid === 1001 ? 4 : 3})` },
    { kind: "keyvalue", rows: membership.filter(([, v]) => v !== "") },
    { kind: "heading", level: 2, text: "Contact" },
    {
      kind: "para",
      text: `${contact.name}, ${contact.jobTitle}. Tel: ${contact.tel ?? ""} E-mail: ${contact.email ?? ""}`,
    },
    { kind: "heading", level: 2, text: "Useful Information" },
    {
      kind: "para",
      text: "Meeting details: This meeting is open to the press and public and can be viewed on the Council's webcasting site, harrow.public-i.tv.",
    },
    {
      kind: "para",
      text: "Filming / recording of meetings: The Council will audio and video record this meeting for live or subsequent broadcast on its website. Those attending the meeting should be aware that they may be filmed.",
    },
    { kind: "para", text: `Agenda publication date: ${longDate(m.agendaPublished ?? m.date)}` },
    { kind: "pagebreak" },
    { kind: "title", text: "AGENDA - PART I", size: 14 },
  ];
  let partTwo = false;
  for (const item of m.items) {
    if (item.restricted && !partTwo && !item.heading) {
      partTwo = true;
      blocks.push({ kind: "title", text: "AGENDA - PART II", size: 14 });
    }
    if (item.heading && /^agenda - part i$/i.test(item.title)) continue; // already the page title
    if (item.heading && /part ii/i.test(item.title)) {
      partTwo = true;
      blocks.push({ kind: "title", text: item.title.toUpperCase(), size: 14 });
      continue;
    }
    if (item.heading) {
      blocks.push({ kind: "heading", level: 2, text: item.title });
      continue;
    }
    const ref = refs.get(item.aiId);
    const pages = ref ? ` (Pages ${ref.from} - ${ref.to})` : "";
    const label = item.number ? `${item.number}${item.number.includes("/") ? "" : "."} ` : "";
    blocks.push({ kind: "para", text: `${label}${item.title}${pages}`, bold: true });
    if (item.description) blocks.push(...parseBlocks(item.description));
  }
  if (!partTwo) blocks.push({ kind: "title", text: "AGENDA - PART II - NIL", size: 14 });
  return blocks;
}

function attendanceKey(m: Meeting): LayoutBlock[] {
  const mark = (status: string): string => (status === "Apologies" ? "\u2020 " : status === "Absent" ? "" : "* ");
  const of = (roles: string[]): string =>
    m.attendance
      .filter((a) => a.uid !== undefined && roles.includes(a.role))
      .map((a) => `${mark(a.status)}${councillor(a.uid!).name}${a.role === "Reserve" && a.note ? ` (${a.note})` : ""}`)
      .join("; ");
  const chair = m.attendance.find((a) => a.role === "Chair");
  const inAttendance = m.attendance
    .filter((a) => a.uid !== undefined && a.role === "In attendance")
    .map((a) => councillor(a.uid!).name);
  const officersPresent = m.attendance
    .filter((a) => a.role === "Officer" && a.status !== "Apologies")
    .map((a) => a.label ?? "");
  // Partners and co-optees have no councillor record; they are listed by name and role.
  const coopted = m.attendance
    .filter((a) => a.uid === undefined && a.role !== "Officer")
    .map((a) => `${mark(a.status)}${a.label ?? ""}${a.role === "Vice-Chair" ? " (Vice-Chair)" : ""}`);
  const rows: [string, string][] = [
    ["Chair:", chair ? `${mark(chair.status)}Councillor ${attendeeName(chair).replace(/^Councillor /, "")}` : ""],
    ["Councillors:", of(["Vice-Chair", "Committee Member", "Reserve"])],
    ["Co-opted / other members:", coopted.join("; ")],
    ["In attendance (Councillors):", inAttendance.join("; ")],
    ["In attendance (Officers):", officersPresent.join("; ")],
  ];
  return [
    { kind: "keyvalue", rows: rows.filter(([, v]) => v !== "") },
    { kind: "para", text: "* Denotes Member present. \u2020 Denotes apologies received." },
  ];
}

export function minutesBlocks(m: Meeting): LayoutBlock[] {
  const com = committee(m.cid);
  const blocks: LayoutBlock[] = [
    { kind: "title", text: `${m.prefix ? `${m.prefix} ` : ""}${com.title}`.toUpperCase(), size: 16 },
    {
      kind: "para",
      text: `${m.minutesDraft ? "DRAFT " : ""}MINUTES OF THE MEETING HELD ON ${longDate(m.date).toUpperCase()}`,
      bold: true,
    },
    ...attendanceKey(m),
  ];
  for (const item of m.items) {
    if (item.heading) {
      blocks.push({ kind: "heading", level: 1, text: item.title.toUpperCase() });
      continue;
    }
    if (!item.minutes) continue;
    const number = item.number?.includes("/")
      ? item.number
      : item.minuteNumber !== undefined
        ? `${item.minuteNumber}.`
        : "";
    blocks.push({ kind: "heading", level: 2, text: `${number} ${item.title}`.trim() });
    blocks.push(...parseBlocks(item.minutes));
  }
  const chair = m.attendance.find((a) => a.role === "Chair");
  blocks.push(
    {
      kind: "para",
      text: `(Note: The meeting, having commenced at ${m.startedAt ?? time12(m.time)}, closed at ${m.closedAt ?? "8.00 pm"}).`,
    },
    { kind: "para", text: `(Signed) ${chair ? attendeeName(chair).toUpperCase() : "CHAIR"}` },
    { kind: "para", text: "Chair" },
  );
  return blocks;
}

export function decisionsBlocks(m: Meeting): LayoutBlock[] {
  const com = committee(m.cid);
  const published = m.decisionsPublished ?? m.date;
  const blocks: LayoutBlock[] = [
    { kind: "title", text: com.title.toUpperCase(), size: 16 },
    {
      kind: "para",
      text: `RECORD OF DECISIONS TAKEN AT THE MEETING HELD ON ${longDate(m.date).toUpperCase()}`,
      bold: true,
    },
    {
      kind: "keyvalue",
      rows: [
        ["Date of publication:", dayMonthYear(published)],
        ["Call-in deadline:", `5.00 pm on ${longDate(addDays(published, 7))}`],
      ],
    },
    {
      kind: "para",
      text: "Decisions which are subject to call-in will not be implemented until the call-in period has expired. Key decisions are marked in the Key Decision Schedule.",
    },
  ];
  for (const item of m.items) {
    if (!item.decision) continue;
    blocks.push({ kind: "heading", level: 2, text: `${item.number ? `${item.number}. ` : ""}${item.title}` });
    blocks.push(...parseBlocks(item.decision));
    if (item.decisionReason) blocks.push(...parseBlocks(item.decisionReason));
  }
  return blocks;
}
