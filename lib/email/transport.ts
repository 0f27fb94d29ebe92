// The one transport builder, switching on configuration: SMTP_URL set → pooled SMTP; unset → the outbox folder.
import { getEnv, type Env } from "@/lib/env";
import { createOutboxTransport } from "./outbox-transport";
import type { DkimConfig } from "./mail-options";
import { createSmtpTransport } from "./smtp-transport";
import type { MailTransport } from "./types";

export interface TransportConfig {
  smtpUrl?: string;
  outboxDir: string;
  from: string;
  dkim?: DkimConfig;
}

export function transportConfigFromEnv(env: Env): TransportConfig {
  const dkim =
    env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY
      ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY }
      : undefined;
  return { smtpUrl: env.SMTP_URL, outboxDir: env.OUTBOX_DIR, from: env.MAIL_FROM, dkim };
}

export function createMailTransport(config: TransportConfig): MailTransport {
  if (config.smtpUrl) return createSmtpTransport({ url: config.smtpUrl, from: config.from, dkim: config.dkim });
  return createOutboxTransport({ dir: config.outboxDir, from: config.from, dkim: config.dkim });
}

const globalForMail = globalThis as unknown as { mailTransport?: MailTransport };

/** The web server's shared transport (one SMTP pool per process); kept on globalThis across dev hot reloads. */
export function getMailTransport(): MailTransport {
  globalForMail.mailTransport ??= createMailTransport(transportConfigFromEnv(getEnv()));
  return globalForMail.mailTransport;
}
