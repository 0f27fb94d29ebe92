// The meetings index (/{council}/meetings): every meeting of a council, newest first, filtered by committee,
// year and status from the query string, a page at a time. Any query gives a page: unknown values are ignored.
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingListSelect, toMeetingListItem, type MeetingListItem, type MeetingStatusName } from "./meetings";

export const MEETING_STATUSES: { value: MeetingStatusName; label: string }[] = [
  { value: "scheduled", label: "Scheduled" },
  { value: "held", label: "Held" },
  { value: "cancelled", label: "Cancelled" },
  { value: "postponed", label: "Postponed" },
];

export interface MeetingFilters {
  /** ModernGov's CId */
  committee: number | null;
  year: number | null;
  status: MeetingStatusName | null;
  page: number;
}

type Query = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

export function parseMeetingFilters(query: Query): MeetingFilters {
  const committee = /^\d{1,9}$/.test(one(query.committee)) ? Number(one(query.committee)) : null;
  const year = /^(19|20)\d{2}$/.test(one(query.year)) ? Number(one(query.year)) : null;
  const status = MEETING_STATUSES.find((s) => s.value === one(query.status))?.value ?? null;
  const page = /^\d{1,4}$/.test(one(query.page)) ? Math.max(1, Number(one(query.page))) : 1;
  return { committee, year, status, page };
}

/** The query string for filters (and a page), leaving out what is unset, e.g. "?committee=788&year=2025". */
export function meetingFiltersQuery(f: Partial<MeetingFilters>): string {
  const params = new URLSearchParams();
  if (f.committee) params.set("committee", String(f.committee));
  if (f.year) params.set("year", String(f.year));
  if (f.status) params.set("status", f.status);
  if (f.page && f.page > 1) params.set("page", String(f.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface MeetingIndex {
  meetings: MeetingListItem[];
  total: number;
  page: number;
  pageCount: number;
  /** what the filter menus offer: this council's committees and the years it has meetings in */
  committees: { id: number; name: string }[];
  years: number[];
}

export const MEETINGS_PER_PAGE = 50;

export async function listMeetingIndex(
  prisma: PrismaClient,
  councilSlug: string,
  filters: MeetingFilters,
  now: Date,
): Promise<MeetingIndex> {
  // A London calendar year starts at midnight GMT (no summer time in January), so UTC bounds are exact.
  const where: Prisma.MeetingWhereInput = {
    council: { slug: councilSlug },
    ...(filters.committee ? { committee: { externalId: filters.committee } } : {}),
    ...(filters.year
      ? { startsAt: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } }
      : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [total, committees, span] = await Promise.all([
    prisma.meeting.count({ where }),
    prisma.committee.findMany({
      where: { council: { slug: councilSlug }, meetings: { some: {} } },
      orderBy: { name: "asc" },
      select: { externalId: true, name: true },
    }),
    prisma.meeting.aggregate({
      where: { council: { slug: councilSlug } },
      _min: { startsAt: true },
      _max: { startsAt: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MEETINGS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const rows = await prisma.meeting.findMany({
    where,
    orderBy: [{ startsAt: "desc" }, { externalId: "desc" }],
    skip: (page - 1) * MEETINGS_PER_PAGE,
    take: MEETINGS_PER_PAGE,
    select: meetingListSelect,
  });
  const first = span._min.startsAt?.getUTCFullYear();
  const last = span._max.startsAt?.getUTCFullYear();
  const years = first && last ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [];
  return {
    meetings: rows.map((r) => toMeetingListItem(r, now)),
    total,
    page,
    pageCount,
    committees: committees.map((c) => ({ id: c.externalId, name: c.name })),
    years,
  };
}
