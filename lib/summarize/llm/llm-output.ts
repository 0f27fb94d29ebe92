import { z } from "zod";

// The JSON the model must return. It is deliberately smaller than MeetingSummary: kind, footnotes and missing are
// decided by our own code, and sources are given as document ids that we resolve to URLs ourselves.

export const llmBulletSchema = z.object({
  text: z.string().min(1),
  documentId: z.number().int().nullable(),
  page: z.number().int().positive().nullable(),
});

export const llmSectionSchema = z.object({
  heading: z.string().min(1),
  itemNumber: z.string().nullable(),
  bullets: z.array(llmBulletSchema).max(30),
  decision: z.string().nullable(),
});

export const llmOutputSchema = z.object({
  overview: z.string().min(1),
  procedural: z.string().nullable(),
  sections: z.array(llmSectionSchema).max(40),
});
export type LlmOutput = z.infer<typeof llmOutputSchema>;

/** The schema as the prompt describes it (models follow an example better than a JSON Schema document). */
export const OUTPUT_EXAMPLE = `{
  "overview": "one paragraph of at most 60 words, outcome first: what the meeting decided (or, before it, will discuss)",
  "procedural": "one short line folding apologies, reserves, declarations and previous minutes, names kept, or null",
  "sections": [
    {
      "heading": "a substantive agenda item or a topic within it",
      "itemNumber": "the item number as given, or null",
      "bullets": [{ "text": "a key fact, figure, recommendation or point made", "documentId": 123, "page": 4 }],
      "decision": "the RESOLVED text in plain English, every figure kept, or null"
    }
  ]
}`;
