// Real delivery: nodemailer over SMTP from SMTP_URL, pooled (a few long-lived connections, each reused for up to
// 100 messages). nodemailer's own requeue only ever re-sends a message of which not a byte reached the server.
import nodemailer from "nodemailer";
import { dkimOptions, toMailOptions, type DkimConfig } from "./mail-options";
import type { MailTransport, OutgoingEmail, SentEmail } from "./types";

export interface SmtpTransportOptions {
  url: string;
  from: string;
  dkim?: DkimConfig;
  /** pool size; default: the URL's ?maxConnections=, else 5 */
  maxConnections?: number;
}

/** smtp://user:***@host:port, for logs. */
export function describeSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    parsed.search = "";
    return parsed.toString();
  } catch {
    return "(invalid SMTP_URL)";
  }
}

function poolSize(url: string, explicit: number | undefined): number {
  if (explicit) return explicit;
  const fromUrl = Number(new URL(url).searchParams.get("maxConnections"));
  return Number.isInteger(fromUrl) && fromUrl > 0 && fromUrl <= 50 ? fromUrl : 5;
}

export function createSmtpTransport(options: SmtpTransportOptions): MailTransport {
  const concurrency = poolSize(options.url, options.maxConnections);
  const transporter = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: concurrency,
    maxMessages: 100,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    dkim: dkimOptions(options.dkim),
  });
  return {
    kind: "smtp",
    concurrency,
    description: describeSmtpUrl(options.url),
    async send(email: OutgoingEmail): Promise<SentEmail> {
      const info = await transporter.sendMail(toMailOptions(email, options.from));
      return { messageId: info.messageId, response: String(info.response ?? "") };
    },
    async verify() {
      await transporter.verify();
    },
    async close() {
      transporter.close();
    },
  };
}
