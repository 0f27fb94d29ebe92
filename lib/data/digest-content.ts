// The published form of one weekly issue (DigestIssue.content), written by lib/digest and read by the site. It
// holds everything an email or the website archive needs, as site-relative paths and plain text, so rendering
// never queries and a later change of PUBLIC_BASE_URL does not break old issues.
import { z } from "zod";

export const digestMeetingStatusSchema = z.enum(["scheduled", "held", "cancelled", "postponed"]);

export const digestSectionSchema = z.object({
  heading: z.string(),
  /** what was decided on the item, in plain words (the summary's decision line); issues stored earlier: none */
  decision: z.string().nullish(),
  bullets: z.array(z.string()),
});
export type DigestSection = z.infer<typeof digestSectionSchema>;

export const digestDocumentSchema = z.object({ title: z.string(), url: z.string() });

export const digestMeetingSchema = z.object({
  /** Meeting.id */
  id: z.number().int(),
  /** ModernGov's MId */
  externalId: z.number().int(),
  /** "past": in the week reviewed; "next": in the week after */
  period: z.enum(["past", "next"]),
  title: z.string(),
  committee: z.object({ name: z.string(), externalId: z.number().int() }),
  /** ISO instant */
  startsAt: z.string(),
  /** "Thursday 23 October, 6.00 pm" (London) */
  whenLabel: z.string(),
  status: digestMeetingStatusSchema,
  statusNote: z.string().nullable(),
  /** the meeting's page on this site, e.g. /harrow/meetings/73254-... */
  path: z.string(),
  officialUrl: z.string().nullable(),
  /** "preview" | "outcome" | "cancelled" | "empty", or null without a summary */
  summaryKind: z.string().nullable(),
  overview: z.string().nullable(),
  sections: z.array(digestSectionSchema),
  documents: z.array(digestDocumentSchema),
  /** topic slugs, for matching preferences */
  topics: z.array(z.string()),
  /** agenda item titles, for keyword matching */
  itemTitles: z.array(z.string()),
  /** papers changed in the week reviewed: "Updated on 27 Nov 2026: Addendum added; …" (issues stored earlier: none) */
  updates: z.array(z.string()).default([]),
  /** the council's issue ids (IId) of its items, for subscribers following an issue (issues before it: none) */
  issues: z.array(z.number().int()).default([]),
});
export type DigestMeeting = z.infer<typeof digestMeetingSchema>;

/** A key decision the executive has announced, due within 28 days of the week the issue looks ahead from. */
export const digestKeyDecisionSchema = z.object({
  title: z.string(),
  /** "10 Dec 2026 by Cabinet", as the council writes it */
  dueText: z.string(),
  /** ISO date */
  due: z.string(),
  decisionMaker: z.string().nullable(),
  /** the issue's page on this site once it has papers, else null */
  path: z.string().nullable(),
});
export type DigestKeyDecision = z.infer<typeof digestKeyDecisionSchema>;

export const digestContentSchema = z.object({
  version: z.literal(1),
  council: z.object({ slug: z.string(), name: z.string() }),
  week: z.string(),
  weekLabel: z.string(),
  nextWeek: z.string(),
  nextWeekLabel: z.string(),
  headline: z.string(),
  intro: z.string(),
  meetings: z.array(digestMeetingSchema),
  /** key decisions due in the 28 days from the start of the week after the one reviewed (issues before it: none) */
  keyDecisions: z.array(digestKeyDecisionSchema).default([]),
});
export type DigestContent = z.infer<typeof digestContentSchema>;

export function pastMeetings(content: DigestContent): DigestMeeting[] {
  return content.meetings.filter((m) => m.period === "past");
}

export function nextMeetings(content: DigestContent): DigestMeeting[] {
  return content.meetings.filter((m) => m.period === "next");
}
