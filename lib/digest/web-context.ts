// What the subscription pages and actions need, built from the process's configuration: the shared Prisma
// client, the shared mail transport, the link settings and the council the site leads with.
import { getPrisma, type PrismaClient } from "@/lib/db";
import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { getEnv } from "@/lib/env";
import { getMailTransport } from "@/lib/email/transport";
import type { MailTransport } from "@/lib/email/types";
import { mailSettingsFromEnv, type MailSettings } from "./mail-settings";

export interface DigestWebContext {
  prisma: PrismaClient;
  transport: MailTransport;
  settings: MailSettings;
  council: { slug: string; name: string };
}

export function getDigestWebContext(): DigestWebContext {
  const council = findCouncil(DEFAULT_COUNCIL_SLUG) ?? { slug: DEFAULT_COUNCIL_SLUG, name: "Harrow Council" };
  return {
    prisma: getPrisma(),
    transport: getMailTransport(),
    settings: mailSettingsFromEnv(getEnv()),
    council: { slug: council.slug, name: council.name },
  };
}

/** The client's address as the nearest proxy reports it; only used, hashed, as a rate-limit key. */
export function clientIp(headers: { get(name: string): string | null }): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
