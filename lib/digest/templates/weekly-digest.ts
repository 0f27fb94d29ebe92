// One subscriber's weekly digest message: subject, HTML and plain text rendered together from the same data.
import type { PersonalDigest } from "@/lib/digest/select-for-subscriber";
import type { EmailContent } from "../../email/types";
import { renderWeeklyDigestHtml } from "./weekly-digest-html";
import type { DigestLinks } from "./weekly-digest-links";
import { renderWeeklyDigestText } from "./weekly-digest-text";

export type { DigestLinks };

export function renderWeeklyDigestEmail(digest: PersonalDigest, links: DigestLinks): EmailContent {
  return {
    subject: digest.headline,
    html: renderWeeklyDigestHtml(digest, links),
    text: renderWeeklyDigestText(digest, links),
  };
}
