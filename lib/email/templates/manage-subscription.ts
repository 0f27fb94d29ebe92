// Sent instead of a confirmation when an already-confirmed address signs up again: it says nothing new to whoever
// typed the address, and gives the owner their links.
import { escapeHtml } from "@/lib/escape-html";
import { link, paragraph, renderLayout } from "../html";
import type { EmailContent } from "../types";

export interface ManageSubscriptionInput {
  councilName: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  siteUrl: string;
  /** the item the sign-up asked to follow ("Follow this item"): the preferences link opens with it ticked */
  followTitle?: string;
}

export function renderManageSubscriptionEmail(input: ManageSubscriptionInput): EmailContent {
  const subject = `Your ${input.councilName} weekly digest subscription`;
  const html = renderLayout({
    title: subject,
    preheader: "You're already subscribed. Here is how to change what you get.",
    body: [
      paragraph(
        `Someone, probably you, asked to subscribe this address to the ${escapeHtml(input.councilName)} weekly digest. You're already subscribed, so nothing has changed.`,
      ),
      input.followTitle
        ? paragraph(
            `${link(input.preferencesUrl, "Follow “" + escapeHtml(input.followTitle) + "”")}: the link opens your choices with it ticked; save them to follow it.`,
          )
        : paragraph(
            `${link(input.preferencesUrl, "Choose what you receive")}: everything, or only some committees, topics or keywords.`,
          ),
      paragraph(`${link(input.unsubscribeUrl, "Unsubscribe")} if you no longer want the weekly email.`),
      paragraph("If this wasn't you, you can ignore this email."),
    ].join("\n"),
    footer: `Sent by the ${escapeHtml(input.councilName)} digest, ${link(input.siteUrl, input.siteUrl)}.`,
  });
  const text = [
    `Someone, probably you, asked to subscribe this address to the ${input.councilName} weekly digest. You're already subscribed, so nothing has changed.`,
    "",
    input.followTitle
      ? `Follow “${input.followTitle}” (the link opens your choices with it ticked; save them to follow it):`
      : "Choose what you receive (everything, or only some committees, topics or keywords):",
    input.preferencesUrl,
    "",
    "Unsubscribe:",
    input.unsubscribeUrl,
    "",
    "If this wasn't you, you can ignore this email.",
    "",
    `-- ${input.councilName} digest, ${input.siteUrl}`,
  ].join("\n");
  return { subject, html, text };
}
