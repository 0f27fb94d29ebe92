// Every link an email gives a subscriber, signed for them: no account, no cookie, nothing stored.
import { signSubscriberLink } from "./tokens";
import type { MailSettings } from "./mail-settings";

export const PREFERENCES_PATH = "/preferences";
export const UNSUBSCRIBE_PATH = "/unsubscribe";
/** RFC 8058 endpoint named in List-Unsubscribe: POST unsubscribes, GET shows a button. */
export const ONE_CLICK_PATH = "/unsubscribe/one-click";
export const CONFIRM_PATH = "/confirm";

export interface SubscriberLinks {
  preferencesUrl: string;
  /** the visible link in the body: a page with a button */
  unsubscribeUrl: string;
  /** the List-Unsubscribe HTTPS URL */
  oneClickUrl: string;
  /** the List-Unsubscribe mailto: URL */
  mailto: string;
}

export function buildSubscriberLinks(
  settings: MailSettings,
  subscriber: { id: number; linkVersion: number },
): SubscriberLinks {
  const preferences = signSubscriberLink(settings.secret, "preferences", subscriber.id, subscriber.linkVersion);
  const unsubscribe = signSubscriberLink(settings.secret, "unsubscribe", subscriber.id, subscriber.linkVersion);
  return {
    preferencesUrl: `${settings.siteUrl}${PREFERENCES_PATH}?token=${preferences}`,
    unsubscribeUrl: `${settings.siteUrl}${UNSUBSCRIBE_PATH}?token=${unsubscribe}`,
    oneClickUrl: `${settings.siteUrl}${ONE_CLICK_PATH}?token=${unsubscribe}`,
    mailto: `mailto:${settings.unsubscribeMailto}?subject=${encodeURIComponent(`unsubscribe ${unsubscribe}`)}`,
  };
}

export function confirmUrl(settings: MailSettings, token: string): string {
  return `${settings.siteUrl}${CONFIRM_PATH}?token=${token}`;
}
