// The JSON API's planning applications (issue 15): the same rows as the planning pages (lib/data/planning.ts), in
// the API's stable shape (openapi.ts).
import type { PrismaClient } from "@/lib/db";
import {
  getPlanningApplication,
  listPlanningApplications,
  type PlanningFilters,
  type PlanningListItem,
} from "@/lib/data/planning";
import { absoluteUrl } from "../feed-paths";

export const planningApiPath = (councilSlug: string, slug: string) => `/api/v1/planning/${councilSlug}/${slug}`;

const slugOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

function toApiApplication(councilSlug: string, a: PlanningListItem) {
  return {
    reference: a.reference,
    council: councilSlug,
    address: a.address,
    ward: a.ward,
    proposal: a.proposal,
    officerRecommendation: a.officers,
    decision: a.decision,
    vote: a.vote,
    againstOfficers: a.againstOfficers,
    meeting: { committee: a.committeeName, startsAt: a.meetingStartsAt },
    links: { self: absoluteUrl(planningApiPath(councilSlug, slugOf(a.path))), html: absoluteUrl(a.path) },
  };
}

export async function listApiPlanning(prisma: PrismaClient, councilSlug: string, filters: PlanningFilters) {
  const index = await listPlanningApplications(prisma, councilSlug, filters);
  return index.applications.map((a) => toApiApplication(councilSlug, a));
}

export async function getApiPlanning(prisma: PrismaClient, councilSlug: string, slug: string) {
  const a = await getPlanningApplication(prisma, councilSlug, slug);
  if (!a) return null;
  const base = toApiApplication(councilSlug, a);
  return {
    ...base,
    detail: a.detail,
    itemNumber: a.itemNumber,
    meeting: { ...base.meeting, html: absoluteUrl(a.meeting.path), official: a.meeting.officialUrl },
    documents: a.documents.map((d) => ({
      title: d.title,
      url: d.url,
      isRestricted: d.isRestricted,
      withdrawnAt: d.withdrawnAt,
    })),
    links: { ...base.links, portal: a.portalUrl },
  };
}
