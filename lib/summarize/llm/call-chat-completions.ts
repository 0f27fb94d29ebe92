import type { LlmConfig } from "./llm-config";
import type { ChatMessage } from "./build-prompt";

// One POST to {baseUrl}/chat/completions asking for a JSON object. Every failure becomes an LlmCallError whose
// message says what went wrong with which endpoint, so the fallback reason recorded with the summary is useful.

export class LlmCallError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LlmCallError";
  }
}

export async function callChatCompletions(
  messages: ChatMessage[],
  config: LlmConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const url = `${config.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: config.model, messages, temperature: 0, response_format: { type: "json_object" } }),
      signal: controller.signal,
    });
    const body = await response.text();
    if (!response.ok) throw new LlmCallError(`${url} answered HTTP ${response.status}: ${body.slice(0, 200)}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new LlmCallError(`${url} returned a body that is not JSON`, { cause: error });
    }
    const content = (parsed as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
    if (typeof content !== "string" || !content.trim()) throw new LlmCallError(`${url} returned no message content`);
    return content;
  } catch (error) {
    if (error instanceof LlmCallError) throw error;
    if (controller.signal.aborted)
      throw new LlmCallError(`${url} did not answer within ${config.timeoutMs} ms`, { cause: error });
    throw new LlmCallError(`${url} could not be reached: ${(error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
