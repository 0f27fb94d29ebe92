// The default without SMTP_URL: each message is composed exactly as it would be sent (headers, both parts, DKIM
// when configured) and written to OUTBOX_DIR as an .eml file, with a .json sidecar the /dev/outbox page reads.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { dkimOptions, toMailOptions, type DkimConfig } from "./mail-options";
import type { MailTransport, OutgoingEmail, SentEmail } from "./types";

export interface OutboxTransportOptions {
  dir: string;
  from: string;
  dkim?: DkimConfig;
}

export interface OutboxSidecar {
  to: string;
  from: string;
  subject: string;
  date: string;
  messageId: string;
  html: string;
  text: string;
}

/** Sortable by time, unique, and safe as a path segment: 20261123T070000123Z-1a2b3c4d */
export function outboxFileStem(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, "")}-${crypto.randomBytes(4).toString("hex")}`;
}

export function createOutboxTransport(options: OutboxTransportOptions): MailTransport {
  const dir = path.resolve(options.dir);
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "windows",
    dkim: dkimOptions(options.dkim),
  });
  let made: Promise<unknown> | undefined;
  return {
    kind: "outbox",
    concurrency: 4,
    description: `outbox folder ${dir}`,
    async send(email: OutgoingEmail): Promise<SentEmail> {
      made ??= fs.mkdir(dir, { recursive: true });
      await made;
      const info = await transporter.sendMail(toMailOptions(email, options.from));
      const stem = outboxFileStem();
      const sidecar: OutboxSidecar = {
        to: email.to,
        from: options.from,
        subject: email.subject,
        date: new Date().toISOString(),
        messageId: info.messageId,
        html: email.html,
        text: email.text,
      };
      await fs.writeFile(path.join(dir, `${stem}.eml`), info.message as Buffer);
      await fs.writeFile(path.join(dir, `${stem}.json`), JSON.stringify(sidecar));
      return { messageId: info.messageId, response: path.join(options.dir, `${stem}.eml`) };
    },
    async verify() {
      await fs.mkdir(dir, { recursive: true });
      await fs.access(dir, fs.constants.W_OK);
    },
    async close() {},
  };
}
