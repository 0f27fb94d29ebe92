import { readOutboxMessage } from "@/lib/email/outbox";
import { notFoundText, outboxDir, outboxViewerEnabled } from "../local-only";

// One email's HTML part, as a subscriber's mail client would show it. Emails carry inline styles, so this
// response sends its own policy (next.config.ts leaves /dev/outbox/… out of the site-wide one): styles only, no
// script, no outside request, sandboxed.
export const dynamic = "force-dynamic";

const EMAIL_PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-popups allow-top-navigation-by-user-activation";

export async function GET(_request: Request, { params }: { params: Promise<{ message: string }> }): Promise<Response> {
  if (!outboxViewerEnabled()) return notFoundText();
  const message = await readOutboxMessage(outboxDir(), (await params).message);
  if (!message) return notFoundText();
  return new Response(message.html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": EMAIL_PREVIEW_POLICY, "Cache-Control": "no-store" },
  });
}
