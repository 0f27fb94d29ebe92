// What the subscription pages and actions need, built from the process's configuration: the shared Prisma
// client, the shared mail transport, the link settings and the council the site leads with.
import { getPrisma, type PrismaClient } from "@/lib/db";
import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { getEnv } from "@/lib/env";
import { getMailTransport } from "@/lib/email/transport";
import type { MailTransport } from "@/lib/email/types";
import { mailSettingsFromEnv, type MailSettings } from "./mail-settings";
import { stampedClientAddress } from "@/lib/web/client-address";

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

/**
 * The client's address: the socket's peer, or the address the trusted proxies saw (TRUSTED_PROXY_HOPS), as the
 * server process stamped it (lib/web/client-address.ts); never a header the client sent. Only used, hashed, as a
 * rate-limit key; null (one shared "unknown" bucket) when the request carries no stamp of this process.
 */
export function clientIp(headers: { get(name: string): string | null }): string | null {
  return stampedClientAddress(headers);
}
