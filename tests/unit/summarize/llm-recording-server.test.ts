// The recorded-response server behind the LLM engine's tests and `npm run eval:summaries -- --engine llm`:
// record mode forwards to a real endpoint and saves the answer, replay mode answers from the saving (citations
// carried over to the new run's document ids), and a prompt without a recording gets a 404 naming its key.
import http from "node:http";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  carryCitations,
  loadRecordings,
  recordingKey,
  startRecordingServer,
  type RecordingServer,
} from "@/scripts/eval/llm/recording-server";
import { costOf } from "@/scripts/eval/llm/compare-engines";

const prompt = (ids: [number, number]) => [
  { role: "system", content: "You summarise UK local council committee meetings." },
  {
    role: "user",
    content: `Meeting: Cabinet - Thursday 20 June 2019 6.30 pm\n\n[documentId ${ids[0]}, "Minutes", page 1]\ntext\n[documentId ${ids[1]}, "Report", page 1]\nmore\n[documentId ${ids[0]}, "Minutes", page 2]`,
  },
];

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fakeUpstream(
  answer: (body: { model: string }) => unknown,
): Promise<{ url: string; requests: unknown[] }> {
  const requests: unknown[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { model: string };
      requests.push({ url: req.url, auth: req.headers.authorization ?? null, body });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests };
}

async function post(
  server: RecordingServer,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "llm-recordings-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("recording keys", () => {
  it("depend on the model and the prompt's text, not on the database ids of the documents it cites", () => {
    const key = recordingKey("m", prompt([7, 9]));
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(recordingKey("m", prompt([3, 12]))).toBe(key);
    expect(recordingKey("m", prompt([9, 7]))).toBe(key); // ids are numbered by first appearance
    expect(recordingKey("other", prompt([7, 9]))).not.toBe(key);
    const edited = prompt([7, 9]);
    edited[1]!.content += " (rearranged)";
    expect(recordingKey("m", edited)).not.toBe(key);
  });

  it("carry an answer's citations from the recorded ids to the current ones, leaving other numbers alone", () => {
    const content =
      '{"overview":"£7 m","sections":[{"bullets":[{"text":"7 of 9","documentId": 7,"page":2},{"text":"x","documentId":9,"page":1},{"text":"y","documentId":55,"page":1}]}]}';
    expect(carryCitations(content, [7, 9], [3, 12])).toBe(
      content.replace('"documentId": 7', '"documentId": 3').replace('"documentId":9', '"documentId":12'),
    );
  });
});

describe("the recorded-response server", () => {
  it("records what a real endpoint answers, then replays it for the same prompt, citations carried over", async () => {
    const dir = tempDir();
    const upstream = await fakeUpstream((body) => ({
      id: "cmpl-1",
      model: body.model,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content:
              '{"overview":"Noted.","procedural":null,"sections":[{"heading":"Minutes","itemNumber":null,"bullets":[{"text":"Approved.","documentId":7,"page":1}],"decision":null}]}',
          },
        },
      ],
      usage: { prompt_tokens: 123, completion_tokens: 45 },
    }));
    const recorder = await startRecordingServer({
      mode: "record",
      dir,
      upstream: { baseUrl: upstream.url, apiKey: "sk-test", model: "real-model", timeoutMs: 5000 },
    });
    cleanups.push(() => recorder.close());
    const recorded = await post(recorder, { model: "real-model", messages: prompt([7, 9]), temperature: 0 });
    expect(recorded.status).toBe(200);
    expect(upstream.requests).toEqual([
      {
        url: "/v1/chat/completions",
        auth: "Bearer sk-test",
        body: { model: "real-model", messages: prompt([7, 9]), temperature: 0 },
      },
    ]);
    const key = recordingKey("real-model", prompt([7, 9]));
    expect(readdirSync(dir)).toEqual([`${key}.json`]);
    const saved = JSON.parse(readFileSync(path.join(dir, `${key}.json`), "utf8")) as Record<string, unknown>;
    expect(saved).toMatchObject({
      key,
      model: "real-model",
      meeting: "Cabinet - Thursday 20 June 2019 6.30 pm",
      defect: null,
      documentIds: [7, 9],
    });
    expect(saved.origin).toMatch(
      /^recorded from http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions \(model real-model\)/,
    );
    expect(costOf(recorder.exchanges)).toMatchObject({ requests: 1, promptTokens: 123, completionTokens: 45 });

    const replay = await startRecordingServer({ mode: "replay", dir });
    cleanups.push(() => replay.close());
    const answer = await post(replay, { model: "real-model", messages: prompt([31, 40]) });
    expect(answer.status).toBe(200);
    const content = (answer.json.choices as { message: { content: string } }[])[0]!.message.content;
    expect(JSON.parse(content).sections[0].bullets[0].documentId).toBe(31);
    expect(upstream.requests).toHaveLength(1);
    expect(replay.exchanges).toEqual([
      {
        key,
        meeting: "Cabinet - Thursday 20 June 2019 6.30 pm",
        status: 200,
        promptChars: expect.any(Number),
        answerChars: content.length,
        usage: { promptTokens: 123, completionTokens: 45 },
      },
    ]);
  });

  it("answers a prompt it has no recording for with a 404 naming the key, and refuses what is not a chat request", async () => {
    const replay = await startRecordingServer({ mode: "replay", dir: tempDir() });
    cleanups.push(() => replay.close());
    const key = recordingKey("m", prompt([1, 2]));
    const missing = await post(replay, { model: "m", messages: prompt([1, 2]) });
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ type: "recording_not_found", key });
    expect((missing.json.error as { message: string }).message).toContain(
      `no recording for key ${key} (model m, Cabinet - Thursday 20 June 2019 6.30 pm)`,
    );
    expect(replay.missing).toEqual([key]);
    expect((await post(replay, { messages: [] })).status).toBe(400);
    expect((await fetch(`${replay.baseUrl}/models`)).status).toBe(404);
  });

  it("refuses a recordings folder holding a file that is not a recording", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "0123456789abcdef01234567.json"),
      JSON.stringify({ key: "0123456789abcdef01234567", model: "m" }),
    );
    expect(() => loadRecordings(dir)).toThrow(/0123456789abcdef01234567\.json is not a recording/);
  });
});
