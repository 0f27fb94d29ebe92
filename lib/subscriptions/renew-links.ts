// "Sign out of all links": bumps linkVersion (every preferences link sent so far stops working) and emails the
// subscriber new links. The page's action (app/(site)/preferences/revoke-actions.ts) only turns the outcome into
// a redirect.
import { renderLinksRenewedEmail } from "@/lib/email/templates/links-renewed";
import { revokeSubscriberLinks } from "./manage-preferences";
import { buildSubscriberLinks } from "./subscriber-links";
import type { DigestWebContext } from "./web-context";

/** "invalid": the link was not (or no longer) valid; "unsent": revoked, but the email with the new links failed. */
export async function renewSubscriberLinks(
  context: DigestWebContext,
  token: unknown,
): Promise<"invalid" | "sent" | "unsent"> {
  const { prisma, settings, transport, council } = context;
  const renewed = await revokeSubscriberLinks(prisma, settings.secret, token);
  if (!renewed) return "invalid";
  const links = buildSubscriberLinks(settings, renewed);
  const message = renderLinksRenewedEmail({
    councilName: council.name,
    preferencesUrl: links.preferencesUrl,
    unsubscribeUrl: links.unsubscribeUrl,
    siteUrl: settings.siteUrl,
  });
  try {
    await transport.send({ ...message, to: renewed.email });
    return "sent";
  } catch (error) {
    console.error("[preferences] could not send the new links:", error);
    return "unsent";
  }
}
