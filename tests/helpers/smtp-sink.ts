// A real SMTP server on loopback (smtp-server) that keeps every message it accepts, for the digest tests. Replies
// can be scripted per recipient and attempt: 4xx/5xx at RCPT TO or after DATA, or no reply at all ("stall",
// the message having been received in full, like a server that committed it and then lost the client).
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { waitUntil } from "../../kit/wait";

export interface SinkReply {
  code: number;
  message: string;
}

export interface SinkScript {
  /** reply to RCPT TO; attempt counts RCPT TOs for that address, from 1 */
  onRcpt?: (address: string, attempt: number) => SinkReply | undefined;
  /** after the whole message: refuse it, "stall" (keep it, never answer), or accept (undefined) */
  onData?: (address: string, index: number) => SinkReply | "stall" | undefined;
}

export interface ReceivedMessage {
  to: string;
  from: string;
  raw: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  /** messages accepted (or received in full and stalled), in arrival order */
  messages: ReceivedMessage[];
  rcptAttempts: Map<string, number>;
  script: SinkScript;
  countFor(address: string): number;
  parse(message: ReceivedMessage): Promise<ParsedMail>;
  /** resolves once `count` messages have arrived; no time limit of its own (kit/wait.ts) */
  waitForMessages(count: number): Promise<void>;
  close(): Promise<void>;
}

function smtpError(reply: SinkReply): Error {
  return Object.assign(new Error(reply.message), { responseCode: reply.code });
}

export async function startSmtpSink(script: SinkScript = {}): Promise<SmtpSink> {
  const messages: ReceivedMessage[] = [];
  const rcptAttempts = new Map<string, number>();
  const sink = { script } as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const n = (rcptAttempts.get(address.address) ?? 0) + 1;
      rcptAttempts.set(address.address, n);
      const reply = sink.script.onRcpt?.(address.address, n);
      callback(reply ? smtpError(reply) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo[0]?.address ?? "";
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const decision = sink.script.onData?.(to, messages.length);
        if (decision && decision !== "stall") return callback(smtpError(decision));
        messages.push({ to, from, raw: Buffer.concat(chunks).toString("utf8") });
        if (decision === "stall") return; // never answer
        callback(null, `Queued as ${messages.length}`);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rcptAttempts,
    countFor: (address: string) => messages.filter((m) => m.to === address).length,
    parse: (message: ReceivedMessage) => simpleParser(message.raw),
    waitForMessages: (count: number) =>
      waitUntil(
        () => messages.length >= count,
        () => `${count} messages at the SMTP sink (${messages.length} so far)`,
        20,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000); // stalled sessions of a killed client need not hold us up
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  });
}

/** The raw header field of a message, unfolded (mailparser folds List-* headers oddly, so tests read these). */
export function rawHeaderLines(raw: string): string[] {
  const block = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  return block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
}

export function headerLine(raw: string, name: string): string[] {
  const prefix = `${name.toLowerCase()}:`;
  return rawHeaderLines(raw).filter((line) => line.toLowerCase().startsWith(prefix));
}
