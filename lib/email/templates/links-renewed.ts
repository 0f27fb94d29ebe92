// Sent when a subscriber signs out of all their links: the preferences links in earlier emails have stopped working,
// and these are the new ones.
import { escapeHtml } from "@/lib/escape-html";
import { link, paragraph, renderLayout } from "../html";
import type { EmailContent } from "../types";
import type { ManageSubscriptionInput } from "./manage-subscription";

export function renderLinksRenewedEmail(input: ManageSubscriptionInput): EmailContent {
  const subject = `New links for your ${input.councilName} weekly digest`;
  const intro =
    "As asked, the links to your preferences in the emails we sent you before have stopped working. These new links replace them; keep this email, or use the links in your next digest.";
  const html = renderLayout({
    title: subject,
    preheader: "Your earlier links no longer work. Here are new ones.",
    body: [
      paragraph(escapeHtml(intro)),
      paragraph(
        `${link(input.preferencesUrl, "Choose what you receive")}: everything, or only some committees, topics or keywords.`,
      ),
      paragraph(`${link(input.unsubscribeUrl, "Unsubscribe")} if you no longer want the weekly email.`),
    ].join("\n"),
    footer: `Sent by the ${escapeHtml(input.councilName)} digest, ${link(input.siteUrl, input.siteUrl)}.`,
  });
  const text = [
    intro,
    "",
    "Choose what you receive (everything, or only some committees, topics or keywords):",
    input.preferencesUrl,
    "",
    "Unsubscribe:",
    input.unsubscribeUrl,
    "",
    `-- ${input.councilName} digest, ${input.siteUrl}`,
  ].join("\n");
  return { subject, html, text };
}
