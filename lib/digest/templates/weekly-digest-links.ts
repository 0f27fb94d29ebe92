// The links a digest message carries, resolved against the site's public address before rendering.
import type { DigestMeeting } from "@/lib/data/digest-content";

export interface DigestLinks {
  /** PUBLIC_BASE_URL, no trailing slash */
  siteUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** the site's weekly-updates archive */
  archiveUrl: string;
}

export function meetingUrl(links: DigestLinks, meeting: DigestMeeting): string {
  return `${links.siteUrl}${meeting.path}`;
}

export function statusLabel(meeting: DigestMeeting): string | null {
  if (meeting.status === "cancelled") return "Cancelled";
  if (meeting.status === "postponed") return "Postponed";
  return null;
}
