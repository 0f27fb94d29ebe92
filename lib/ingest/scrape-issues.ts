// The issues pass of a scrape: after the meeting pages, the page of every issue their items link to
// (mgIssueHistoryHome.aspx?IId=), fetched conditionally like any page, so an unchanged issue costs a 304.
// Issue pages are optional: one that fails is recorded and the run's verdict does not change.
import type { PrismaClient } from "@/lib/db";
import { ISSUE_PAGE_PARSER, parseIssuePage } from "@/lib/moderngov/parse/parse-issue-page";
import {
  FORWARD_PLAN_PARSER,
  PLANS_HOME_PARSER,
  parseForwardPlan,
  parsePlansHome,
} from "@/lib/moderngov/parse/parse-forward-plan";
import type { PageFetch, PageParse, PageRole } from "./page-cache";
import type { RunRecorder } from "./run-record";
import { issuePageUrl, upsertIssuePage } from "./upsert-issues";
import { RECORDED_VOTE_LIST_PARSER, parseRecordedVoteList } from "@/lib/moderngov/parse/parse-recorded-vote-list";
import { londonDate } from "@/lib/london-time";
import { storeRecordedVoteList } from "./upsert-votes";

export interface IssuesContext {
  councilId: number;
  /** the council's canonical ModernGov root */
  root: string;
  now: Date;
  page: (url: string, role: PageRole) => Promise<PageFetch>;
  parse: PageParse;
}

/** Reads the issues linked from the given meetings (by MId); returns how many issue pages were stored. */
export async function scrapeIssues(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: IssuesContext,
  meetingIds: number[],
): Promise<number> {
  if (meetingIds.length === 0) return 0;
  const issues = await prisma.issue.findMany({
    where: {
      councilId: ctx.councilId,
      agendaItems: { some: { meeting: { councilId: ctx.councilId, externalId: { in: meetingIds } } } },
    },
    select: { externalId: true, fetchedAt: true },
    orderBy: { externalId: "asc" },
  });
  let stored = 0;
  for (const issue of issues) {
    const url = issuePageUrl(ctx.root, issue.externalId);
    try {
      const fetched = await ctx.page(url, "optional");
      if (!fetched.changed && issue.fetchedAt) continue;
      const parsed = await ctx.parse(fetched, ISSUE_PAGE_PARSER, parseIssuePage);
      if (parsed.issueId !== issue.externalId)
        throw new Error(`the page for issue ${issue.externalId} describes issue ${parsed.issueId}`);
      await upsertIssuePage(prisma, ctx.councilId, parsed, url, ctx.now);
      stored++;
    } catch (error) {
      await run.pageFailed(url, error, "optional", null);
    }
  }
  return stored;
}

/**
 * The executive's forward plan: mgPlansHome.aspx lists the plans, the current one first; its items (the key
 * decisions announced) are stored as issues with the plan's id. Issues that were on an earlier plan and are not on
 * this one lose the mark. Optional like the issue pages: a council without the page just records the miss.
 */
export async function scrapeForwardPlan(prisma: PrismaClient, run: RunRecorder, ctx: IssuesContext): Promise<number> {
  const homeUrl = new URL("mgPlansHome.aspx?bcr=1", ctx.root).toString();
  let planUrl: string;
  let planId: number;
  try {
    const home = await ctx.parse(await ctx.page(homeUrl, "optional"), PLANS_HOME_PARSER, parsePlansHome);
    const current = home.plans[0];
    if (!current) return 0;
    ({ url: planUrl, planId } = current);
  } catch (error) {
    await run.pageFailed(homeUrl, error, "optional", null);
    return 0;
  }
  try {
    const fetched = await ctx.page(planUrl, "optional");
    const plan = await ctx.parse(fetched, FORWARD_PLAN_PARSER, parseForwardPlan);
    // An unchanged plan was stored by an earlier run: nothing to rewrite.
    if (!fetched.changed && (await prisma.issue.count({ where: { councilId: ctx.councilId, planId } })) > 0)
      return plan.items.length;
    for (const item of plan.items) {
      await upsertIssuePage(
        prisma,
        ctx.councilId,
        { ...item, meetings: [] },
        issuePageUrl(ctx.root, item.issueId),
        ctx.now,
        planId,
        { keepMeetings: true },
      );
    }
    await prisma.issue.updateMany({
      where: {
        councilId: ctx.councilId,
        planId: { not: null },
        externalId: { notIn: plan.items.map((i) => i.issueId) },
      },
      data: { planId: null },
    });
    return plan.items.length;
  } catch (error) {
    await run.pageFailed(planUrl, error, "optional", null);
    return 0;
  }
}

/**
 * The council's voting record over the scrape's window (mgListRecordedVotes.aspx?UID=0&DR=from-to), for councils
 * configured as publishing one (`recordedVoteList`): optional, after every meeting is stored, so that each vote
 * finds its meeting and item. Returns how many votes were stored.
 */
export async function scrapeRecordedVoteList(
  prisma: PrismaClient,
  run: RunRecorder,
  ctx: IssuesContext,
  window: { from: Date; to: Date },
): Promise<number> {
  const url = recordedVoteListUrl(ctx.root, window);
  try {
    const fetched = await ctx.page(url, "optional");
    const list = await ctx.parse(fetched, RECORDED_VOTE_LIST_PARSER, parseRecordedVoteList);
    return (await storeRecordedVoteList(prisma, ctx.councilId, list)).stored;
  } catch (error) {
    await run.pageFailed(url, error, "optional", null);
    return 0;
  }
}

/** "…/mgListRecordedVotes.aspx?UID=0&DR=01%2F01%2F2025-31%2F12%2F2026": every councillor, the window's London days. */
export function recordedVoteListUrl(root: string, window: { from: Date; to: Date }): string {
  const ukDay = (d: Date) => londonDate(d).split("-").reverse().join("/");
  const url = new URL("mgListRecordedVotes.aspx", root);
  url.searchParams.set("UID", "0");
  url.searchParams.set("DR", `${ukDay(window.from)}-${ukDay(window.to)}`);
  return url.toString();
}
