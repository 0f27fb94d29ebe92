// RFC 8058 one-click unsubscribe, as plain Request → Response so the route stays a two-line adapter and tests can
// call it directly. POST unsubscribes and answers 200 (never a redirect; no cookie, no login). GET, which mail
// scanners and link previews issue, changes nothing: it shows a page with the button that POSTs.
import type { PrismaClient } from "@/lib/db";
import { escapeHtml } from "@/lib/escape-html";
import { unsubscribeWithToken } from "./unsubscribe-subscriber";
import { verifySubscriberLink } from "./tokens";

const HEADERS = {
  "Cache-Control": "no-store",
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
};

function page(status: number, title: string, body: string): Response {
  const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,Arial,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1e293b"><h1 style="font-size:1.5rem">${escapeHtml(title)}</h1>${body}</body></html>`;
  return new Response(html, { status, headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8" } });
}

const INVALID_BODY =
  "<p>This unsubscribe link is not valid: it may have been copied incompletely. Use the unsubscribe link at the bottom of your latest digest email, or reply to it and we'll take you off the list.</p>";

export function tokenFromRequest(request: Request): string | null {
  return new URL(request.url).searchParams.get("token");
}

export async function handleOneClickPost(request: Request, prisma: PrismaClient, secret: string): Promise<Response> {
  const result = await unsubscribeWithToken(prisma, secret, tokenFromRequest(request));
  if (result === "invalid") return page(400, "Link not valid", INVALID_BODY);
  return page(
    200,
    "You're unsubscribed",
    "<p>You won't receive the weekly digest any more. Changed your mind? You can subscribe again from the home page at any time.</p>",
  );
}

export function handleOneClickGet(request: Request, secret: string): Response {
  const token = tokenFromRequest(request);
  if (!verifySubscriberLink(secret, "unsubscribe", token)) return page(400, "Link not valid", INVALID_BODY);
  const action = `?token=${encodeURIComponent(token ?? "")}`;
  return page(
    200,
    "Unsubscribe from the weekly digest?",
    `<p>Press the button to stop receiving the weekly email. Nothing happens until you do.</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font-size:1rem;padding:0.5rem 1rem;cursor:pointer">Unsubscribe</button></form>`,
  );
}
