// "Follow this item" (an issue's page, a meeting page's item): the issue travels as `follow=council:IId` from the
// sign-up page through the email (the confirmation link, or the "manage your subscription" link) to the
// preferences page, which shows it ticked. Nothing is saved until the subscriber presses "Save" behind their own
// signed link, so a stranger typing someone's address can neither add nor reveal a followed item.
import type { PrismaClient } from "@/lib/db";
import { findCouncil } from "@/lib/councils";
import { findIssueLinks } from "@/lib/data/issues";

export interface IssueRef {
  council: string;
  iid: number;
}

export interface FollowableIssue extends IssueRef {
  title: string;
  path: string;
}

const ISSUE_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,10})$/;

export function parseIssueRef(value: unknown): IssueRef | null {
  if (typeof value !== "string" || value.length > 80) return null;
  const match = ISSUE_REF.exec(value);
  if (!match) return null;
  const iid = Number(match[2]);
  if (!Number.isSafeInteger(iid) || iid < 1 || iid > 2_147_483_647) return null;
  return { council: match[1] ?? "", iid };
}

export const issueRefKey = (ref: IssueRef): string => `${ref.council}:${ref.iid}`;

/** `url` with `follow=` added (unchanged without an issue). */
export function withFollow(url: string, ref: IssueRef | null | undefined): string {
  if (!ref) return url;
  return `${url}${url.includes("?") ? "&" : "?"}follow=${encodeURIComponent(issueRefKey(ref))}`;
}

/** The issue a `follow` value names, when it is well formed, in a council we cover, and known; otherwise null. */
export async function findFollowableIssue(prisma: PrismaClient, value: unknown): Promise<FollowableIssue | null> {
  const ref = parseIssueRef(value);
  if (!ref || !findCouncil(ref.council)) return null;
  const link = (await findIssueLinks(prisma, [ref])).get(issueRefKey(ref));
  return link ? { ...ref, title: link.title, path: link.path } : null;
}

/** Titles and pages of the issues a subscriber follows, keyed "council:IId" (an issue no longer known is left out). */
export async function describeFollowedIssues(
  prisma: PrismaClient,
  refs: readonly IssueRef[],
): Promise<Map<string, { title: string; path: string }>> {
  return findIssueLinks(prisma, refs);
}
