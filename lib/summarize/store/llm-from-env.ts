// The optional LLM engine is on when LLM_BASE_URL is set; otherwise the offline extractive engine runs alone.
import type { Env } from "@/lib/env";
import type { LlmConfig } from "@/lib/summarize";

export function llmConfigFromEnv(env: Env): LlmConfig | null {
  if (!env.LLM_BASE_URL) return null;
  return {
    baseUrl: env.LLM_BASE_URL,
    apiKey: env.LLM_API_KEY ?? null,
    model: env.LLM_MODEL,
    timeoutMs: env.LLM_TIMEOUT_MS,
  };
}
