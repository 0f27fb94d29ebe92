import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { z } from "zod";
import type { LlmConfig } from "@/lib/summarize/llm/llm-config";

// A small OpenAI-compatible chat-completions server on 127.0.0.1 that sits where the LLM engine's endpoint would:
//   replay   answers each request from a recording in tests/fixtures/real-harrow/llm-recordings/, found by the
//            hash of the request's model and messages; a request with no recording gets HTTP 404 naming its key;
//   record   forwards each request to a real endpoint and saves the answer as a recording;
//   forward  forwards without saving (only to measure what is sent and received).
// In every mode it counts the characters of each prompt and answer, and keeps the token usage a real endpoint
// reports, so the evaluation can say what the LLM engine costs per meeting.

export const RECORDINGS_DIR = path.resolve(import.meta.dirname, "../../../tests/fixtures/real-harrow/llm-recordings");

/** The model name of the recordings written by write-recordings.ts (not answers of a real model). */
export const SYNTHETIC_MODEL = "synthetic-from-extractive";

const chatRequestSchema = z.object({
  model: z.string().min(1),
  messages: z.array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() })).min(1),
});

/** A chat message as sent (the engine sends system and user messages). */
interface Message {
  role: string;
  content: string;
}

export const recordingSchema = z.object({
  /** recordingKey(model, messages) */
  key: z.string().regex(/^[0-9a-f]{24}$/),
  model: z.string(),
  /** The meeting line of the prompt ("Meeting: Cabinet - Thursday 20 June 2019 6.30 pm"), for people reading the file */
  meeting: z.string(),
  /** How the answer was made: the endpoint it was recorded from, or the script that wrote it */
  origin: z.string(),
  /** For a deliberately bad answer: what is wrong with it; null for an answer meant to be accepted */
  defect: z.string().nullable(),
  promptChars: z.number().int().nonnegative(),
  /** The document ids of the recorded prompt in order of first appearance (see canonicalPrompt) */
  documentIds: z.array(z.number().int()),
  /** The chat-completions response body as the endpoint returned it */
  response: z
    .object({
      choices: z
        .array(
          z
            .object({ message: z.object({ role: z.string(), content: z.string().nullable() }).passthrough() })
            .passthrough(),
        )
        .min(1),
      usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).partial().passthrough().optional(),
    })
    .passthrough(),
});
export type Recording = z.infer<typeof recordingSchema>;

/**
 * The prompt with its database ids taken out. The prompt cites each document as "documentId 123", and those ids
 * depend on the order a scrape stored the documents in, which varies from run to run (the scraper fetches a few
 * meetings at once). The key is computed over the prompt with each id replaced by its order of first appearance
 * ("documentId #1"), and the ids are kept so a recorded answer's citations can be carried over to this run's ids.
 */
export function canonicalPrompt(messages: readonly Message[]): { messages: Message[]; documentIds: number[] } {
  const documentIds: number[] = [];
  const canonical = messages.map((m) => ({
    role: m.role,
    content: m.content.replace(/documentId (\d+)/g, (_, id: string) => {
      let at = documentIds.indexOf(Number(id));
      if (at < 0) at = documentIds.push(Number(id)) - 1;
      return `documentId #${at + 1}`;
    }),
  }));
  return { messages: canonical, documentIds };
}

/** The recording key of a request: the first 24 hex digits of SHA-256 over the JSON of [model, canonical messages]. */
export function recordingKey(model: string, messages: readonly Message[]): string {
  const canonical = JSON.stringify([model, canonicalPrompt(messages).messages.map((m) => [m.role, m.content])]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 24);
}

/** Rewrites the "documentId": N citations of an answer from the ids of the recorded prompt to those of this one. */
export function carryCitations(content: string, recordedIds: readonly number[], currentIds: readonly number[]): string {
  return content.replace(/("documentId"\s*:\s*)(\d+)/g, (whole, lead: string, id: string) => {
    const at = recordedIds.indexOf(Number(id));
    return at >= 0 && currentIds[at] !== undefined ? `${lead}${currentIds[at]}` : whole;
  });
}

export function promptChars(messages: readonly Pick<Message, "content">[]): number {
  return messages.reduce((n, m) => n + m.content.length, 0);
}

export function meetingLine(messages: readonly Message[]): string {
  const user = messages.find((m) => m.role === "user")?.content ?? "";
  return /^Meeting: (.*)$/m.exec(user)?.[1] ?? "(no meeting line)";
}

export function loadRecordings(dir = RECORDINGS_DIR): Map<string, Recording> {
  const out = new Map<string, Recording>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return out;
  }
  for (const file of files.sort()) {
    const parsed = recordingSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
    if (!parsed.success)
      throw new Error(`${path.join(dir, file)} is not a recording: ${z.prettifyError(parsed.error)}`);
    if (file !== `${parsed.data.key}.json`)
      throw new Error(`${path.join(dir, file)} holds the recording of key ${parsed.data.key}`);
    out.set(parsed.data.key, parsed.data);
  }
  return out;
}

export function writeRecording(recording: Recording, dir = RECORDINGS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${recording.key}.json`);
  writeFileSync(file, `${JSON.stringify(recordingSchema.parse(recording), null, 2)}\n`);
  return file;
}

/** One request the server answered (or failed to). */
export interface ExchangeStat {
  key: string;
  meeting: string;
  status: number;
  promptChars: number;
  answerChars: number;
  /** Token counts the upstream endpoint reported (recordings of real endpoints keep them); null when none */
  usage: { promptTokens: number | null; completionTokens: number | null } | null;
}

export interface RecordingServerOptions {
  mode: "replay" | "record" | "forward";
  dir?: string;
  /** The real endpoint for record and forward modes */
  upstream?: LlmConfig;
  fetchImpl?: typeof fetch;
}

export interface RecordingServer {
  /** The base URL to give the LLM engine ("/chat/completions" is appended by it) */
  baseUrl: string;
  exchanges: ExchangeStat[];
  /** Keys answered 404 (replay mode) */
  missing: string[];
  close(): Promise<void>;
}

export async function startRecordingServer(options: RecordingServerOptions): Promise<RecordingServer> {
  const dir = options.dir ?? RECORDINGS_DIR;
  if (options.mode !== "replay" && !options.upstream)
    throw new Error(`${options.mode} mode needs the upstream endpoint (LLM_BASE_URL)`);
  const recordings = options.mode === "replay" ? loadRecordings(dir) : new Map<string, Recording>();
  const exchanges: ExchangeStat[] = [];
  const missing: string[] = [];
  const fetchImpl = options.fetchImpl ?? fetch;

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
  const fail = (res: http.ServerResponse, status: number, message: string, extra: Record<string, unknown> = {}) =>
    send(res, status, {
      error: { message, type: status === 404 ? "recording_not_found" : "invalid_request_error", ...extra },
    });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "POST" || !/\/chat\/completions$/.test(url.pathname))
      return fail(res, 404, `no route ${req.method} ${url.pathname}: only POST …/chat/completions`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: z.infer<typeof chatRequestSchema>;
    try {
      body = chatRequestSchema.parse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
    } catch (error) {
      return fail(res, 400, `not a chat-completions request: ${(error as Error).message.slice(0, 200)}`);
    }
    const key = recordingKey(body.model, body.messages);
    const stat: ExchangeStat = {
      key,
      meeting: meetingLine(body.messages),
      status: 0,
      promptChars: promptChars(body.messages),
      answerChars: 0,
      usage: null,
    };
    exchanges.push(stat);

    if (options.mode === "replay") {
      const recording = recordings.get(key);
      if (!recording) {
        missing.push(key);
        stat.status = 404;
        return fail(
          res,
          404,
          `no recording for key ${key} (model ${body.model}, ${stat.meeting}) in ${dir}: the prompt changed or was never recorded; record it with npm run eval:summaries -- --engine llm --record`,
          { key },
        );
      }
      const currentIds = canonicalPrompt(body.messages).documentIds;
      const choices = recording.response.choices.map((c) => ({
        ...c,
        message: {
          ...c.message,
          content:
            c.message.content === null ? null : carryCitations(c.message.content, recording.documentIds, currentIds),
        },
      }));
      stat.status = 200;
      stat.answerChars = choices[0]!.message.content?.length ?? 0;
      stat.usage = usageOf(recording.response);
      return send(res, 200, { ...recording.response, choices });
    }

    const upstream = options.upstream!;
    const target = `${upstream.baseUrl.replace(/\/+$/, "")}/chat/completions`;
    const answer = await fetchImpl(target, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(upstream.apiKey ? { authorization: `Bearer ${upstream.apiKey}` } : {}),
      },
      body: Buffer.concat(chunks),
      signal: AbortSignal.timeout(upstream.timeoutMs),
    }).catch((error: Error) => error);
    if (answer instanceof Error) {
      stat.status = 502;
      return fail(res, 502, `${target} could not be reached: ${answer.message}`);
    }
    const text = await answer.text();
    stat.status = answer.status;
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // passed on as it came; the engine reports it
    }
    const parsed = recordingSchema.shape.response.safeParse(json);
    if (parsed.success) {
      stat.answerChars = parsed.data.choices[0]!.message.content?.length ?? 0;
      stat.usage = usageOf(parsed.data);
      if (options.mode === "record" && answer.ok) {
        writeRecording(
          {
            key,
            model: body.model,
            meeting: stat.meeting,
            origin: `recorded from ${target} (model ${upstream.model}) on ${new Date().toISOString()}`,
            defect: null,
            promptChars: stat.promptChars,
            documentIds: canonicalPrompt(body.messages).documentIds,
            response: parsed.data,
          },
          dir,
        );
      }
    }
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
    res.end(text);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) fail(res, 500, `recording server: ${error.message}`);
      else res.destroy(error);
    });
  });
  // The client (Node's fetch) keeps an idle connection for 4 s and reuses it; a server that closed it first (Node's
  // default is 5 s, which a loaded machine can turn into a race) would reset a request mid-flight ("fetch failed").
  // Idle connections are kept far longer than the client keeps them, so the client always closes first.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    exchanges,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function usageOf(response: Recording["response"]): ExchangeStat["usage"] {
  const u = response.usage;
  if (!u || (typeof u.prompt_tokens !== "number" && typeof u.completion_tokens !== "number")) return null;
  return { promptTokens: u.prompt_tokens ?? null, completionTokens: u.completion_tokens ?? null };
}
