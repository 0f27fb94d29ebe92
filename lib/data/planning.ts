// Read models of the planning pages (issue 15, part 3): the index of a council's applications, filterable by ward,
// decision and year, and one application with its meeting and papers. The rows are written when meetings are
// summarised (lib/summarize/store/planning-applications.ts); nothing is parsed here.
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCouncil, planningPortalUrl } from "@/lib/councils";
import { meetingPath, planningPath } from "@/lib/urls";
import { toDocumentView, type DocumentView } from "./document-groups";
import { MEETING_DOCUMENTS_QUERY } from "./meeting-select";
import { safeExternalUrl } from "./safe-url";
import { meetingHeading } from "./meeting-heading";

export const PLANNING_DECISIONS = [
  { value: "granted", label: "Granted" },
  { value: "refused", label: "Refused" },
  { value: "deferred", label: "Deferred" },
  { value: "withdrawn", label: "Withdrawn" },
  { value: "pending", label: "Not yet decided" },
] as const;
export type PlanningDecisionFilter = (typeof PLANNING_DECISIONS)[number]["value"];

export interface PlanningFilters {
  ward: string | null;
  decision: PlanningDecisionFilter | null;
  year: number | null;
}

export interface PlanningListItem {
  reference: string;
  path: string;
  address: string;
  ward: string | null;
  proposal: string | null;
  decision: string | null;
  officers: string | null;
  againstOfficers: boolean;
  vote: string | null;
  /** ISO instant of the meeting that decided (or will decide) it */
  meetingStartsAt: string;
  committeeName: string;
}

export interface PlanningIndex {
  applications: PlanningListItem[];
  wards: string[];
  years: number[];
}

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** The index's filters from the query string; anything unknown is ignored, never an error. */
export function parsePlanningFilters(params: Record<string, string | string[] | undefined>): PlanningFilters {
  const ward = first(params.ward)?.trim().slice(0, 100) || null;
  const decisionRaw = first(params.decision);
  const decision = PLANNING_DECISIONS.some((d) => d.value === decisionRaw)
    ? (decisionRaw as PlanningDecisionFilter)
    : null;
  const yearRaw = first(params.year);
  const year = yearRaw && /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : null;
  return { ward, decision, year };
}

const LIST_SELECT = {
  reference: true,
  slug: true,
  address: true,
  ward: true,
  proposal: true,
  decision: true,
  officers: true,
  againstOfficers: true,
  vote: true,
  meeting: { select: { startsAt: true, committee: { select: { name: true } } } },
} satisfies Prisma.PlanningApplicationSelect;

type ListRow = Prisma.PlanningApplicationGetPayload<{ select: typeof LIST_SELECT }>;

function toListItem(councilSlug: string, row: ListRow): PlanningListItem {
  return {
    reference: row.reference,
    path: planningPath({ councilSlug, slug: row.slug }),
    address: row.address,
    ward: row.ward,
    proposal: row.proposal,
    decision: row.decision,
    officers: row.officers,
    againstOfficers: row.againstOfficers,
    vote: row.vote,
    meetingStartsAt: row.meeting.startsAt.toISOString(),
    committeeName: row.meeting.committee.name,
  };
}

/** Years in London time would differ from UTC only around midnight on 31 December; meetings are evenings. */
function yearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

export async function listPlanningApplications(
  prisma: PrismaClient,
  councilSlug: string,
  filters: PlanningFilters,
): Promise<PlanningIndex> {
  const council = { slug: councilSlug };
  const where: Prisma.PlanningApplicationWhereInput = {
    council,
    ...(filters.ward ? { ward: { equals: filters.ward, mode: "insensitive" } } : {}),
    ...(filters.decision ? { decision: filters.decision === "pending" ? null : filters.decision } : {}),
    ...(filters.year ? { meeting: { startsAt: yearRange(filters.year) } } : {}),
  };
  const [rows, all] = await Promise.all([
    prisma.planningApplication.findMany({
      where,
      select: LIST_SELECT,
      orderBy: [{ meeting: { startsAt: "desc" } }, { reference: "asc" }],
    }),
    prisma.planningApplication.findMany({
      where: { council },
      select: { ward: true, meeting: { select: { startsAt: true } } },
    }),
  ]);
  const wards = [...new Set(all.map((a) => a.ward).filter((w): w is string => Boolean(w)))].sort((a, b) =>
    a.localeCompare(b, "en-GB"),
  );
  const years = [...new Set(all.map((a) => a.meeting.startsAt.getUTCFullYear()))].sort((a, b) => b - a);
  return { applications: rows.map((r) => toListItem(councilSlug, r)), wards, years };
}

export interface PlanningPageData extends PlanningListItem {
  council: { slug: string; name: string };
  slug: string;
  detail: string | null;
  itemNumber: string | null;
  itemTitle: string | null;
  meeting: { path: string; title: string; startsAt: string; status: string; officialUrl: string | null };
  /** the agenda item's own papers (the officers' report first), then the meeting's addenda and minutes */
  documents: DocumentView[];
  /** the council's planning portal page for the reference, when configured (lib/councils.ts) */
  portalUrl: string | null;
}

export async function getPlanningApplication(
  prisma: PrismaClient,
  councilSlug: string,
  slug: string,
): Promise<PlanningPageData | null> {
  const row = await prisma.planningApplication.findFirst({
    where: { council: { slug: councilSlug }, slug },
    select: {
      ...LIST_SELECT,
      detail: true,
      council: { select: { slug: true, name: true } },
      agendaItem: { select: { id: true, number: true, title: true } },
      meeting: {
        select: {
          externalId: true,
          title: true,
          startsAt: true,
          status: true,
          officialUrl: true,
          committee: { select: { name: true } },
          documents: {
            where: {
              OR: [
                { agendaItemId: null, kind: { in: ["supplement", "printed_minutes", "printed_decisions"] } },
                { agendaItem: { planningApplications: { some: { slug } } } },
              ],
            },
            ...MEETING_DOCUMENTS_QUERY,
          },
        },
      },
    },
  });
  if (!row) return null;
  const config = findCouncil(row.council.slug);
  const itemDocs = row.meeting.documents.filter((d) => d.agendaItemId !== null);
  const meetingDocs = row.meeting.documents.filter((d) => d.agendaItemId === null);
  return {
    ...toListItem(councilSlug, row),
    council: row.council,
    slug: row.slug,
    detail: row.detail,
    itemNumber: row.agendaItem?.number ?? null,
    itemTitle: row.agendaItem?.title ?? null,
    meeting: {
      path: meetingPath({
        councilSlug,
        externalId: row.meeting.externalId,
        committeeName: row.meeting.committee.name,
        startsAt: row.meeting.startsAt,
      }),
      title: meetingHeading(row.meeting.title),
      startsAt: row.meeting.startsAt.toISOString(),
      status: row.meeting.status,
      officialUrl: safeExternalUrl(row.meeting.officialUrl),
    },
    documents: [...itemDocs, ...meetingDocs].map(toDocumentView),
    portalUrl: config ? safeExternalUrl(planningPortalUrl(config, row.reference)) : null,
  };
}

/** Every application's path, for the sitemap. */
export async function listPlanningPaths(
  prisma: PrismaClient,
  councilSlug: string,
): Promise<{ path: string; updatedAt: Date }[]> {
  const rows = await prisma.planningApplication.findMany({
    where: { council: { slug: councilSlug } },
    select: { slug: true, updatedAt: true },
    orderBy: { reference: "asc" },
  });
  return rows.map((r) => ({ path: planningPath({ councilSlug, slug: r.slug }), updatedAt: r.updatedAt }));
}

/** "Granted", "Refused", "Not yet decided" */
export function decisionLabel(decision: string | null): string {
  return PLANNING_DECISIONS.find((d) => d.value === (decision ?? "pending"))?.label ?? decision ?? "Not yet decided";
}

/**
 * Applications a search finds by reference ("PL/2560/26", "pl-2560-26", "2560/26") or by street or place in the
 * address ("Pinner Road"): shown above the full-text results. At most `limit`, newest meeting first.
 */
export async function findPlanningApplications(
  prisma: PrismaClient,
  councilSlug: string,
  q: string,
  limit = 5,
): Promise<PlanningListItem[]> {
  // A postcode typed without its space ("HA14JD") is looked for as the address writes it ("HA1 4JD").
  const text = q
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/i, "$1 $2");
  if (text.length < 3 || text.length > 100) return [];
  const ref = /^(?:(p|pl)\s*[/\- ]?\s*)?(\d{3,5})\s*[/\- ]\s*(\d{2})$/i.exec(text);
  const where: Prisma.PlanningApplicationWhereInput = ref
    ? {
        council: { slug: councilSlug },
        ...(ref[1]
          ? { slug: `${ref[1].toLowerCase()}-${ref[2]}-${ref[3]}` }
          : { slug: { endsWith: `-${ref[2]}-${ref[3]}` } }),
      }
    : {
        council: { slug: councilSlug },
        AND: text
          .split(" ")
          .slice(0, 6)
          .map((word) => ({ address: { contains: word.replace(/[,.]$/, ""), mode: "insensitive" as const } })),
      };
  // A single short word ("road") would list every application: only whole references or two or more words, or one long word.
  if (!ref && text.split(" ").length === 1 && text.length < 5) return [];
  const rows = await prisma.planningApplication.findMany({
    where,
    select: LIST_SELECT,
    orderBy: [{ meeting: { startsAt: "desc" } }, { reference: "asc" }],
    take: limit,
  });
  return rows.map((r) => toListItem(councilSlug, r));
}
