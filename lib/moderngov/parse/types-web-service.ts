import { z } from "zod";
import { absoluteUrl, isoDate, isoInstant, positiveId as id } from "./types-common";
import { attendanceStatusSchema } from "./types-people";

// Results of mgWebService.asmx (docs/moderngov.md#web-service). Text is already XML- and HTML-unescaped.

export const wsCommitteeSchema = z.object({
  committeeId: id,
  title: z.string(),
  deleted: z.boolean(),
  expired: z.boolean(),
  category: z.string().nullable(),
});
export type WsCommittee = z.infer<typeof wsCommitteeSchema>;

export const wsMeetingSummarySchema = z.object({
  meetingId: id,
  committeeId: id.nullable(),
  committeeTitle: z.string().nullable(),
  date: isoDate.nullable(),
  time: z.string().nullable(),
  startsAt: isoInstant.nullable(),
  /** <meetingstatus> before any ";" ("Confirmed", "Cancelled"); the label after it goes to statusLabel. */
  status: z.string().nullable(),
  statusLabel: z.string().nullable(),
  cancelled: z.boolean(),
  isWebcast: z.boolean(),
});
export type WsMeetingSummary = z.infer<typeof wsMeetingSummarySchema>;

export const wsLinkedDocumentSchema = z.object({
  attachmentId: id.nullable(),
  title: z.string(),
  /** Null when restricted: exempt papers resolve to a login page and must not be fetched. */
  url: absoluteUrl.nullable(),
  isUrl: z.boolean(),
  restricted: z.boolean(),
  publicationDate: isoDate.nullable(),
  isDecisionAttachment: z.boolean(),
});
export type WsLinkedDocument = z.infer<typeof wsLinkedDocumentSchema>;

export const wsAgendaItemSchema = z.object({
  agendaItemId: id,
  title: z.string(),
  /** <fulldisplaynumberformat> as printed ("1."); null for unnumbered section rows. */
  number: z.string().nullable(),
  /** <agendaitemnumber>: the item's position on the agenda (differs from the printed minute number). */
  position: z.number().int().nullable(),
  agendaText: z.string().nullable(),
  minutesText: z.string().nullable(),
  restricted: z.boolean(),
  isDecision: z.boolean(),
  decisionPublished: z.boolean(),
  minutesPublished: z.boolean(),
  documents: z.array(wsLinkedDocumentSchema),
});
export type WsAgendaItem = z.infer<typeof wsAgendaItemSchema>;

export const wsAttendeeSchema = z.object({
  personId: id.nullable(),
  memberType: z.string().nullable(),
  name: z.string(),
  role: z.string().nullable(),
  attendance: z.string().nullable(),
  status: attendanceStatusSchema,
  party: z.string().nullable(),
  ward: z.string().nullable(),
  keyPosts: z.string().nullable(),
  profileUrl: absoluteUrl.nullable(),
  photoUrl: absoluteUrl.nullable(),
});
export type WsAttendee = z.infer<typeof wsAttendeeSchema>;

export const wsMeetingSchema = z.object({
  meetingId: id,
  date: isoDate.nullable(),
  time: z.string().nullable(),
  startsAt: isoInstant.nullable(),
  status: z.string().nullable(),
  statusLabel: z.string().nullable(),
  cancelled: z.boolean(),
  location: z.string().nullable(),
  isWebcast: z.boolean(),
  /** Agenda id used in documents/g{id}/… pack links; not always equal to meetingId. */
  agendaId: id.nullable(),
  agendaPublished: z.boolean(),
  decisionsPublished: z.boolean(),
  minutesPublished: z.boolean(),
  items: z.array(wsAgendaItemSchema),
  attendees: z.array(wsAttendeeSchema),
});
export type WsMeeting = z.infer<typeof wsMeetingSchema>;
