// The site's URL scheme in one place, so every page, feed and email links the same way. Every URL names the
// council first (/harrow/...) so that more councils can join without moving anything. Entities are addressed by
// the council's own ids (MId, CId) or our row id, followed by a readable slug that is decoration only: a stale or
// missing slug redirects to the canonical URL, so renaming a committee never breaks a link.

import { londonDate } from "./london-time";

/** "Children's Services & Housing" → "childrens-services-and-housing"; ASCII only, at most 80 characters. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

function idWithSlug(id: number, ...parts: string[]): string {
  const slug = parts.filter((p) => p !== "").join("-");
  return slug ? `${id}-${slug}` : String(id);
}

export function councilPath(councilSlug: string): string {
  return `/${councilSlug}`;
}

export interface MeetingPathInput {
  councilSlug: string;
  /** ModernGov's MId */
  externalId: number;
  committeeName: string;
  startsAt: Date | string;
}

/** /harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08 */
export function meetingPath(m: MeetingPathInput): string {
  return `/${m.councilSlug}/meetings/${idWithSlug(m.externalId, slugify(m.committeeName), londonDate(m.startsAt))}`;
}

/** /harrow/committees/788-corporate-parenting-panel (the id is ModernGov's CId) */
export function committeePath(c: { councilSlug: string; externalId: number; name: string }): string {
  return `/${c.councilSlug}/committees/${idWithSlug(c.externalId, slugify(c.name))}`;
}

/**
 * /harrow/people/1401-paul-osborn: the number is ModernGov's member UID, so a councillor's address stays the same
 * however often the database is rebuilt, and matches the council's own mgUserInfo.aspx?UID=1401. Officers and
 * guests, whom the council lists without a UID, are addressed by our row id behind a "p": /harrow/people/p42-jane-smith.
 */
export function personPath(p: { councilSlug: string; id: number; externalId: number | null; name: string }): string {
  // The name alone: no "Councillor" title, and no job title, which councils write after a comma for officers.
  const slug = slugify(p.name.replace(/^\s*(councillor|cllr\.?)\s+/i, "").replace(/,.*$/, ""));
  return `/${p.councilSlug}/people/${p.externalId != null ? idWithSlug(p.externalId, slug) : `p${idWithSlug(p.id, slug)}`}`;
}

export type PersonKey = { uid: number } | { id: number };

/** The person a /people/ segment names: "1401-…" by UID, "p42-…" by row id; null when malformed. */
export function parsePersonSegment(segment: string): PersonKey | null {
  const byRow = /^p(?=\d)/.test(segment);
  const parsed = parseIdSegment(byRow ? segment.slice(1) : segment);
  if (!parsed) return null;
  return byRow ? { id: parsed.id } : { uid: parsed.id };
}

/** /harrow/topics/childrens-services (topic slugs come from the taxonomy and are unique site-wide) */
export function topicPath(t: { councilSlug: string; slug: string }): string {
  return `/${t.councilSlug}/topics/${encodeURIComponent(t.slug)}`;
}

/** /harrow/issues/105210-corporate-parenting-strategy-2026-2029 (the id is ModernGov's issue id, IId) */
export function issuePath(i: { councilSlug: string; externalId: number; title: string }): string {
  return `/${i.councilSlug}/issues/${idWithSlug(i.externalId, slugify(i.title))}`;
}

/** The key decisions the executive has announced: /harrow/forward-plan */
export const forwardPlanPath = (councilSlug: string) => `/${councilSlug}/forward-plan`;

export const committeesPath = (councilSlug: string) => `/${councilSlug}/committees`;
/** The meetings index, filterable: /harrow/meetings?committee=788&year=2025&status=held */
export const meetingsPath = (councilSlug: string) => `/${councilSlug}/meetings`;
/** The councillors index, filterable by ward and party: /harrow/people?ward=Pinner */
export const peoplePath = (councilSlug: string) => `/${councilSlug}/people`;
export const topicsPath = (councilSlug: string) => `/${councilSlug}/topics`;
export const weeklyPath = (councilSlug: string) => `/${councilSlug}/weekly`;
/** The planning applications index, filterable by ward, decision and year: /harrow/planning?ward=Headstone */
export const planningIndexPath = (councilSlug: string) => `/${councilSlug}/planning`;
/** "PL/2560/26" -> "pl-2560-26": the application's address on the site. */
export function planningSlug(reference: string): string {
  return reference
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** /harrow/planning/pl-2560-26 for PL/2560/26 (planningSlug above) */
export const planningPath = (p: { councilSlug: string; slug: string }) =>
  `/${p.councilSlug}/planning/${encodeURIComponent(p.slug)}`;
/** Search is served by its own route (another part of the site); the header's form submits here with GET. */
export const SEARCH_PATH = "/search";

// Postgres int4: anything larger would make Prisma throw, which must be a 404 and never a 500.
const MAX_ID = 2_147_483_647;

/**
 * Reads the "{id}-{slug}" path segment. Returns null for anything malformed (no leading id, id out of range),
 * which the page turns into a 404 without touching the database.
 */
export function parseIdSegment(segment: string): { id: number } | null {
  const match = /^(\d{1,10})(?:-|$)/.exec(segment);
  if (!match?.[1]) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) return null;
  return { id };
}

/** The last path segment of a canonical path, to compare with the requested one. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * "Follow this item": the sign-up page with the issue preselected (/subscribe?follow=harrow:105210). A plain link,
 * so it works without JavaScript; the choice is only saved through the subscriber's own signed link.
 */
export const followIssuePath = (councilSlug: string, iid: number) => `/subscribe?follow=${councilSlug}:${iid}`;
