// The public surface of lib/summarize: engines, topics, hashing, rendering and the types at the boundary.
export * from "./types";
export { summarizeExtractive } from "./extractive/summarize-extractive";
export { summarizeWithLlm, type LlmSummaryResult } from "./llm/summarize-with-llm";
export { llmConfigSchema, type LlmConfig } from "./llm/llm-config";
export { tagTopics, TOPICS, findTopic, type Topic } from "./topics";
export { GLOSSARY, type GlossaryEntry } from "./glossary";
export { ENGINE_VERSION, LLM_ENGINE_VERSION } from "./version";
export { hashSummaryInput, summaryPhase, type SummaryPhase } from "./hash-input";
export { renderSummaryMarkdown } from "./render/render-markdown";
export { renderSummaryText } from "./render/render-text";
export { findUngroundedTokens, sourceTextsOf, type UngroundedToken } from "./grounding";
export { overviewOutcome, type OverviewOutcome } from "./overview-outcome";
