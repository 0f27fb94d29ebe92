import { z } from "zod";
import { absoluteUrl, isoDate, isoInstant, positiveId as id } from "./types-common";

// ---- committees ------------------------------------------------------------------------------------------

export const committeeSummarySchema = z.object({
  committeeId: id,
  name: z.string().min(1),
  url: absoluteUrl,
  /** The heading the committee is listed under on mgCommitteeStructure ("Regulatory"), when there is one. */
  category: z.string().nullable(),
});
export type CommitteeSummary = z.infer<typeof committeeSummarySchema>;

export const committeeMemberSchema = z.object({
  personId: id.nullable(),
  name: z.string().min(1),
  /** "Chair", "Vice-Chair", "Reserve"…; "Member" when the page gives no role. */
  role: z.string().min(1),
  profileUrl: absoluteUrl.nullable(),
});
export type CommitteeMember = z.infer<typeof committeeMemberSchema>;

export const contactInfoSchema = z.object({
  text: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type ContactInfo = z.infer<typeof contactInfoSchema>;

export const committeeDetailsSchema = z.object({
  committeeId: id,
  name: z.string().min(1),
  url: absoluteUrl,
  purpose: z.string().nullable(),
  membership: z.array(committeeMemberSchema),
  contact: contactInfoSchema.nullable(),
  meetingsUrl: absoluteUrl.nullable(),
  rssUrl: absoluteUrl.nullable(),
});
export type CommitteeDetails = z.infer<typeof committeeDetailsSchema>;

// ---- meeting titles and lists ------------------------------------------------------------------------------

export const meetingFlagsSchema = z.object({
  cancelled: z.boolean(),
  postponed: z.boolean(),
  special: z.boolean(),
  /** ", NEW": added to the calendar or re-dated. */
  isNew: z.boolean(),
  provisional: z.boolean(),
  virtual: z.boolean(),
  /** The old date of a moved meeting ("Moved from 13 September 2022" → "2022-09-13"). */
  movedFrom: isoDate.nullable(),
  /** Every prefix/suffix marker exactly as written: "(Special)", "Moved from 13 September 2022", "NEW". */
  markers: z.array(z.string()),
});
export type MeetingFlags = z.infer<typeof meetingFlagsSchema>;

export const meetingTitleSchema = meetingFlagsSchema.extend({
  raw: z.string(),
  committeeName: z.string().nullable(),
  date: isoDate.nullable(),
  startsAt: isoInstant.nullable(),
});
export type MeetingTitle = z.infer<typeof meetingTitleSchema>;

export const meetingListEntrySchema = meetingFlagsSchema.extend({
  meetingId: id,
  committeeId: id.nullable(),
  url: absoluteUrl,
  /** The row as the council writes it: "15 Jan 2026 7:30 pm - Agenda, Decisions, Minutes". */
  title: z.string(),
  date: isoDate.nullable(),
  startsAt: isoInstant.nullable(),
  /** What the row says is published: ["Agenda", "Decisions", "Minutes"]. */
  published: z.array(z.string()),
});
export type MeetingListEntry = z.infer<typeof meetingListEntrySchema>;

export const meetingListSchema = z.object({
  url: absoluteUrl,
  committeeId: id.nullable(),
  committeeName: z.string().nullable(),
  meetings: z.array(meetingListEntrySchema),
  earlierUrl: absoluteUrl.nullable(),
  laterUrl: absoluteUrl.nullable(),
  /** Years offered by the year selector (empty when the page has none). */
  years: z.array(z.number().int()),
  information: z.string().nullable(),
});
export type MeetingList = z.infer<typeof meetingListSchema>;
