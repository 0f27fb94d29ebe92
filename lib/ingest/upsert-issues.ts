// Issues (ModernGov's IId: one matter followed across meetings). A meeting page's "View the background to item
// N." link ties the item to its issue; the issue's own page (mgIssueHistoryHome.aspx?IId=) gives its title,
// status, who decides and when, and every meeting where it came up. Rows are keyed by the council's IId and
// updated in place, never deleted.
import type { PrismaClient } from "@/lib/db";
import type { AgendaItem as ParsedItem, IssuePage } from "@/lib/moderngov/parse/types";
import { readQueryInt } from "@/lib/moderngov/parse/urls";

/** The canonical address of an issue's page on the council's site. */
export function issuePageUrl(baseUrl: string, issueId: number): string {
  return new URL(`mgIssueHistoryHome.aspx?IId=${issueId}`, baseUrl.replace(/\/+$/, "") + "/").toString();
}

/** The IId an item's issue link names, or null. */
export function itemIssueId(item: Pick<ParsedItem, "issueHistoryUrl">): number | null {
  return item.issueHistoryUrl ? readQueryInt(item.issueHistoryUrl, ["IId", "IID", "iid"]) : null;
}

/**
 * Ties a stored agenda item to its issue (creating the issue from the item when it is new: its own page fills it
 * in later), or unties it when the page no longer links one.
 */
export async function linkItemIssue(
  prisma: PrismaClient,
  councilId: number,
  agendaItemId: number,
  item: ParsedItem,
): Promise<void> {
  const iid = itemIssueId(item);
  if (iid === null) {
    await prisma.agendaItem.updateMany({
      where: { id: agendaItemId, issueId: { not: null } },
      data: { issueId: null },
    });
    return;
  }
  // Meetings are stored concurrently and several link the same issue: insert-or-ignore (ON CONFLICT DO NOTHING),
  // where an upsert would race to a unique-constraint error.
  await prisma.issue.createMany({
    data: [{ councilId, externalId: iid, title: item.title, officialUrl: item.issueHistoryUrl! }],
    skipDuplicates: true,
  });
  const issue = await prisma.issue.findUniqueOrThrow({
    where: { councilId_externalId: { councilId, externalId: iid } },
    select: { id: true },
  });
  await prisma.agendaItem.update({ where: { id: agendaItemId }, data: { issueId: issue.id } });
}

const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Stores what an issue's own page says. `planId`: the forward plan that lists it, when read from one. */
export async function upsertIssuePage(
  prisma: PrismaClient,
  councilId: number,
  page: IssuePage,
  officialUrl: string,
  fetchedAt: Date,
  planId?: number | null,
  options: { keepMeetings?: boolean } = {},
): Promise<number> {
  const data = {
    title: page.title,
    purpose: page.purpose,
    decisionType: page.decisionType,
    isKey: page.isKey,
    status: page.status,
    decisionMaker: page.decisionMaker,
    decisionDueText: page.decisionDueText,
    decisionDue: day(page.decisionDue),
    leadMember: page.leadMember,
    wards: page.wards,
    firstPublished: day(page.firstPublished),
    officialUrl,
    ...(options.keepMeetings ? {} : { meetings: page.meetings, fetchedAt }),
    ...(planId === undefined ? {} : { planId }),
  };
  const row = await prisma.issue.upsert({
    where: { councilId_externalId: { councilId, externalId: page.issueId } },
    create: { councilId, externalId: page.issueId, ...data, meetings: page.meetings },
    // From a plan's entry: what the entry leaves out does not erase what the issue's own page said.
    update: options.keepMeetings ? Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null)) : data,
    select: { id: true },
  });
  return row.id;
}
