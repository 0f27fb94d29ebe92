import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { summarizeWithLlm } from "@/lib/summarize/llm/summarize-with-llm";
import { buildPrompt } from "@/lib/summarize/llm/build-prompt";
import { heldMeetingWithReport, makeInput } from "./helpers";
import { chatBody, startFakeLlmServer, type FakeLlmServer } from "./fake-llm-server";

const GOOD = {
  overview: "The Corporate Parenting Panel met on 23 October 2025 and noted a report on children missing from care.",
  procedural: "No declarations of interest were made.",
  sections: [
    {
      heading: "Children Missing from Care",
      itemNumber: "5",
      bullets: [
        {
          text: "22 of the 214 children in care were reported missing in Quarter 2, and all were offered a return home conversation (RHC).",
          documentId: 501,
          page: 1,
        },
        { text: "Suspected gang activity was identified in 5% of conversations.", documentId: 501, page: 1 },
      ],
      decision: "That the report be noted.",
    },
  ],
};

describe("summarizeWithLlm against a fake OpenAI-compatible server", () => {
  let server: FakeLlmServer;
  const input = heldMeetingWithReport();
  const extractive = summarizeExtractive(input);
  const config = () => ({ baseUrl: server.baseUrl, apiKey: "test-key", model: "test-model", timeoutMs: 10_000 });

  beforeAll(async () => {
    server = await startFakeLlmServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("uses good, grounded JSON and resolves its sources", async () => {
    server.reply({ status: 200, body: chatBody(JSON.stringify(GOOD)) });
    const result = await summarizeWithLlm(input, config());
    expect(result.engine).toBe("llm");
    expect(result.fallbackReason).toBeNull();
    expect(result.summary.overview).toBe(GOOD.overview);
    expect(result.summary.kind).toBe("outcome");
    expect(result.summary.sections[0]!.bullets[0]!.source).toEqual({
      documentId: 501,
      url: input.documents[0]!.url,
      page: 1,
    });
    expect(result.summary.footnotes.map((f) => f.term)).toContain("RHC");
  });

  it("asks for a JSON object with the model, key and source text", async () => {
    server.reply({ status: 200, body: chatBody(JSON.stringify(GOOD)) });
    await summarizeWithLlm(input, config());
    const request = server.requests.at(-1)!;
    expect(request.url).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer test-key");
    expect(request.body.model).toBe("test-model");
    expect(request.body.response_format).toEqual({ type: "json_object" });
    const messages = request.body.messages as { role: string; content: string }[];
    expect(messages[1]!.content).toContain("22 of the 214 children in care");
    expect(messages[1]!.content).toContain("documentId 501");
  });

  it("accepts JSON wrapped in a markdown fence", async () => {
    server.reply({ status: 200, body: chatBody("```json\n" + JSON.stringify(GOOD) + "\n```") });
    expect((await summarizeWithLlm(input, config())).engine).toBe("llm");
  });

  it("falls back on malformed JSON", async () => {
    server.reply({ status: 200, body: chatBody('{"overview": "The panel met", "sections": [') });
    const result = await summarizeWithLlm(input, config());
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toMatch(/^malformed output: not JSON/);
    expect(result.summary).toEqual(extractive);
  });

  it("falls back on JSON of the wrong shape", async () => {
    server.reply({ status: 200, body: chatBody(JSON.stringify({ overview: "x", sections: [{ heading: "A" }] })) });
    const result = await summarizeWithLlm(input, config());
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toMatch(/^malformed output/);
  });

  it("rejects an invented number", async () => {
    const invented = structuredClone(GOOD);
    invented.sections[0]!.bullets[1]!.text = "Suspected gang activity was identified in 31% of conversations.";
    server.reply({ status: 200, body: chatBody(JSON.stringify(invented)) });
    const result = await summarizeWithLlm(input, config());
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toBe('ungrounded output: number "31" not found in the sources');
    expect(result.summary).toEqual(extractive);
  });

  it("rejects an invented name", async () => {
    const invented = structuredClone(GOOD);
    invented.overview = "Councillor Zebedee Quartermaine chaired the Corporate Parenting Panel.";
    server.reply({ status: 200, body: chatBody(JSON.stringify(invented)) });
    const result = await summarizeWithLlm(input, config());
    expect(result.fallbackReason).toMatch(/ungrounded output: name "Councillor Zebedee Quartermaine"/);
  });

  it("rejects a citation of a document that does not exist", async () => {
    const invented = structuredClone(GOOD);
    invented.sections[0]!.bullets[0]!.documentId = 999;
    server.reply({ status: 200, body: chatBody(JSON.stringify(invented)) });
    expect((await summarizeWithLlm(input, config())).fallbackReason).toBe(
      "ungrounded output: cites unknown document 999",
    );
  });

  it("falls back on an HTTP 500, saying so", async () => {
    server.reply({ status: 500, body: '{"error":"model crashed"}' });
    const result = await summarizeWithLlm(input, config());
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toMatch(/answered HTTP 500/);
  });

  it("falls back on a timeout", async () => {
    server.reply({ hang: true });
    const result = await summarizeWithLlm(input, { ...config(), timeoutMs: 1_000 });
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toMatch(/did not answer within 1000 ms/);
  });

  it("falls back when the server cannot be reached", async () => {
    const result = await summarizeWithLlm(input, { ...config(), baseUrl: "http://127.0.0.1:9/v1" });
    expect(result.engine).toBe("extractive");
    expect(result.fallbackReason).toMatch(/could not be reached/);
  });

  it("does not call the model for a cancelled meeting", async () => {
    const before = server.requests.length;
    const result = await summarizeWithLlm(makeInput({ meeting: { status: "cancelled" } }), config());
    expect(result.summary.kind).toBe("cancelled");
    expect(server.requests.length).toBe(before);
  });
});

describe("the LLM prompt asks for what the extractive engine is held to (issue 11's targets)", () => {
  const system = buildPrompt(heldMeetingWithReport())[0]!.content;

  it("asks for an overview of at most 60 words that leads with outcomes, not agenda titles", () => {
    expect(system).toMatch(/Overview: at most 60 words, outcome first/);
    expect(system).toMatch(/never a list of agenda titles/);
  });

  it("asks for standing business with its names, condensed summaries and plain-English decisions", () => {
    expect(system).toMatch(/keeps the names: apologies from whom, who substituted for whom/);
    expect(system).toMatch(/at most about a third of the sources' length/);
    expect(system).toMatch(/Decisions in plain English, every figure kept/);
    expect(system).not.toMatch(/verbatim/);
  });
});
