// What a failed send means for the delivery row. Decided from nodemailer's error fields (responseCode, permanent,
// command, code), never from message text alone.

export type SendFailureKind =
  /** 4xx, or the connection failed: the same message may go through later */
  | "transient"
  /** 5xx: the server refused this message for good */
  | "permanent"
  /** our configuration is wrong (login refused, TLS, bad options): stop the run, it would fail for everyone */
  | "fatal";

export interface SendFailure {
  kind: SendFailureKind;
  /** a 5xx refusal of the recipient itself (no such mailbox...), counted towards suspension */
  hardBounce: boolean;
  /** the connection, not the message, failed (for the dead-server circuit breaker) */
  connection: boolean;
  /** one line for Delivery.lastError: code and server reply, no stack */
  message: string;
}

interface ErrorFields {
  code?: unknown;
  responseCode?: unknown;
  permanent?: unknown;
  command?: unknown;
  response?: unknown;
  message?: unknown;
}

const FATAL_CODES = new Set(["EAUTH", "ENOAUTH", "EOAUTH2", "ETLS", "EREQUIRETLS", "ECONFIG"]);
const CONNECTION_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "EPROXY",
  "ECONNREFUSED",
  "ECONNRESET",
]);

export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : { message: String(error) }) as ErrorFields;
  const code = typeof e.code === "string" ? e.code : undefined;
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const reply =
    typeof e.response === "string" ? e.response : typeof e.message === "string" ? e.message : "unknown error";
  const message = oneLine(`${code ?? "ERROR"}${responseCode ? ` ${responseCode}` : ""}: ${reply}`);

  if (responseCode !== undefined) {
    // 503 is a session out of step, not a verdict on the message (nodemailer marks it permanent: false).
    const permanent = typeof e.permanent === "boolean" ? e.permanent : responseCode >= 500 && responseCode !== 503;
    if (!permanent) return { kind: "transient", hardBounce: false, connection: false, message };
    if (responseCode === 530 || responseCode === 535 || responseCode === 534) {
      return { kind: "fatal", hardBounce: false, connection: false, message };
    }
    return { kind: "permanent", hardBounce: isHardBounce(e.command, reply, responseCode), connection: false, message };
  }
  if (code && FATAL_CODES.has(code)) return { kind: "fatal", hardBounce: false, connection: false, message };
  return {
    kind: "transient",
    hardBounce: false,
    connection: code === undefined || CONNECTION_CODES.has(code),
    message,
  };
}

/** The recipient does not exist or cannot receive mail (RCPT refused, or an enhanced status 5.1.x). */
function isHardBounce(command: unknown, reply: string, responseCode: number): boolean {
  if (/\b5\.1\.\d{1,3}\b/.test(reply)) return true;
  if (/\b5\.[27]\.\d{1,3}\b/.test(reply)) return false; // mailbox full, policy: the address itself is fine
  return command === "RCPT TO" && (responseCode === 550 || responseCode === 551 || responseCode === 553);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 500);
}
