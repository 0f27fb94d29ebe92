// How one of our messages becomes nodemailer's message options, for both transports: the outbox composes exactly
// what SMTP would send, so the two share this mapping (and DKIM's) rather than each writing its own.
import type { SendMailOptions } from "nodemailer";
import { DKIM_HEADER_FIELDS } from "./list-headers";
import type { OutgoingEmail } from "./types";

export interface DkimConfig {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

export function dkimOptions(dkim: DkimConfig | undefined) {
  return dkim ? { ...dkim, headerFieldNames: DKIM_HEADER_FIELDS } : undefined;
}

export function toMailOptions(email: OutgoingEmail, from: string): SendMailOptions {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    headers: email.headers,
    list: email.list,
  };
}
