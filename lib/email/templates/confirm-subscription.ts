// The double opt-in message: one link, what it does, when it expires, and what to do if it was not you.
import { escapeHtml } from "@/lib/escape-html";
import { link, paragraph, renderLayout } from "../html";
import type { EmailContent } from "../types";

export interface ConfirmSubscriptionInput {
  councilName: string;
  confirmUrl: string;
  expiresInHours: number;
  siteUrl: string;
  /** the item the sign-up asked to follow ("Follow this item"): the link opens the choices with it ticked */
  followTitle?: string;
}

export function renderConfirmSubscriptionEmail(input: ConfirmSubscriptionInput): EmailContent {
  const subject = `Confirm your ${input.councilName} weekly digest subscription`;
  const footer = `Sent by the ${escapeHtml(input.councilName)} digest, ${link(input.siteUrl, input.siteUrl)}.`;
  const html = renderLayout({
    title: subject,
    preheader: "One click to start your weekly summary of council meetings.",
    body: [
      paragraph(
        `Someone, probably you, asked to receive a weekly email summarising ${escapeHtml(input.councilName)}'s committee meetings at this address.`,
      ),
      paragraph(link(input.confirmUrl, "Confirm my subscription", "font-weight:bold;")),
      ...(input.followTitle
        ? [
            paragraph(
              `After confirming, you can follow “${escapeHtml(input.followTitle)}”: it will be ticked on the page you land on.`,
            ),
          ]
        : []),
      paragraph(`The link works once and expires in ${input.expiresInHours} hours.`),
      paragraph("If this wasn't you, ignore this email: you won't hear from us again."),
    ].join("\n"),
    footer,
  });
  const text = [
    `Someone, probably you, asked to receive a weekly email summarising ${input.councilName}'s committee meetings at this address.`,
    "",
    "Confirm your subscription:",
    input.confirmUrl,
    "",
    ...(input.followTitle
      ? [`After confirming, you can follow “${input.followTitle}”: it will be ticked on the page you land on.`, ""]
      : []),
    `The link works once and expires in ${input.expiresInHours} hours.`,
    "",
    "If this wasn't you, ignore this email: you won't hear from us again.",
    "",
    `-- ${input.councilName} digest, ${input.siteUrl}`,
  ].join("\n");
  return { subject, html, text };
}
