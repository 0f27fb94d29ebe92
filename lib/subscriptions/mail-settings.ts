// The settings every digest email is built with, read once from the environment (lib/env.ts).
import type { Env } from "@/lib/env";
import { addressOf } from "./email-address";

export interface MailSettings {
  /** PUBLIC_BASE_URL without a trailing slash */
  siteUrl: string;
  /** APP_SECRET: signs subscriber links, keys identity hashes */
  secret: string;
  /** List-Id, e.g. weekly.harrow-digest.example.org */
  listId: string;
  /** the address of List-Unsubscribe's mailto: */
  unsubscribeMailto: string;
}

export function mailSettingsFromEnv(env: Env): MailSettings {
  return {
    siteUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ""),
    secret: env.APP_SECRET,
    listId: env.LIST_ID,
    unsubscribeMailto: env.UNSUBSCRIBE_MAILTO ?? addressOf(env.MAIL_FROM),
  };
}
