// One subscriber's message for one issue (pure): their cut of the bulletin, rendered, with the list headers.
// null when they should get nothing this week.
import { weeklyPath } from "@/lib/urls";
import { buildListHeaders } from "@/lib/email/list-headers";
import { renderWeeklyDigestEmail } from "@/lib/digest/templates/weekly-digest";
import type { OutgoingEmail } from "@/lib/email/types";
import type { DigestContent } from "../data/digest-content";
import type { MailSettings } from "../subscriptions/mail-settings";
import type { Preferences } from "../subscriptions/preferences";
import { selectDigestForSubscriber } from "./select-for-subscriber";
import { buildSubscriberLinks } from "../subscriptions/subscriber-links";

export interface DigestRecipient {
  id: number;
  email: string;
  linkVersion: number;
  preferences: Preferences;
}

/** Stable per issue and subscriber, so a retried send carries the same Message-ID (receivers may de-duplicate). */
export function digestMessageId(content: DigestContent, subscriberId: number, listId: string): string {
  return `<digest.${content.council.slug}.${content.week}.${subscriberId}@${listId}>`;
}

export function buildDigestMessage(
  content: DigestContent,
  recipient: DigestRecipient,
  settings: MailSettings,
): OutgoingEmail | null {
  const digest = selectDigestForSubscriber(content, recipient.preferences);
  if (!digest) return null;
  const links = buildSubscriberLinks(settings, recipient);
  const rendered = renderWeeklyDigestEmail(digest, {
    siteUrl: settings.siteUrl,
    preferencesUrl: links.preferencesUrl,
    unsubscribeUrl: links.unsubscribeUrl,
    archiveUrl: `${settings.siteUrl}${weeklyPath(content.council.slug)}`,
  });
  const { list, headers } = buildListHeaders({
    oneClickUrl: links.oneClickUrl,
    mailto: links.mailto,
    listId: settings.listId,
    listName: `${content.council.name} weekly digest`,
    entityRefId: `digest-${content.council.slug}-${content.week}`,
  });
  return {
    ...rendered,
    to: recipient.email,
    messageId: digestMessageId(content, recipient.id, settings.listId),
    list,
    headers,
  };
}
