// The contract between templates, senders and transports.
import type { ListHeaders } from "nodemailer";

/** What every template returns: both parts, always rendered together. */
export interface EmailContent {
  subject: string;
  html: string;
  text: string;
}

export interface OutgoingEmail extends EmailContent {
  /** exactly one recipient per message */
  to: string;
  /** "<id@domain>"; set by the digest so a retried message keeps its identity */
  messageId?: string;
  /** extra header fields (List-Unsubscribe-Post, X-Entity-Ref-ID...) */
  headers?: Record<string, string>;
  /** List-* headers in nodemailer's form (see list-headers.ts) */
  list?: ListHeaderOptions;
}

/** nodemailer's `list` option: { unsubscribe: [[https URL, mailto URL]], id: { url, comment } } */
export type ListHeaderOptions = ListHeaders;

export interface SentEmail {
  messageId: string;
  /** the server's final reply, or the outbox file written */
  response: string;
}

export interface MailTransport {
  readonly kind: "smtp" | "outbox";
  /** how many messages may be in flight at once (the SMTP pool size) */
  readonly concurrency: number;
  /** where mail goes, without credentials, for logs */
  readonly description: string;
  send(email: OutgoingEmail): Promise<SentEmail>;
  /** throws when the server cannot be reached or refuses our login */
  verify(): Promise<void>;
  close(): Promise<void>;
}
