// Test data through Prisma, shaped like what the scraper and the summariser write for Harrow. Each function
// creates one thing with realistic defaults; seedHarrowSample() builds a small, connected borough for page tests.
// Names, titles, ids and document names follow Harrow's ModernGov site (see docs/harrow.md);
// parties and wards are illustrative test values, not a record of real councillors.
import type { PrismaClient } from "@/lib/db";
import type { AttendanceStatus, DocumentKind, MeetingStatus } from "@/lib/generated/prisma/client";
import type { MeetingSummary } from "@/lib/summarize/types";
import { formatDay, formatTime } from "@/lib/london-time";

const BASE = "https://moderngov.harrow.gov.uk";

/**
 * The "now" the sample is built around and the site is started with (CLOCK_NOW, lib/clock.ts), so what reads as past
 * or upcoming never depends on the day the suite runs. A meeting created without a status is scheduled when it
 * starts after this, held otherwise.
 */
export const SAMPLE_NOW = new Date("2026-11-26T12:00:00Z");
export type Row = { id: number };

export function createCouncil(prisma: PrismaClient, slug = "harrow") {
  return prisma.council.create({ data: { slug, name: "Harrow Council", baseUrl: BASE } });
}

export function createCommittee(
  prisma: PrismaClient,
  council: Row,
  data: { externalId: number; name: string; purpose?: string; isActive?: boolean },
) {
  return prisma.committee.create({
    data: { councilId: council.id, officialUrl: `${BASE}/mgCommitteeDetails.aspx?ID=${data.externalId}`, ...data },
  });
}

export function createPerson(
  prisma: PrismaClient,
  council: Row,
  data: { name: string; uid?: number; party?: string; ward?: string; photoUrl?: string; posts?: string[] },
) {
  const { uid, ...rest } = data;
  return prisma.person.create({
    data: {
      councilId: council.id,
      sourceKey: uid ? `uid:${uid}` : `name:${data.name.toLowerCase()}`,
      externalId: uid ?? null,
      profileUrl: uid ? `${BASE}/mgUserInfo.aspx?UID=${uid}` : null,
      ...rest,
    },
  });
}

export function addMember(prisma: PrismaClient, committee: Row, person: Row, role = "Member") {
  return prisma.committeeMembership.create({ data: { committeeId: committee.id, personId: person.id, role } });
}

/** The title line as ModernGov writes it: "Cabinet - Thursday 24 July 2025 6.30 pm". */
export function councilTitle(committeeName: string, startsAt: Date, prefix = ""): string {
  return `${prefix}${committeeName} - ${formatDay(startsAt)} ${formatTime(startsAt)}`;
}

export interface ItemSpec {
  number?: string | null;
  title: string;
  description?: string;
  minutesText?: string;
  decisionText?: string;
  isRestricted?: boolean;
}

export interface DocumentSpec {
  title: string;
  kind: DocumentKind;
  url?: string | null;
  isRestricted?: boolean;
  sizeBytes?: number;
  pageCount?: number;
  /** index into the meeting's items, for an item's own report */
  item?: number;
}

export interface MeetingSpec {
  externalId: number;
  startsAt: Date;
  title?: string;
  status?: MeetingStatus;
  isSpecial?: boolean;
  statusNote?: string;
  venue?: string;
  officialUrl?: string;
  webcastUrl?: string;
  items?: ItemSpec[];
  documents?: DocumentSpec[];
  attendance?: { person: Row; status: AttendanceStatus; role?: string }[];
  /** the summary content; its overview also fills Summary.overview (use addSummary to cite document ids) */
  summary?: MeetingSummary;
  engine?: string;
}

/** A meeting with its items, documents, attendance and summary, as ingest and the summariser leave them. */
export async function createMeeting(
  prisma: PrismaClient,
  council: Row,
  committee: Row & { name: string },
  spec: MeetingSpec,
) {
  const meeting = await prisma.meeting.create({
    data: {
      councilId: council.id,
      committeeId: committee.id,
      externalId: spec.externalId,
      title: spec.title ?? councilTitle(committee.name, spec.startsAt),
      startsAt: spec.startsAt,
      status: spec.status ?? (spec.startsAt.getTime() > SAMPLE_NOW.getTime() ? "scheduled" : "held"),
      isSpecial: spec.isSpecial ?? false,
      statusNote: spec.statusNote ?? null,
      venue: spec.venue ?? "The Auditorium - Harrow Council Hub, Kenmore Avenue, Harrow, HA3 8LU",
      officialUrl: spec.officialUrl ?? `${BASE}/ieListDocuments.aspx?MId=${spec.externalId}`,
      webcastUrl: spec.webcastUrl ?? null,
      fetchStatus: "fetched",
    },
  });
  const items = [];
  for (const [position, item] of (spec.items ?? []).entries()) {
    items.push(
      await prisma.agendaItem.create({
        data: {
          meetingId: meeting.id,
          sourceKey: `pos:${position + 1}`,
          position: position + 1,
          number: item.number === undefined ? `${position + 1}.` : item.number,
          title: item.title,
          description: item.description ?? null,
          minutesText: item.minutesText ?? null,
          decisionText: item.decisionText ?? null,
          isRestricted: item.isRestricted ?? false,
        },
      }),
    );
  }
  const documents = [];
  for (const doc of spec.documents ?? []) {
    const url = doc.isRestricted
      ? null
      : (doc.url ?? `${BASE}/documents/g${spec.externalId}/${encodeURIComponent(doc.title)}`);
    documents.push(
      await prisma.document.create({
        data: {
          councilId: council.id,
          meetingId: meeting.id,
          agendaItemId: doc.item === undefined ? null : items[doc.item]!.id,
          sourceKey: url ?? `restricted:${doc.item ?? "meeting"}:${doc.title}`,
          url,
          title: doc.title,
          kind: doc.kind,
          isRestricted: doc.isRestricted ?? false,
          sizeBytes: doc.sizeBytes ?? null,
          pageCount: doc.pageCount ?? null,
          fetchStatus: doc.isRestricted ? "skipped" : "fetched",
        },
      }),
    );
  }
  for (const a of spec.attendance ?? []) {
    await prisma.attendance.create({
      data: { meetingId: meeting.id, personId: a.person.id, status: a.status, role: a.role ?? "Committee Member" },
    });
  }
  if (spec.summary) await addSummary(prisma, meeting, spec.summary, spec.engine);
  return { meeting, items, documents };
}

/** The summariser's row for a meeting (content is lib/summarize's MeetingSummary). */
export function addSummary(
  prisma: PrismaClient,
  meeting: Row & { externalId: number },
  summary: MeetingSummary,
  engine = "extractive",
) {
  return prisma.summary.create({
    data: {
      meetingId: meeting.id,
      engine,
      engineVersion: "1",
      inputHash: `hash-${meeting.externalId}`,
      kind: summary.kind,
      content: summary as object,
      overview: summary.overview,
      plainText: summary.overview,
    },
  });
}

export function createTopic(prisma: PrismaClient, data: { slug: string; name: string; description: string }) {
  return prisma.topic.create({ data });
}

export type Evidence = {
  text: string;
  source: { documentId: number | null; url: string | null; page: number | null };
}[];

export function tagMeeting(prisma: PrismaClient, meeting: Row, topic: Row, evidence: Evidence, score = 0.9) {
  return prisma.meetingTopic.create({ data: { meetingId: meeting.id, topicId: topic.id, score, evidence } });
}

export function tagItem(prisma: PrismaClient, item: Row, topic: Row, evidence: Evidence, score = 0.8) {
  return prisma.agendaItemTopic.create({ data: { agendaItemId: item.id, topicId: topic.id, score, evidence } });
}

/** A summary with every feature the meeting page renders; override any part. */
export function sampleSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    kind: "outcome",
    overview: "The committee met to discuss the council's response to the recent ILACS report. It noted the report.",
    procedural: "No declarations of interest were made.",
    sections: [],
    footnotes: [],
    missing: [],
    ...overrides,
  };
}

const DAY = 24 * 60 * 60 * 1000;

/** A London 6.30 pm start `days` from `now` (negative: in the past), whole minutes so titles read naturally. */
export function eveningFrom(now: Date, days: number): Date {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCHours(18, 30, 0, 0); // 6.30 pm in winter, 7.30 pm in summer: either way a plausible evening start
  return d;
}

/**
 * A small, connected Harrow: five committees (one no longer active), councillors and an officer, the special
 * O&S meeting on the ILACS report with a full summary, a Corporate Parenting Panel, an upcoming Cabinet, a
 * cancelled Planning Committee, a held meeting without a summary, and two topics.
 */
export async function seedHarrowSample(prisma: PrismaClient, now = SAMPLE_NOW) {
  const council = await createCouncil(prisma);
  const os = await createCommittee(prisma, council, {
    externalId: 276,
    name: "Overview and Scrutiny Committee",
    purpose: "Scrutinises the decisions of the Cabinet and the performance of council services.",
  });
  const cpp = await createCommittee(prisma, council, { externalId: 788, name: "Corporate Parenting Panel" });
  const cabinet = await createCommittee(prisma, council, { externalId: 249, name: "Cabinet" });
  const planning = await createCommittee(prisma, council, { externalId: 1001, name: "Planning Committee" });
  const council288 = await createCommittee(prisma, council, { externalId: 288, name: "Council" });
  const former = await createCommittee(prisma, council, {
    externalId: 265,
    name: "Employees' Consultative Forum",
    isActive: false,
  });

  const osborn = await createPerson(prisma, council, {
    name: "Councillor Paul Osborn",
    uid: 1401,
    party: "Conservative",
    ward: "Pinner",
  });
  const henson = await createPerson(prisma, council, {
    name: "Councillor Graham Henson",
    uid: 1402,
    party: "Labour",
    ward: "Wealdstone North",
    posts: ["Deputy Leader of the Council"],
  });
  const baxter = await createPerson(prisma, council, {
    name: "Councillor June Baxter",
    uid: 1403,
    party: "Conservative",
    ward: "Hatch End",
  });
  const goodwin = await createPerson(prisma, council, {
    name: "Councillor Matthew Goodwin-Freeman",
    uid: 1404,
    party: "Conservative",
    ward: "Stanmore",
  });
  const chahal = await createPerson(prisma, council, { name: "Parmjit Chahal, Corporate Director of People" });
  await addMember(prisma, os, goodwin, "Chair");
  await addMember(prisma, os, henson, "Vice-Chair");
  await addMember(prisma, os, baxter, "Member");
  await addMember(prisma, cpp, baxter, "Chair");
  await addMember(prisma, cabinet, osborn, "Chair");

  const ilacs = await createMeeting(prisma, council, os, {
    externalId: 73254,
    startsAt: new Date("2025-07-08T17:30:00Z"),
    title: "(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm",
    isSpecial: true,
    webcastUrl: "https://harrow.public-i.tv/core/portal/webcast_interactive/912345",
    items: [
      {
        title: "Attendance by Reserve Members",
        minutesText: "RESOLVED: To note that there were no Reserve Members in attendance.",
      },
      {
        title: "Declarations of Interest",
        minutesText: "RESOLVED: To note that there were no declarations of interests made by Members.",
      },
      {
        title: "Council Response to the Recent Inspection of Local Authority Children's Services Report",
        isRestricted: true, // one of its papers is exempt
        description: "Report of the Strategic Director of Children's Services.",
        minutesText:
          "The Committee received the report, which set out the findings of the inspection of 20 to 24 January 2025.\n" +
          "Members asked how the 25 available properties would be prioritised for care leavers.\n" +
          "RESOLVED: That the report be noted.",
      },
    ],
    documents: [
      {
        title: "Agenda frontsheet Tuesday 08-Jul-2025 18.30 Overview and Scrutiny Committee.pdf",
        kind: "agenda_frontsheet",
        sizeBytes: 97_000,
        pageCount: 3,
      },
      {
        title: "Public reports pack Tuesday 08-Jul-2025 18.30 Overview and Scrutiny Committee.pdf",
        kind: "public_reports_pack",
        sizeBytes: 2_516_582,
        pageCount: 40,
      },
      {
        title: "Printed minutes Tuesday 08-Jul-2025 18.30 Overview and Scrutiny Committee.pdf",
        kind: "printed_minutes",
        sizeBytes: 180_224,
        pageCount: 6,
      },
      {
        title: "Council Response to the Recent Inspection of Local Authority Childrens Services Report.pdf",
        kind: "item_report",
        item: 2,
        sizeBytes: 268_288,
        pageCount: 12,
      },
      { title: "Appendix 2 - Staffing structure", kind: "additional_document", item: 2, isRestricted: true },
    ],
    attendance: [
      { person: goodwin, status: "present", role: "Chair" },
      { person: henson, status: "present", role: "Vice-Chair" },
      { person: baxter, status: "apologies", role: "Committee Member" },
      { person: osborn, status: "present", role: "Leader of the Council" },
      { person: chahal, status: "present", role: "Officer" },
    ],
  });
  const pack = ilacs.documents[1]!;
  await addSummary(prisma, ilacs.meeting, ilacsSummary(pack.id, pack.url!));

  const cppMeeting = await createMeeting(prisma, council, cpp, {
    externalId: 83682,
    startsAt: new Date("2025-10-23T17:00:00Z"),
    items: [
      { title: "Care Leavers in Custody", decisionText: "RESOLVED: That the presentation be noted." },
      { title: "Virtual School Autumn Term Report", minutesText: "RESOLVED: That the report be noted." },
    ],
    attendance: [
      { person: baxter, status: "present", role: "Chair" },
      { person: henson, status: "absent" },
    ],
    summary: sampleSummary({
      overview:
        "The panel heard that an Ofsted monitoring visit found significant progress since January 2025. It noted all reports.",
    }),
  });

  const upcoming = await createMeeting(prisma, council, cabinet, {
    externalId: 95624,
    startsAt: eveningFrom(now, 5),
    items: [{ title: "Final Revenue Budget 2026/27 and Medium Term Financial Strategy" }],
    documents: [{ title: "Agenda frontsheet Cabinet.pdf", kind: "agenda_frontsheet", sizeBytes: 88_000, pageCount: 2 }],
    attendance: [{ person: osborn, status: "expected", role: "Chair" }],
  });
  const later = await createMeeting(prisma, council, council288, { externalId: 95700, startsAt: eveningFrom(now, 30) });
  const cancelled = await createMeeting(prisma, council, planning, {
    externalId: 66200,
    startsAt: eveningFrom(now, -20),
    status: "cancelled",
    title: `${councilTitle("Planning Committee", eveningFrom(now, -20))}, CANCELLED`,
    statusNote: "CANCELLED",
    // ModernGov keeps listing who was expected at a meeting that never took place.
    attendance: [{ person: chahal, status: "expected", role: "Officer" }],
  });
  const unsummarised = await createMeeting(prisma, council, os, {
    externalId: 91361,
    startsAt: eveningFrom(now, -3),
    items: [
      {
        title: "Draft Revenue Budget 2026/27",
        minutesText: "RESOLVED: That the comments of the Committee be referred to Cabinet.",
      },
    ],
    attendance: [
      { person: goodwin, status: "present", role: "Chair" },
      { person: henson, status: "apologies" },
    ],
  });

  const children = await createTopic(prisma, {
    slug: "childrens-services",
    name: "Children's services",
    description: "Children's social care, children in care, care leavers, safeguarding and fostering.",
  });
  const housing = await createTopic(prisma, {
    slug: "housing",
    name: "Housing",
    description: "Council housing, homelessness, temporary accommodation, private renting and housing supply.",
  });
  await tagMeeting(prisma, ilacs.meeting, children, [
    {
      text: "an 'inadequate' rating for the experiences and progress of care leavers",
      source: { documentId: pack.id, url: pack.url, page: 12 },
    },
  ]);
  await tagItem(prisma, ilacs.items[2]!, children, [
    {
      text: "The Committee received the report, which set out the findings of the inspection",
      source: { documentId: null, url: null, page: null },
    },
  ]);
  await tagMeeting(prisma, cppMeeting.meeting, children, [
    { text: "Care Leavers in Custody", source: { documentId: null, url: null, page: null } },
  ]);

  return {
    council,
    committees: { os, cpp, cabinet, planning, council288, former },
    people: { osborn, henson, baxter, goodwin, chahal },
    meetings: { ilacs, cpp: cppMeeting, upcoming, later, cancelled, unsummarised },
    topics: { children, housing },
  };
}

export type HarrowSample = Awaited<ReturnType<typeof seedHarrowSample>>;

/** The ILACS meeting's summary: sections, cited bullets, a table, a decision, footnotes and a missing note. */
function ilacsSummary(packId: number, packUrl: string): MeetingSummary {
  const cite = (page: number) => ({ documentId: packId, url: packUrl, page });
  return {
    kind: "outcome",
    overview:
      "The Overview and Scrutiny Committee met to discuss the council's response to a recent ILACS report, which rated Harrow's children's services 'inadequate' overall. The committee noted the report.",
    procedural: "There were no reserve members and no declarations of interest.",
    sections: [
      {
        heading: "Ofsted Inspection and Action Plan",
        itemNumber: "3.",
        bullets: [
          {
            text: "Services were rated 'good' for children under 18 but 'inadequate' for care leavers.",
            source: cite(9),
          },
          {
            text: "All personal advisors are being trained to work with older children in care, officers said, following advice from the DfE.",
            source: cite(12),
          },
        ],
        tables: [
          {
            caption: "Health assessments within timescale",
            header: ["Month", "Initial", "Review"],
            rows: [
              ["April 2025", "100%", "100%"],
              ["May 2025", "100%", "100%"],
            ],
            source: cite(15),
          },
        ],
        decision: "RESOLVED: That the report be noted.",
      },
    ],
    footnotes: [
      {
        term: "ILACS",
        explanation:
          "Inspection of Local Authority Children's Services: Ofsted's framework for inspecting councils' children's services.",
      },
      { term: "DfE", explanation: "Department for Education." },
    ],
    missing: ["The webcast was not transcribed, so questions from the floor are summarised from the minutes only."],
  };
}
