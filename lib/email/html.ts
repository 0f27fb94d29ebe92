// HTML for mail clients: inline styles only, tables for layout, system fonts, no images, nothing remote.
import { escapeHtml } from "@/lib/escape-html";

export const FONT = "Arial, Helvetica, sans-serif";
export const COLOURS = {
  text: "#1e293b",
  muted: "#475569",
  link: "#1d4ed8",
  rule: "#e2e8f0",
  panel: "#f8fafc",
  warn: "#9a3412",
};

/** A link; `ariaLabel` names it for screen readers when its words alone repeat (one "Read the full summary" per meeting). */
export function link(href: string, label: string, style = "", ariaLabel?: string): string {
  const aria = ariaLabel ? ` aria-label="${escapeHtml(ariaLabel)}"` : "";
  return `<a href="${escapeHtml(href)}"${aria} style="color:${COLOURS.link};text-decoration:underline;${style}">${escapeHtml(label)}</a>`;
}

export function paragraph(html: string, style = ""): string {
  return `<p style="margin:0 0 12px 0;font-family:${FONT};font-size:16px;line-height:1.5;color:${COLOURS.text};${style}">${html}</p>`;
}

export interface LayoutInput {
  title: string;
  /** hidden preview text shown by inbox lists */
  preheader: string;
  body: string;
  footer: string;
}

/** The outer document: a centred 600px column that degrades to full width on phones. */
export function renderLayout({ title, preheader, body, footer }: LayoutInput): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
<tr><td align="center" style="padding:16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;border-collapse:collapse;">
<tr><td style="font-family:${FONT};font-size:16px;line-height:1.5;color:${COLOURS.text};">
${body}
</td></tr>
<tr><td style="padding-top:24px;border-top:1px solid ${COLOURS.rule};font-family:${FONT};font-size:13px;line-height:1.5;color:${COLOURS.muted};">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
