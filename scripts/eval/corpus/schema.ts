import { z } from "zod";

// The real-text evaluation corpus (tests/fixtures/real-harrow): real Harrow meetings whose every sentence was
// rewritten from the council's public ModernGov pages (facts kept: names, roles, numbers, dates, item titles,
// application references, the RESOLVED:/DECISION:/PROPOSAL: labels), and long report-style papers written for the
// corpus (not derived from any published summary) to measure condensation, and long invented printed minutes of whole
// meetings (the debate is most of their words) to measure how the engine condenses full minutes. Each file is one
// meeting, one report or one set of minutes.

/**
 * A fact the summary must carry: every token must appear (case-insensitive) within one unit of the summary. A token
 * "a|b" accepts either wording, for synonyms only ("no interests|no declarations").
 */
export const corpusFactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  statement: z.string().min(5),
  tokens: z.array(z.string().min(1)).min(1),
  /** false for standing business: apologies, substitutes, declarations, minutes, petitions, questions, appointments */
  business: z.boolean(),
});
export type CorpusFact = z.infer<typeof corpusFactSchema>;

export const corpusItemSchema = z.object({
  /** As printed ("329", "1/01", "5."), or null for unnumbered rows */
  number: z.string().nullable(),
  title: z.string().min(1),
  /** The agenda's standing description under the title, rewritten; null when none */
  description: z.string().nullable(),
  /** The minute, rewritten; paragraphs separated by a blank line; numbered lists as "(1) …" lines; null when none */
  minutes: z.string().nullable(),
  /** Planning application references named by the item (e.g. "P/1234/22", "PL/2560/26") */
  applicationRefs: z.array(z.string()).default([]),
});

export const corpusAttendeeSchema = z.object({
  name: z.string(),
  role: z.string().nullable().default(null),
  status: z.enum(["present", "apologies", "absent", "substitute", "in_attendance"]),
});

export const corpusMeetingSchema = z.object({
  kind: z.literal("meeting"),
  mid: z.number().int().positive(),
  cid: z.number().int().positive(),
  committee: z.string().min(1),
  /** The title line as the council prints it: "Cabinet - Thursday 20 June 2019 6.30 pm" */
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  venue: z.string().nullable(),
  origin: z.object({
    /** The public page(s) the facts were taken from */
    urls: z.array(z.string().url()).min(1),
    note: z.string(),
  }),
  attendees: z.array(corpusAttendeeSchema).default([]),
  items: z.array(corpusItemSchema).min(1),
  facts: z.array(corpusFactSchema).min(1),
});
export type CorpusMeeting = z.infer<typeof corpusMeetingSchema>;

/** A corpus entry as the site serves it and the evaluator scores it: every kind is a meeting with items and facts. */
export type ServedMeeting = Omit<CorpusMeeting, "kind"> & { kind: "meeting" | "report" | "minutes" };

const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), text: z.string().min(1) }),
  z.object({ type: z.literal("para"), text: z.string().min(1) }),
  z.object({
    type: z.literal("list"),
    lead: z.string().nullable().default(null),
    items: z.array(z.string().min(1)).min(1),
  }),
  z.object({
    type: z.literal("table"),
    caption: z.string().nullable().default(null),
    header: z.array(z.string()).min(2),
    rows: z.array(z.array(z.string())).min(1),
  }),
]);

/** The first of the made-up meeting ids the long reports take (990001–990999); real Harrow MIds are below it. */
export const REPORT_MID_MIN = 990001;

/** A long paper in the register of a real council report, attached to a meeting of its own. Invented content. */
export const corpusReportSchema = z.object({
  kind: z.literal("report"),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  committee: z.string(),
  cid: z.number().int().positive(),
  /** A made-up meeting id in 990001–990999 so it never collides with a real one */
  mid: z.number().int().min(REPORT_MID_MIN).max(990999),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  itemNumber: z.string(),
  itemTitle: z.string(),
  /** The minute the meeting recorded for the item (RESOLVED: …), written for the corpus */
  minutes: z.string(),
  /** Pages of the report; each page a list of blocks laid out in order */
  pages: z.array(z.array(blockSchema).min(1)).min(4),
  facts: z.array(corpusFactSchema).min(5),
  note: z.string(),
});
export type CorpusReport = z.infer<typeof corpusReportSchema>;

/**
 * A whole meeting's printed minutes, invented in the register of Harrow's (numbered minutes, long discussions,
 * questions and answers, motions with recorded votes, planning decisions): 2,500–4,000 words, most of them debate.
 * Served and scraped exactly like a real meeting (a ModernGov page and its printed-minutes PDF).
 */
export const corpusMinutesSchema = corpusMeetingSchema.extend({
  kind: z.literal("minutes"),
  /** A made-up meeting id in 990001–990999, like the reports' */
  mid: z.number().int().min(REPORT_MID_MIN).max(990999),
  facts: z.array(corpusFactSchema).min(12).max(20),
});
export type CorpusMinutes = z.infer<typeof corpusMinutesSchema>;
