import { z } from "zod";
import { meetingFlagsSchema } from "./types-committee";
import { absoluteUrl, isoDate, isoInstant, positiveId as id } from "./types-common";
import { attendanceRecordSchema } from "./types-people";

export const documentKindSchema = z.enum([
  "agenda-frontsheet", // documents/g{A}/Agenda frontsheet ….pdf?T=0
  "reports-pack", // Public reports pack ….pdf?T=10, or the mgChooseDocPack.aspx?ID={A} chooser
  "printed-minutes", // ?T=1 ("Printed minutes", "Printed draft minutes")
  "printed-decisions", // ?T=2
  "supplement", // ?T=9, mgChooseDocPack.aspx?ID={A}&SID={n}, "Supplement: …", "Late Material"
  "item-report", // the report linked from an agenda item's title
  "additional-document", // listed under an item's "Additional documents:"
  "other",
]);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const meetingDocumentSchema = z.object({
  kind: documentKindSchema,
  title: z.string(),
  /** Absolute URL; always null for restricted (exempt) papers, whose links lead to a login page. */
  url: absoluteUrl.nullable(),
  restricted: z.boolean(),
  /** Size as printed, e.g. "PDF 245 KB", and its approximate value in bytes. */
  sizeText: z.string().nullable(),
  sizeBytes: z.number().int().nonnegative().nullable(),
  format: z.string().nullable(),
  /** s{id} in documents/s{id}/… or mgConvert2PDF.aspx?ID={id}: stable per attachment, the dedup key. */
  attachmentId: id.nullable(),
  /** g{id} in documents/g{id}/… or mgChooseDocPack.aspx?ID={id}: NOT always the meeting id. */
  agendaId: id.nullable(),
  /** b{id} in documents/b{id}/… : a supplement bundle. */
  bundleId: id.nullable(),
  /** The T= pack code (0 frontsheet, 1 minutes, 2 decisions, 9 supplement, 10 reports pack). */
  packType: z.number().int().nullable(),
  supplementId: id.nullable(),
});
export type MeetingDocument = z.infer<typeof meetingDocumentSchema>;

export const recordedVoteSchema = z.object({
  title: z.string(),
  type: z.string().nullable(),
  text: z.string().nullable(),
  result: z.string().nullable(),
});
export type RecordedVote = z.infer<typeof recordedVoteSchema>;

export const agendaItemSchema = z.object({
  /** 1-based position among all rows of the item table, headings included. */
  order: z.number().int().positive(),
  /** AIId from the row's <a name="AI…"> anchor (links: ieListDocuments…#AI{id}, mgAi.aspx?ID={id}). */
  agendaItemId: id.nullable(),
  /** Number as printed: "54.", "4a", "1/01", "2-01"; null for unnumbered rows. */
  number: z.string().nullable(),
  /** A section row ("Agenda - Part I", "Resolved Items", "Planning Applications Received"), not an item. */
  isHeading: z.boolean(),
  /** The most recent heading row above this one. */
  section: z.string().nullable(),
  /** Planning's leading "Note" column ("Enc.", "GRANT"…). */
  note: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  minutes: z.string().nullable(),
  /** The page shows only the start of long minutes; the full text is at fullTextUrl (mgAi.aspx). */
  minutesTruncated: z.boolean(),
  fullTextUrl: absoluteUrl.nullable(),
  decision: z.string().nullable(),
  decisionUrl: absoluteUrl.nullable(),
  issueHistoryUrl: absoluteUrl.nullable(),
  /** "View Recorded Vote for this item": mgListRecordedVotesShort.aspx?AIID=&MID=, who voted which way */
  recordedVotesUrl: absoluteUrl.nullable(),
  documents: z.array(meetingDocumentSchema),
  /** The item has exempt papers (any restricted document) or is itself marked restricted. */
  restricted: z.boolean(),
  /** Planning application references in the title, normalised to "PL/0117/23". */
  applicationRefs: z.array(z.string()),
  recordedVotes: z.array(recordedVoteSchema),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingStatusSchema = z.enum(["scheduled", "held", "cancelled", "postponed"]);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const venueSchema = z.object({
  text: z.string(),
  locationUrl: absoluteUrl.nullable(),
  roomId: id.nullable(),
});
export type Venue = z.infer<typeof venueSchema>;

export const meetingPageSchema = meetingFlagsSchema.extend({
  url: absoluteUrl,
  meetingId: id,
  committeeId: id.nullable(),
  committeeName: z.string().nullable(),
  /** Page heading: "Agenda", "Agenda and minutes", "Agenda, decisions and minutes", "Meeting". */
  heading: z.string().nullable(),
  /** The title line exactly as the council writes it (prefixes and suffixes kept). */
  title: z.string(),
  date: isoDate.nullable(),
  startsAt: isoInstant.nullable(),
  /**
   * From the page alone: cancelled/postponed by the title markers, "held" once minutes or decisions are
   * published, otherwise "scheduled" (ingest compares with the clock for past meetings without minutes).
   */
  status: meetingStatusSchema,
  venue: venueSchema.nullable(),
  contact: z.object({ text: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  webcastUrl: absoluteUrl.nullable(),
  attendanceUrl: absoluteUrl.nullable(),
  /** Meeting-level documents in the order the page lists them. */
  documents: z.array(meetingDocumentSchema),
  items: z.array(agendaItemSchema),
  /** Attendance printed on the meeting page itself (most installs only link to mgMeetingAttendance). */
  attendance: z.array(attendanceRecordSchema),
  /** "No documents are available for this meeting" and similar notices, as written. */
  notices: z.array(z.string()),
  /** DC.date.modified meta tag: when ModernGov last changed the page. */
  modifiedDate: isoDate.nullable(),
});
export type MeetingPage = z.infer<typeof meetingPageSchema>;
