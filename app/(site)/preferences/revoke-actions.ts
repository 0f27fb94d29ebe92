"use server";
// "Sign out of all links": bumps linkVersion (every preferences link sent so far stops working), emails the
// subscriber new links, and shows a page that says so (the link it came from no longer works).
import { redirect } from "next/navigation";
import { revokeSubscriberLinks } from "@/lib/subscriptions/manage-preferences";
import { buildSubscriberLinks, PREFERENCES_PATH } from "@/lib/subscriptions/subscriber-links";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { renderLinksRenewedEmail } from "@/lib/email/templates/links-renewed";

export async function revokeLinks(formData: FormData): Promise<void> {
  const { prisma, settings, transport, council } = getDigestWebContext();
  const token = formData.get("token");
  const renewed = await revokeSubscriberLinks(prisma, settings.secret, token);
  if (!renewed) redirect(`${PREFERENCES_PATH}?token=${encodeURIComponent(typeof token === "string" ? token : "")}`);
  const links = buildSubscriberLinks(settings, renewed);
  const message = renderLinksRenewedEmail({ councilName: council.name, preferencesUrl: links.preferencesUrl, unsubscribeUrl: links.unsubscribeUrl, siteUrl: settings.siteUrl });
  let sent = true;
  try {
    await transport.send({ ...message, to: renewed.email });
  } catch (error) {
    sent = false;
    console.error("[preferences] could not send the new links:", error);
  }
  redirect(`${PREFERENCES_PATH}?revoked=${sent ? "1" : "unsent"}`);
}
