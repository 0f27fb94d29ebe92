import { z } from "zod";

// Where the optional LLM engine sends requests: any OpenAI-compatible chat-completions server (a hosted API, or a
// local Ollama, vLLM or llama.cpp server). lib/env.ts reads the environment; this schema is the shape it passes.

export const llmConfigSchema = z.object({
  /** e.g. "https://api.openai.com/v1" or "http://127.0.0.1:11434/v1"; "/chat/completions" is appended. */
  baseUrl: z.string().regex(/^https?:\/\//),
  apiKey: z.string().min(1).nullable(),
  model: z.string().min(1),
  timeoutMs: z.number().int().positive(),
});
export type LlmConfig = z.infer<typeof llmConfigSchema>;

/** Characters of source text sent per request: enough for a meeting's minutes and report summaries. */
export const PROMPT_SOURCE_BUDGET = 24_000;
