import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A fake OpenAI-compatible chat-completions server on loopback. Each test sets how it answers; requests are kept
// so tests can check what was sent.

export type Reply = { status: number; body: string } | { hang: true };

export interface FakeLlmServer {
  baseUrl: string;
  requests: { url: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> }[];
  reply: (r: Reply) => void;
  close: () => Promise<void>;
}

export function chatBody(content: string): string {
  return JSON.stringify({
    id: "chatcmpl-test",
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  });
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  let next: Reply = { status: 500, body: "not configured" };
  const requests: FakeLlmServer["requests"] = [];
  const hanging = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      requests.push({
        url: req.url ?? "",
        headers: req.headers,
        body: JSON.parse(raw || "{}") as Record<string, unknown>,
      });
      if ("hang" in next) {
        hanging.add(() => res.destroy());
        return;
      }
      res.writeHead(next.status, { "content-type": "application/json" });
      res.end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (r) => (next = r),
    close: async () => {
      for (const end of hanging) end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
