import { z } from "zod";

// The typed boundary of the summary engines (each arrow of the README's Architecture diagram is a zod schema). Storage
// maps its rows onto SummaryInput; the engines never see the database, so they stay pure and testable on plain
// fixtures.

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "an ISO 8601 instant");

export const meetingStatusSchema = z.enum(["scheduled", "held", "cancelled", "postponed"]);

export const documentKindSchema = z.enum([
  "agenda_frontsheet",
  "public_reports_pack",
  "printed_minutes",
  "printed_decisions",
  "supplement",
  "item_report",
  "additional_document",
  "other",
]);
export type SummaryDocumentKind = z.infer<typeof documentKindSchema>;

export const summaryMeetingSchema = z.object({
  /** The title line as the council writes it, prefixes ("(Special - ILACS Report)") and suffixes kept. */
  title: z.string(),
  committeeName: z.string(),
  startsAt: isoInstant,
  status: meetingStatusSchema,
  isSpecial: z.boolean(),
  officialUrl: z.string(),
  webcastUrl: z.string().nullable(),
});

export const summaryItemSchema = z.object({
  position: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  minutesText: z.string().nullable(),
  decisionText: z.string().nullable(),
  documentIds: z.array(z.number().int()),
});
export type SummaryItem = z.infer<typeof summaryItemSchema>;

export const documentTableSchema = z.object({
  /** 1-based page. */
  page: z.number().int().positive(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type DocumentTable = z.infer<typeof documentTableSchema>;

export const summaryDocumentSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: documentKindSchema,
  url: z.string().nullable(),
  /** Extracted text, pages separated by "\f" so a bullet can cite its page. */
  text: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  /** Why the text is missing (scanned, encrypted, download failed), as recorded by ingest. */
  fetchError: z.string().nullable(),
  isRestricted: z.boolean(),
  /** Tables rebuilt from the PDF's text positions at ingest; absent or [] when none were found or not yet read. */
  tables: z.array(documentTableSchema).optional(),
});
export type SummaryDocument = z.infer<typeof summaryDocumentSchema>;

export const summaryInputSchema = z.object({
  meeting: summaryMeetingSchema,
  items: z.array(summaryItemSchema),
  documents: z.array(summaryDocumentSchema),
  /** The clock, passed in so engines stay deterministic (preview vs outcome depends on it). */
  now: isoInstant,
});
export type SummaryInput = z.infer<typeof summaryInputSchema>;

export const sourceRefSchema = z.object({
  /** null when the fact comes from the meeting page itself (item minutes or decision text). */
  documentId: z.number().int().nullable(),
  url: z.string().nullable(),
  /** 1-based PDF page, counted from the "\f" separators; null for page text. */
  page: z.number().int().positive().nullable(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const bulletSchema = z.object({
  text: z.string().min(1),
  source: sourceRefSchema,
  /**
   * The sentence that introduces the list this bullet is a point of ("Since March 2025, the service has:"), when
   * several points of one list are kept: consecutive bullets with the same lead are shown as one list under it
   * (lib/summarize/bullets.ts). Absent for a bullet that stands alone, or a single point whose text carries its lead.
   */
  lead: z.string().min(1).optional(),
});
export type SummaryBullet = z.infer<typeof bulletSchema>;

export const summaryTableSchema = z.object({
  caption: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  source: sourceRefSchema,
});
export type SummaryTable = z.infer<typeof summaryTableSchema>;

export const summarySectionSchema = z.object({
  heading: z.string().min(1),
  itemNumber: z.string().nullable(),
  bullets: z.array(bulletSchema),
  tables: z.array(summaryTableSchema),
  /** The decision: the RESOLVED text in plain words, or a planning application's outcome line. */
  decision: z.string().nullable(),
  /** An honest word about what the sources lack for this item ("The minutes for this item have not been published"). */
  note: z.string().nullable().optional(),
});
export type SummarySection = z.infer<typeof summarySectionSchema>;

export const footnoteSchema = z.object({ term: z.string(), explanation: z.string() });
export type SummaryFootnote = z.infer<typeof footnoteSchema>;

export const summaryKindSchema = z.enum(["preview", "outcome", "cancelled", "empty"]);
export type SummaryKind = z.infer<typeof summaryKindSchema>;

export const meetingSummarySchema = z.object({
  kind: summaryKindSchema,
  overview: z.string().min(1),
  procedural: z.string().nullable(),
  sections: z.array(summarySectionSchema),
  footnotes: z.array(footnoteSchema),
  /** Plain statements of what the sources lacked, so a reader knows why the summary is short. */
  missing: z.array(z.string()),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const topicScopeSchema = z.union([z.literal("meeting"), z.object({ itemPosition: z.number().int() })]);

export const topicTagSchema = z.object({
  topic: z.string(),
  scope: topicScopeSchema,
  evidence: z.array(z.object({ text: z.string(), source: sourceRefSchema })),
  score: z.number(),
});
export type TopicTag = z.infer<typeof topicTagSchema>;
