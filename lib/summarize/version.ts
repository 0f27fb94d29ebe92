// Bumped whenever an engine's output for the same input can change (scoring, parsing, templates, glossary), so
// stored summaries made by an older version are regenerated. The input hash alone cannot see code changes.
export const ENGINE_VERSION = "extractive-1.32.0";
export const LLM_ENGINE_VERSION = "llm-1.1.0";
