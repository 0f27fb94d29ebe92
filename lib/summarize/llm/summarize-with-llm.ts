import { z } from "zod";
import { findFootnotes } from "../extractive/footnotes";
import { summarizeExtractive } from "../extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "../grounding";
import { summaryInputSchema, type MeetingSummary, type SummaryInput } from "../types";
import { buildPrompt } from "./build-prompt";
import { callChatCompletions } from "./call-chat-completions";
import type { LlmConfig } from "./llm-config";
import { llmOutputSchema, type LlmOutput } from "./llm-output";

// The optional LLM engine. The extractive summary is always computed first: it is the fallback, and it decides
// the parts the model is not trusted with (kind, missing sources). A model answer that is malformed, cites
// unknown documents or states a number, date or name absent from the sources is rejected, never repaired.

export interface LlmSummaryResult {
  summary: MeetingSummary;
  engine: "llm" | "extractive";
  fallbackReason: string | null;
}

export async function summarizeWithLlm(
  rawInput: SummaryInput,
  config: LlmConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<LlmSummaryResult> {
  const input = summaryInputSchema.parse(rawInput);
  const fallback = summarizeExtractive(input);
  if (fallback.kind === "cancelled" || fallback.kind === "empty") {
    return {
      summary: fallback,
      engine: "extractive",
      fallbackReason: `nothing for a model to summarise (${fallback.kind} meeting)`,
    };
  }
  let content: string;
  try {
    content = await callChatCompletions(buildPrompt(input), config, fetchImpl);
  } catch (error) {
    return { summary: fallback, engine: "extractive", fallbackReason: (error as Error).message };
  }
  const parsed = parseOutput(content);
  if (!parsed.ok) return { summary: fallback, engine: "extractive", fallbackReason: parsed.reason };
  const summary = toMeetingSummary(parsed.value, input, fallback);
  if (typeof summary === "string") return { summary: fallback, engine: "extractive", fallbackReason: summary };
  const ungrounded = findUngroundedTokens(summary, sourceTextsOf(input));
  if (ungrounded.length > 0) {
    const list = ungrounded
      .slice(0, 5)
      .map((t) => `${t.kind} "${t.token}"`)
      .join(", ");
    return {
      summary: fallback,
      engine: "extractive",
      fallbackReason: `ungrounded output: ${list} not found in the sources`,
    };
  }
  return { summary, engine: "llm", fallbackReason: null };
}

function parseOutput(content: string): { ok: true; value: LlmOutput } | { ok: false; reason: string } {
  // Some local servers wrap JSON in a markdown fence despite response_format.
  const text = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `malformed output: not JSON (${text.slice(0, 60)})` };
  }
  const result = llmOutputSchema.safeParse(json);
  if (!result.success) return { ok: false, reason: `malformed output: ${z.prettifyError(result.error).slice(0, 300)}` };
  return { ok: true, value: result.data };
}

function toMeetingSummary(out: LlmOutput, input: SummaryInput, fallback: MeetingSummary): MeetingSummary | string {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  for (const s of out.sections) {
    for (const b of s.bullets)
      if (b.documentId !== null && !docs.has(b.documentId))
        return `ungrounded output: cites unknown document ${b.documentId}`;
  }
  const sections = out.sections.map((s) => ({
    heading: s.heading,
    itemNumber: s.itemNumber,
    bullets: s.bullets.map((b) => ({
      text: b.text,
      source: {
        documentId: b.documentId,
        url: b.documentId === null ? input.meeting.officialUrl : (docs.get(b.documentId)!.url ?? null),
        page: b.documentId === null ? null : b.page,
      },
    })),
    tables: [],
    decision: s.decision,
  }));
  const summary: MeetingSummary = {
    kind: fallback.kind,
    overview: out.overview,
    procedural: out.procedural,
    sections,
    footnotes: [],
    missing: fallback.missing,
  };
  summary.footnotes = findFootnotes(summary);
  return summary;
}
